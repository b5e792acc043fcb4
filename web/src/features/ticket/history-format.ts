import {
  Channel,
  formatTicketNumber,
  type EventType,
  MessageKind,
  TicketPriority,
  TicketStatus,
  DEFAULT_TICKET_TYPES,
  type FieldChange,
} from '@atiende/contracts';
import type { TFunction } from 'i18next';
import { es } from '../../lib/i18n/locales/es';

type HistoryField = keyof typeof es.history.fields;
type TranslatedEvent = keyof typeof es.history.events;

/** Field names the server may use for the same thing (ids are sent as display names anyway). */
const FIELD_ALIASES: Record<string, HistoryField> = {
  assigneeId: 'assignee',
  teamId: 'team',
  requesterId: 'requester',
  companyId: 'company',
};

function knownField(field: string): HistoryField | null {
  if (Object.hasOwn(es.history.fields, field)) return field as HistoryField;
  return FIELD_ALIASES[field] ?? null;
}

/**
 * "actualizó el ticket": what the actor did. Event types added to the contracts before their
 * translation exists read as a generic "made a change" instead of breaking the page (a unit test
 * asks for the translation).
 */
export function historyEventLabel(t: TFunction, type: EventType): string {
  return isTranslatedEvent(type) ? t(`history.events.${type}`) : t('history.genericEvent');
}

function isTranslatedEvent(type: string): type is TranslatedEvent {
  return Object.hasOwn(es.history.events, type);
}

/** The translated name of a changed field; unknown fields are shown as sent. */
export function historyFieldLabel(t: TFunction, field: string): string {
  const known = knownField(field);
  return known === null ? field : t(`history.fields.${known}`);
}

/**
 * A changed value ready to read: enum values of status, priority, type, channel and message kind are
 * translated; `null`/empty become "(empty)"; lists are joined; `{name}` objects show their name.
 * Other values are displayed as the server sent them (they are display-ready by contract).
 */
export function historyValueLabel(t: TFunction, field: string, value: unknown): string {
  const empty = t('history.emptyValue');
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) {
    const parts = value.map((item) => historyValueLabel(t, field, item));
    return parts.length === 0 ? empty : parts.join(', ');
  }
  if (typeof value === 'object') {
    const name = (value as { name?: unknown }).name;
    return typeof name === 'string' ? name : JSON.stringify(value);
  }
  if (typeof value === 'number' && knownField(field) === 'number') return formatTicketNumber(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  if (typeof value !== 'string') return empty;

  switch (knownField(field)) {
    case 'status': {
      const status = TicketStatus.safeParse(value);
      return status.success ? t(`status.${status.data}`) : value;
    }
    case 'priority': {
      const priority = TicketPriority.safeParse(value);
      return priority.success ? t(`priority.${priority.data}`) : value;
    }
    case 'type': {
      const type = DEFAULT_TICKET_TYPES.find((known) => known === value);
      return type ? t(`ticketType.${type}`) : value;
    }
    case 'channel': {
      const channel = Channel.safeParse(value);
      return channel.success ? t(`channel.${channel.data}`) : value;
    }
    case 'kind': {
      const kind = MessageKind.safeParse(value);
      return kind.success ? t(`history.messageKind.${kind.data}`) : value;
    }
    default:
      return value;
  }
}

/**
 * "Estado: Abierto → Pendiente del cliente" for one field change, or just "Estado: Nuevo" when the
 * field had no previous value (e.g. on ticket creation).
 */
export function describeChange(t: TFunction, change: FieldChange): string {
  if (change.from === null || change.from === undefined) {
    return t('history.set', {
      field: historyFieldLabel(t, change.field),
      to: historyValueLabel(t, change.field, change.to),
    });
  }
  return t('history.change', {
    field: historyFieldLabel(t, change.field),
    from: historyValueLabel(t, change.field, change.from),
    to: historyValueLabel(t, change.field, change.to),
  });
}
