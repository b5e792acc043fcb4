import type { TFunction } from 'i18next';
import { ApiError, type FieldIssue } from './api/api-error';

/**
 * The user-facing, translated text for any error thrown by a query or mutation: API errors are
 * translated by their `code` (falling back to the server's message for unknown codes), failed
 * fetches become "no connection", anything else a generic message.
 */
export function describeError(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) {
    return t(`errors.${error.code}`, { defaultValue: error.message });
  }
  if (error instanceof TypeError) return t('errors.network');
  return t('errors.unknown');
}

/** Per-field messages for a form, keyed by the form's own field names. */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Maps validation issues (from the server's `ErrorBody.issues` or a local zod parse) onto form
 * fields. `pathToField` translates an issue path such as `requester.email` to the field showing it;
 * the first issue per field wins. Issues on unknown paths are returned separately so the form can
 * still show them.
 */
export function issuesToFieldErrors<F extends string>(
  issues: readonly FieldIssue[],
  pathToField: Readonly<Record<string, F>>,
): { fields: FieldErrors<F>; unmatched: FieldIssue[] } {
  const fields: FieldErrors<F> = {};
  const unmatched: FieldIssue[] = [];
  for (const issue of issues) {
    const field = pathToField[issue.path];
    if (field === undefined) unmatched.push(issue);
    else fields[field] ??= issue.message;
  }
  return { fields, unmatched };
}

/** zod issue paths (`['requester', 'email']`) in the server's dotted form (`requester.email`). */
export function zodIssuesToFieldIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): FieldIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/**
 * Splits a failed form submission into messages per field (from `validation_failed` issues) and one
 * general message for the alert above the form (the translated error, unless every issue was placed
 * on a field already).
 */
export function formErrorsFrom<F extends string>(
  t: TFunction,
  error: unknown,
  pathToField: Readonly<Record<string, F>>,
): { fields: FieldErrors<F>; general: string | null } {
  if (error === null || error === undefined) return { fields: {}, general: null };
  if (error instanceof ApiError && error.issues.length > 0) {
    const { fields, unmatched } = issuesToFieldErrors(error.issues, pathToField);
    const general =
      unmatched.length > 0
        ? [describeError(t, error), ...unmatched.map((issue) => issue.message)].join(' ')
        : null;
    return { fields, general };
  }
  return { fields: {}, general: describeError(t, error) };
}

/** Loose but sufficient email check for instant feedback; the server validates strictly. */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}
