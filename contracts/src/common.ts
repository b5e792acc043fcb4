import { z } from 'zod';

/** A UUID primary key as sent over the wire. */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** ISO-8601 timestamp string; every date leaves the server in this form. */
export const Timestamp = z.iso.datetime({ offset: true });

/** The languages the UI, knowledge base and search support; Spanish is the default. */
export const Locale = z.enum(['es', 'en', 'pt-BR']);
export type Locale = z.infer<typeof Locale>;
export const DEFAULT_LOCALE: Locale = 'es';

/** Keyset pagination request shared by every list endpoint. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

/** Builds the response shape for a keyset-paginated list of `item`. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
  });
}

/** Stable machine-readable error codes; the UI translates them, clients branch on them. */
export const ErrorCode = z.enum([
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  /** A reply was sent on a ticket that got new messages since the agent opened it. */
  'ticket_changed',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'internal_error',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The body of every non-2xx JSON response. `issues` lists the offending fields for validation errors. */
export const ErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    issues: z
      .array(
        z.object({
          path: z.string(),
          message: z.string(),
        }),
      )
      .optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

/** Splits a comma-separated query value (`?status=open,pending`) or repeated values into an array. */
export function csvArray<T extends z.ZodType>(item: T) {
  return z.preprocess((value: unknown): unknown => {
    if (value === undefined || value === '') return undefined;
    const list: unknown[] = Array.isArray(value) ? (value as unknown[]) : [value];
    return list.flatMap((v): unknown[] =>
      typeof v === 'string' ? v.split(',').filter((s) => s !== '') : [v],
    );
  }, z.array(item).optional());
}
