/**
 * One keystroke of a shortcut. `key` is lowercase (`a`, `enter`, `/`, `?`); `shift` is null for
 * printable non-letter keys such as `?` or `/`, whose Shift state depends on the keyboard layout.
 */
export interface Stroke {
  key: string;
  shift: boolean | null;
  ctrl: boolean;
  alt: boolean;
  meta: boolean;
}

const MODIFIER_KEYS = new Set(['shift', 'control', 'alt', 'meta', 'capslock', 'altgraph', 'os']);

function layoutDependent(key: string): boolean {
  return key.length === 1 && !/[a-z0-9]/.test(key);
}

/**
 * Parses a shortcut written as the help dialog shows it: strokes separated by spaces (`g i` is
 * "g, then i"), modifiers joined with `+` (`Shift+A`, `Ctrl+Enter`). Case-insensitive key names.
 */
export function parseKeys(keys: string): Stroke[] {
  return keys
    .trim()
    .split(/\s+/)
    .map((chord) => {
      const parts = chord.split('+').filter((part) => part !== '');
      const key = (parts.pop() ?? chord).toLowerCase();
      const mods = new Set(parts.map((part) => part.toLowerCase()));
      return {
        key,
        shift: layoutDependent(key) ? null : mods.has('shift'),
        ctrl: mods.has('ctrl') || mods.has('control'),
        alt: mods.has('alt'),
        meta: mods.has('meta') || mods.has('cmd'),
      };
    });
}

/** The stroke a keyboard event represents, or null for a lone modifier key press. */
export function strokeOf(event: KeyboardEvent): Stroke | null {
  const key = event.key.toLowerCase();
  if (MODIFIER_KEYS.has(key) || key === 'dead' || key === 'unidentified') return null;
  return {
    key,
    shift: event.shiftKey,
    ctrl: event.ctrlKey,
    alt: event.altKey,
    meta: event.metaKey,
  };
}

/** Whether a typed stroke (from `strokeOf`) triggers a shortcut's stroke (from `parseKeys`). */
export function strokeMatches(expected: Stroke, typed: Stroke): boolean {
  return (
    expected.key === typed.key &&
    (expected.shift === null || expected.shift === typed.shift) &&
    expected.ctrl === typed.ctrl &&
    expected.alt === typed.alt &&
    expected.meta === typed.meta
  );
}

/**
 * True when the keystroke belongs to something the user is typing or a dialog they are in: form
 * fields, contenteditable editors, and modal dialogs never trigger page shortcuts.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]')) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('[role="dialog"], [aria-modal="true"]') !== null;
}
