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
import { resetStaffCredentials, type StaffActor } from '../auth/index.ts';
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
 * Resets an account in the caller's transaction: auth renews its credentials (see
 * `resetStaffCredentials`); the staff record's version moves on, as for any change to it.
 */
export async function resetCredentials(
  trx: Trx,
  ctx: AppContext,
  staff: { id: number; username: string; version: number },
  temporaryPassword: string | null,
): Promise<void> {
  await resetStaffCredentials(trx, ctx, staff, temporaryPassword);
  await trx
    .updateTable('staff')
    .set({ version: staff.version + 1 })
    .where('id', '=', staff.id)
    .execute();
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
