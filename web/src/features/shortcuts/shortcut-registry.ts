import { isTypingTarget, parseKeys, strokeMatches, strokeOf, type Stroke } from './shortcut-keys';

/** A keyboard shortcut as registered by a screen; texts are already translated. */
export interface Shortcut {
  /** As shown to the user and parsed by `parseKeys`: `j`, `Shift+A`, `g i`, `?`. */
  keys: string;
  /** Heading it is listed under in the help dialog (e.g. "Bandeja de entrada"). */
  group: string;
  description: string;
  run: () => void;
}

interface Registration {
  current: () => readonly Shortcut[];
}

/** How long the first key of a sequence (`g` of `g i`) waits for the next one. */
export const SEQUENCE_TIMEOUT_MS = 1200;

const registrations: Registration[] = [];
let pending: Stroke[] = [];
let pendingTimer: ReturnType<typeof setTimeout> | null = null;

function clearPending(): void {
  pending = [];
  if (pendingTimer !== null) clearTimeout(pendingTimer);
  pendingTimer = null;
}

function matches(shortcut: Shortcut, typed: Stroke[]): 'full' | 'prefix' | null {
  const strokes = parseKeys(shortcut.keys);
  if (typed.length > strokes.length) return null;
  const prefixOk = typed.every((stroke, index) => {
    const expected = strokes[index];
    return expected !== undefined && strokeMatches(expected, stroke);
  });
  if (!prefixOk) return null;
  return typed.length === strokes.length ? 'full' : 'prefix';
}

/** Runs the shortcut `typed` completes, or remembers a started sequence. Later registrations win. */
function dispatch(typed: Stroke[], event: KeyboardEvent): boolean {
  const active = registrations.flatMap((registration) => [...registration.current()]).reverse();
  const full = active.find((shortcut) => matches(shortcut, typed) === 'full');
  if (full) {
    event.preventDefault();
    clearPending();
    full.run();
    return true;
  }
  if (active.some((shortcut) => matches(shortcut, typed) === 'prefix')) {
    clearPending();
    pending = typed;
    pendingTimer = setTimeout(clearPending, SEQUENCE_TIMEOUT_MS);
    return true;
  }
  return false;
}

/** Enter and Space on a link, button or checkbox keep their native meaning. */
const ACTIVATION_KEYS = new Set(['enter', ' ']);
const INTERACTIVE =
  'a[href], button, summary, [role="button"], [role="link"], [role="checkbox"], [role="option"], [role="menuitem"], [role="tab"]';

function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.isComposing || isTypingTarget(event.target)) return;
  const stroke = strokeOf(event);
  if (stroke === null) return;
  if (
    ACTIVATION_KEYS.has(stroke.key) &&
    event.target instanceof Element &&
    event.target.closest(INTERACTIVE)
  ) {
    return;
  }
  if (pending.length > 0 && dispatch([...pending, stroke], event)) return;
  clearPending();
  dispatch([stroke], event);
}

/**
 * Adds a set of shortcuts to the page's one document-level key listener and returns the function
 * that removes them. `current` is read at every keystroke, so handlers always see fresh state.
 */
export function registerShortcuts(current: () => readonly Shortcut[]): () => void {
  const registration: Registration = { current };
  if (registrations.length === 0) document.addEventListener('keydown', onKeyDown);
  registrations.push(registration);
  return () => {
    const index = registrations.indexOf(registration);
    if (index >= 0) registrations.splice(index, 1);
    if (registrations.length === 0) {
      document.removeEventListener('keydown', onKeyDown);
      clearPending();
    }
  };
}

/** Every shortcut active right now, in registration order (what the help dialog lists). */
export function activeShortcuts(): Shortcut[] {
  return registrations.flatMap((registration) => [...registration.current()]);
}
