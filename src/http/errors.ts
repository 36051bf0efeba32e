/**
 * The one error body, `{code, message, details}`, and the only place where rejection kinds become
 * HTTP status codes. Anything that is not a Rejection or a client error is a defect: logged, 500.
 */
import type { FastifyError, FastifyReply, FastifyRequest, FastifySchemaValidationError } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { Rejection, rejectionMessage, rejectionText, type RejectionKind } from '../kernel/rejection.ts';
// Declares text_control_character, the answer to text the database cannot store.
import './text.ts';
import { constraintOf } from '../db/constraint.ts';
import { uniqueViolationCode } from './unique-violations.ts';
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
/** Text PostgreSQL cannot store: a NUL in text (22021) or `\u0000` in JSON (22P05). The guard stops both first. */
const UNSTORABLE_TEXT_SQLSTATES = new Set(['22021', '22P05']);
const UNIQUE_VIOLATION = '23505';
const FOREIGN_KEY_VIOLATION = '23503';

/**
 * A database error a client can still cause, as the rejection it deserves: a transaction aborted
 * by a concurrent writer, text the database cannot store, a duplicate inserted by a race. Nothing
 * was applied in any of them (the transaction rolled back). Null for anything else: a defect.
 */
function databaseRefusal(error: unknown): { code: string; note: string } | null {
  const { code } = error as { code?: unknown };
  if (typeof code !== 'string') return null;
  if (CONCURRENCY_SQLSTATES.has(code))
    return { code: 'concurrent_write', note: 'transaction aborted by a concurrent writer' };
  if (UNSTORABLE_TEXT_SQLSTATES.has(code))
    return { code: 'text_control_character', note: 'text the database cannot store' };
  if (code === FOREIGN_KEY_VIOLATION) {
    // PostgreSQL words it "insert or update on table …" for a missing target, "update or delete on …" for one still used.
    const message = (error as { message?: unknown }).message;
    const stillUsed = typeof message === 'string' && message.startsWith('update or delete');
    return stillUsed
      ? { code: 'record_still_referenced', note: 'foreign key still referenced' }
      : { code: 'referenced_record_not_found', note: 'foreign key target missing' };
  }
  if (code === UNIQUE_VIOLATION) {
    const name = constraintOf(error);
    return { code: uniqueViolationCode(name), note: `unique violation of ${name ?? 'an unnamed constraint'}` };
  }
  return null;
}

/** A refusal that says when to come back (`details.retryAfterSeconds`) also says it in `Retry-After`. */
function retryAfterOf(details: unknown): number | null {
  if (!details || typeof details !== 'object' || !('retryAfterSeconds' in details)) return null;
  const seconds = (details as { retryAfterSeconds: unknown }).retryAfterSeconds;
  return typeof seconds === 'number' && Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}

/** Fastify's error handler: one body shape for every refusal. */
type ValidationIssue = FastifySchemaValidationError;

/** A validation issue that names its rejection (`NamedIssueParams` of the shared text pieces). */
function namedRejectionOf(issue: ValidationIssue): string | null {
  const named = (issue.params as { params?: { rejection?: unknown } } | undefined)?.params?.rejection;
  return typeof named === 'string' ? named : null;
}

function validationReply(
  error: FastifyError & { validation: ValidationIssue[] },
  request: FastifyRequest,
  reply: FastifyReply,
) {
  const pathOf = (v: ValidationIssue) => `${error.validationContext ?? ''}${v.instancePath}`;
  const issues = error.validation.map((v) => ({ path: pathOf(v), message: v.message, code: v.keyword }));
  const named = error.validation.find((v) => namedRejectionOf(v) !== null);
  if (named) {
    const code = namedRejectionOf(named)!;
    return reply
      .status(statusOf(rejectionText(code).kind))
      .send(errorBody(request, code, { path: pathOf(named), issues }));
  }
  return reply.status(400).send(errorBody(request, 'invalid_request', { issues }));
}

/** Fastify's error handler: one body shape for every refusal. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof Rejection) {
    const retryAfter = retryAfterOf(error.details);
    if (retryAfter !== null) reply.header('retry-after', String(retryAfter));
    return reply.status(statusOf(error.kind)).send(errorBody(request, error.code, error.details ?? null));
  }
  if (hasZodFastifySchemaValidationErrors(error)) return validationReply(error, request, reply);
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
  const refusal = databaseRefusal(error);
  if (refusal) {
    request.log.warn({ err: error }, refusal.note);
    return reply.status(statusOf(rejectionText(refusal.code).kind)).send(errorBody(request, refusal.code));
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send({
    code: 'internal_error',
    message: languageOf(request.headers['accept-language']) === 'en' ? 'Internal error' : '系统内部错误',
    details: { requestId: request.id },
  });
}
