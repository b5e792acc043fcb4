import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ErrorBody, ErrorCode } from '@atiende/contracts';
import { pgErrorCode } from '../../db/pg-errors';
import { AppError } from '../../lib/app-error';

function send(reply: FastifyReply, status: number, body: ErrorBody) {
  return reply.status(status).type('application/json').send(body);
}

const FASTIFY_CODES: Record<string, { status: number; code: ErrorCode }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_REQ_FILE_TOO_LARGE: { status: 413, code: 'payload_too_large' },
  FST_FILES_LIMIT: { status: 413, code: 'payload_too_large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: { status: 415, code: 'unsupported_media_type' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'validation_failed' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'validation_failed' },
};

function toErrorBody(error: FastifyError | Error): { status: number; body: ErrorBody } {
  if (error instanceof AppError) {
    return {
      status: error.status,
      body: {
        error: {
          code: error.code,
          message: error.message,
          ...(error.issues ? { issues: error.issues } : {}),
        },
      },
    };
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => {
      const where = error.validationContext ?? 'body';
      const field = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
      return { path: field ? field : where, message: v.message ?? 'Invalid value' };
    });
    const summary = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
    return {
      status: 400,
      body: { error: { code: 'validation_failed', message: `Invalid input (${summary})`, issues } },
    };
  }
  const fastifyCode = 'code' in error ? FASTIFY_CODES[error.code] : undefined;
  if (fastifyCode) {
    return {
      status: fastifyCode.status,
      body: { error: { code: fastifyCode.code, message: error.message } },
    };
  }
  const sqlState = pgErrorCode(error);
  if (sqlState === '23505')
    return { status: 409, body: { error: { code: 'conflict', message: 'Already exists' } } };
  if (sqlState === '22P02' || sqlState === '22007' || sqlState === '22008') {
    return {
      status: 400,
      body: { error: { code: 'validation_failed', message: 'Malformed value in the request' } },
    };
  }
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (status >= 400 && status < 500) {
    return {
      status,
      body: { error: { code: status === 404 ? 'not_found' : 'validation_failed', message: error.message } },
    };
  }
  return {
    status: 500,
    body: { error: { code: 'internal_error', message: 'Something went wrong on our side' } },
  };
}

/** Every error leaves as an ErrorBody with a stable code; only real server faults are 500s (and logged). */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toErrorBody(error);
    if (status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.debug({ code: body.error.code }, body.error.message);
    return send(reply, status, body);
  });
}

/** 404 for unknown API paths, as JSON. */
export function sendApiNotFound(reply: FastifyReply): FastifyReply {
  return send(reply, 404, { error: { code: 'not_found', message: 'No such endpoint' } });
}
