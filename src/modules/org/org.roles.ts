/** Roles and their permissions; the security officer edits the permissions of business roles. */
import type { AppContext } from '../../app-context.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { isAdminRole, isPermission, PERMISSIONS } from '../auth/index.ts';
import { rejectOrg } from './org.rejections.ts';

export interface RoleView {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: 'business' | 'admin';
  permissions: string[];
}

/** Every role with its permissions, and the catalogue of permissions. */
export async function listRoles(ctx: AppContext): Promise<{
  items: RoleView[];
  permissions: Array<{ code: string; kind: 'business' | 'admin'; zh: string; en: string }>;
}> {
  const roles = await ctx.db.selectFrom('roles').selectAll().orderBy('sort').execute();
  const grants = await ctx.db.selectFrom('role_permissions').selectAll().execute();
  return {
    items: roles.map((r) => ({
      code: r.code,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      kind: r.kind,
      permissions: grants
        .filter((g) => g.role_code === r.code)
        .map((g) => g.permission)
        .sort(),
    })),
    permissions: Object.entries(PERMISSIONS).map(([code, p]) => ({ code, kind: p.kind, zh: p.zh, en: p.en })),
  };
}

/** Replaces the permissions of a business role; administrator roles are fixed by design. */
export async function setRolePermissions(
  ctx: AppContext,
  who: AuditActor,
  code: string,
  permissions: string[],
): Promise<RoleView> {
  return ctx.db.transaction().execute(async (trx) => {
    const role = await trx.selectFrom('roles').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
    if (!role) throw rejectOrg('role_unknown');
    if (isAdminRole(code)) throw rejectOrg('role_fixed');
    const unique = [...new Set(permissions)];
    if (!unique.every(isPermission))
      throw rejectOrg('permission_not_allowed_for_role', { unknown: unique.filter((p) => !isPermission(p)) });
    if (unique.some((p) => PERMISSIONS[p as keyof typeof PERMISSIONS].kind !== 'business'))
      throw rejectOrg('permission_not_allowed_for_role');
    const before = await trx
      .selectFrom('role_permissions')
      .select('permission')
      .where('role_code', '=', code)
      .execute();
    await trx.deleteFrom('role_permissions').where('role_code', '=', code).execute();
    if (unique.length)
      await trx
        .insertInto('role_permissions')
        .values(unique.map((permission) => ({ role_code: code, permission })))
        .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'role.permissions',
      entity: 'role',
      entityId: code,
      details: { before: before.map((b) => b.permission).sort(), after: unique.sort() },
    });
    return { code, nameZh: role.name_zh, nameEn: role.name_en, kind: role.kind, permissions: unique.sort() };
  });
}
