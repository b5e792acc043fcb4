import {
  ActivityKind,
  Channel,
  formatTicketNumber,
  MessageKind,
  Resolution,
  TicketLinkKind,
  TicketPriority,
  TicketStatus,
  TrashReason,
  type CustomField,
  type EventType,
  type FieldChange,
  type TicketConfig,
} from '@atiende/contracts';
import type { TFunction } from 'i18next';
import { formatDateTime } from '../../lib/i18n/dates';
import { es } from '../../lib/i18n/locales/es';

type HistoryField = keyof typeof es.history.fields;
type WorkField = keyof typeof es.ticketWork.history.fields;
type TranslatedEvent = keyof typeof es.history.events;

/**
 * What the formatter may know beyond the change itself: the workspace's ticket config (type,
 * custom field and option names), the event type (an activity's `kind` is not a message kind),
 * and the UI language for dates.
 */
export interface HistoryContext {
  config?: TicketConfig | undefined;
  eventType?: EventType;
  language?: string;
}

/** Field names the server may use for the same thing (ids are sent as display names anyway). */
const FIELD_ALIASES: Record<string, HistoryField> = {
  assigneeId: 'assignee',
  teamId: 'team',
  requesterId: 'requester',
  companyId: 'company',
};

const WORK_ALIASES: Record<string, WorkField> = {
  customStatusId: 'customStatus',
  resolutionReasonId: 'resolutionReason',
  ownerId: 'owner',
};

/** Fields whose values are ticket numbers (or lists of them): shown as #1234. */
const NUMBER_FIELDS = new Set(['number', 'mergedInto', 'merged', 'splitFrom', 'splitInto', 'followUpOf']);
const CUSTOM_FIELD_PREFIX = 'customField:';

function knownField(field: string): HistoryField | null {
  if (Object.hasOwn(es.history.fields, field)) return field as HistoryField;
  return FIELD_ALIASES[field] ?? null;
}

function workField(field: string): WorkField | null {
  if (Object.hasOwn(es.ticketWork.history.fields, field)) return field as WorkField;
  return WORK_ALIASES[field] ?? null;
}

const isActivityEvent = (context: HistoryContext) => context.eventType?.startsWith('activity.') === true;

