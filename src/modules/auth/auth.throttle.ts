/**
 * Failed-login counters (decision 29). Every failure of a password or a code is counted against
 * the caller's address, the login name and the pair of both, or, from a trusted browser, against
 * that browser alone; `loginWait` turns the counters into a wait. Nothing is ever locked: a caller
 * who must wait is answered `login_throttled` with the seconds to wait.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import type { LoginFailureScope } from '../../db/schema.ts';
import type { Rejection } from '../../kernel/rejection.ts';
import { tokenDigest } from '../../kernel/sm-crypto.ts';
import { isTrustedDevice, trustDevice } from './auth.devices.ts';
import { THROTTLE_MEMORY_SECONDS } from './auth.model.ts';
import { rejectAuth } from './auth.rejections.ts';
import { counterWait, loginWait, sourceOf, type FailureCount, type LoginCounters } from './auth.rules.ts';
import type { RequestMeta } from './auth.sessions.ts';

/** One login attempt as the counters see it. */
export interface LoginAttempt {
  /** `staff:<user name>` or `<person|employer>:<blind index>`: never a clear identifier. */
  readonly loginKey: string;
  /** The caller's address as counted (`sourceOf`). */
  readonly source: string;
  /** The browser's device token (cookie) and its digest, when it sent one. */
  readonly device: { token: string; digest: string } | null;
  /** True when that browser has completed a login for this name and is still trusted. */
  readonly trusted: boolean;
}

/** Stale rows removed per recorded failure (rows no one else holds), so the table stays small. */
const PRUNE_BATCH = 100;

interface CounterKey {
  readonly login_key: string;
  readonly scope: LoginFailureScope;
  readonly source: string;
}

/** The counters an attempt reads, and (`trusted` aside) the ones a failure of it adds to. */
function counterKeys(attempt: LoginAttempt): CounterKey[] {
  const { loginKey, source, device } = attempt;
  const keys: CounterKey[] = [
    { login_key: '', scope: 'source', source },
    { login_key: loginKey, scope: 'account', source: '' },
    { login_key: loginKey, scope: 'pair', source },
  ];
  return device ? [...keys, { login_key: loginKey, scope: 'device', source: device.digest }] : keys;
}

/** The login name of a staff member or a hall account, as the counters and devices key it. */
export function loginKeyOf(kind: 'staff', username: string): string;
export function loginKeyOf(kind: 'person' | 'employer', identifierIndex: string): string;
export function loginKeyOf(kind: 'staff' | 'person' | 'employer', name: string): string {
  return `${kind}:${name}`;
}

/** Reads the counters of an attempt; refuses it (`login_throttled`) while it must wait. */
export async function startAttempt(
  trx: Trx,
  ctx: AppContext,
  loginKey: string,
  meta: RequestMeta,
): Promise<{ attempt: LoginAttempt; waitSeconds: number }> {
  const now = ctx.clock.now();
  const token = meta.deviceToken ?? null;
  const device = token ? { token, digest: tokenDigest(ctx.keys, token) } : null;
  const trusted = device ? await isTrustedDevice(trx, loginKey, device.digest, now) : false;
  const attempt: LoginAttempt = { loginKey, source: sourceOf(meta.ip), device, trusted };
  const keys = counterKeys(attempt);
  const rows = await trx
    .selectFrom('login_failures')
    .select(['scope', 'failures', 'last_failure_at'])
    .where((eb) =>
      eb.or(
        keys.map((k) =>
          eb.and([eb('login_key', '=', k.login_key), eb('scope', '=', k.scope), eb('source', '=', k.source)]),
        ),
      ),
    )
    .execute();
  const counters: Partial<Record<LoginFailureScope, FailureCount>> = {};
  for (const row of rows) counters[row.scope] = { failures: row.failures, lastFailureAt: row.last_failure_at };
  return { attempt, waitSeconds: loginWait(counters satisfies LoginCounters, trusted, now) };
}

