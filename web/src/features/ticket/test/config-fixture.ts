import type { TicketConfig } from '@atiende/contracts';

/** Stable ids of the config fixture's entries. */
export const configIds = {
  typeBilling: '0b6c1a4e-8f1d-4a51-9d0c-000000000101',
  typeOld: '0b6c1a4e-8f1d-4a51-9d0c-000000000102',
  statusBank: '0b6c1a4e-8f1d-4a51-9d0c-000000000201',
  reasonNoAnswer: '0b6c1a4e-8f1d-4a51-9d0c-000000000301',
  reasonArchived: '0b6c1a4e-8f1d-4a51-9d0c-000000000302',
  fieldOrder: '0b6c1a4e-8f1d-4a51-9d0c-000000000401',
  fieldPlan: '0b6c1a4e-8f1d-4a51-9d0c-000000000402',
  fieldVip: '0b6c1a4e-8f1d-4a51-9d0c-000000000403',
};

/** A workspace ticket config with one of each thing the ticket view shows, some archived. */
export function makeTicketConfig(overrides: Partial<TicketConfig> = {}): TicketConfig {
  return {
    types: [
      {
        id: configIds.typeBilling,
        key: 'billing',
        name: 'Facturación y cobros',
        position: 0,
        archived: false,
      },
      { id: configIds.typeOld, key: 'legacy', name: 'Antiguo', position: 1, archived: true },
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
      { id: configIds.reasonArchived, name: 'Motivo archivado', position: 1, archived: true },
    ],
    customFields: [
      {
        id: configIds.fieldOrder,
        name: 'Número de pedido',
        kind: 'text',
        options: [],
        requiredOnSolve: true,
        position: 0,
        archived: false,
      },
      {
        id: configIds.fieldPlan,
        name: 'Plan',
        kind: 'dropdown',
        options: [
          { value: 'pro', label: 'Profesional' },
          { value: 'basic', label: 'Básico' },
        ],
        requiredOnSolve: false,
        position: 1,
        archived: false,
      },
      {
        id: configIds.fieldVip,
        name: 'Cliente VIP',
        kind: 'checkbox',
        options: [],
        requiredOnSolve: false,
        position: 2,
        archived: false,
      },
    ],
    settings: { autoCloseAfterDays: 4, trashRetentionDays: 30 },
    ...overrides,
  };
}
