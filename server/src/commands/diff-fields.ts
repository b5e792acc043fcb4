import type { FieldChange } from '@atiende/contracts';

/**
 * Lists the fields of `patch` whose value differs from `current`, as event changes. Arrays are
 * compared by content so re-sending the same tags records nothing.
 */
export function diffFields<T extends object>(current: T, patch: Partial<T>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const key of Object.keys(patch) as (keyof T & string)[]) {
    const to = patch[key];
    if (to === undefined) continue;
    const from = current[key];
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field: key, from, to });
  }
  return changes;
}
