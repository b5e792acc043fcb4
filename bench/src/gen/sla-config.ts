import type { Holiday, SlaTargets, WorkingInterval } from '@atiende/contracts';
import { stableUuid } from './random';
import type { Priority } from './proportions';

/** Colombian public holidays over the dataset's two years (moved to Monday by Ley Emiliani). */
const HOLIDAYS: Holiday[] = [
  ['2024-01-01', 'Año Nuevo'],
  ['2024-01-08', 'Reyes Magos'],
  ['2024-03-25', 'San José'],
  ['2024-03-28', 'Jueves Santo'],
  ['2024-03-29', 'Viernes Santo'],
  ['2024-05-01', 'Día del Trabajo'],
  ['2024-05-13', 'Ascensión'],
  ['2024-06-03', 'Corpus Christi'],
  ['2024-06-10', 'Sagrado Corazón'],
  ['2024-07-01', 'San Pedro y San Pablo'],
  ['2024-07-20', 'Independencia'],
  ['2024-08-07', 'Batalla de Boyacá'],
  ['2024-08-19', 'Asunción'],
  ['2024-10-14', 'Día de la Raza'],
  ['2024-11-04', 'Todos los Santos'],
  ['2024-11-11', 'Independencia de Cartagena'],
  ['2024-12-08', 'Inmaculada Concepción'],
  ['2024-12-25', 'Navidad'],
  ['2025-01-01', 'Año Nuevo'],
  ['2025-01-06', 'Reyes Magos'],
  ['2025-03-24', 'San José'],
  ['2025-04-17', 'Jueves Santo'],
  ['2025-04-18', 'Viernes Santo'],
  ['2025-05-01', 'Día del Trabajo'],
  ['2025-06-02', 'Ascensión'],
  ['2025-06-23', 'Corpus Christi'],
  ['2025-06-30', 'Sagrado Corazón; San Pedro y San Pablo'],
  ['2025-07-20', 'Independencia'],
  ['2025-08-07', 'Batalla de Boyacá'],
  ['2025-08-18', 'Asunción'],
  ['2025-10-13', 'Día de la Raza'],
  ['2025-11-03', 'Todos los Santos'],
  ['2025-11-17', 'Independencia de Cartagena'],
  ['2025-12-08', 'Inmaculada Concepción'],
  ['2025-12-25', 'Navidad'],
  ['2026-01-01', 'Año Nuevo'],
  ['2026-01-12', 'Reyes Magos'],
  ['2026-03-23', 'San José'],
  ['2026-04-02', 'Jueves Santo'],
  ['2026-04-03', 'Viernes Santo'],
  ['2026-05-01', 'Día del Trabajo'],
  ['2026-05-18', 'Ascensión'],
  ['2026-06-08', 'Corpus Christi'],
  ['2026-06-15', 'Sagrado Corazón'],
  ['2026-06-29', 'San Pedro y San Pablo'],
  ['2026-07-20', 'Independencia'],
  ['2026-08-07', 'Batalla de Boyacá'],
  ['2026-08-17', 'Asunción'],
  ['2026-10-12', 'Día de la Raza'],
  ['2026-11-02', 'Todos los Santos'],
  ['2026-11-16', 'Independencia de Cartagena'],
  ['2026-12-08', 'Inmaculada Concepción'],
  ['2026-12-25', 'Navidad'],
].map(([date, name]) => ({ date: date ?? '', name: name ?? '' }));

const WEEKDAYS: WorkingInterval[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  start: '08:00',
  end: '18:00',
}));

/** The bench workspace's business calendar: Bogotá office hours, Saturday mornings, holidays. */
export const BENCH_CALENDAR = {
  name: 'Horario Colombia',
  timeZone: 'America/Bogota',
  hours: [...WEEKDAYS, { weekday: 6, start: '09:00', end: '13:00' }],
  holidays: HOLIDAYS,
};

const hours = (h: number) => h * 60;

/** Critical tickets around the clock, in minutes. */
const URGENT_TARGETS: SlaTargets = {
  critical: { firstResponseMinutes: 30, nextResponseMinutes: 60, resolutionMinutes: hours(8) },
  high: { firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null },
  normal: { firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null },
  low: { firstResponseMinutes: null, nextResponseMinutes: null, resolutionMinutes: null },
};

/** Everything else in business hours, in minutes. */
const STANDARD_TARGETS: SlaTargets = {
  critical: { firstResponseMinutes: 60, nextResponseMinutes: hours(2), resolutionMinutes: hours(8) },
  high: { firstResponseMinutes: hours(2), nextResponseMinutes: hours(4), resolutionMinutes: hours(16) },
  normal: { firstResponseMinutes: hours(4), nextResponseMinutes: hours(8), resolutionMinutes: hours(24) },
  low: { firstResponseMinutes: hours(8), nextResponseMinutes: hours(16), resolutionMinutes: hours(40) },
};

/** The two policies, first match wins: critical tickets 24×7, then the standard one for all. */
export function benchPolicies(slug: string) {
  return [
    {
      id: stableUuid(slug, 'sla-policy', 'urgent'),
      name: 'Urgentes 24/7',
      description: 'Tickets críticos, todos los días a toda hora.',
      position: 0,
      usesCalendar: false,
      conditions: {
        priorities: ['critical'],
        types: [],
        channels: [],
        teamIds: [],
        companyIds: [],
        tags: [],
      },
      targets: URGENT_TARGETS,
      pauseStatuses: ['pending'],
    },
    {
      id: stableUuid(slug, 'sla-policy', 'standard'),
      name: 'Estándar',
      description: 'Todos los tickets, en horario hábil de Colombia.',
      position: 1,
      usesCalendar: true,
      conditions: { priorities: [], types: [], channels: [], teamIds: [], companyIds: [], tags: [] },
      targets: STANDARD_TARGETS,
      pauseStatuses: ['pending', 'on_hold'],
    },
  ];
}

/** Which of `benchPolicies` applies to a ticket of this priority (first match wins). */
export function benchPolicyIndex(priority: Priority): 0 | 1 {
  return priority === 'critical' ? 0 : 1;
}
