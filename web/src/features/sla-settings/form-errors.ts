import type { TFunction } from 'i18next';
import { ApiError } from '../../lib/api/api-error';
import { describeError } from '../../lib/errors';

/**
 * Splits a failed save into messages per form field and one general message, like `formErrorsFrom`
 * but with a function mapping issue paths to fields (the SLA forms have indexed paths such as
 * `hours.3.end` or `targets.high.resolutionMinutes`). Issues without a field join the general message.
 */
export function serverFormErrors<F extends string>(
  t: TFunction,
  error: unknown,
  fieldOf: (path: string) => F | null,
): { fields: Partial<Record<F, string>>; general: string | null } {
  if (error === null || error === undefined) return { fields: {}, general: null };
  if (!(error instanceof ApiError) || error.issues.length === 0) {
    return { fields: {}, general: describeError(t, error) };
  }
  const fields: Partial<Record<F, string>> = {};
  const unmatched: string[] = [];
  for (const issue of error.issues) {
    const field = fieldOf(issue.path);
    if (field === null) unmatched.push(issue.message);
    else fields[field] ??= issue.message;
  }
  return {
    fields,
    general: unmatched.length === 0 ? null : [describeError(t, error), ...unmatched].join(' '),
  };
}
