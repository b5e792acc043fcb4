import type { ErrorCode } from '@atiende/contracts';

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  ticket_changed: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
};

export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * An expected failure with a stable code; the error handler turns it into the JSON ErrorBody.
 * Throw it from commands and policies instead of building HTTP responses there.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = STATUS[code];
    this.issues = issues;
  }
}

/** The resource does not exist in the caller's workspace (also used for other workspaces' ids). */
export function notFound(what: string): AppError {
  return new AppError('not_found', `${what} not found`);
}

/** Input that passed the schema but breaks a rule: names the field so the UI can show it there. */
export function invalidField(path: string, message: string): AppError {
  return new AppError('validation_failed', message, [{ path, message }]);
}
