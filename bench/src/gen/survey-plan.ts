import type { LocaleCode } from './language';
import { chance, logNormal, pick, Weighted, type Rng } from './random';
import type { TicketPlan } from './ticket-plan';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** The bench workspace's survey settings: CSAT on every finalized solve, NPS now and then. */
export const BENCH_SURVEY_SETTINGS = {
  csatEnabled: true,
  cesEnabled: false,
  npsEnabled: true,
  npsEveryDays: 90,
  sendDelayMinutes: 60,
  expiresAfterDays: 14,
};
/** Share of invitations that also ask NPS (a contact is asked at most every 90 days). */
const NPS_SHARE = 0.2;
/** Typical B2B help-desk survey response rates: email lower, live channels higher. */
const RESPONSE_RATE = { live: 0.34, other: 0.24 };
const COMMENT_RATE = 0.3;

// CSAT 1–5: SLA breaches pull scores down, the way they do in real help desks.
const CSAT_MET = new Weighted<number>([
  [5, 58],
  [4, 25],
  [3, 9],
  [2, 4],
  [1, 4],
]);
const CSAT_BREACHED = new Weighted<number>([
  [5, 30],
  [4, 25],
  [3, 18],
  [2, 12],
  [1, 15],
]);
const NPS = new Weighted<number>([
  [10, 24],
  [9, 20],
  [8, 18],
  [7, 12],
  [6, 7],
  [5, 7],
  [4, 3],
  [3, 3],
  [2, 2],
  [1, 2],
  [0, 2],
]);

const COMMENTS: Record<LocaleCode, { happy: string[]; unhappy: string[] }> = {
  es: {
    happy: [
      'Muy rápida la respuesta, gracias.',
      'Excelente atención, resolvieron todo el mismo día.',
      'Todo claro y bien explicado.',
      'Muy amables, quedó solucionado.',
      'Buen servicio como siempre.',
    ],
    unhappy: [
      'Tardaron demasiado en responder.',
      'Tuve que escribir tres veces para que me atendieran.',
      'El problema sigue igual.',
      'Nadie me explicó qué pasó con mi factura.',
      'Respuesta automática, no resolvieron nada.',
    ],
  },
  'pt-BR': {
    happy: [
      'Atendimento muito rápido, obrigado.',
      'Resolveram tudo no mesmo dia.',
      'Explicação clara, tudo certo.',
      'Equipe muito atenciosa.',
    ],
    unhappy: [
      'Demoraram muito para responder.',
      'O problema continua.',
      'Precisei escrever várias vezes.',
      'Não explicaram nada sobre a cobrança.',
    ],
  },
  en: {
    happy: ['Quick and helpful, thanks.', 'Solved the same day.', 'Clear explanation, great support.'],
    unhappy: ['Took too long to answer.', 'Still not fixed.', 'I had to follow up several times.'],
  },
};

export interface SurveyAnswer {
  kind: 'csat' | 'nps';
  score: number;
  comment: string | null;
}

/** One ticket's survey: invited after it was solved, maybe answered. */
export interface SurveyPlan {
  id: string;
  kinds: ('csat' | 'nps')[];
  scheduledFor: number;
  sentAt: number;
  expiresAt: number;
  respondedAt: number | null;
  answers: SurveyAnswer[];
}

/**
 * The survey of a solved or closed ticket, as the product would have sent it (one hour after the
 * solve, valid 14 days) and as its requester may have answered it: a response rate by channel,
 * CSAT lower when the ticket breached its SLA, NPS on a fifth of invitations, comments in the
 * requester's language. Null for unresolved tickets and invitations not yet due at `endMs`.
 */
export function planSurvey(
  p: TicketPlan,
  breached: boolean,
  endMs: number,
  rng: Rng,
  id: string,
): SurveyPlan | null {
  if (p.solvedAt === null) return null;
  const scheduledFor = p.solvedAt + BENCH_SURVEY_SETTINGS.sendDelayMinutes * 60_000;
  if (scheduledFor >= endMs) return null;
  const kinds: ('csat' | 'nps')[] = chance(rng, NPS_SHARE) ? ['csat', 'nps'] : ['csat'];
  const live = p.channel === 'chat' || p.channel === 'whatsapp';
  const expiresAt = scheduledFor + BENCH_SURVEY_SETTINGS.expiresAfterDays * DAY;
  const answeredAt = scheduledFor + logNormal(rng, 3, 1.5) * HOUR;
  const answers =
    chance(rng, live ? RESPONSE_RATE.live : RESPONSE_RATE.other) && answeredAt < Math.min(endMs, expiresAt);
  if (!answers)
    return { id, kinds, scheduledFor, sentAt: scheduledFor, expiresAt, respondedAt: null, answers: [] };
  const texts = COMMENTS[p.contact.locale];
  const list: SurveyAnswer[] = kinds.map((kind) => {
    const score = kind === 'csat' ? (breached ? CSAT_BREACHED : CSAT_MET).sample(rng) : NPS.sample(rng);
    const unhappy = kind === 'csat' ? score <= 2 : score <= 6;
    const comment = chance(rng, COMMENT_RATE) ? pick(rng, unhappy ? texts.unhappy : texts.happy) : null;
    return { kind, score, comment };
  });
  return {
    id,
    kinds,
    scheduledFor,
    sentAt: scheduledFor,
    expiresAt,
    respondedAt: Math.floor(answeredAt),
    answers: list,
  };
}
