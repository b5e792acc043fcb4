import type { BenchContext, RowResult } from '../bench/context';
import { boardRows } from './board';
import { bulkRow } from './bulk';
import { createTicketRows } from './create-ticket';
import { dashboardRow } from './dashboard';
import { emailIngestRows } from './email-ingest';
import { inboxRows } from './inbox';
import { realtimeRows } from './realtime';
import { replyRow } from './reply';
import { savedViewCountsRow } from './saved-views';
import { searchRow } from './search';
import { slaRecomputeRow } from './sla-recompute';
import { surveySummaryRow } from './survey-summary';
import { ticketViewRow } from './ticket-view';

/** A benchmark: one or several rows of the table. */
export type RowGroup = (ctx: BenchContext) => Promise<RowResult | RowResult[]>;
/** Every row, in the order they run; ids prefix-match --only. */
export const GROUPS: { prefix: string; run: RowGroup }[] = [
  { prefix: 'inbox', run: inboxRows },
  { prefix: 'ticket.view', run: ticketViewRow },
  { prefix: 'search', run: searchRow },
  { prefix: 'board', run: boardRows },
  { prefix: 'views', run: savedViewCountsRow },
  { prefix: 'ticket.reply', run: replyRow },
  { prefix: 'ticket.create', run: createTicketRows },
  { prefix: 'bulk', run: bulkRow },
  { prefix: 'sla', run: slaRecomputeRow },
  { prefix: 'dashboard', run: dashboardRow },
  { prefix: 'surveys', run: surveySummaryRow },
  { prefix: 'realtime', run: realtimeRows },
  { prefix: 'email', run: emailIngestRows },
];
