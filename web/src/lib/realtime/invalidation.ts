import type { PublicEvent } from '@atiende/contracts';
import type { QueryKey } from '@tanstack/react-query';
import { queryKeys } from '../api/query-keys';

/**
 * The cached queries one realtime event makes stale. Ticket and message events refresh every inbox
 * list and the counts, plus the ticket, its thread and its history when `ticketId` is known;
 * contact/company events refresh their lists and pages, and ticket lists (which show their names).
 * A breached SLA refreshes like any ticket event; `sla.updated` refreshes the SLA settings, every
 * ticket collection and open ticket (lights and clocks may change); `survey.responded` refreshes the surveys reports and the
 * ticket; `survey_settings.updated` refreshes the survey settings.
 * Any other event that names a ticket (delivery updates, followers, future types) refreshes that ticket.
 */
export function queryKeysForEvent(event: PublicEvent): QueryKey[] {
  const keys: QueryKey[] = [];
  switch (event.type) {
    case 'ticket.created':
    case 'ticket.updated':
    case 'message.created':
    case 'ticket.trashed':
    case 'ticket.restored':
    case 'ticket.purged':
    case 'ticket.merged':
    case 'ticket.split':
    case 'ticket.linked':
    case 'ticket.unlinked':
    case 'activity.created':
    case 'activity.updated':
    case 'activity.deleted':
    case 'ticket.sla_breached':
      // Lists, counts, the board and view counts all live under `tickets()`.
      keys.push(queryKeys.tickets());
      if (event.ticketId !== null) keys.push(queryKeys.ticket(event.ticketId));
      break;
    case 'sla.updated':
      // Policies and calendars changed: the settings screens and every SLA light may be stale.
      keys.push(queryKeys.sla(), queryKeys.tickets(), queryKeys.ticketDetails());
      break;
    case 'survey.responded':
      // The surveys reports live under `surveys()`; the ticket's own survey under `ticket(id)`.
      keys.push(queryKeys.surveys(), queryKeys.tickets());
      if (event.ticketId !== null) keys.push(queryKeys.ticket(event.ticketId));
      break;
    case 'survey_settings.updated':
      keys.push(queryKeys.surveySettings());
      break;
    case 'ticket_config.updated':
      keys.push(queryKeys.ticketConfig(), queryKeys.tickets());
      break;
    case 'saved_view.changed':
      keys.push(queryKeys.savedViews(), queryKeys.savedViewCounts());
      break;
    case 'contact.created':
    case 'contact.updated':
      keys.push(queryKeys.contacts(), queryKeys.ticketLists());
      if (event.entityId !== null) keys.push(queryKeys.contact(event.entityId));
      break;
    case 'company.created':
    case 'company.updated':
      keys.push(queryKeys.companies(), queryKeys.contacts(), queryKeys.ticketLists());
      if (event.entityId !== null) keys.push(queryKeys.company(event.entityId));
      break;
    case 'agent.created':
    case 'agent.updated':
      keys.push(queryKeys.agents());
      break;
    case 'team.created':
      keys.push(queryKeys.teams());
      break;
    case 'contact.email_status_changed':
      keys.push(queryKeys.contacts());
      if (event.entityId !== null) keys.push(queryKeys.contact(event.entityId));
      break;
    default:
      // Mailboxes and inbound-email processing have no screen here; ticket-related ones refresh it.
      if (event.ticketId !== null) keys.push(queryKeys.ticket(event.ticketId));
  }
  return keys;
}