function customFieldOf(field: string, context: HistoryContext): CustomField | null {
  if (!field.startsWith(CUSTOM_FIELD_PREFIX)) return null;
  const id = field.slice(CUSTOM_FIELD_PREFIX.length);
  return context.config?.customFields.find((custom) => custom.id === id) ?? null;
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

/**
 * The translated name of a changed field: custom fields (`customField:<id>`) by their name in the
 * config, an activity's `kind` as "activity type"; unknown fields are shown as sent.
 */
export function historyFieldLabel(t: TFunction, field: string, context: HistoryContext = {}): string {
  if (field.startsWith(CUSTOM_FIELD_PREFIX)) {
    return customFieldOf(field, context)?.name ?? t('ticketWork.history.fields.customField');
  }
  if (field === 'kind' && isActivityEvent(context)) return t('ticketWork.history.fields.activityKind');
  const known = knownField(field);
  if (known !== null) return t(`history.fields.${known}`);
  const work = workField(field);
  return work === null ? field : t(`ticketWork.history.fields.${work}`);
}

/** "Fusionado en #12 Asunto" for a `link` change value `{kind, direction, ticket}`. */
function linkValueLabel(t: TFunction, value: object): string | null {
  const { kind, direction, ticket } = value as { kind?: unknown; direction?: unknown; ticket?: unknown };
  const parsed = TicketLinkKind.safeParse(kind);
  if (!parsed.success || typeof ticket !== 'object' || ticket === null) return null;
  const key =
    parsed.data === 'related'
      ? 'related'
      : (`${parsed.data}_${direction === 'incoming' ? 'incoming' : 'outgoing'}` as const);
  return `${t(`ticketWork.history.linkKinds.${key}`)} ${ticketRefLabel(ticket) ?? ''}`.trim();
}

/** "#12 Asunto" for anything shaped like a ticket reference, else null. */
function ticketRefLabel(value: object): string | null {
  const { number, subject } = value as { number?: unknown; subject?: unknown };
  if (typeof number !== 'number') return null;
  return typeof subject === 'string'
    ? `${formatTicketNumber(number)} ${subject}`
    : formatTicketNumber(number);
}

/** A custom field's stored value in words: option labels, Yes/No, or the value as entered. */
function customFieldValueLabel(
  t: TFunction,
  field: CustomField | null,
  value: string | number | boolean,
): string {
  if (typeof value === 'boolean')
    return t(value ? 'ticketWork.customFields.yes' : 'ticketWork.customFields.no');
  if (typeof value === 'string')
    return field?.options.find((option) => option.value === value)?.label ?? value;
  return String(value);
}

function enumLabel(t: TFunction, field: string, value: string, context: HistoryContext): string {
  if (field === 'kind' && isActivityEvent(context)) {
    const kind = ActivityKind.safeParse(value);
    return kind.success ? t(`ticketWork.activities.kinds.${kind.data}`) : value;
  }
  switch (knownField(field) ?? workField(field)) {
    case 'status':
    case 'trashedFromStatus': {
      const status = TicketStatus.safeParse(value);
      return status.success ? t(`status.${status.data}`) : value;
    }
    case 'priority': {
      const priority = TicketPriority.safeParse(value);
      return priority.success ? t(`priority.${priority.data}`) : value;
    }
    case 'type':
      return context.config?.types.find((type) => type.key === value)?.name ?? value;
    case 'channel': {
      const channel = Channel.safeParse(value);
      return channel.success ? t(`channel.${channel.data}`) : value;
    }
    case 'kind': {
      const kind = MessageKind.safeParse(value);
      return kind.success ? t(`history.messageKind.${kind.data}`) : value;
    }
    case 'resolution': {
      const resolution = Resolution.safeParse(value);
      return resolution.success ? t(`ticketWork.resolution.${resolution.data}`) : value;
    }
    case 'trashReason': {
      const reason = TrashReason.safeParse(value);
      return reason.success ? t(`ticketWork.trash.reasons.${reason.data}`) : value;
    }
    case 'customStatus':
      return context.config?.statuses.find((status) => status.id === value)?.name ?? value;
    case 'resolutionReason':
      return context.config?.resolutionReasons.find((reason) => reason.id === value)?.name ?? value;
    case 'dueAt':
    case 'doneAt':
      return context.language ? formatDateTime(value, context.language) : value;
    default:
      return value;
  }
}

/**
 * A changed value ready to read: enum values (status, priority, channel, message/activity kind,
 * resolution, trash reason) are translated; types, custom statuses and reasons show their config
 * name; custom field values show option labels; ticket numbers read #1234; links read "Fusionado en
 * #12 Asunto"; `null`/empty become "(empty)"; lists are joined; `{name}` objects show their name.
 */
export function historyValueLabel(
  t: TFunction,
  field: string,
  value: unknown,
  context: HistoryContext = {},
): string {
  const empty = t('history.emptyValue');
  if (value === null || value === undefined || value === '') return empty;
  if (Array.isArray(value)) {
    const parts = value.map((item) => historyValueLabel(t, field, item, context));
    return parts.length === 0 ? empty : parts.join(', ');
  }
  if (typeof value === 'object') {
    if (field === 'link') return linkValueLabel(t, value) ?? JSON.stringify(value);
    const name = (value as { name?: unknown }).name;
    if (typeof name === 'string') return name;
    return ticketRefLabel(value) ?? JSON.stringify(value);
  }
  if (typeof value === 'number' && NUMBER_FIELDS.has(field)) return formatTicketNumber(value);
  const scalar = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  if (field.startsWith(CUSTOM_FIELD_PREFIX) && scalar) {
    return customFieldValueLabel(t, customFieldOf(field, context), value);
  }
  if (typeof value === 'boolean')
    return t(value ? 'ticketWork.customFields.yes' : 'ticketWork.customFields.no');
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value !== 'string') return empty;
  return enumLabel(t, field, value, context);
}

/**
 * "Estado: Abierto → Pendiente del cliente" for one field change, or just "Estado: Nuevo" when the
 * field had no previous value (e.g. on ticket creation).
 */
export function describeChange(t: TFunction, change: FieldChange, context: HistoryContext = {}): string {
  const field = historyFieldLabel(t, change.field, context);
  const to = historyValueLabel(t, change.field, change.to, context);
  if (change.from === null || change.from === undefined) return t('history.set', { field, to });
  return t('history.change', { field, from: historyValueLabel(t, change.field, change.from, context), to });
}
