import type { Ability } from '@atiende/contracts';
import { useMemo } from 'react';
import { useSession } from './session-context';

export interface Abilities {
  /** True when the server granted `ability` to the signed-in agent. */
  can: (ability: Ability) => boolean;
}

/**
 * What the signed-in agent may do, from the abilities the server sent in the Session. The UI hides
 * or disables actions with this instead of guessing from the role; the server still enforces them.
 */
export function useAbilities(): Abilities {
  const { abilities } = useSession();
  return useMemo(() => {
    const granted = new Set<Ability>(abilities);
    return { can: (ability: Ability) => granted.has(ability) };
  }, [abilities]);
}
