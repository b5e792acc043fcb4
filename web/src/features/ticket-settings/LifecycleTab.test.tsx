import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { renderWithApp } from '../../test/render';
import { LifecycleTab } from './LifecycleTab';

const settings = { autoCloseAfterDays: 4, trashRetentionDays: 30 };

describe('LifecycleTab', () => {
  it('refuses values outside the allowed ranges without calling the server', async () => {
    const user = userEvent.setup();
    const { requests } = stubFetch({});
    renderWithApp(<LifecycleTab settings={settings} />);
    const autoClose = screen.getByRole('textbox', { name: /Cerrar los tickets resueltos/ });
    const retention = screen.getByRole('textbox', { name: /Conservar los tickets en la papelera/ });
    await user.clear(autoClose);
    await user.type(autoClose, '400');
    await user.clear(retention);
    await user.type(retention, '0');
    await user.click(screen.getByRole('button', { name: 'Guardar' }));

    expect(autoClose).toHaveAccessibleDescription(/entre 0 y 365/);
    expect(retention).toHaveAccessibleDescription(/entre 1 y 365/);
    expect(requests).toHaveLength(0);
  });

  it('saves both settings, 0 meaning never auto-close', async () => {
    const user = userEvent.setup();
    const { requests } = stubFetch({
      'PATCH /api/ticket-config/settings': { body: { autoCloseAfterDays: 0, trashRetentionDays: 60 } },
    });
    renderWithApp(<LifecycleTab settings={settings} />);
    const autoClose = screen.getByRole('textbox', { name: /Cerrar los tickets resueltos/ });
    const retention = screen.getByRole('textbox', { name: /Conservar los tickets en la papelera/ });
    await user.clear(autoClose);
    await user.type(autoClose, '0');
    await user.clear(retention);
    await user.type(retention, '60');
    await user.click(screen.getByRole('button', { name: 'Guardar' }));

    await waitFor(() => {
      expect(requests).toHaveLength(1);
    });
    expect(requests[0]?.method).toBe('PATCH');
    expect(requests[0]?.body).toEqual({ autoCloseAfterDays: 0, trashRetentionDays: 60 });
    expect(await screen.findByText('Cambios guardados')).toBeInTheDocument();
  });

  it('refuses an empty value', async () => {
    const user = userEvent.setup();
    const { requests } = stubFetch({});
    renderWithApp(<LifecycleTab settings={settings} />);
    const retention = screen.getByRole('textbox', { name: /Conservar los tickets en la papelera/ });
    await user.clear(retention);
    await user.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(retention).toHaveAccessibleDescription(/entre 1 y 365/);
    expect(requests).toHaveLength(0);
  });
});
