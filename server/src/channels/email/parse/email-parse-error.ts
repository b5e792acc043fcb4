/** Why a raw message could not be turned into a {@link ParsedEmail}. */
export type EmailParseErrorCode = 'empty' | 'limits_exceeded' | 'unreadable';

/**
 * Thrown by `parseEmail` only for input that cannot be read as a message at all. The ingest step
 * catches it by type to keep the raw bytes and mark the message failed (never dropped), instead of
 * treating it like an unexpected crash.
 */
export class EmailParseError extends Error {
  override readonly name = 'EmailParseError';
  readonly code: EmailParseErrorCode;

  constructor(code: EmailParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
