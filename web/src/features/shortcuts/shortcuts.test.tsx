import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '../../test/render';
import { GlobalShortcuts } from './GlobalShortcuts';
import { parseKeys, strokeMatches } from './shortcut-keys';
import { useShortcuts } from './use-shortcuts';

function Harness({ onJ, onSequence }: { onJ: () => void; onSequence: () => void }) {
  useShortcuts([
    { keys: 'j', group: 'Prueba', description: 'Bajar una fila', run: onJ },
    { keys: 'g x', group: 'Prueba', description: 'Secuencia de prueba', run: onSequence },
  ]);
  return (
    <>
      <GlobalShortcuts />
      <input aria-label="Campo" />
      <textarea aria-label="Texto" />
      <div contentEditable aria-label="Editor" role="textbox" tabIndex={0} suppressContentEditableWarning>
        editable
      </div>
      <button type="button">Botón</button>
    </>
  );
}

function setup() {
  const onJ = vi.fn();
  const onSequence = vi.fn();
  const user = userEvent.setup();
  renderWithApp(<Harness onJ={onJ} onSequence={onSequence} />, { route: '/inbox' });
  return { user, onJ, onSequence };
}

describe('keyboard shortcuts', () => {
  it('fire on the page but not while typing in inputs, textareas or contenteditable editors', async () => {
    const { user, onJ } = setup();
    await user.type(screen.getByRole('textbox', { name: 'Campo' }), 'jj');
    await user.type(screen.getByRole('textbox', { name: 'Texto' }), 'j');
    await user.click(screen.getByRole('textbox', { name: 'Editor' }));
    await user.keyboard('j');
    expect(onJ).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'Campo' })).toHaveValue('jj');

    await user.click(screen.getByRole('button', { name: 'Botón' }));
    await user.keyboard('j');
    expect(onJ).toHaveBeenCalledTimes(1);
    await user.keyboard('{Control>}j{/Control}');
    expect(onJ).toHaveBeenCalledTimes(1);
  });

  it('runs two-key sequences (g then x) and the global navigation ones (g b)', async () => {
    const { user, onSequence, onJ } = setup();
    await user.keyboard('gx');
    expect(onSequence).toHaveBeenCalledTimes(1);
    expect(onJ).not.toHaveBeenCalled();
    await user.keyboard('gb');
    await waitFor(() => {
      expect(screen.getByTestId('location')).toHaveTextContent('/board');
    });
    await user.keyboard('gi');
    await waitFor(() => {
      expect(screen.getByTestId('location')).toHaveTextContent('/inbox');
    });
  });

  it('opens the help dialog with ? listing every active shortcut, translated', async () => {
    const { user } = setup();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Atajos de teclado' });
    const global = within(dialog).getByRole('region', { name: 'En toda la aplicación' });
    expect(within(global).getByText('Mostrar esta ayuda')).toBeInTheDocument();
    expect(within(global).getByText('Ir a la bandeja de entrada')).toBeInTheDocument();
    expect(within(global).getByText('Ir al tablero')).toBeInTheDocument();
    const own = within(dialog).getByRole('region', { name: 'Prueba' });
    expect(within(own).getByText('Bajar una fila')).toBeInTheDocument();
    expect(within(own).getByText('Secuencia de prueba')).toBeInTheDocument();
    // Keys are shown as keyboard caps.
    expect(within(own).getByText('x').tagName).toBe('KBD');
  });

  it('does not fire page shortcuts while a dialog is open', async () => {
    const { user, onJ } = setup();
    await user.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Atajos de teclado' });
    dialog.focus();
    await user.keyboard('j');
    expect(onJ).not.toHaveBeenCalled();
  });
});

describe('parseKeys / strokeMatches', () => {
  const stroke = (key: string, shift = false, ctrl = false) => ({
    key,
    shift,
    ctrl,
    alt: false,
    meta: false,
  });

  it('parses sequences and modifiers', () => {
    expect(parseKeys('g i').map((s) => s.key)).toEqual(['g', 'i']);
    const [shiftA] = parseKeys('Shift+A');
    expect(shiftA).toMatchObject({ key: 'a', shift: true });
  });

  it('requires exact modifiers for letters, but not Shift for layout-dependent symbols like ?', () => {
    const [a] = parseKeys('a');
    const [shiftA] = parseKeys('Shift+A');
    const [question] = parseKeys('?');
    if (!a || !shiftA || !question) throw new Error('parse failed');
    expect(strokeMatches(a, stroke('a'))).toBe(true);
    expect(strokeMatches(a, stroke('a', true))).toBe(false);
    expect(strokeMatches(shiftA, stroke('a', true))).toBe(true);
    expect(strokeMatches(a, stroke('a', false, true))).toBe(false);
    expect(strokeMatches(question, stroke('?', true))).toBe(true);
  });
});
