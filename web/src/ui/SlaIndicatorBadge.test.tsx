import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createI18n } from '../lib/i18n/i18n';
import { renderWithApp } from '../test/render';
import { shortSlaTime, slaIndicatorAt, SlaIndicatorBadge } from './SlaIndicatorBadge';

const NOW = Date.parse('2026-03-02T15:00:00.000Z');
const inMinutes = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();

describe('slaIndicatorAt', () => {
  it('recomputes the light from the due time, like the server', () => {
    expect(slaIndicatorAt('ok', inMinutes(61), NOW)).toBe('ok');
    expect(slaIndicatorAt('ok', inMinutes(60), NOW)).toBe('warning');
    expect(slaIndicatorAt('warning', inMinutes(0), NOW)).toBe('breached');
    expect(slaIndicatorAt('ok', inMinutes(-5), NOW)).toBe('breached');
  });

  it('keeps paused and none when there is no running clock', () => {
    expect(slaIndicatorAt('paused', null, NOW)).toBe('paused');
    expect(slaIndicatorAt('none', null, NOW)).toBe('none');
  });
});

describe('shortSlaTime', () => {
  const t = createI18n({ language: 'es' }).t;
  it('keeps only the largest unit, truncated', () => {
    expect(shortSlaTime(t, 30)).toBe('< 1 min');
    expect(shortSlaTime(t, 12 * 60 + 59)).toBe('12 min');
    expect(shortSlaTime(t, 2 * 3600 + 59 * 60)).toBe('2 h');
    expect(shortSlaTime(t, 3 * 86_400 + 3600)).toBe('3 d');
    expect(shortSlaTime(t, -2 * 3600)).toBe('2 h');
  });
});

describe('SlaIndicatorBadge', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    vi.setSystemTime(NOW);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the time left in short form with the full sentence as accessible name', () => {
    renderWithApp(<SlaIndicatorBadge indicator="ok" dueAt={inMinutes(150)} />);
    const badge = screen.getByRole('img', { name: 'SLA: vence en 2 h 30 min' });
    expect(badge).toHaveTextContent('2 h');
    expect(badge).toHaveAttribute('data-sla-indicator', 'ok');
  });

  it('shows a warning within the hour and the overdue time with a minus sign', () => {
    renderWithApp(
      <>
        <SlaIndicatorBadge indicator="warning" dueAt={inMinutes(12)} />
        <SlaIndicatorBadge indicator="breached" dueAt={inMinutes(-125)} />
      </>,
    );
    expect(screen.getByRole('img', { name: 'SLA por vencer: quedan 12 min' })).toHaveTextContent('12 min');
    const breached = screen.getByRole('img', { name: 'SLA incumplido hace 2 h 5 min' });
    expect(breached).toHaveTextContent('−2 h');
    expect(breached).toHaveAttribute('data-sla-indicator', 'breached');
  });

  it('shows paused clocks, and nothing (or a dash in list cells) without SLA', () => {
    const { container } = renderWithApp(<SlaIndicatorBadge indicator="none" dueAt={null} />);
    expect(container.querySelector('[data-sla-indicator]')).toBeNull();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    renderWithApp(
      <>
        <SlaIndicatorBadge indicator="paused" dueAt={null} />
        <SlaIndicatorBadge indicator="none" dueAt={null} showNone />
      </>,
    );
    expect(screen.getByRole('img', { name: 'SLA en pausa' })).toHaveTextContent('En pausa');
    expect(screen.getByRole('img', { name: 'Sin SLA' })).toHaveTextContent('—');
  });

  it('counts down every 30 seconds and turns red when the due time passes, without refetching', () => {
    renderWithApp(<SlaIndicatorBadge indicator="warning" dueAt={inMinutes(1)} />);
    expect(screen.getByRole('img', { name: 'SLA por vencer: quedan 1 min' })).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(30_000);
    });
    expect(screen.getByRole('img', { name: 'SLA por vencer: quedan < 1 min' })).toBeInTheDocument();
    act(() => {
      vi.advanceTimersByTime(60_000);
    });
    const badge = screen.getByRole('img', { name: /SLA incumplido hace/ });
    expect(badge).toHaveAttribute('data-sla-indicator', 'breached');
    expect(badge).toHaveTextContent('−1 min');
  });
});
