import { useEffect, useRef } from 'react';
import { registerShortcuts, type Shortcut } from './shortcut-registry';

/**
 * Registers keyboard shortcuts while the calling component is mounted (and `enabled`). Keystrokes
 * in inputs, textareas, contenteditable editors and dialogs are ignored; sequences such as `g i`
 * work across components. The latest `shortcuts` are used at every keystroke, so handlers may
 * close over fresh state without re-registering. Everything registered is listed in the `?` dialog.
 */
export function useShortcuts(shortcuts: readonly Shortcut[], enabled = true): void {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    if (!enabled) return;
    return registerShortcuts(() => latest.current);
  }, [enabled]);
}
