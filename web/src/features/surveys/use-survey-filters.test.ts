import { describe, expect, it } from 'vitest';
import { readSurveyFilters, toApiParams, windowStart } from './use-survey-filters';

const now = new Date('2026-11-26T03:30:00.000Z'); // 22:30 on Nov 25 in Bogotá (UTC−5)

describe('survey report filters', () => {
  it('starts the window at midnight in the workspace time zone, today included', () => {
    expect(windowStart('7', 'America/Bogota', now)).toBe('2026-11-19T05:00:00.000Z');
    expect(windowStart('30', 'UTC', now)).toBe('2026-10-28T00:00:00.000Z');
  });

  it('reads only known values from the URL', () => {
    expect(readSurveyFilters(new URLSearchParams('days=365&kind=xyz&unhappy=1'))).toEqual({
      days: '30',
      agent: null,
      team: null,
      kind: null,
      unhappy: true,
    });
  });

  it("resolves `me`, and turns 'only negative' into the kind's maxScore", () => {
    const filters = readSurveyFilters(new URLSearchParams('days=7&agent=me&team=t1&kind=ces&unhappy=1'));
    const params = toApiParams(filters, { myAgentId: 'a1', timezone: 'America/Bogota' }, now);
    expect(params.summary).toEqual({ from: '2026-11-19T05:00:00.000Z', agentId: 'a1', teamId: 't1' });
    expect(params.responses).toEqual({ ...params.summary, kind: 'ces', maxScore: 3 });
    const anyKind = toApiParams({ ...filters, kind: null }, { myAgentId: 'a1', timezone: 'UTC' }, now);
    expect(anyKind.responses).not.toHaveProperty('maxScore');
  });
});
