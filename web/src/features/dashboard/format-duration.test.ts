import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';

describe('formatDuration', () => {
  it('keeps the two largest units', () => {
    expect(formatDuration(2 * 86_400 + 3 * 3_600 + 59, 'en')).toBe('2d 3h');
    expect(formatDuration(3_600 + 5 * 60, 'en')).toBe('1h 5m');
  });

  it('shows minutes for short durations, zero included', () => {
    expect(formatDuration(45 * 60, 'en')).toBe('45m');
    expect(formatDuration(10, 'en')).toBe('0m');
  });
});
