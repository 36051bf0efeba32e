/**
 * The employer's API keys for its payroll software: `sbk_<8-character prefix>_<48 hex secret>`,
 * created with the scopes the employer chose, listed, revoked. Only the keyed SM3 digest of the
 * whole key is stored; the key is shown once, when created. Creation and revocation are audited.
 * Authenticating a call with a key is auth's (`authenticateApiKey`); this file answers who the
 * employer behind a key is (`apiKeyHolderOf`).
 */
import crypto from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { EmployerApiKeyTable } from '../../db/schema.ts';
import type { Db } from '../../db/connection.ts';
import { tokenDigest } from '../../kernel/sm-crypto.ts';
import { appendAudit, lockAuditHead, type AuditActor } from '../audit/index.ts';
import { apiKeyScopeCodes, knownScopes, rejectApiKey, type ApiKeyHolder, type ApiKeyScope } from '../auth/index.ts';
import { rejectRegistration } from './registration.rejections.ts';

/** Active (unrevoked) keys an employer may hold at once. */
export const API_KEYS_ACTIVE_MAX = 10;
export const API_KEY_LABEL_LENGTH_MAX = 60;
const PREFIX_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

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

function view(row: Selectable<EmployerApiKeyTable>): ApiKeyView {
  return {
    id: row.id,
    employerId: row.employer_id,
    prefix: row.prefix,
    label: row.label,
    scopes: knownScopes(row.scopes),
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
  const scopes = apiKeyScopeCodes.filter((s) => input.scopes.includes(s));
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

/** The employer behind a key, for auth's `authenticateApiKey`: its name and whether it may still act. */
export async function apiKeyHolderOf(db: Db, employerId: number): Promise<ApiKeyHolder> {
  const employer = await db
    .selectFrom('employers')
    .select(['name', 'status'])
    .where('id', '=', employerId)
    .executeTakeFirstOrThrow();
  return { name: employer.name, active: employer.status !== 'cancelled' };
}
