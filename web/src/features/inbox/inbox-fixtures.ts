import type { SavedView, TicketConfig } from '@atiende/contracts';
import { DEFAULT_TICKET_COLUMNS } from '@atiende/contracts';
import { ids } from '../../test/fixtures';

/** Test-only ids for issue-3 fixtures (valid UUID v4 shape). */
export const configIds = {
  typeWarranty: '0b6c1a4e-8f1d-4a51-9d0c-000000000101',
  typeBilling: '0b6c1a4e-8f1d-4a51-9d0c-000000000102',
  typeOld: '0b6c1a4e-8f1d-4a51-9d0c-000000000103',
  statusBank: '0b6c1a4e-8f1d-4a51-9d0c-000000000201',
  reasonNoAnswer: '0b6c1a4e-8f1d-4a51-9d0c-000000000301',
  viewMine: '0b6c1a4e-8f1d-4a51-9d0c-000000000401',
  viewShared: '0b6c1a4e-8f1d-4a51-9d0c-000000000402',
  bulkOperation: '0b6c1a4e-8f1d-4a51-9d0c-000000000501',
};

/** A workspace ticket configuration: two active types and an archived one, one custom status, one reason. */
export function makeTicketConfig(overrides: Partial<TicketConfig> = {}): TicketConfig {
  return {
    types: [
      { id: configIds.typeBilling, key: 'billing', name: 'Facturación', position: 0, archived: false },
      { id: configIds.typeWarranty, key: 'warranty', name: 'Garantía', position: 1, archived: false },
      { id: configIds.typeOld, key: 'legacy', name: 'Antiguo', position: 2, archived: true },
    ],
    statuses: [
      {
        id: configIds.statusBank,
        category: 'on_hold',
        name: 'Esperando al banco',
        position: 0,
        archived: false,
      },
    ],
    resolutionReasons: [
      { id: configIds.reasonNoAnswer, name: 'El cliente nunca respondió', position: 0, archived: false },
    ],
    customFields: [],
    settings: { autoCloseAfterDays: 4, trashRetentionDays: 30 },
    ...overrides,
  };
}

/** A saved view owned by the signed-in agent. */
export function makeSavedView(overrides: Partial<SavedView> = {}): SavedView {
  return {
    id: configIds.viewMine,
    name: 'Mis urgentes',
    shared: false,
    owner: { id: ids.me, name: 'Ana Beltrán' },
    query: { status: ['open'], priority: ['critical', 'high'], sort: 'updated_desc' },
    columns: [...DEFAULT_TICKET_COLUMNS],
    position: 0,
    editable: true,
    createdAt: '2025-11-20T10:00:00.000Z',
    updatedAt: '2025-11-20T10:00:00.000Z',
    ...overrides,
  };
}
