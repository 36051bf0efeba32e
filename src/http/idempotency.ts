/**
 * Idempotent POST requests (the payroll API): the caller sends an `Idempotency-Key`; the first
 * request with a key does the work and stores its response in the same transaction; a repeat with
 * the same request gets the stored response (header `Idempotent-Replayed: true`) and changes
 * nothing; the same key with another request is refused. Only work that commits is remembered:
 * a refused request can be retried with the same key once corrected.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db, Executor, Trx } from '../db/connection.ts';
import type { Clock } from '../kernel/clock.ts';
import { defineRejections } from '../kernel/rejection.ts';
import { sm3 } from '../kernel/sm-crypto.ts';
import { canonicalJson } from '../modules/audit/index.ts';

export const idempotencyRejections = defineRejections({
  idempotency_key_missing: {
    kind: 'invalid',
    zh: '缺少请求头 Idempotency-Key',
    en: 'The Idempotency-Key header is required',
  },
  idempotency_key_invalid: {
    kind: 'invalid',
    zh: 'Idempotency-Key 应为 1 至 100 个可打印字符',
    en: 'The Idempotency-Key must be 1 to 100 printable characters',
  },
  idempotency_key_reused: {
    kind: 'conflict',
    zh: '该 Idempotency-Key 已用于另一个不同的请求',
    en: 'This Idempotency-Key was already used for a different request',
  },
});

export const IDEMPOTENCY_KEY_LENGTH_MAX = 100;
/** Records older than this may be purged (`purgeIdempotencyRecords`); a replay after that is new work. */
export const IDEMPOTENCY_RETENTION_HOURS = 24;
export const REPLAYED_HEADER = 'idempotent-replayed';

const PRINTABLE = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/** The key of a request's `Idempotency-Key` header; refuses a missing or malformed one. */
export function idempotencyKeyOf(header: string | string[] | undefined): string {
  if (header === undefined || header === '') throw idempotencyRejections.reject('idempotency_key_missing');
  if (Array.isArray(header) || header.length > IDEMPOTENCY_KEY_LENGTH_MAX || !PRINTABLE.test(header))
    throw idempotencyRejections.reject('idempotency_key_invalid', { lengthMax: IDEMPOTENCY_KEY_LENGTH_MAX });
  return header;
}

/** SM3 of the method, the path and the body as canonical JSON (key order does not matter). */
export function requestHash(method: string, path: string, body: unknown): string {
  return sm3(`${method.toUpperCase()}\n${path}\n${canonicalJson(body ?? null)}`);
}

export interface IdempotentRequest {
  /** Whose keys these are, e.g. `employer:12`; keys of different scopes never meet. */
  readonly scope: string;
  readonly key: string;
  readonly method: string;
  readonly path: string;
  readonly body: unknown;
}

export interface IdempotentResponse {
  readonly statusCode: number;
  readonly body: unknown;
  readonly replayed: boolean;
}

async function stored(db: Executor, scope: string, key: string) {
  return db
    .selectFrom('idempotency_records')
    .select(['request_hash', 'status_code', 'response'])
    .where('scope', '=', scope)
    .where('key', '=', key)
    .executeTakeFirst();
}

function replay(
  record: { request_hash: string; status_code: number; response: unknown },
  hash: string,
): IdempotentResponse {
  if (record.request_hash !== hash) throw idempotencyRejections.reject('idempotency_key_reused');
  return { statusCode: record.status_code, body: record.response, replayed: true };
}

/**
 * Runs `work` once per (scope, key) and remembers its response with it. Concurrent duplicates
 * serialise on the record's primary key: the second waits for the first to commit, then replays.
 */
export async function idempotent(
  db: Db,
  clock: Clock,
  request: IdempotentRequest,
  work: (trx: Trx) => Promise<{ statusCode: number; body: unknown }>,
): Promise<IdempotentResponse> {
  const hash = requestHash(request.method, request.path, request.body);
  const earlier = await stored(db, request.scope, request.key);
  if (earlier) return replay(earlier, hash);
  return db.transaction().execute(async (trx) => {
    // A placeholder row claims the key; a concurrent claim blocks here until this one ends.
    const claimed = await trx
      .insertInto('idempotency_records')
      .values({
        scope: request.scope,
        key: request.key,
        request_hash: hash,
        status_code: 0,
        response: '{}',
        created_at: clock.now(),
      })
      .onConflict((oc) => oc.columns(['scope', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!claimed) {
      const winner = await stored(trx, request.scope, request.key);
      if (!winner) throw new Error('idempotency record vanished between claim and read');
      return replay(winner, hash);
    }
    const result = await work(trx);
    await trx
      .updateTable('idempotency_records')
      .set({ status_code: result.statusCode, response: JSON.stringify(result.body ?? null) })
      .where('scope', '=', request.scope)
      .where('key', '=', request.key)
      .execute();
    return { statusCode: result.statusCode, body: result.body, replayed: false };
  });
}

/** The idempotency key of a Fastify request, and the request as hashed (method, URL path, body). */
export function idempotentRequestOf(request: FastifyRequest, scope: string): IdempotentRequest {
  const path = request.url.split('?')[0] ?? request.url;
  return {
    scope,
    key: idempotencyKeyOf(request.headers['idempotency-key']),
    method: request.method,
    path,
    body: request.body,
  };
}

/** Sends a response, marking a replay with `Idempotent-Replayed: true`. */
export function sendIdempotent(reply: FastifyReply, response: IdempotentResponse): FastifyReply {
  if (response.replayed) reply.header(REPLAYED_HEADER, 'true');
  return reply.status(response.statusCode).send(response.body);
}

/** Deletes records older than the retention (24 h by default); returns how many. Run from a job or by hand. */
export async function purgeIdempotencyRecords(
  db: Db,
  clock: Clock,
  retentionHours = IDEMPOTENCY_RETENTION_HOURS,
): Promise<number> {
  const before = new Date(clock.now().getTime() - retentionHours * 3_600_000);
  const result = await db.deleteFrom('idempotency_records').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
