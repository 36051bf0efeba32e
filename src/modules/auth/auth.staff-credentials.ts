/**
 * The staff credentials auth verifies, written only here: the password hash and its history, the
 * must-change flag, the TOTP secret and what a reset clears. Org keeps the staff record, the roles
 * and who may open or reset an account; it calls these functions for the credential part.
 */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import { acceptNewPassword, setStaffPassword } from './auth.password-change.ts';
import { rememberPassword } from './auth.repository.ts';
import { endSessionsOf } from './auth.sessions.ts';
import { forgetLogin, loginKeyOf } from './auth.throttle.ts';

/** The record fields org decides for a new staff account. */
export interface NewStaffAccount {
  readonly agencyId: number;
  readonly username: string;
  readonly displayName: string;
}

/**
 * Opens a staff account: inserts the row with the initial password (checked against the policy),
 * to be changed at the first login, and starts its password history. Returns the new id.
 */
export async function openStaffAccount(
  trx: Trx,
  ctx: AppContext,
  account: NewStaffAccount,
  password: string,
): Promise<number> {
  const hash = await acceptNewPassword(trx, { kind: 'staff', id: 0, username: account.username }, password);
  const now = ctx.clock.now();
  const row = await trx
    .insertInto('staff')
    .values({
      agency_id: account.agencyId,
      username: account.username,
      display_name: account.displayName,
      password_hash: hash,
      password_changed_at: now,
      must_change_password: true,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await rememberPassword(trx, 'staff', row.id, hash, now);
  return row.id;
}

/**
 * Resets an account's credentials in the caller's transaction: the temporary password when given
 * (else the current one, which must be changed), the second factor cleared, both to be renewed at
 * the next login; its sessions, half-finished logins, failed-login counters and trusted browsers
 * dropped. The account stops being a demo account: the published demo password no longer opens
 * it, so the demo shortcut past the second factor no longer applies.
 */
export async function resetStaffCredentials(
  trx: Trx,
  ctx: AppContext,
  staff: { id: number; username: string },
  temporaryPassword: string | null,
): Promise<void> {
  if (temporaryPassword !== null) await setStaffPassword(trx, ctx, staff, temporaryPassword, { mustChange: true });
  await trx
    .updateTable('staff')
    .set({
      must_change_password: true,
      totp_secret_enc: null,
      totp_enrolled_at: null,
      totp_last_step: null,
      is_demo: false,
      updated_at: ctx.clock.now(),
    })
    .where('id', '=', staff.id)
    .execute();
  await endSessionsOf(trx, ctx, 'staff', staff.id);
  await trx
    .deleteFrom('login_challenges')
    .where('subject_kind', '=', 'staff')
    .where('subject_id', '=', staff.id)
    .execute();
  await forgetLogin(trx, loginKeyOf('staff', staff.username), { devices: true });
}
