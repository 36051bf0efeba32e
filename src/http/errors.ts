/**
 * The one error body, `{code, message, details}`, and the only place where rejection kinds become
 * HTTP status codes. Anything that is not a Rejection or a client error is a defect: logged, 500.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { Rejection, rejectionMessage, type RejectionKind } from '../kernel/rejection.ts';
import { languageOf } from './language.ts';

const STATUS: Record<RejectionKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
  too_large: 413,
  unsupported_media: 415,
  locked: 423,
  rate_limited: 429,
};

export function statusOf(kind: RejectionKind): number {
  return STATUS[kind];
}

export interface ErrorBody {
  code: string;
  message: string;
  details: unknown;
}

/** The error body and status for a rejection code, in the caller's language. */
export function errorBody(request: FastifyRequest, code: string, details: unknown = null): ErrorBody {
  return { code, message: rejectionMessage(code, languageOf(request.headers['accept-language'])), details };
}

function fastifyErrorCode(error: FastifyError): { code: string; details: unknown } | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { code: 'payload_too_large', details: null };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { code: 'unsupported_media_type', details: null };
    default:
      break;
  }
  if (error.statusCode === 429) return { code: 'rate_limited', details: null };
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return { code: 'invalid_request', details: { reason: error.message } };
  }
  return null;
}

/** PostgreSQL SQLSTATEs of a transaction aborted because of another one: deadlock, serialisation, lock timeout. */
const CONCURRENCY_SQLSTATES = new Set(['40P01', '40001', '55P03']);

function isConcurrencyFailure(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && CONCURRENCY_SQLSTATES.has(code);
}

/** A refusal that says when to come back (`details.retryAfterSeconds`) also says it in `Retry-After`. */
function retryAfterOf(details: unknown): number | null {
  if (!details || typeof details !== 'object' || !('retryAfterSeconds' in details)) return null;
  const seconds = (details as { retryAfterSeconds: unknown }).retryAfterSeconds;
  return typeof seconds === 'number' && Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}

/** Fastify's error handler: one body shape for every refusal. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof Rejection) {
    const retryAfter = retryAfterOf(error.details);
    if (retryAfter !== null) reply.header('retry-after', String(retryAfter));
    return reply.status(statusOf(error.kind)).send(errorBody(request, error.code, error.details ?? null));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation.map((v) => ({
      path: `${error.validationContext ?? ''}${v.instancePath}`,
      message: v.message,
      code:
        v.params?.issue && typeof v.params.issue === 'object' ? (v.params.issue as { code?: string }).code : undefined,
    }));
    return reply.status(400).send(errorBody(request, 'invalid_request', { issues }));
  }
  const mapped = fastifyErrorCode(error);
  if (mapped) {
    const status =
      error.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? 413
        : error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 415
          : (error.statusCode ?? 400);
    return reply.status(status).send(errorBody(request, mapped.code, mapped.details));
  }
  if (isConcurrencyFailure(error)) {
    // The database rolled the transaction back (deadlock or serialisation failure): nothing applied.
    request.log.warn({ err: error }, 'transaction aborted by a concurrent writer');
    return reply.status(409).send(errorBody(request, 'concurrent_write'));
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({
    code: 'internal_error',
    message: languageOf(request.headers['accept-language']) === 'en' ? 'Internal error' : '系统内部错误',
    details: { requestId: request.id },
  });
}
