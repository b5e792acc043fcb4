import { TicketPriority, type SlaMetric, type SlaTarget, type SlaTargets } from '@atiende/contracts';

/** The largest target the server accepts: one year of minutes. */
export const MAX_TARGET_MINUTES = 525_600;

/** The metrics in the order the editor shows them, with the field each one fills in `SlaTarget`. */
export const TARGET_FIELDS: readonly { metric: SlaMetric; field: keyof SlaTarget }[] = [
  { metric: 'first_response', field: 'firstResponseMinutes' },
  { metric: 'next_response', field: 'nextResponseMinutes' },
  { metric: 'resolution', field: 'resolutionMinutes' },
];

/** What the agent typed for one target: hours and minutes as text; both empty = not tracked. */
export interface DurationDraft {
  hours: string;
  minutes: string;
}

/** The targets table as typed: one `DurationDraft` per priority and metric field. */
export type TargetsDraft = Record<TicketPriority, Record<keyof SlaTarget, DurationDraft>>;

/** Why a cell cannot be saved. */
export type TargetProblem = 'notWholeNumber' | 'minutesRange' | 'tooShort' | 'tooLong';

/** `targets.<priority>.<field>`: the server's issue path for one cell, also the form's field key. */
export type TargetPath = `targets.${TicketPriority}.${keyof SlaTarget}`;

/** The issue path of a cell, the same string the server reports. */
export function targetPath(priority: TicketPriority, field: keyof SlaTarget): TargetPath {
  return `targets.${priority}.${field}`;
}

/** 90 → 1 h 30 min; null (not tracked) → both empty. Hours are not folded into days: SLAs are read in hours. */
export function minutesToDraft(minutes: number | null): DurationDraft {
  if (minutes === null) return { hours: '', minutes: '' };
  return { hours: String(Math.floor(minutes / 60)), minutes: String(minutes % 60) };
}

const WHOLE = /^\d+$/;

/**
 * The minutes a cell stands for: both empty → null (not tracked); an empty half counts as 0.
 * Minutes must be 0–59 and the total 1 minute to one year, whole numbers only.
 */
export function draftToMinutes(
  draft: DurationDraft,
): { minutes: number | null } | { problem: TargetProblem } {
  const hours = draft.hours.trim();
  const minutes = draft.minutes.trim();
  if (hours === '' && minutes === '') return { minutes: null };
  if ((hours !== '' && !WHOLE.test(hours)) || (minutes !== '' && !WHOLE.test(minutes))) {
    return { problem: 'notWholeNumber' };
  }
  const m = minutes === '' ? 0 : Number(minutes);
  if (m > 59) return { problem: 'minutesRange' };
  const total = (hours === '' ? 0 : Number(hours)) * 60 + m;
  if (total < 1) return { problem: 'tooShort' };
  if (total > MAX_TARGET_MINUTES) return { problem: 'tooLong' };
  return { minutes: total };
}

/** The editor's starting point for saved targets. */
export function targetsToDraft(targets: SlaTargets): TargetsDraft {
  const draft = {} as TargetsDraft;
  for (const priority of TicketPriority.options) {
    const row = targets[priority];
    draft[priority] = {
      firstResponseMinutes: minutesToDraft(row.firstResponseMinutes),
      nextResponseMinutes: minutesToDraft(row.nextResponseMinutes),
      resolutionMinutes: minutesToDraft(row.resolutionMinutes),
    };
  }
  return draft;
}

/** Nothing tracked for any priority (a new policy). */
export function emptyTargets(): SlaTargets {
  const none: SlaTarget = { firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null };
  return { critical: { ...none }, high: { ...none }, normal: { ...none }, low: { ...none } };
}

/**
 * Reads the whole table: the targets to send, or the problem of every invalid cell keyed by its
 * issue path (so local and server errors land on the same input).
 */
export function draftToTargets(draft: TargetsDraft): {
  targets: SlaTargets;
  problems: Partial<Record<TargetPath, TargetProblem>>;
} {
  const targets = emptyTargets();
  const problems: Partial<Record<TargetPath, TargetProblem>> = {};
  for (const priority of TicketPriority.options) {
    for (const { field } of TARGET_FIELDS) {
      const read = draftToMinutes(draft[priority][field]);
      if ('problem' in read) problems[targetPath(priority, field)] = read.problem;
      else targets[priority][field] = read.minutes;
    }
  }
  return { targets, problems };
}

/** True when at least one cell is tracked (a policy without any target would do nothing). */
export function tracksAnything(targets: SlaTargets): boolean {
  return TicketPriority.options.some((priority) =>
    TARGET_FIELDS.some(({ field }) => targets[priority][field] !== null),
  );
}
