import { StatusCategory, type CustomStatus, type Ticket, type UpdateTicketInput } from '@atiende/contracts';
import type { TFunction } from 'i18next';

const CATEGORY_PREFIX = 'category:';
const CUSTOM_PREFIX = 'custom:';

/** One group of the status select: a category followed by its custom statuses. */
export interface StatusGroup {
  group: string;
  items: { value: string; label: string }[];
}

/**
 * The status select's options: one group per category, listing the category itself and then its
 * active custom statuses. The ticket's current custom status stays listed even once archived, so
 * the select can still show it.
 */
export function statusOptions(
  t: TFunction,
  statuses: readonly CustomStatus[],
  current: Ticket['customStatus'],
): StatusGroup[] {
  return StatusCategory.options.map((category) => {
    const label = t(`status.${category}`);
    const custom = statuses
      .filter((s) => s.category === category && (!s.archived || s.id === current?.id))
      .sort((a, b) => a.position - b.position)
      .map((s) => ({
        value: `${CUSTOM_PREFIX}${s.id}`,
        label: s.archived ? t('ticketWork.status.archived', { name: s.name }) : s.name,
      }));
    return { group: label, items: [{ value: `${CATEGORY_PREFIX}${category}`, label }, ...custom] };
  });
}

/** The select value for a ticket: its custom status when it has one, else its category. */
export function statusValue(ticket: Pick<Ticket, 'status' | 'customStatus'>): string {
  if (ticket.customStatus) return `${CUSTOM_PREFIX}${ticket.customStatus.id}`;
  return `${CATEGORY_PREFIX}${ticket.status}`;
}

/** What a picked option means: the category it lands in and the PATCH body that sets it. */
export interface StatusChoice {
  category: StatusCategory;
  input: Pick<UpdateTicketInput, 'status' | 'customStatusId'>;
  /** The custom status picked, for the optimistic update. */
  customStatus: { id: string; name: string } | null;
}

/**
 * Turns a select value back into a change: a custom status sends `customStatusId` (the server sets
 * the category), a category sends `status` and clears a custom status the ticket had. Unknown
 * values (an option removed meanwhile) give null.
 */
export function parseStatusValue(
  value: string | null,
  statuses: readonly CustomStatus[],
  hadCustomStatus: boolean,
): StatusChoice | null {
  if (value === null) return null;
  if (value.startsWith(CUSTOM_PREFIX)) {
    const custom = statuses.find((s) => s.id === value.slice(CUSTOM_PREFIX.length));
    if (!custom) return null;
    return {
      category: custom.category,
      input: { customStatusId: custom.id },
      customStatus: { id: custom.id, name: custom.name },
    };
  }
  const category = StatusCategory.safeParse(value.slice(CATEGORY_PREFIX.length));
  if (!value.startsWith(CATEGORY_PREFIX) || !category.success) return null;
  return {
    category: category.data,
    input: hadCustomStatus ? { status: category.data, customStatusId: null } : { status: category.data },
    customStatus: null,
  };
}
