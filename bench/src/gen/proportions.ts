import { Weighted } from './random';

export type Status = 'new' | 'open' | 'pending' | 'on_hold' | 'solved' | 'closed';
export type Priority = 'critical' | 'high' | 'normal' | 'low';
export type Channel = 'email' | 'web' | 'chat' | 'whatsapp' | 'phone' | 'api';
export type TicketType = 'technical' | 'billing' | 'onboarding' | 'complaint' | 'suggestion';

/** Most tickets are normal; a few are critical. */
export const PRIORITIES = new Weighted<Priority>([
  ['normal', 60],
  ['low', 20],
  ['high', 15],
  ['critical', 5],
]);

/** Email still dominates Latin-American help desks, with WhatsApp and chat growing. */
export const CHANNELS = new Weighted<Channel>([
  ['email', 45],
  ['web', 18],
  ['whatsapp', 14],
  ['chat', 13],
  ['phone', 7],
  ['api', 3],
]);

/** Ticket types; 18% of tickets are never classified. */
export const TYPES = new Weighted<TicketType | null>([
  ['technical', 35],
  ['billing', 22],
  [null, 18],
  ['onboarding', 10],
  ['complaint', 10],
  ['suggestion', 5],
]);

/**
 * Status depends on age: recent tickets are still being worked on, old ones are closed
 * (solved tickets auto-close after four days). Rows are [max age in days, weights].
 */
const STATUS_BY_AGE: readonly (readonly [number, Weighted<Status>])[] = [
  [
    1,
    new Weighted<Status>([
      ['new', 45],
      ['open', 28],
      ['pending', 15],
      ['on_hold', 2],
      ['solved', 10],
    ]),
  ],
  [
    3,
    new Weighted<Status>([
      ['new', 10],
      ['open', 28],
      ['pending', 25],
      ['on_hold', 5],
      ['solved', 32],
    ]),
  ],
  [
    14,
    new Weighted<Status>([
      ['new', 2],
      ['open', 12],
      ['pending', 14],
      ['on_hold', 6],
      ['solved', 40],
      ['closed', 26],
    ]),
  ],
  [
    60,
    new Weighted<Status>([
      ['open', 2],
      ['pending', 2],
      ['on_hold', 2],
      ['solved', 3],
      ['closed', 91],
    ]),
  ],
  [
    Infinity,
    new Weighted<Status>([
      ['open', 0.1],
      ['pending', 0.1],
      ['on_hold', 0.1],
      ['solved', 0.2],
      ['closed', 99.5],
    ]),
  ],
];

/** The status mix for a ticket opened `ageDays` ago. */
export function statusesForAge(ageDays: number): Weighted<Status> {
  for (const [maxAge, weights] of STATUS_BY_AGE) if (ageDays < maxAge) return weights;
  throw new Error('unreachable: the last age bucket is unbounded');
}

/** Thread length of a worked ticket: mostly 2–4 messages (≈3.1 on average), 0.5% long threads of 20. */
export const THREAD_LENGTHS = new Weighted<number>([
  [1, 1],
  [2, 58],
  [3, 19],
  [4, 8],
  [5, 4.5],
  [6, 3],
  [7, 2],
  [8, 1.5],
  [10, 1.2],
  [12, 0.8],
  [15, 0.5],
  [20, 0.5],
]);

/** Median hours to the first agent reply by priority (log-normal around it). */
export const FIRST_RESPONSE_MEDIAN_HOURS: Readonly<Record<Priority, number>> = {
  critical: 0.5,
  high: 1.5,
  normal: 4,
  low: 10,
};

/** Tags applied by agents and automations, most frequent first (sampled with Zipf). */
export const TAGS = [
  'seguimiento',
  'vip',
  'factura-electronica',
  'reembolso',
  'bug',
  'escalado',
  'recurrente',
  'integracion',
  'movil',
  'garantia',
  'envio',
  'churn-risk',
  'feedback',
  'api',
  'cobro-duplicado',
  'urgente',
  'nuevo-cliente',
  'capacitacion',
  'proveedor',
  'legal',
] as const;
