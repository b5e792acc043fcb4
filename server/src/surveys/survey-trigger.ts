import type { FieldChange } from '@atiende/contracts';
import type { RecordEventInput } from '../events/record-event';

/** What an event means for a ticket's survey invitation. */
export type SurveyTrigger = 'schedule' | 'cancel' | null;

function statusChange(changes: readonly FieldChange[] | undefined): FieldChange | undefined {
  return changes?.find((change) => change.field === 'status');
}

/**
 * Decides from the event alone, without any query: a `ticket.updated` that moves the ticket into
 * `solved` schedules an invitation; one that moves it out of `solved` to anything but `closed`
 * (a reopen) cancels the pending one, as do trashing and merging the ticket away. Everything else
 * (the vast majority of events) is none of the survey's business.
 */
export function surveyTriggerOf(event: RecordEventInput): SurveyTrigger {
  if (!event.ticketId) return null;
  switch (event.type) {
    case 'ticket.updated': {
      const change = statusChange(event.changes);
      if (!change || change.from === change.to) return null;
      if (change.to === 'solved') return 'schedule';
      if (change.from === 'solved' && change.to !== 'closed') return 'cancel';
      return null;
    }
    case 'ticket.trashed':
      return 'cancel';
    case 'ticket.merged':
      return event.changes?.some((change) => change.field === 'mergedInto') ? 'cancel' : null;
    default:
      return null;
  }
}
