/**
 * Resets of staff credentials (decision 29). Every reset leaves the account to renew both factors
 * at its next login, a new password and a new authenticator, demo mode included. An
 * administrator's account is reset only through a request another administrator approves
 * (org.credential-resets.ts); any other account directly, by whoever holds staff.manage.
 */
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import { decide } from '../../db/decide.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { endSessionsOf, forgetLogin, loginKeyOf, setStaffPassword, type StaffActor } from '../auth/index.ts';
import type { StaffMember } from './org.model.ts';
import { rejectOrg } from './org.rejections.ts';
import { resetNeedsApproval } from './org.rules.ts';
import { getStaff, staffForChange } from './org.staff.ts';

/** The roles a staff member holds now. */
export async function rolesOf(db: Executor, staffId: number): Promise<string[]> {
  const rows = await db.selectFrom('staff_roles').select('role_code').where('staff_id', '=', staffId).execute();
  return rows.map((r) => r.role_code).sort();
}

/**
 * Resets an account in the caller's transaction: the temporary password when given (else the
 * current one, which must be changed), the second factor cleared, both to be renewed at the next
 * login; its sessions, half-finished logins, failed-login counters and trusted browsers dropped.
 * The account stops being a demo account: the published demo password is no longer what opens it,
 * so the demo shortcut past the second factor no longer applies.
 */
export async function resetCredentials(
  trx: Trx,
  ctx: AppContext,
  staff: { id: number; username: string; version: number },
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
      version: staff.version + 1,
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

export type DirectReset = { readonly kind: 'password'; readonly password: string } | { readonly kind: 'totp' };

/**
 * Resets the password (to a temporary one the caller chose) or the second factor of a member of
 * staff who is not an administrator. For an administrator it is refused
 * (`credential_reset_needs_approval`), and the attempt stays in the audit trail.
 */
export async function resetStaffDirectly(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  reset: DirectReset,
): Promise<StaffMember> {
  return decide(ctx.db, async (trx) => {
    const row = await staffForChange(trx, actor, id);
    const action = reset.kind === 'password' ? 'staff.reset_password' : 'staff.reset_totp';
    if (resetNeedsApproval(await rolesOf(trx, id))) {
      await appendAudit(trx, ctx.clock, who, {
        action,
        entity: 'staff',
        entityId: id,
        outcome: 'denied',
        details: { needsApproval: true },
      });
      return rejectOrg('credential_reset_needs_approval');
    }
    await resetCredentials(trx, ctx, row, reset.kind === 'password' ? reset.password : null);
    await appendAudit(trx, ctx.clock, who, { action, entity: 'staff', entityId: id });
    return getStaff(trx, ctx, actor, id);
  });
}
