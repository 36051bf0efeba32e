/**
 * API keys of an employer's payroll software: `sbk_<8-character prefix>_<48 hex secret>`. Only the
 * keyed SM3 digest of the whole key is stored; the key is shown once, when created. Creation,
 * revocation and every refused use are audited.
 */
import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { EmployerApiKeyTable } from '../../db/schema.ts';
import { common } from '../../kernel/rejection.ts';
import { tokenDigest } from '../../kernel/sm-crypto.ts';
import { appendAudit, lockAuditHead, recordAudit, type AuditActor } from '../audit/index.ts';
import { rejectApiKey } from './registration.api-keys.rejections.ts';
import { API_KEY_SCOPES, type ApiKeyScope } from './registration.model.ts';
import { rejectRegistration } from './registration.rejections.ts';

/** Active (unrevoked) keys an employer may hold at once. */
export const API_KEYS_ACTIVE_MAX = 10;
export const API_KEY_LABEL_LENGTH_MAX = 60;
/** `last_used_at` is written at most this often per key. */
const TOUCH_INTERVAL_MS = 60_000;
const PREFIX_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const KEY_PATTERN = /^sbk_([a-z0-9]{8})_([0-9a-f]{48})$/;

/** A key as listed: never the secret. */
export interface ApiKeyView {
  readonly id: number;
  readonly employerId: number;
  readonly prefix: string;
  readonly label: string;
  readonly scopes: ApiKeyScope[];
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
  readonly revokedAt: Date | null;
  readonly active: boolean;
}

/** Who calls with a valid key: the employer and what the key may do. */
export interface ApiKeyPrincipal {
  readonly keyId: number;
  readonly employerId: number;
  readonly employerName: string;
  readonly prefix: string;
  readonly scopes: readonly ApiKeyScope[];
}

const isScope = (s: string): s is ApiKeyScope => (API_KEY_SCOPES as readonly string[]).includes(s);

function view(row: Selectable<EmployerApiKeyTable>): ApiKeyView {
  return {
    id: row.id,
    employerId: row.employer_id,
    prefix: row.prefix,
    label: row.label,
    scopes: row.scopes.filter(isScope),
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    active: row.revoked_at === null,
  };
}

function randomPrefix(): string {
  const bytes = crypto.randomBytes(8);
  return Array.from(bytes, (b) => PREFIX_ALPHABET[b % PREFIX_ALPHABET.length]).join('');
}

/** The keys of an employer, newest first. */
export async function listApiKeys(ctx: AppContext, employerId: number): Promise<ApiKeyView[]> {
  const rows = await ctx.db
    .selectFrom('employer_api_keys')
    .selectAll()
    .where('employer_id', '=', employerId)
    .orderBy('id', 'desc')
    .execute();
  return rows.map(view);
}

/** Creates a key; the full key is in the answer and nowhere else. */
export async function createApiKey(
  ctx: AppContext,
  who: AuditActor,
  employerId: number,
  input: { label: string; scopes: readonly ApiKeyScope[] },
): Promise<ApiKeyView & { key: string }> {
  const scopes = API_KEY_SCOPES.filter((s) => input.scopes.includes(s));
  return ctx.db.transaction().execute(async (trx) => {
    // The house's lock order: the audit chain first, then the employer row, whose lock serialises
    // concurrent creations so that the count below stays true.
    await lockAuditHead(trx);
    const employer = await trx
      .selectFrom('employers')
      .select(['id', 'status'])
      .where('id', '=', employerId)
      .forUpdate()
      .executeTakeFirst();
    if (!employer) throw rejectRegistration('employer_not_found');
    if (employer.status === 'cancelled') throw rejectApiKey('api_key_employer_cancelled');
    const active = await trx
      .selectFrom('employer_api_keys')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('employer_id', '=', employerId)
      .where('revoked_at', 'is', null)
      .executeTakeFirstOrThrow();
    if (Number(active.n) >= API_KEYS_ACTIVE_MAX)
      throw rejectApiKey('api_key_limit_reached', { activeMax: API_KEYS_ACTIVE_MAX });
    const prefix = randomPrefix();
    const key = `sbk_${prefix}_${crypto.randomBytes(24).toString('hex')}`;
    const row = await trx
      .insertInto('employer_api_keys')
      .values({
        employer_id: employerId,
        prefix,
        digest: tokenDigest(ctx.keys, key),
        label: input.label,
        scopes,
        created_at: ctx.clock.now(),
        created_by_kind: who.kind,
        created_by_id: who.id,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.clock, who, {
      action: 'registration.api_key.create',
      entity: 'employer_api_key',
      entityId: row.id,
      details: { employerId, prefix, label: input.label, scopes },
    });
    return { ...view(row), key };
  });
}

/** Revokes one of the employer's keys; calls with it are refused from now on. */
export async function revokeApiKey(
  ctx: AppContext,
  who: AuditActor,
  employerId: number,
  keyId: number,
): Promise<ApiKeyView> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const row = await trx
      .selectFrom('employer_api_keys')
      .selectAll()
      .where('id', '=', keyId)
      .where('employer_id', '=', employerId)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw rejectApiKey('api_key_not_found');
    if (row.revoked_at) throw rejectApiKey('api_key_already_revoked');
    const revoked = await trx
      .updateTable('employer_api_keys')
      .set({ revoked_at: ctx.clock.now(), revoked_by_kind: who.kind, revoked_by_id: who.id })
      .where('id', '=', keyId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.clock, who, {
      action: 'registration.api_key.revoke',
      entity: 'employer_api_key',
      entityId: keyId,
      details: { employerId, prefix: row.prefix },
    });
    return view(revoked);
  });
}

