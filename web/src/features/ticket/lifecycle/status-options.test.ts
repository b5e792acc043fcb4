import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../lib/i18n/i18n';
import { configIds, makeTicketConfig } from '../test/config-fixture';
import { formatDuration } from '../../../lib/i18n/format-duration';
import { parseStatusValue, statusOptions, statusValue } from './status-options';

const { t } = createI18n({ language: 'es' });
const statuses = makeTicketConfig().statuses;
const archived = {
  id: configIds.typeOld,
  category: 'on_hold' as const,
  name: 'Viejo',
  position: 1,
  archived: true,
};

describe('status options', () => {
  it('groups each category with its active custom statuses', () => {
    const groups = statusOptions(t, [...statuses, archived], null);
    expect(groups.map((g) => g.group)).toEqual([
      'Nuevo',
      'Abierto',
      'Pendiente del cliente',
      'En espera',
      'Resuelto',
      'Cerrado',
    ]);
    expect(groups[3]?.items).toEqual([
      { value: 'category:on_hold', label: 'En espera' },
      { value: `custom:${configIds.statusBank}`, label: 'Esperando al banco' },
    ]);
  });

  it("keeps the ticket's archived custom status listed so it can still be shown", () => {
    const groups = statusOptions(t, [...statuses, archived], { id: archived.id, name: 'Viejo' });
    expect(groups[3]?.items.map((i) => i.label)).toContain('Viejo (archivado)');
  });

  it('selects the custom status when the ticket has one, else the category', () => {
    expect(statusValue({ status: 'on_hold', customStatus: { id: configIds.statusBank, name: 'x' } })).toBe(
      `custom:${configIds.statusBank}`,
    );
    expect(statusValue({ status: 'open', customStatus: null })).toBe('category:open');
  });

  it('turns a choice into the PATCH body: customStatusId for custom ones, status (clearing a custom one) for categories', () => {
    expect(parseStatusValue(`custom:${configIds.statusBank}`, statuses, false)).toEqual({
      category: 'on_hold',
      input: { customStatusId: configIds.statusBank },
      customStatus: { id: configIds.statusBank, name: 'Esperando al banco' },
    });
    expect(parseStatusValue('category:pending', statuses, false)?.input).toEqual({ status: 'pending' });
    expect(parseStatusValue('category:pending', statuses, true)?.input).toEqual({
      status: 'pending',
      customStatusId: null,
    });
    expect(parseStatusValue('custom:unknown', statuses, false)).toBeNull();
    expect(parseStatusValue('category:trashed', statuses, false)).toBeNull();
  });
});

describe('formatDuration', () => {
  it('shows the two largest units, truncated', () => {
    expect(formatDuration(t, 30)).toBe('< 1 min');
    expect(formatDuration(t, 45 * 60 + 59)).toBe('45 min');
    expect(formatDuration(t, 5 * 3600 + 12 * 60)).toBe('5 h 12 min');
    expect(formatDuration(t, 2 * 86_400 + 3 * 3600 + 59 * 60)).toBe('2 d 3 h');
  });
});
