import type { SlaConditions } from '@atiende/contracts';
import type { TFunction } from 'i18next';

/** Names the summary needs for ids and keys (types, teams); unknown ones show as they are. */
export interface SummaryNames {
  typeName: (key: string) => string;
  teamName: (id: string) => string;
}

/**
 * Which tickets a policy covers, in one line: "Prioridad: Baja, Alta · Canal: Correo" or "Todos los
 * tickets". Companies are counted rather than named (their names are not in the policy).
 */
export function conditionsSummary(t: TFunction, conditions: SlaConditions, names: SummaryNames): string {
  const parts: string[] = [];
  const add = (label: string, values: string[]) => {
    if (values.length > 0) parts.push(`${label}: ${values.join(', ')}`);
  };
  add(
    t('sla.conditions.priorities'),
    conditions.priorities.map((p) => t(`priority.${p}`)),
  );
  add(t('sla.conditions.types'), conditions.types.map(names.typeName));
  add(
    t('sla.conditions.channels'),
    conditions.channels.map((c) => t(`channel.${c}`)),
  );
  add(t('sla.conditions.teams'), conditions.teamIds.map(names.teamName));
  if (conditions.companyIds.length > 0) {
    parts.push(t('sla.conditions.companiesCount', { count: conditions.companyIds.length }));
  }
  add(t('sla.conditions.tags'), conditions.tags);
  return parts.length === 0 ? t('sla.conditions.everyTicket') : parts.join(' · ');
}

/** The ids with `id` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveId(ids: readonly string[], id: string, delta: -1 | 1): string[] {
  const next = [...ids];
  const index = next.indexOf(id);
  const target = index + delta;
  const a = next[index];
  const b = next[target];
  if (index < 0 || a === undefined || b === undefined) return next;
  next[index] = b;
  next[target] = a;
  return next;
}
