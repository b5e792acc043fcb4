import type { SurveySettings } from '@atiende/contracts';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { renderWithApp } from '../../test/render';
import { toFormValues, validateSettingsForm } from './survey-settings-form';
import { SurveySettingsForm } from './SurveySettingsTab';

const settings: SurveySettings = {
  csatEnabled: true,
  cesEnabled: false,
  npsEnabled: true,
  npsEveryDays: 90,
  sendDelayMinutes: 120,
  expiresAfterDays: 14,
};

describe('survey settings form values', () => {
  it('shows a whole number of hours in hours, other delays in minutes', () => {
    expect(toFormValues(settings)).toMatchObject({ sendDelay: 2, sendDelayUnit: 'hours' });
    expect(toFormValues({ ...settings, sendDelayMinutes: 90 })).toMatchObject({
      sendDelay: 90,
      sendDelayUnit: 'minutes',
    });
    expect(toFormValues({ ...settings, sendDelayMinutes: 0 })).toMatchObject({
      sendDelay: 0,
      sendDelayUnit: 'minutes',
    });
  });

  it('converts hours back to minutes and checks ranges in the typed unit', () => {
    const values = toFormValues(settings);
    expect(validateSettingsForm({ ...values, sendDelay: 168 })).toEqual({
      ok: true,
      input: { ...settings, sendDelayMinutes: 10_080 },
    });
    expect(validateSettingsForm({ ...values, sendDelay: 169 })).toEqual({
      ok: false,
      errors: { sendDelay: { min: 0, max: 168 } },
    });
    expect(
      validateSettingsForm({
        ...values,
        npsEveryDays: 6,
        expiresAfterDays: '',
        sendDelayUnit: 'minutes',
        sendDelay: 1.5,
      }),
    ).toEqual({
      ok: false,
      errors: {
        npsEveryDays: { min: 7, max: 730 },
        sendDelay: { min: 0, max: 10_080 },
        expiresAfterDays: { min: 1, max: 90 },
      },
    });
  });
});

describe('SurveySettingsForm', () => {
  it('shows range errors on the fields and sends nothing', async () => {
    const user = userEvent.setup();
    const { requests } = stubFetch({});
    renderWithApp(<SurveySettingsForm settings={settings} />);
    const every = screen.getByRole('textbox', { name: 'Preguntar NPS cada (días)' });
    const expires = screen.getByRole('textbox', { name: 'Validez del enlace (días)' });
    await user.clear(every);
    await user.type(every, '3');
    await user.clear(expires);
    await user.click(screen.getByRole('button', { name: 'Guardar' }));

    expect(every).toHaveAccessibleDescription(/entre 7 y 730/);
    expect(expires).toHaveAccessibleDescription(/entre 1 y 90/);
    expect(requests).toHaveLength(0);
  });

  it('saves the switches, NPS interval, delay in minutes and link validity', async () => {
    const user = userEvent.setup();
    const saved: SurveySettings = { ...settings, cesEnabled: true, npsEnabled: false, sendDelayMinutes: 45 };
    const { requests } = stubFetch({ 'PATCH /api/surveys/settings': { body: saved } });
    renderWithApp(<SurveySettingsForm settings={settings} />);

    await user.click(screen.getByRole('switch', { name: /Esfuerzo del cliente \(CES\)/ }));
    await user.click(screen.getByRole('switch', { name: /Recomendación \(NPS\)/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unidad de la espera' }), 'minutes');
    const delay = screen.getByRole('textbox', { name: 'Esperar antes de enviar' });
    await user.clear(delay);
    await user.type(delay, '45');
    await user.click(screen.getByRole('button', { name: 'Guardar' }));

    await waitFor(() => {
      expect(requests).toHaveLength(1);
    });
    expect(requests[0]?.method).toBe('PATCH');
    expect(requests[0]?.body).toEqual(saved);
    expect(await screen.findByText('Cambios guardados')).toBeInTheDocument();
  });

  it('warns that nothing will be sent when every question is off', async () => {
    const user = userEvent.setup();
    stubFetch({});
    renderWithApp(<SurveySettingsForm settings={{ ...settings, npsEnabled: false }} />);
    expect(screen.queryByText(/no se enviarán encuestas/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: /Satisfacción \(CSAT\)/ }));
    expect(screen.getByText(/no se enviarán encuestas/)).toBeInTheDocument();
  });

  it("puts the server's field errors on the matching field", async () => {
    const user = userEvent.setup();
    stubFetch({
      'PATCH /api/surveys/settings': {
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'Invalid input',
            issues: [{ path: 'sendDelayMinutes', message: 'Demasiado largo' }],
          },
        },
      },
    });
    renderWithApp(<SurveySettingsForm settings={settings} />);
    await user.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(await screen.findByText('Demasiado largo')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Esperar antes de enviar' })).toHaveAccessibleDescription(
      /Demasiado largo/,
    );
  });
});
