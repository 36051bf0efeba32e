/** Agencies as the cases module asks about them: the subtree a staff member looks at, and where one may apply online. */
import type { Executor } from '../../db/connection.ts';
import { common } from '../../kernel/rejection.ts';
import type { StaffActor } from '../auth/index.ts';
import { rejectCase } from './cases.rejections.ts';
import { inSubtree } from '../org/index.ts';

/**
 * The agency path a list or count covers: the staff member's own subtree, or the subtree of the
 * agency they name, which must lie in theirs.
 */
export async function scopePathOf(db: Executor, actor: StaffActor, agencyId: number | undefined): Promise<string> {
  if (agencyId === undefined) return actor.agencyPath;
  const agency = await db.selectFrom('agencies').select('path').where('id', '=', agencyId).executeTakeFirst();
  if (!agency) throw rejectCase('case_agency_invalid');
  if (!inSubtree(agency.path, actor.agencyPath)) throw common.reject('out_of_scope');
  return agency.path;
}

/** The active agencies an online application may go to, in tree order. */
export async function onlineAgencies(db: Executor) {
  return db
    .selectFrom('agencies')
    .select(['id', 'code', 'name', 'level', 'parent_id as parentId'])
    .where('status', '=', 'active')
    .orderBy('path')
    .execute();
}
