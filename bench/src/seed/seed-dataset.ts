import pg from 'pg';
import { CHUNK_TICKETS, SPAN_DAYS, UTC_OFFSET_HOURS, type DatasetSpec } from '../gen/dataset-spec';
import { buildCompanies, buildContacts } from '../gen/people';
import { buildStaff } from '../gen/staff';
import { TicketPlanner } from '../gen/ticket-plan';
import { Timeline } from '../gen/timeline';
import { copyCrm } from './seed-crm';
import { SlaPlanner } from './sla-lines';
import { insertSlaAndSurveyConfig } from './seed-sla-surveys-config';
import { insertWorkspaceAndStaff } from './seed-staff';
import { TicketChunkWriter } from './seed-tickets';
import { formatDuration, ProgressBar } from './progress';
import { deleteTicketsAfter, dropWorkspace, findWorkspace } from './workspace-state';

const HOUR = 3_600_000;

export interface SeedOutcome {
  workspaceId: string;
  /** `complete` when nothing had to be done. */
  state: 'complete' | 'seeded';
  seconds: number;
}

/** Statement-level settings for a bulk load on this session only. */
async function tuneSession(client: pg.ClientBase, log: (line: string) => void): Promise<void> {
  await client.query("SET synchronous_commit = 'off'");
  await client.query("SET maintenance_work_mem = '512MB'");
  try {
    // Skips per-row foreign-key triggers: the generator only references rows it wrote itself.
    await client.query("SET session_replication_role = 'replica'");
  } catch {
    log('note: not a superuser, so foreign keys are checked row by row (slower, same result)');
  }
}

/**
 * Makes sure the bench workspace for `spec` exists in full. Idempotent and resumable: a complete
 * workspace (marked by ticket_seq = tickets) is left alone; a partial one continues from its last
 * committed chunk; one from another generator version, or any with `fresh`, is recreated.
 */
export async function seedDataset(
  url: string,
  spec: DatasetSpec,
  options: { fresh: boolean; log: (line: string) => void },
): Promise<SeedOutcome> {
  const { log } = options;
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  // A dropped connection (Ctrl-C stops the database) surfaces through the pending query instead.
  client.on('error', () => undefined);
  await client.connect();
  try {
    let found = await findWorkspace(client, spec.slug);
    if (found && (options.fresh || found.name !== spec.workspaceName)) {
      log(`recreating workspace ${spec.slug} (${options.fresh ? '--fresh' : `was "${found.name}"`})`);
      await dropWorkspace(client, found.id);
      found = null;
    }
    if (found && found.ticketSeq >= spec.tickets && found.tickets >= spec.tickets) {
      return { workspaceId: found.id, state: 'complete', seconds: 0 };
    }
    await tuneSession(client, log);

    const staff = buildStaff(spec);
    const companies = buildCompanies(spec);
    const contacts = buildContacts(spec, companies);
    const startMs = found?.createdAt ?? Math.floor(Date.now() / HOUR) * HOUR - SPAN_DAYS * 24 * HOUR;
    const workspaceId = found?.id ?? (await insertWorkspaceAndStaff(client, spec, staff, startMs));
    if (!found)
      log(`workspace ${spec.slug} created with ${staff.agents.length} agents in ${staff.teams.length} teams`);

    if ((found?.contacts ?? 0) !== contacts.length) {
      const t = performance.now();
      await copyCrm(client, workspaceId, companies, contacts, startMs);
      log(
        `${companies.length.toLocaleString('en-US')} companies and ${contacts.length.toLocaleString('en-US')} contacts in ${formatDuration((performance.now() - t) / 1000)}`,
      );
    }

    await insertSlaAndSurveyConfig(client, workspaceId, spec.slug, startMs);
    const timeline = new Timeline(startMs, SPAN_DAYS, UTC_OFFSET_HOURS);
    const planner = new TicketPlanner(staff, contacts, timeline, spec.tickets);
    const sla = new SlaPlanner(spec.slug, timeline.endMs);
    const writer = new TicketChunkWriter(client, planner, workspaceId, spec.seed, sla, timeline.endMs);
    const firstChunk = Math.floor((found?.tickets ?? 0) / CHUNK_TICKETS);
    const resumeAt = firstChunk * CHUNK_TICKETS;
    if (found && found.tickets > resumeAt) {
      // Not expected (chunks commit atomically), but keeps a resume exact if chunk sizes changed.
      await deleteTicketsAfter(client, workspaceId, resumeAt);
    }
    if (resumeAt > 0) log(`resuming after ticket #${resumeAt.toLocaleString('en-US')}`);
    const bar = new ProgressBar('tickets', spec.tickets, resumeAt);
    let done = resumeAt;
    let messages = 0;
    let slaClocks = 0;
    let surveys = 0;
    for (let chunk = firstChunk; chunk * CHUNK_TICKETS < spec.tickets; chunk++) {
      const first = chunk * CHUNK_TICKETS;
      const count = Math.min(CHUNK_TICKETS, spec.tickets - first);
      const counts = await writer.write(chunk, first, count, () => {
        bar.update(++done);
      });
      messages += counts.messages;
      slaClocks += counts.slaClocks;
      surveys += counts.surveys;
    }
    bar.finish();
    if (messages > 0) {
      const n = (v: number) => v.toLocaleString('en-US');
      log(
        `${n(messages)} messages, ${n(slaClocks)} SLA clocks and ${n(surveys)} survey invitations written in this run`,
      );
    }

    const vacuumStarted = performance.now();
    await client.query('SET session_replication_role = DEFAULT').catch(() => undefined);
    const tables = ['companies', 'contacts', 'tickets', 'messages', 'events', 'ticket_sla_clocks'];
    for (const table of [...tables, 'survey_invitations', 'survey_responses']) {
      await client.query(`VACUUM (ANALYZE) ${table}`);
    }
    log(`VACUUM ANALYZE in ${formatDuration((performance.now() - vacuumStarted) / 1000)}`);
    // Last: the marker that the workspace is complete, and the API can keep numbering tickets.
    await client.query('UPDATE workspaces SET ticket_seq = $2 WHERE id = $1', [workspaceId, spec.tickets]);
    return { workspaceId, state: 'seeded', seconds: (performance.now() - started) / 1000 };
  } finally {
    await client.end();
  }
}
