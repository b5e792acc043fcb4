import type { CustomField, TicketConfig } from '@atiende/contracts';

/** Fixture ids (valid UUID shape) for the settings tests. */
export const configIds = {
  technical: '0b6c1a4e-8f1d-4a51-9d0c-000000000101',
  billing: '0b6c1a4e-8f1d-4a51-9d0c-000000000102',
  onboarding: '0b6c1a4e-8f1d-4a51-9d0c-000000000103',
  bankStatus: '0b6c1a4e-8f1d-4a51-9d0c-000000000201',
  neverAnswered: '0b6c1a4e-8f1d-4a51-9d0c-000000000301',
  planField: '0b6c1a4e-8f1d-4a51-9d0c-000000000401',
};

/** A dropdown custom field with two saved options. */
export function makePlanField(overrides: Partial<CustomField> = {}): CustomField {
  return {
    id: configIds.planField,
    name: 'Plan',
    kind: 'dropdown',
    options: [
      { value: 'basico', label: 'Básico' },
      { value: 'pro', label: 'Pro' },
    ],
    requiredOnSolve: false,
    position: 0,
    archived: false,
    ...overrides,
  };
}

/** A workspace's ticket configuration as `GET /api/ticket-config` returns it. */
export function makeTicketConfig(overrides: Partial<TicketConfig> = {}): TicketConfig {
  return {
    types: [
      { id: configIds.technical, key: 'technical', name: 'Soporte técnico', position: 0, archived: false },
      { id: configIds.billing, key: 'billing', name: 'Facturación', position: 1, archived: false },
      { id: configIds.onboarding, key: 'onboarding', name: 'Implementación', position: 2, archived: true },
    ],
    statuses: [
      {
        id: configIds.bankStatus,
        category: 'on_hold',
        name: 'Esperando al banco',
        position: 0,
        archived: false,
      },
    ],
    resolutionReasons: [
      { id: configIds.neverAnswered, name: 'El cliente nunca respondió', position: 0, archived: false },
    ],
    customFields: [makePlanField()],
    settings: { autoCloseAfterDays: 4, trashRetentionDays: 30 },
    ...overrides,
  };
}
