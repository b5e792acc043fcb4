import { createContext, useContext } from 'react';
import type { PresenceStore } from './presence-store';

/** The signed-in app's presence store (see `AppLayout`); null outside it, where presence is off. */
export const PresenceContext = createContext<PresenceStore | null>(null);

/**
 * The app's presence store, or null when rendered outside the signed-in layout (isolated
 * component tests, public pages): callers then show nobody and announce nothing.
 */
export function usePresenceStore(): PresenceStore | null {
  return useContext(PresenceContext);
}
