/** Setting passwords under the policy: strength, no reuse of the last five, history kept. */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import type { SubjectKind } from '../../db/schema.ts';
import { hashPassword, verifyPassword } from './auth.passwords.ts';
import { rejectAuth } from './auth.rejections.ts';
import { recentPasswordHashes, rememberPassword } from './auth.repository.ts';
import { passwordMeetsPolicy } from './auth.rules.ts';
import { decide } from '../../db/decide.ts';
import type { Actor } from './auth.model.ts';
import { endSessionsOf } from './auth.sessions.ts';

/** Checks the policy and reuse; returns the new hash. Throws a Rejection when refused. */
export async function acceptNewPassword(
  trx: Trx,
  subject: { kind: SubjectKind; id: number; username: string },
  password: string,
): Promise<string> {
  if (!passwordMeetsPolicy(password, subject.username)) throw rejectAuth('password_too_weak');
  for (const old of await recentPasswordHashes(trx, subject.kind, subject.id)) {
    if (await verifyPassword(password, old)) throw rejectAuth('password_reused');
  }
  return hashPassword(password);
}

/** Sets a staff password after the policy checks; `mustChange` marks an administrator's reset. */
export async function setStaffPassword(
  trx: Trx,
  ctx: AppContext,
  staff: { id: number; username: string },
  password: string,
  options: { mustChange: boolean },
): Promise<void> {
  const hash = await acceptNewPassword(trx, { kind: 'staff', id: staff.id, username: staff.username }, password);
  const now = ctx.clock.now();
  await trx
    .updateTable('staff')
    .set({ password_hash: hash, password_changed_at: now, must_change_password: options.mustChange, updated_at: now })
    .where('id', '=', staff.id)
    .execute();
  await rememberPassword(trx, 'staff', staff.id, hash, now);
}

/**
 * A logged-in user changes their own password, proving the current one. Every other session of
 * theirs ends: whoever else was using the account (with the old password) is out; `sessionId`,
 * the session making the change, goes on.
 */
export async function changeOwnPassword(
  ctx: AppContext,
  actor: Actor,
  sessionId: string | null,
  input: { currentPassword: string; newPassword: string },
  audit: (trx: Trx) => Promise<unknown>,
): Promise<void> {
  await decide(ctx.db, async (trx) => {
    const table = actor.kind === 'staff' ? 'staff' : 'public_accounts';
    const row = await trx
      .selectFrom(table)
      .select(['password_hash'])
      .where('id', '=', actor.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (!(await verifyPassword(input.currentPassword, row.password_hash))) return rejectAuth('password_wrong');
    const username = actor.kind === 'staff' ? actor.username : actor.identifierMasked;
    const hash = await acceptNewPassword(trx, { kind: actor.kind, id: actor.id, username }, input.newPassword);
    const now = ctx.clock.now();
    if (actor.kind === 'staff') {
      await trx
        .updateTable('staff')
        .set({ password_hash: hash, password_changed_at: now, must_change_password: false })
        .where('id', '=', actor.id)
        .execute();
    } else {
      await trx.updateTable('public_accounts').set({ password_hash: hash }).where('id', '=', actor.id).execute();
    }
    await rememberPassword(trx, actor.kind, actor.id, hash, now);
    await endSessionsOf(trx, ctx, actor.kind, actor.id, sessionId);
    await audit(trx);
    return undefined;
  });
}
