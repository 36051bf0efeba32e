/**
 * Authentication of an employer's API key (`Authorization: Bearer sbk_<8-character prefix>_<48 hex
 * secret>`): the keyed SM3 digest of the whole key is compared in constant time, then the key's
 * standing, its employer's and the scope the route needs. Every refusal is named and audited.
 * Keys are created and revoked by registration (the employer's hall and the clerk), which also
 * answers who the employer behind a key is: auth reads no registration table.
 */
import crypto from 'node:crypto';
import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/connection.ts';
import { common } from '../../kernel/rejection.ts';
import { tokenDigest } from '../../kernel/sm-crypto.ts';
import { recordAudit, type AuditActor } from '../audit/index.ts';
import { rejectApiKey } from './auth.api-keys.rejections.ts';
import { isApiKeyScope, type ApiKeyScope } from './auth.model.ts';

/** `last_used_at` is written at most this often per key. */
const TOUCH_INTERVAL_MS = 60_000;
/** The shape of a key; the first group is the prefix, stored in clear and unique. */
export const API_KEY_PATTERN = /^sbk_([a-z0-9]{8})_([0-9a-f]{48})$/;

/** Who calls with a valid key: the employer and what the key may do. */
export interface ApiKeyPrincipal {
  readonly keyId: number;
  readonly employerId: number;
  readonly employerName: string;
  readonly prefix: string;
  readonly scopes: readonly ApiKeyScope[];
}

/** The employer behind a key, as registration knows it. */
export interface ApiKeyHolder {
  readonly name: string;
  /** False once the employer is cancelled: its keys stop working. */
  readonly active: boolean;
}

/**
 * Looks up the employer behind a key (registration's `apiKeyHolderOf`, passed in by `http/`); the
 * key's foreign key guarantees the employer exists.
 */
export type ApiKeyHolderLookup = (db: Db, employerId: number) => Promise<ApiKeyHolder>;

type UseRefusal = 'api_key_invalid' | 'api_key_revoked' | 'api_key_scope_missing' | 'api_key_employer_cancelled';

interface RequestMeta {
  readonly ip: string;
  readonly requestId: string;
}

/** The scopes of a stored key that this version knows (the table's check admits no other). */
export const knownScopes = (stored: readonly string[]): ApiKeyScope[] => stored.filter(isApiKeyScope);

function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

/** The audit actor of a call made with a key (no person is behind it: the key is named). */
export function apiKeyActor(principal: ApiKeyPrincipal, request: RequestMeta): AuditActor {
  return {
    kind: 'employer',
    id: null,
    name: `API key ${principal.prefix} (${principal.employerName})`,
    agencyId: null,
    ip: request.ip,
    requestId: request.requestId,
  };
}

/** Audits a refused use (the prefix only, never the secret) and throws the refusal. */
async function refuse(
  ctx: AppContext,
  meta: RequestMeta,
  reason: UseRefusal,
  key: { id: number; prefix: string } | null,
  prefixSeen: string | null,
): Promise<never> {
  const actor: AuditActor = { kind: 'anonymous', id: null, name: 'api client', agencyId: null, ...meta };
  // The action keeps the name it had when keys lived in registration, so the log reads as one history.
  await recordAudit(ctx.db, ctx.clock, actor, {
    action: 'registration.api_key.use',
    entity: 'employer_api_key',
    entityId: key?.id ?? null,
    outcome: 'denied',
    details: { reason, prefix: key?.prefix ?? prefixSeen },
  });
  throw rejectApiKey(reason);
}

/**
 * Authenticates `Authorization: Bearer sbk_…` for a route that needs `scope`. No header at all
 * is `unauthenticated`; every other refusal is named and audited.
 */
export async function authenticateApiKey(
  ctx: AppContext,
  holderOf: ApiKeyHolderLookup,
  authorization: string | undefined,
  scope: ApiKeyScope,
  meta: RequestMeta,
): Promise<ApiKeyPrincipal> {
  if (!authorization) throw common.reject('unauthenticated');
  const token = /^Bearer\s+(\S{1,200})$/i.exec(authorization.trim())?.[1] ?? '';
  const parts = API_KEY_PATTERN.exec(token);
  const prefixSeen = /^sbk_([a-z0-9]{8})_/.exec(token)?.[1] ?? null;
  if (!parts) return refuse(ctx, meta, 'api_key_invalid', null, prefixSeen);
  const row = await ctx.db
    .selectFrom('employer_api_keys')
    .select(['id', 'prefix', 'digest', 'scopes', 'revoked_at', 'last_used_at', 'employer_id'])
    .where('prefix', '=', parts[1]!)
    .executeTakeFirst();
  if (!row || !sameDigest(row.digest, tokenDigest(ctx.keys, token)))
    return refuse(ctx, meta, 'api_key_invalid', null, parts[1]!);
  if (row.revoked_at) return refuse(ctx, meta, 'api_key_revoked', row, null);
  const holder = await holderOf(ctx.db, row.employer_id);
  if (!holder.active) return refuse(ctx, meta, 'api_key_employer_cancelled', row, null);
  if (!row.scopes.includes(scope)) return refuse(ctx, meta, 'api_key_scope_missing', row, null);
  const now = ctx.clock.now();
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() >= TOUCH_INTERVAL_MS)
    await ctx.db.updateTable('employer_api_keys').set({ last_used_at: now }).where('id', '=', row.id).execute();
  return {
    keyId: row.id,
    employerId: row.employer_id,
    employerName: holder.name,
    prefix: row.prefix,
    scopes: knownScopes(row.scopes),
  };
}
