/** Use cases of staff accounts: create, edit, roles, disable, unlock (resets: org.credentials.ts). */
import { sql } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import { common } from '../../kernel/rejection.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import {
  openStaffAccount,
  endSessionsOf,
  forgetLogin,
  isAdminRole,
  loginKeyOf,
  throttledLogins,
  type StaffActor,
} from '../auth/index.ts';
import { escapeLike } from '../../db/like.ts';
import { agencyInScope } from './org.agencies.ts';
import type { StaffMember } from './org.model.ts';
import { rejectOrg } from './org.rejections.ts';
import { inSubtree, resetNeedsApproval, rolesSeparable } from './org.rules.ts';

async function loadMembers(
  db: Executor,
  now: Date,
  where: { scopePath: string; ids?: number[]; agencyId?: number; q?: string },
  page: { limit: number; offset: number },
) {
  let query = db
    .selectFrom('staff')
    .innerJoin('agencies', 'agencies.id', 'staff.agency_id')
    .where('agencies.path', 'like', `${where.scopePath}%`);
  if (where.ids) query = query.where('staff.id', 'in', where.ids);
  if (where.agencyId !== undefined) {
    const agency = await db.selectFrom('agencies').select('path').where('id', '=', where.agencyId).executeTakeFirst();
    query = query.where('agencies.path', 'like', `${agency?.path ?? '/none/'}%`);
  }
  if (where.q) {
    const like = `%${escapeLike(where.q)}%`;
    query = query.where((eb) => eb.or([eb('staff.username', 'ilike', like), eb('staff.display_name', 'ilike', like)]));
  }
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('staff')
    .select(['agencies.name as agency_name'])
    .orderBy('staff.id')
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  const roles = rows.length
    ? await db
        .selectFrom('staff_roles')
        .select(['staff_id', 'role_code'])
        .where(
          'staff_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  const throttled = await throttledLogins(
    db,
    rows.map((r) => loginKeyOf('staff', r.username)),
    now,
  );
  return { total: total.n, rows, roles, throttled };
}

type Loaded = Awaited<ReturnType<typeof loadMembers>>;

function toMember(row: Loaded['rows'][number], { roles, throttled }: Loaded): StaffMember {
  const held = roles
    .filter((r) => r.staff_id === row.id)
    .map((r) => r.role_code)
    .sort();
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    roles: held,
    status: row.status,
    loginThrottled: throttled.has(loginKeyOf('staff', row.username)),
    totpEnrolled: row.totp_secret_enc !== null,
    mustChangePassword: row.must_change_password,
    lastLoginAt: row.last_login_at ? row.last_login_at.toISOString() : null,
    resetNeedsApproval: resetNeedsApproval(held),
    version: row.version,
  };
}

/** A page of staff in the actor's subtree. */
export async function listStaff(
  ctx: AppContext,
  actor: StaffActor,
  filter: { agencyId?: number | undefined; q?: string | undefined; page: number; pageSize: number },
): Promise<{ items: StaffMember[]; total: number }> {
  const loaded = await loadMembers(
    ctx.db,
    ctx.clock.now(),
    {
      scopePath: actor.agencyPath,
      ...(filter.agencyId !== undefined ? { agencyId: filter.agencyId } : {}),
      ...(filter.q ? { q: filter.q } : {}),
    },
    { limit: filter.pageSize, offset: (filter.page - 1) * filter.pageSize },
  );
  return { items: loaded.rows.map((r) => toMember(r, loaded)), total: loaded.total };
}

/** One staff member in the actor's subtree; refuses others with out_of_scope or not found. */
export async function getStaff(db: Executor, ctx: AppContext, actor: StaffActor, id: number): Promise<StaffMember> {
  const exists = await db
    .selectFrom('staff')
    .innerJoin('agencies', 'agencies.id', 'staff.agency_id')
    .select('agencies.path')
    .where('staff.id', '=', id)
    .executeTakeFirst();
  if (!exists) throw rejectOrg('staff_not_found');
  if (!inSubtree(exists.path, actor.agencyPath)) throw common.reject('out_of_scope');
  const loaded = await loadMembers(
    db,
    ctx.clock.now(),
    { scopePath: actor.agencyPath, ids: [id] },
    { limit: 1, offset: 0 },
  );
  return toMember(loaded.rows[0]!, loaded);
}

/** Checks the roles exist, are separable, and that the actor may grant them. */
async function checkGrant(db: Executor, actor: StaffActor, roles: readonly string[]): Promise<void> {
  if (roles.length === 0) throw rejectOrg('roles_required');
  const known = await db
    .selectFrom('roles')
    .select('code')
    .where('code', 'in', [...roles])
    .execute();
  if (known.length !== new Set(roles).size) throw rejectOrg('role_unknown');
  if (!rolesSeparable(roles)) throw rejectOrg('roles_not_separable');
  if (roles.some(isAdminRole) && !actor.permissions.has('role.manage')) throw rejectOrg('role_grant_forbidden');
}

