import { describe, expect, it } from 'vitest';
import {
  draftToMinutes,
  draftToTargets,
  emptyTargets,
  minutesToDraft,
  targetsToDraft,
  tracksAnything,
} from './targets-form';

describe('targets form', () => {
  it('splits minutes into hours and minutes and back', () => {
    expect(minutesToDraft(90)).toEqual({ hours: '1', minutes: '30' });
    expect(minutesToDraft(45)).toEqual({ hours: '0', minutes: '45' });
    expect(minutesToDraft(2880)).toEqual({ hours: '48', minutes: '0' });
    expect(minutesToDraft(null)).toEqual({ hours: '', minutes: '' });
    for (const minutes of [1, 59, 60, 61, 1439, 525_600]) {
      expect(draftToMinutes(minutesToDraft(minutes))).toEqual({ minutes });
    }
  });

  it('reads an empty cell as not tracked and an empty half as zero', () => {
    expect(draftToMinutes({ hours: '', minutes: '' })).toEqual({ minutes: null });
    expect(draftToMinutes({ hours: ' ', minutes: '' })).toEqual({ minutes: null });
    expect(draftToMinutes({ hours: '4', minutes: '' })).toEqual({ minutes: 240 });
    expect(draftToMinutes({ hours: '', minutes: '15' })).toEqual({ minutes: 15 });
  });

  it('refuses fractions, minutes over 59, zero and more than a year', () => {
    expect(draftToMinutes({ hours: '1.5', minutes: '' })).toEqual({ problem: 'notWholeNumber' });
    expect(draftToMinutes({ hours: '-1', minutes: '' })).toEqual({ problem: 'notWholeNumber' });
    expect(draftToMinutes({ hours: '1', minutes: '60' })).toEqual({ problem: 'minutesRange' });
    expect(draftToMinutes({ hours: '0', minutes: '0' })).toEqual({ problem: 'tooShort' });
    expect(draftToMinutes({ hours: '8761', minutes: '' })).toEqual({ problem: 'tooLong' });
  });

  it('reads the whole table and reports each bad cell by its server issue path', () => {
    const draft = targetsToDraft(emptyTargets());
    draft.low.firstResponseMinutes = { hours: '1', minutes: '' };
    draft.critical.resolutionMinutes = { hours: '2', minutes: '30' };
    const ok = draftToTargets(draft);
    expect(ok.problems).toEqual({});
    expect(ok.targets.low).toEqual({
      firstResponseMinutes: 60,
      nextResponseMinutes: null,
      resolutionMinutes: null,
    });
    expect(ok.targets.critical.resolutionMinutes).toBe(150);
    expect(tracksAnything(ok.targets)).toBe(true);
    expect(tracksAnything(emptyTargets())).toBe(false);

    draft.high.nextResponseMinutes = { hours: '', minutes: '75' };
    expect(draftToTargets(draft).problems).toEqual({ 'targets.high.nextResponseMinutes': 'minutesRange' });
  });
});