/** The refusal of an attempt that must wait. */
export function throttled(waitSeconds: number): Rejection {
  return rejectAuth('login_throttled', { retryAfterSeconds: waitSeconds });
}

/** Counts one failed password or code: on the trusted browser alone, else on address, name and pair. */
export async function countFailure(trx: Trx, ctx: AppContext, attempt: LoginAttempt): Promise<void> {
  const now = ctx.clock.now();
  const all = counterKeys(attempt);
  const keys = attempt.trusted ? all.filter((k) => k.scope === 'device') : all.filter((k) => k.scope !== 'device');
  const forgottenBefore = new Date(now.getTime() - THROTTLE_MEMORY_SECONDS * 1000);
  await trx
    .insertInto('login_failures')
    .values(keys.map((k) => ({ ...k, failures: 1, last_failure_at: now })))
    .onConflict((oc) =>
      oc.columns(['login_key', 'scope', 'source']).doUpdateSet({
        // A forgotten counter starts again at one.
        failures: sql<number>`CASE WHEN login_failures.last_failure_at <= ${forgottenBefore}
          THEN 1 ELSE login_failures.failures + 1 END`,
        last_failure_at: now,
      }),
    )
    .execute();
  await pruneForgotten(trx, forgottenBefore);
}

/** Deletes a batch of forgotten counters, skipping any row another login holds. */
async function pruneForgotten(trx: Trx, before: Date): Promise<void> {
  await sql`DELETE FROM login_failures WHERE (login_key, scope, source) IN (
      SELECT login_key, scope, source FROM login_failures WHERE last_failure_at <= ${before}
      LIMIT ${PRUNE_BATCH} FOR UPDATE SKIP LOCKED)`.execute(trx);
}

/**
 * A complete login (both factors): the caller's own counters (pair, browser) start over and the
 * browser becomes trusted for the name. The address and the name keep their counts: a success
 * on one's own account must not wipe what one did to others. Returns the device token to set.
 */
export async function countSuccess(trx: Trx, ctx: AppContext, attempt: LoginAttempt): Promise<string> {
  await trx
    .deleteFrom('login_failures')
    .where('login_key', '=', attempt.loginKey)
    .where((eb) =>
      eb.or([
        eb.and([eb('scope', '=', 'pair'), eb('source', '=', attempt.source)]),
        ...(attempt.device ? [eb.and([eb('scope', '=', 'device'), eb('source', '=', attempt.device.digest)])] : []),
      ]),
    )
    .execute();
  return trustDevice(trx, ctx, attempt.loginKey, attempt.device?.token ?? null);
}

/**
 * Forgets the failures counted on a login name, and those of the addresses that failed on it, so
 * that its owner can log in at once (an administrator's unlock or reset); with `devices`, its
 * trusted browsers too.
 */
export async function forgetLogin(trx: Trx, loginKey: string, options: { devices: boolean }): Promise<void> {
  await trx
    .deleteFrom('login_failures')
    .where('login_key', '=', '')
    .where('scope', '=', 'source')
    .where('source', 'in', (eb) =>
      eb.selectFrom('login_failures').select('source').where('login_key', '=', loginKey).where('scope', '=', 'pair'),
    )
    .execute();
  await trx.deleteFrom('login_failures').where('login_key', '=', loginKey).execute();
  if (options.devices) await trx.deleteFrom('login_devices').where('login_key', '=', loginKey).execute();
}

/** The login names among `loginKeys` whose own counter holds failing callers back at `now`. */
export async function throttledLogins(db: Executor, loginKeys: string[], now: Date): Promise<Set<string>> {
  if (loginKeys.length === 0) return new Set();
  const rows = await db
    .selectFrom('login_failures')
    .select(['login_key', 'failures', 'last_failure_at'])
    .where('scope', '=', 'account')
    .where('login_key', 'in', loginKeys)
    .execute();
  return new Set(
    rows
      .filter((r) => counterWait({ failures: r.failures, lastFailureAt: r.last_failure_at }, now) > 0)
      .map((r) => r.login_key),
  );
}