function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

/** The audit actor of a call made with a key (no person is behind it: the key is named). */
export function apiKeyActor(principal: ApiKeyPrincipal, request: { ip: string; requestId: string }): AuditActor {
  return {
    kind: 'employer',
    id: null,
    name: `API key ${principal.prefix} (${principal.employerName})`,
    agencyId: null,
    ip: request.ip,
    requestId: request.requestId,
  };
}

async function refuse(
  ctx: AppContext,
  meta: { ip: string; requestId: string },
  reason: 'api_key_invalid' | 'api_key_revoked' | 'api_key_scope_missing' | 'api_key_employer_cancelled',
  key: { id: number; prefix: string } | null,
  prefixSeen: string | null,
): Promise<never> {
  const actor: AuditActor = { kind: 'anonymous', id: null, name: 'api client', agencyId: null, ...meta };
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
  authorization: string | undefined,
  scope: ApiKeyScope,
  meta: { ip: string; requestId: string },
): Promise<ApiKeyPrincipal> {
  if (!authorization) throw common.reject('unauthenticated');
  const token = /^Bearer\s+(\S{1,200})$/i.exec(authorization.trim())?.[1] ?? '';
  const parts = KEY_PATTERN.exec(token);
  const prefixSeen = /^sbk_([a-z0-9]{8})_/.exec(token)?.[1] ?? null;
  if (!parts) return refuse(ctx, meta, 'api_key_invalid', null, prefixSeen);
  const row = await ctx.db
    .selectFrom('employer_api_keys as k')
    .innerJoin('employers as e', 'e.id', 'k.employer_id')
    .select(['k.id', 'k.prefix', 'k.digest', 'k.scopes', 'k.revoked_at', 'k.last_used_at', 'k.employer_id'])
    .select(['e.name as employer_name', 'e.status as employer_status'])
    .where('k.prefix', '=', parts[1]!)
    .executeTakeFirst();
  if (!row || !sameDigest(row.digest, tokenDigest(ctx.keys, token)))
    return refuse(ctx, meta, 'api_key_invalid', null, parts[1]!);
  if (row.revoked_at) return refuse(ctx, meta, 'api_key_revoked', row, null);
  if (row.employer_status === 'cancelled') return refuse(ctx, meta, 'api_key_employer_cancelled', row, null);
  if (!row.scopes.includes(scope)) return refuse(ctx, meta, 'api_key_scope_missing', row, null);
  const now = ctx.clock.now();
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() >= TOUCH_INTERVAL_MS)
    await ctx.db.updateTable('employer_api_keys').set({ last_used_at: now }).where('id', '=', row.id).execute();
  return {
    keyId: row.id,
    employerId: row.employer_id,
    employerName: row.employer_name,
    prefix: row.prefix,
    scopes: row.scopes.filter(isScope),
  };
}
