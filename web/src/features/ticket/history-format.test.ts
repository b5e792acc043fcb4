import { describe, expect, it } from 'vitest';
import { createI18n } from '../../lib/i18n/i18n';
import type { EventType } from '@atiende/contracts';
import { describeChange, historyEventLabel, historyFieldLabel, historyValueLabel } from './history-format';

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
    expect(historyValueLabel(t, 'type', 'billing')).toBe('Facturación');
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
});
