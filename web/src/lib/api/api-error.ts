import { ErrorBody, type ErrorCode } from '@atiende/contracts';

/** One offending field of a `validation_failed` response, as the server reports it. */
export type FieldIssue = NonNullable<ErrorBody['error']['issues']>[number];

/**
 * A non-2xx answer from the API, carrying the server's machine-readable `code` and field `issues`
 * so the UI can translate the message by code and show each issue next to its form field.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];

  constructor(status: number, body: ErrorBody) {
    super(body.error.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.error.code;
    this.issues = body.error.issues ?? [];
  }
}

/** Maps a status without a JSON error body (proxy errors, HTML pages) to the closest error code. */
function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'validation_failed';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'rate_limited';
    default:
      return 'internal_error';
  }
}

/**
 * Builds the ApiError for a failed response. Trusts the body only when it matches the shared
 * `ErrorBody` contract; anything else (e.g. a gateway's HTML page) becomes a code derived from the status.
 */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let raw: unknown = null;
  try {
    raw = await response.json();
  } catch {
    // Not JSON: fall through to the status-derived code.
  }
  const parsed = ErrorBody.safeParse(raw);
  if (parsed.success) return new ApiError(response.status, parsed.data);
  return new ApiError(response.status, {
    error: {
      code: codeForStatus(response.status),
      message: response.statusText || `HTTP ${response.status}`,
    },
  });
}

/** True when `error` is an ApiError with the given code; a convenience for branching in UI code. */
export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}