async function writeRoles(
  trx: Trx,
  staffId: number,
  roles: readonly string[],
  grantedBy: number,
  at: Date,
): Promise<void> {
  await trx.deleteFrom('staff_roles').where('staff_id', '=', staffId).execute();
  await trx
    .insertInto('staff_roles')
    .values(
      [...new Set(roles)].map((role_code) => ({ staff_id: staffId, role_code, granted_by: grantedBy, granted_at: at })),
    )
    .execute();
}

export interface NewStaff {
  username: string;
  displayName: string;
  agencyId: number;
  roles: string[];
  password: string;
}

/** Creates a staff account; the initial password must be changed at first login. */
export async function createStaff(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  input: NewStaff,
): Promise<StaffMember> {
  return ctx.db.transaction().execute(async (trx) => {
    const agency = await agencyInScope(trx, actor, input.agencyId);
    if (agency.status !== 'active') throw rejectOrg('agency_closed');
    await checkGrant(trx, actor, input.roles);
    const username = input.username.toLowerCase();
    if (await trx.selectFrom('staff').select('id').where('username', '=', username).executeTakeFirst())
      throw rejectOrg('username_taken');
    const id = await openStaffAccount(
      trx,
      ctx,
      { agencyId: agency.id, username, displayName: input.displayName },
      input.password,
    );
    await writeRoles(trx, id, input.roles, actor.id, ctx.clock.now());
    await appendAudit(trx, ctx.clock, who, {
      action: 'staff.create',
      entity: 'staff',
      entityId: id,
      details: { username, displayName: input.displayName, agencyId: agency.id, roles: input.roles },
    });
    return getStaff(trx, ctx, actor, id);
  });
}

/** Locks a staff row in the actor's subtree for a change; the actor's own only with `allowSelf`. */
export async function staffForChange(trx: Trx, actor: StaffActor, id: number, allowSelf = false) {
  const row = await trx
    .selectFrom('staff')
    .innerJoin('agencies', 'agencies.id', 'staff.agency_id')
    .selectAll('staff')
    .select('agencies.path')
    .where('staff.id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw rejectOrg('staff_not_found');
  if (!inSubtree(row.path, actor.agencyPath)) throw common.reject('out_of_scope');
  if (!allowSelf && row.id === actor.id) throw rejectOrg('cannot_change_self');
  return row;
}

/** Edits name or agency of a staff member. */
export async function updateStaff(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  input: { version: number; displayName?: string | undefined; agencyId?: number | undefined },
): Promise<StaffMember> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await staffForChange(trx, actor, id, input.agencyId === undefined);
    if (row.version !== input.version) throw rejectOrg('version_conflict', { current: row.version });
    if (input.agencyId !== undefined) {
      const agency = await agencyInScope(trx, actor, input.agencyId);
      if (agency.status !== 'active') throw rejectOrg('agency_closed');
    }
    await trx
      .updateTable('staff')
      .set({
        display_name: input.displayName ?? row.display_name,
        agency_id: input.agencyId ?? row.agency_id,
        version: row.version + 1,
        updated_at: ctx.clock.now(),
      })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'staff.update',
      entity: 'staff',
      entityId: id,
      details: {
        before: { displayName: row.display_name, agencyId: row.agency_id },
        after: { displayName: input.displayName, agencyId: input.agencyId },
      },
    });
    return getStaff(trx, ctx, actor, id);
  });
}

/** Replaces the roles of a staff member, under separation of duties. */
export async function setStaffRoles(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  roles: string[],
): Promise<StaffMember> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await staffForChange(trx, actor, id);
    await checkGrant(trx, actor, roles);
    const current = await trx.selectFrom('staff_roles').select('role_code').where('staff_id', '=', id).execute();
    // Taking an administrator role away is as sensitive as granting one.
    if (current.some((r) => isAdminRole(r.role_code)) && !actor.permissions.has('role.manage'))
      throw rejectOrg('role_grant_forbidden');
    await writeRoles(trx, id, roles, actor.id, ctx.clock.now());
    await trx
      .updateTable('staff')
      .set({ version: row.version + 1 })
      .where('id', '=', id)
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'staff.roles',
      entity: 'staff',
      entityId: id,
      details: { before: current.map((r) => r.role_code).sort(), after: [...roles].sort() },
    });
    return getStaff(trx, ctx, actor, id);
  });
}

export type StaffAction = 'disable' | 'enable' | 'unlock';

/**
 * Disable, enable, or unlock: forget the failed logins counted on the account, so that its owner,
 * having failed from some address, need not wait out the delay.
 */
export async function staffAction(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  action: StaffAction,
): Promise<StaffMember> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await staffForChange(trx, actor, id);
    const status = { disable: 'disabled' as const, enable: 'active' as const, unlock: row.status }[action];
    await trx
      .updateTable('staff')
      .set({ status, version: row.version + 1, updated_at: ctx.clock.now() })
      .where('id', '=', id)
      .execute();
    if (action === 'unlock') await forgetLogin(trx, loginKeyOf('staff', row.username), { devices: false });
    if (action === 'disable') await endSessionsOf(trx, ctx, 'staff', id);
    await appendAudit(trx, ctx.clock, who, { action: `staff.${action}`, entity: 'staff', entityId: id });
    return getStaff(trx, ctx, actor, id);
  });
}
