import { z } from 'zod';
import { Id, Timestamp } from './common';

/**
 * CSAT: "How satisfied are you?" 1–5 (4–5 count as satisfied). CES: "How easy was it?" 1–7.
 * NPS: "How likely are you to recommend us?" 0–10 (9–10 promoters, 0–6 detractors).
 */
export const SurveyKind = z.enum(['csat', 'ces', 'nps']);
export type SurveyKind = z.infer<typeof SurveyKind>;

/** The score range of each kind. */
export const SURVEY_SCALES: Record<SurveyKind, { min: number; max: number }> = {
  csat: { min: 1, max: 5 },
  ces: { min: 1, max: 7 },
  nps: { min: 0, max: 10 },
};

/**
 * When a ticket is solved as finalized, its requester is invited (by email, when they have an
 * address) to rate it: CSAT and/or CES for the ticket, plus NPS at most once per `npsEveryDays`.
 */
export const SurveySettings = z.object({
  csatEnabled: z.boolean(),
  cesEnabled: z.boolean(),
  npsEnabled: z.boolean(),
  npsEveryDays: z.number().int().min(7).max(730),
  /** Minutes after solving before the invitation goes out (a quick reopen cancels it). */
  sendDelayMinutes: z.number().int().min(0).max(10_080),
  /** Days the link stays valid. */
  expiresAfterDays: z.number().int().min(1).max(90),
});
export type SurveySettings = z.infer<typeof SurveySettings>;
export const UpdateSurveySettingsInput = SurveySettings.partial();
export type UpdateSurveySettingsInput = z.infer<typeof UpdateSurveySettingsInput>;

export const SurveyResponse = z.object({
  id: Id,
  kind: SurveyKind,
  score: z.number().int(),
  comment: z.string().nullable(),
  ticket: z.object({ id: Id, number: z.number().int(), subject: z.string() }),
  contact: z.object({ id: Id, name: z.string() }),
  agent: z.object({ id: Id, name: z.string() }).nullable(),
  team: z.object({ id: Id, name: z.string() }).nullable(),
  respondedAt: Timestamp,
});
export type SurveyResponse = z.infer<typeof SurveyResponse>;

export const SurveyResponseQuery = z.object({
  kind: SurveyKind.optional(),
  agentId: Id.optional(),
  teamId: Id.optional(),
  /** Only scores at or below this value (e.g. 2 to read unhappy CSAT comments). */
  maxScore: z.coerce.number().int().optional(),
  from: Timestamp.optional(),
  to: Timestamp.optional(),
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type SurveyResponseQuery = z.infer<typeof SurveyResponseQuery>;

/** Scores over a window: CSAT = satisfied ÷ answers, NPS = %promoters − %detractors, CES = mean. */
export const SurveySummary = z.object({
  csat: z.object({ responses: z.number().int(), satisfied: z.number().int(), score: z.number().nullable() }),
  ces: z.object({ responses: z.number().int(), average: z.number().nullable() }),
  nps: z.object({
    responses: z.number().int(),
    promoters: z.number().int(),
    passives: z.number().int(),
    detractors: z.number().int(),
    score: z.number().nullable(),
  }),
  /** Invitations sent in the window and the share (0–1) that got at least one answer. */
  invitationsSent: z.number().int(),
  responseRate: z.number().nullable(),
});
export type SurveySummary = z.infer<typeof SurveySummary>;

/** The ticket's survey: whether an invitation went out, and its answers. */
export const TicketSurvey = z.object({
  invitation: z
    .object({
      kinds: z.array(SurveyKind),
      sentAt: Timestamp.nullable(),
      scheduledFor: Timestamp,
      expiresAt: Timestamp,
      respondedAt: Timestamp.nullable(),
    })
    .nullable(),
  responses: z.array(
    z.object({
      kind: SurveyKind,
      score: z.number().int(),
      comment: z.string().nullable(),
      respondedAt: Timestamp,
    }),
  ),
});
export type TicketSurvey = z.infer<typeof TicketSurvey>;

/** A page of survey answers, newest first (`GET /api/surveys/responses`). */
export const SurveyResponsePage = z.object({
  items: z.array(SurveyResponse),
  nextCursor: z.string().nullable(),
});
export type SurveyResponsePage = z.infer<typeof SurveyResponsePage>;

/** `GET /api/surveys/summary`: answers given in [from, to); without them, the last 30 days. */
export const SurveySummaryQuery = z.object({
  from: Timestamp.optional(),
  to: Timestamp.optional(),
  agentId: Id.optional(),
  teamId: Id.optional(),
});
export type SurveySummaryQuery = z.infer<typeof SurveySummaryQuery>;
