import { sql } from 'drizzle-orm';
import type { Holiday, SlaTarget } from '@atiende/contracts';
import type { DbOrTx } from '../db/database';
import { businessCalendars, slaPolicies } from '../db/schema';
import { applySlaToTickets } from '../sla/apply-sla';

/** Colombia's 2026 public holidays (Ley Emiliani: most move to the following Monday). */
export const COLOMBIA_HOLIDAYS_2026: Holiday[] = [
  { date: '2026-01-01', name: 'Año Nuevo' },
  { date: '2026-01-12', name: 'Día de los Reyes Magos' },
  { date: '2026-03-23', name: 'Día de San José' },
  { date: '2026-04-02', name: 'Jueves Santo' },
  { date: '2026-04-03', name: 'Viernes Santo' },
  { date: '2026-05-01', name: 'Día del Trabajo' },
  { date: '2026-05-18', name: 'Ascensión del Señor' },
  { date: '2026-06-08', name: 'Corpus Christi' },
  { date: '2026-06-15', name: 'Sagrado Corazón de Jesús' },
  { date: '2026-06-29', name: 'San Pedro y San Pablo' },
  { date: '2026-07-20', name: 'Día de la Independencia' },
  { date: '2026-08-07', name: 'Batalla de Boyacá' },
  { date: '2026-08-17', name: 'Asunción de la Virgen' },
  { date: '2026-10-12', name: 'Día de la Raza' },
  { date: '2026-11-02', name: 'Día de Todos los Santos' },
  { date: '2026-11-16', name: 'Independencia de Cartagena' },
  { date: '2026-12-08', name: 'Inmaculada Concepción' },
  { date: '2026-12-25', name: 'Navidad' },
];

const hours = (fr: number, nr: number, res: number): SlaTarget => ({
  firstResponseMinutes: fr * 60,
  nextResponseMinutes: nr * 60,
  resolutionMinutes: res * 60,
});

const URGENT: SlaTarget = { firstResponseMinutes: 30, nextResponseMinutes: 60, resolutionMinutes: 8 * 60 };
const EVERY_TICKET = { priorities: [], types: [], channels: [], teamIds: [], companyIds: [], tags: [] };
const CHUNK = 500;

/**
 * The demo's SLA setup: the calendar "Horario Colombia" (America/Bogota, Monday–Friday
 * 08:00–18:00, Saturday 09:00–13:00, the 2026 public holidays) and two policies, "Urgentes 24/7"
 * (critical tickets, around the clock: first response 30 min, next 1 h, resolution 8 h) and
 * "Estándar" (every other ticket, in business hours, targets by priority). Then computes the clocks
 * of every demo ticket, so the SLA light, filters and panel show real data (and the history shows
 * the breaches of old tickets).
 */
export async function seedDemoSla(db: DbOrTx, workspaceId: string): Promise<void> {
  const [calendar] = await db
    .insert(businessCalendars)
    .values({
      workspaceId,
      name: 'Horario Colombia',
      timeZone: 'America/Bogota',
      hours: [
        ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' })),
        { weekday: 6, start: '09:00', end: '13:00' },
      ],
      holidays: COLOMBIA_HOLIDAYS_2026,
    })
    .returning({ id: businessCalendars.id });
  if (!calendar) throw new Error('calendar insert returned nothing');
  await db.insert(slaPolicies).values([
    {
      workspaceId,
      name: 'Urgentes 24/7',
      description: 'Incidentes críticos: atención permanente.',
      position: 0,
      calendarId: null,
      conditions: { ...EVERY_TICKET, priorities: ['critical'] },
      // Only critical tickets match; the other rows repeat it so the editor shows no odd values.
      targets: { critical: URGENT, high: URGENT, normal: URGENT, low: URGENT },
    },
    {
      workspaceId,
      name: 'Estándar',
      description: 'Todos los demás tickets, en horario hábil de Colombia.',
      position: 1,
      calendarId: calendar.id,
      conditions: EVERY_TICKET,
      targets: {
        critical: hours(1, 2, 8),
        high: hours(2, 4, 16),
        normal: hours(4, 8, 24),
        low: hours(8, 16, 40),
      },
    },
  ]);
  const rows = await db.execute<{ id: string }>(
    sql`SELECT id FROM tickets WHERE workspace_id = ${workspaceId}::uuid ORDER BY id`,
  );
  const ids = rows.rows.map((r) => r.id);
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db.transaction((tx) => applySlaToTickets(tx, workspaceId, ids.slice(i, i + CHUNK)));
  }
}
