import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../../test/fetch-stub';
import { renderWithApp } from '../../test/render';
import { CustomFieldModal } from './CustomFieldModal';
import { configIds, makePlanField } from './ticket-config.fixture';

const fieldsPath = '/api/ticket-config/custom-fields';

/** Focuses the input and pastes the text (one input event: much faster than typing on a busy machine). */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.click(input);
  await user.paste(text);
}

describe('CustomFieldModal', () => {
  it('creates a dropdown with its options, deriving empty values from the labels', async () => {
    const user = userEvent.setup();
    const { requests } = stubFetch({ [`POST ${fieldsPath}`]: { status: 201, body: makePlanField() } });
    const onClose = vi.fn();
    renderWithApp(<CustomFieldModal onClose={onClose} />);

    await fill(user, screen.getByRole('textbox', { name: /Nombre del campo/ }), 'Plan contratado');
    await user.click(screen.getByRole('textbox', { name: 'Tipo de dato' }));
    await user.click(screen.getByRole('option', { name: 'Lista desplegable' }));
    await fill(user, screen.getByRole('textbox', { name: /Etiqueta de la opción 1/ }), 'Plan Básico');
    await user.click(screen.getByRole('button', { name: 'Agregar opción' }));
    await fill(user, screen.getByRole('textbox', { name: /Etiqueta de la opción 2/ }), 'Empresa');
    await fill(user, screen.getByRole('textbox', { name: /Valor de la opción 2/ }), 'enterprise');
    await user.click(screen.getByRole('switch', { name: /Obligatorio al resolver/ }));
    await user.click(screen.getByRole('button', { name: 'Guardar' }));

    await waitFor(() => {
      expect(onClose).toHaveBeenCalled();
    });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.url.pathname).toBe(fieldsPath);
    expect(requests[0]?.body).toEqual({
      name: 'Plan contratado',
      kind: 'dropdown',
      options: [
        { value: 'plan_basico', label: 'Plan Básico' },
        { value: 'enterprise', label: 'Empresa' },
      ],
      requiredOnSolve: true,
    });
  });

  it('sends no options for a text field', async () => {
    const user = userEvent.setup();
    const { requests } = stubFetch({ [`POST ${fieldsPath}`]: { status: 201, body: makePlanField() } });
    renderWithApp(<CustomFieldModal onClose={vi.fn()} />);
    await fill(user, screen.getByRole('textbox', { name: /Nombre del campo/ }), 'Número de pedido');
    await user.click(screen.getByRole('button', { name: 'Guardar' }));
    await waitFor(() => {
      expect(requests).toHaveLength(1);
    });
    expect(requests[0]?.body).toEqual({
      name: 'Número de pedido',
      kind: 'text',
      options: [],
      requiredOnSolve: false,
    });
  });

  it('blocks a dropdown without options or with repeated values before calling the server', async () => {
    const user = userEvent.setup();
    const { requests } = stubFetch({});
    renderWithApp(<CustomFieldModal onClose={vi.fn()} />);
    await fill(user, screen.getByRole('textbox', { name: /Nombre del campo/ }), 'Plan');
    await user.click(screen.getByRole('textbox', { name: 'Tipo de dato' }));
    await user.click(screen.getByRole('option', { name: 'Selección múltiple' }));
    await user.click(screen.getByRole('button', { name: 'Quitar la opción 1' }));
    await user.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(screen.getByText('Agrega al menos una opción.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Agregar opción' }));
    await fill(user, screen.getByRole('textbox', { name: /Etiqueta de la opción 1/ }), 'Pro');
    await user.click(screen.getByRole('button', { name: 'Agregar opción' }));
    await fill(user, screen.getByRole('textbox', { name: /Etiqueta de la opción 2/ }), 'PRO');
    await user.click(screen.getByRole('button', { name: 'Guardar' }));
    expect(screen.getByRole('textbox', { name: /Valor de la opción 2/ })).toHaveAccessibleDescription(
      /ya se usa en otra opción/,
    );
    expect(requests).toHaveLength(0);
  });

  it('edits a field without letting its kind change and keeps saved option values', async () => {
    const user = userEvent.setup();
    const { requests } = stubFetch({
      [`PATCH ${fieldsPath}/${configIds.planField}`]: { body: makePlanField() },
    });
    const onClose = vi.fn();
    renderWithApp(<CustomFieldModal field={makePlanField()} onClose={onClose} />);

    const dialog = screen.getByRole('dialog', { name: 'Editar «Plan»' });
    expect(within(dialog).getByRole('textbox', { name: 'Tipo de dato' })).toBeDisabled();
    expect(within(dialog).getByText(/no se puede cambiar después de crear el campo/)).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /Valor de la opción 1/ })).toHaveAttribute('readonly');

    await user.click(within(dialog).getByRole('button', { name: 'Agregar opción' }));
    await fill(user, within(dialog).getByRole('textbox', { name: /Etiqueta de la opción 3/ }), 'Empresa');
    await user.click(within(dialog).getByRole('button', { name: 'Guardar' }));

    await waitFor(() => {
      expect(onClose).toHaveBeenCalled();
    });
    expect(requests[0]?.method).toBe('PATCH');
    expect(requests[0]?.body).toEqual({
      name: 'Plan',
      requiredOnSolve: false,
      options: [
        { value: 'basico', label: 'Básico' },
        { value: 'pro', label: 'Pro' },
        { value: 'empresa', label: 'Empresa' },
      ],
    });
    expect(requests[0]?.body).not.toHaveProperty('kind');
  });

  it('shows server issues on the option row they name', async () => {
    const user = userEvent.setup();
    stubFetch({
      [`PATCH ${fieldsPath}/${configIds.planField}`]: {
        status: 400,
        body: {
          error: {
            code: 'validation_failed',
            message: 'Invalid input',
            issues: [{ path: 'options.1.label', message: 'Etiqueta demasiado larga' }],
          },
        },
      },
    });
    renderWithApp(<CustomFieldModal field={makePlanField()} onClose={vi.fn()} />);
    await user.click(screen.getByRole('button', { name: 'Guardar' }));
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: /Etiqueta de la opción 2/ })).toHaveAccessibleDescription(
        /Etiqueta demasiado larga/,
      );
    });
  });
});
