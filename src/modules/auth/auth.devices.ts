/**
 * Trusted browsers: one that has completed a login with both factors for a login name carries a
 * random device token (cookie `sb_device`, stored only as its keyed digest). Its later attempts on
 * that name are counted on their own, so the owner at their usual desk is never held back by
 * anyone else's failures. The token opens nothing by itself: the password and the second factor
 * are asked as always.
 */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import { randomToken, tokenDigest } from '../../kernel/sm-crypto.ts';
import { DEVICE_TRUST_DAYS } from './auth.model.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** True when the browser with this token digest is trusted for the login name at `now`. */
export async function isTrustedDevice(trx: Trx, loginKey: string, digest: string, now: Date): Promise<boolean> {
  const row = await trx
    .selectFrom('login_devices')
    .select('last_used_at')
    .where('login_key', '=', loginKey)
    .where('device_digest', '=', digest)
    .executeTakeFirst();
  return row !== undefined && now.getTime() - row.last_used_at.getTime() < DEVICE_TRUST_DAYS * DAY_MS;
}

/**
 * Trusts the browser for the login name after a complete login and returns the token for its
 * cookie. A browser keeps the token we gave it (one token per browser, trusted per name, so a
 * shared counter PC stays trusted for each clerk); a token we never issued is replaced, so no one
 * can plant a token of their choosing in another's browser.
 */
export async function trustDevice(trx: Trx, ctx: AppContext, loginKey: string, token: string | null): Promise<string> {
  const known =
    token !== null &&
    (await trx
      .selectFrom('login_devices')
      .select('login_key')
      .where('device_digest', '=', tokenDigest(ctx.keys, token))
      .limit(1)
      .executeTakeFirst()) !== undefined;
  const deviceToken = known ? token : randomToken();
  const now = ctx.clock.now();
  await trx
    .insertInto('login_devices')
    .values({
      device_digest: tokenDigest(ctx.keys, deviceToken),
      login_key: loginKey,
      created_at: now,
      last_used_at: now,
    })
    .onConflict((oc) => oc.columns(['login_key', 'device_digest']).doUpdateSet({ last_used_at: now }))
    .execute();
  await trx
    .deleteFrom('login_devices')
    .where('login_key', '=', loginKey)
    .where('last_used_at', '<', new Date(now.getTime() - DEVICE_TRUST_DAYS * DAY_MS))
    .execute();
  return deviceToken;
}
