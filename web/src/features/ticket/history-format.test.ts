import { describe, expect, it } from 'vitest';
import { createI18n } from '../../lib/i18n/i18n';
import type { EventType } from '@atiende/contracts';
import { describeChange, historyEventLabel, historyFieldLabel, historyValueLabel } from './history-format';
import { configIds, makeTicketConfig } from './test/config-fixture';

const { t } = createI18n({ language: 'es' });

describe('history formatting', () => {
  it('names what happened, with a generic label for event types not translated yet', () => {
    expect(historyEventLabel(t, 'ticket.updated')).toBe('actualizó el ticket');
    expect(historyEventLabel(t, 'some.future_event' as EventType)).toBe('registró un cambio');
  });

  it('translates field names, including id aliases, and leaves unknown fields as sent', () => {
    expect(historyFieldLabel(t, 'status')).toBe('Estado');
    expect(historyFieldLabel(t, 'assigneeId')).toBe('Asignado a');
    expect(historyFieldLabel(t, 'sla_policy')).toBe('sla_policy');
  });

  it('translates enum values of known fields', () => {
    expect(historyValueLabel(t, 'status', 'pending')).toBe('Pendiente del cliente');
    expect(historyValueLabel(t, 'priority', 'critical')).toBe('Crítica');
    expect(historyValueLabel(t, 'channel', 'whatsapp')).toBe('WhatsApp');
  });

  it('shows empty values, lists and named objects readably', () => {
    expect(historyValueLabel(t, 'assignee', null)).toBe('(vacío)');
    expect(historyValueLabel(t, 'tags', [])).toBe('(vacío)');
    expect(historyValueLabel(t, 'tags', ['vip', 'factura'])).toBe('vip, factura');
    expect(historyValueLabel(t, 'team', { id: 'x', name: 'Soporte N1' })).toBe('Soporte N1');
    expect(historyValueLabel(t, 'assignee', 'Beto Ruiz')).toBe('Beto Ruiz');
  });

  it('describes a whole change', () => {
    expect(describeChange(t, { field: 'status', from: 'open', to: 'solved' })).toBe(
      'Estado: Abierto → Resuelto',
    );
    expect(describeChange(t, { field: 'assignee', from: { id: 'a', name: 'Ana' }, to: null })).toBe(
      'Asignado a: Ana → (vacío)',
    );
  });

  it('describes initial values without a "from" side', () => {
    expect(describeChange(t, { field: 'status', from: null, to: 'new' })).toBe('Estado: Nuevo');
    expect(describeChange(t, { field: 'number', from: null, to: 1042 })).toBe('Número: #1042');
    expect(describeChange(t, { field: 'kind', from: null, to: 'note' })).toBe(
      'Tipo de mensaje: Nota interna',
    );
  });

  it('names ticket types from the workspace config, and shows unknown keys as stored', () => {
    const config = makeTicketConfig();
    expect(historyValueLabel(t, 'type', 'billing', { config })).toBe('Facturación y cobros');
    expect(historyValueLabel(t, 'type', 'legacy', { config })).toBe('Antiguo');
    expect(historyValueLabel(t, 'type', 'gone', { config })).toBe('gone');
    expect(historyValueLabel(t, 'type', 'billing')).toBe('billing');
  });

  it('reads custom field changes with the field name and option labels', () => {
    const config = makeTicketConfig();
    expect(
      describeChange(
        t,
        { field: `customField:${configIds.fieldPlan}`, from: 'basic', to: 'pro' },
        { config },
      ),
    ).toBe('Plan: Básico → Profesional');
    expect(
      describeChange(t, { field: `customField:${configIds.fieldVip}`, from: null, to: true }, { config }),
    ).toBe('Cliente VIP: Sí');
    expect(
      describeChange(
        t,
        { field: 'customField:0b6c1a4e-8f1d-4a51-9d0c-999999999999', from: null, to: 'x' },
        { config },
      ),
    ).toBe('Campo: x');
  });

  it('reads lifecycle changes: custom status, resolution and reason, trash reason', () => {
    expect(
      describeChange(t, {
        field: 'customStatus',
        from: null,
        to: { id: configIds.statusBank, name: 'Esperando al banco' },
      }),
    ).toBe('Estado personalizado: Esperando al banco');
    expect(describeChange(t, { field: 'resolution', from: null, to: 'not_finalized' })).toBe(
      'Resolución: No finalizado',
    );
    expect(
      describeChange(t, { field: 'resolutionReason', from: null, to: { id: 'r', name: 'Fuera de alcance' } }),
    ).toBe('Motivo de no finalización: Fuera de alcance');
    expect(describeChange(t, { field: 'trashReason', from: null, to: 'spam' })).toBe(
      'Motivo de papelera: Spam',
    );
    expect(describeChange(t, { field: 'status', from: 'open', to: 'trashed' })).toBe(
      'Estado: Abierto → Papelera',
    );
    expect(historyEventLabel(t, 'ticket.trashed')).toBe('envió el ticket a la papelera');
    expect(historyEventLabel(t, 'ticket.restored')).toBe('restauró el ticket de la papelera');
  });

  it('reads merge, split, follow-up and link changes with ticket numbers', () => {
    expect(describeChange(t, { field: 'mergedInto', from: null, to: 12 })).toBe('Fusionado en: #12');
    expect(describeChange(t, { field: 'merged', from: null, to: [7, 8] })).toBe(
      'Tickets fusionados aquí: #7, #8',
    );
    expect(describeChange(t, { field: 'splitFrom', from: null, to: 40 })).toBe('Dividido de: #40');
    expect(describeChange(t, { field: 'followUpOf', from: null, to: { id: 'x', number: 9 } })).toBe(
      'Seguimiento de: #9',
    );
    const link = {
      kind: 'incident',
      direction: 'outgoing',
      ticket: { id: 'p', number: 5, subject: 'Caída' },
    };
    expect(describeChange(t, { field: 'link', from: null, to: link })).toBe(
      'Vínculo: Incidente del problema #5 Caída',
    );
    expect(describeChange(t, { field: 'link', from: { ...link, kind: 'related' }, to: null })).toBe(
      'Vínculo: Relacionado con #5 Caída → (vacío)',
    );
    expect(historyEventLabel(t, 'ticket.merged')).toBe('fusionó tickets');
    expect(historyEventLabel(t, 'ticket.split')).toBe('dividió el ticket');
  });

  it('reads activity changes: kind as activity type, due date in the UI language, done as yes/no', () => {
    const context = { eventType: 'activity.updated' as const, language: 'es' };
    expect(describeChange(t, { field: 'kind', from: 'task', to: 'call' }, context)).toBe(
      'Tipo de actividad: Tarea → Llamada',
    );
    expect(describeChange(t, { field: 'done', from: false, to: true }, context)).toBe('Hecha: No → Sí');
    expect(describeChange(t, { field: 'title', from: null, to: 'Llamar' }, context)).toBe(
      'Actividad: Llamar',
    );
    expect(
      describeChange(t, { field: 'dueAt', from: null, to: '2025-11-20T15:00:00.000Z' }, context),
    ).toMatch(/^Vence: 20 de noviembre de 2025/);
    expect(historyEventLabel(t, 'activity.created')).toBe('creó una actividad');
  });
});
