/** SQL of the auth module: actors, lock state, password history. */
import type { Executor } from '../../db/connection.ts';
import type { SubjectKind } from '../../db/schema.ts';
import { PASSWORD_HISTORY_DEPTH, type PublicActor, type StaffActor } from './auth.model.ts';

/** An active staff member with roles, permissions and agency path; null when missing or disabled. */
export async function loadStaffActor(db: Executor, staffId: number): Promise<StaffActor | null> {
  const staff = await db
    .selectFrom('staff')
    .innerJoin('agencies', 'agencies.id', 'staff.agency_id')
    .select([
      'staff.id',
      'staff.username',
      'staff.display_name',
      'staff.agency_id',
      'staff.status',
      'staff.is_demo',
      'agencies.path',
    ])
    .where('staff.id', '=', staffId)
    .executeTakeFirst();
  if (!staff || staff.status !== 'active') return null;
  const grants = await db
    .selectFrom('staff_roles')
    .leftJoin('role_permissions', 'role_permissions.role_code', 'staff_roles.role_code')
    .select(['staff_roles.role_code', 'role_permissions.permission'])
    .where('staff_roles.staff_id', '=', staffId)
    .execute();
  return {
    kind: 'staff',
    id: staff.id,
    username: staff.username,
    displayName: staff.display_name,
    agencyId: staff.agency_id,
    agencyPath: staff.path,
    roles: [...new Set(grants.map((g) => g.role_code))].sort(),
    permissions: new Set(grants.flatMap((g) => (g.permission ? [g.permission] : []))),
    isDemo: staff.is_demo,
  };
}

/** An active public account as an actor; null when missing or disabled. */
export async function loadPublicActor(db: Executor, accountId: number): Promise<PublicActor | null> {
  const account = await db
    .selectFrom('public_accounts')
    .select(['id', 'kind', 'display_name', 'identifier_masked', 'status'])
    .where('id', '=', accountId)
    .executeTakeFirst();
  if (!account || account.status !== 'active') return null;
  return {
    kind: account.kind,
    id: account.id,
    displayName: account.display_name,
    identifierMasked: account.identifier_masked,
  };
}

/** The last few password hashes of a subject, newest first (reuse check). */
export async function recentPasswordHashes(db: Executor, kind: SubjectKind, id: number): Promise<string[]> {
  const rows = await db
    .selectFrom('password_history')
    .select('hash')
    .where('subject_kind', '=', kind)
    .where('subject_id', '=', id)
    .orderBy('id', 'desc')
    .limit(PASSWORD_HISTORY_DEPTH)
    .execute();
  return rows.map((r) => r.hash);
}

export async function rememberPassword(
  trx: Executor,
  kind: SubjectKind,
  id: number,
  hash: string,
  at: Date,
): Promise<void> {
  await trx
    .insertInto('password_history')
    .values({ subject_kind: kind, subject_id: id, hash, created_at: at })
    .execute();
}
