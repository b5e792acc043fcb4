import type { SlaConditions, SlaPolicy } from '@atiende/contracts';
import type { PolicyBody } from '../sla/sla-api';
import {
  draftToTargets,
  emptyTargets,
  targetsToDraft,
  tracksAnything,
  type TargetPath,
  type TargetProblem,
  type TargetsDraft,
} from './targets-form';

/** Statuses during which the resolution clock can pause (waiting on the customer or a third party). */
export const PAUSABLE_STATUSES = ['pending', 'on_hold'] as const;
export type PausableStatus = (typeof PAUSABLE_STATUSES)[number];

/** The policy form as typed. */
export interface PolicyDraft {
  name: string;
  description: string;
  active: boolean;
  /** Null = around the clock (24×7). */
  calendarId: string | null;
  conditions: SlaConditions;
  targets: TargetsDraft;
  pauseStatuses: PausableStatus[];
}

/** Form fields that show an error: plain ones and each targets cell. */
export type PolicyField =
  'name' | 'description' | 'calendarId' | 'conditions' | 'pauseStatuses' | 'targets' | TargetPath;

/** A local problem with the form, translated by the component. */
export type PolicyProblem = 'required' | 'noTargets' | TargetProblem;

const NO_CONDITIONS: SlaConditions = {
  priorities: [],
  types: [],
  channels: [],
  teamIds: [],
  companyIds: [],
  tags: [],
};

function isPausable(status: string): status is PausableStatus {
  return (PAUSABLE_STATUSES as readonly string[]).includes(status);
}

/** The form for `policy`, or a new policy's defaults (active, 24×7, pauses while pending). */
export function policyToDraft(policy?: SlaPolicy): PolicyDraft {
  if (policy === undefined) {
    return {
      name: '',
      description: '',
      active: true,
      calendarId: null,
      conditions: { ...NO_CONDITIONS },
      targets: targetsToDraft(emptyTargets()),
      pauseStatuses: ['pending'],
    };
  }
  return {
    name: policy.name,
    description: policy.description,
    active: policy.active,
    calendarId: policy.calendar?.id ?? null,
    conditions: { ...NO_CONDITIONS, ...policy.conditions },
    targets: targetsToDraft(policy.targets),
    pauseStatuses: policy.pauseStatuses.filter(isPausable),
  };
}

/**
 * Checks the form and builds the request body: a name, valid cells and at least one tracked target.
 * Problems come keyed by the same paths the server uses, so both show on the same inputs.
 */
export function draftToPolicyBody(
  draft: PolicyDraft,
): { body: PolicyBody } | { problems: Partial<Record<PolicyField, PolicyProblem>> } {
  const problems: Partial<Record<PolicyField, PolicyProblem>> = {};
  const name = draft.name.trim();
  if (name === '') problems.name = 'required';
  const read = draftToTargets(draft.targets);
  Object.assign(problems, read.problems);
  if (Object.keys(read.problems).length === 0 && !tracksAnything(read.targets))
    problems.targets = 'noTargets';
  if (Object.keys(problems).length > 0) return { problems };
  return {
    body: {
      name,
      description: draft.description.trim(),
      active: draft.active,
      calendarId: draft.calendarId,
      conditions: draft.conditions,
      targets: read.targets,
      pauseStatuses: draft.pauseStatuses,
    },
  };
}

/**
 * Where a server issue path shows: target cells and top-level fields by their own path, anything
 * under `conditions.` on the conditions block; unknown paths go to the general alert.
 */
export function policyIssueField(path: string): PolicyField | null {
  if (/^targets\.(critical|high|normal|low)\.(firstResponse|nextResponse|resolution)Minutes$/.test(path)) {
    return path as TargetPath;
  }
  const head = path.split('.')[0] ?? '';
  if (head === 'targets') return 'targets';
  if (head === 'conditions') return 'conditions';
  if (head === 'name' || head === 'description' || head === 'calendarId' || head === 'pauseStatuses')
    return head;
  return null;
}
