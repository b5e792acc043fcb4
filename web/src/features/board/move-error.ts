import type { CustomField } from '@atiende/contracts';
import type { TFunction } from 'i18next';
import { missingFieldsFrom } from '../ticket-config/solve-errors';
import { ApiError } from '../../lib/api/api-error';
import { describeError } from '../../lib/errors';

/** Refusals whose server message says what rule the drop broke (a required field, a closed ticket…). */
const RULE_STATUSES = new Set([400, 409, 422]);

/**
 * The text shown when the server refuses a move. Empty required-on-solve fields are named in the
 * agent's language ("Para resolver, completa: Módulo"). Other rule refusals (400/409) show the server's own
 * message, and each field issue (e.g. "Módulo is required to solve"), because a generic "check the
 * fields" would not tell the agent what to fix on a board that has no form; anything else (no
 * permission, no connection) gets the usual translated text.
 */
export function moveErrorMessage(t: TFunction, error: unknown, fields: readonly CustomField[] = []): string {
  const missing = missingFieldsFrom(error, fields);
  if (missing.length > 0) {
    return t('board.move.requiredFields', { fields: missing.map((field) => field.label).join(', ') });
  }
  if (error instanceof ApiError && RULE_STATUSES.has(error.status)) {
    const details = error.issues.map((issue) => issue.message).filter((message) => message !== '');
    const parts = details.length > 0 ? details : [error.message];
    return parts.filter((part) => part !== '').join(' ') || describeError(t, error);
  }
  return describeError(t, error);
}
