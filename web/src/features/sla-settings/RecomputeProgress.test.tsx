import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { renderWithApp } from '../../test/render';
import { recomputePercent, RecomputeProgress } from './RecomputeProgress';
import { makeRun, slaIds } from './sla-fixtures';

describe('RecomputeProgress', () => {
  it('computes the percentage, 100 when there was nothing to recompute', () => {
    expect(recomputePercent({ done: 1234, total: 20_000 })).toBe(6);
    expect(recomputePercent({ done: 0, total: 0 })).toBe(100);
    expect(recomputePercent({ done: 12, total: 10 })).toBe(100);
  });

  it('reports a failed recompute as an alert the admin can dismiss', async () => {
    const user = userEvent.setup();
    const failed = makeRun({ state: 'failed', done: 500 });
    stubFetch({ [`GET /api/sla/recompute-runs/${slaIds.run}`]: { body: failed } });
    const onClose = vi.fn();
    renderWithApp(<RecomputeProgress run={failed} onClose={onClose} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'El recálculo del SLA falló después de 500 de 20.000 tickets.',
    );
    await user.click(screen.getByRole('button', { name: 'Cerrar aviso' }));
    expect(onClose).toHaveBeenCalledOnce();
  });
});
