/** What the session answer names for a staff member: the roles by name and the home agency. */
import type { Executor } from '../../db/connection.ts';
import type { StaffActor } from './auth.model.ts';

/** The staff member's roles with their names, in the roles' display order, and their agency. */
export async function staffSessionNames(db: Executor, actor: StaffActor) {
  const roleNames = actor.roles.length
    ? await db
        .selectFrom('roles')
        .select(['code', 'name_zh as nameZh', 'name_en as nameEn'])
        .where('code', 'in', [...actor.roles])
        .orderBy('sort')
        .execute()
    : [];
  const agency = await db
    .selectFrom('agencies')
    .select(['id', 'code', 'name', 'level'])
    .where('id', '=', actor.agencyId)
    .executeTakeFirst();
  return { roleNames, agency: agency ?? null };
}
