/** SQL of evaluation: settings, ratings, call-back tasks and their events. */
import { sql, type Selectable } from 'kysely';
import type { Executor, Trx } from '../../db/connection.ts';
import type { CallbackTaskTable, RatingTable } from '../../db/schema.ts';
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  type CallbackEvent,
  type EvaluationSettings,
  type Rating,
} from './evaluation.model.ts';
import { levelOf } from './evaluation.rules.ts';

export type RatingRow = Selectable<RatingTable>;
export type TaskRow = Selectable<CallbackTaskTable> & { agency_name: string };

export function toRating(row: RatingRow): Rating {
  return {
    id: row.id,
    caseNumber: row.case_number,
    itemCode: row.item_code,
    kind: row.kind,
    channel: row.channel,
    overall: levelOf(row.overall),
    efficiency: row.efficiency === null ? null : levelOf(row.efficiency),
    competence: row.competence === null ? null : levelOf(row.competence),
    attitude: row.attitude === null ? null : levelOf(row.attitude),
    comment: row.comment,
    poor: row.poor,
    ratedAt: row.rated_at.toISOString(),
  };
}

export async function loadSettings(db: Executor): Promise<EvaluationSettings> {
  const rows = await db.selectFrom('evaluation_settings').select(['key', 'value']).execute();
  const byKey = new Map<string, number>(rows.map((r) => [r.key, r.value]));
  const pick = (name: keyof EvaluationSettings) => byKey.get(SETTING_KEYS[name]) ?? DEFAULT_SETTINGS[name];
  return {
    callbackDeadlineWorkdays: pick('callbackDeadlineWorkdays'),
    rectifyDeadlineWorkdays: pick('rectifyDeadlineWorkdays'),
    ratingOpenDays: pick('ratingOpenDays'),
  };
}

export async function ratingsOfCase(db: Executor, caseId: number): Promise<RatingRow[]> {
  return db.selectFrom('ratings').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
}

export async function ratingsByIds(db: Executor, ids: readonly number[]): Promise<RatingRow[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('ratings')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

function taskQuery(db: Executor) {
  return db
    .selectFrom('callback_tasks')
    .innerJoin('agencies', 'agencies.id', 'callback_tasks.agency_id')
    .selectAll('callback_tasks')
    .select(['agencies.name as agency_name', 'agencies.path as agency_path']);
}

export async function findTask(db: Executor, id: number, forUpdate = false) {
  let query = taskQuery(db).where('callback_tasks.id', '=', id);
  if (forUpdate) query = query.forUpdate();
  return (await query.executeTakeFirst()) ?? null;
}

/** Tasks whose deadlines are provisional, with ids after `afterId`, in id order, locked. */
export async function lockProvisionalTasks(trx: Trx, afterId: number, limit: number) {
  return trx
    .selectFrom('callback_tasks')
    .selectAll()
    .where('deadlines_provisional', '=', true)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .forUpdate()
    .execute();
}

export async function taskOfCase(db: Executor, caseId: number) {
  return (await taskQuery(db).where('callback_tasks.case_id', '=', caseId).executeTakeFirst()) ?? null;
}

export interface TaskFilter {
  scopePath: string;
  status?: 'open' | 'called_back' | 'rectified' | 'closed' | 'active' | undefined;
  overdueOn?: string | undefined;
  assigneeId?: number | undefined;
  limit: number;
  offset: number;
}

/** A page of tasks in the subtree, oldest deadline first. */
export async function listTasks(db: Executor, filter: TaskFilter) {
  let query = db
    .selectFrom('callback_tasks')
    .innerJoin('agencies', 'agencies.id', 'callback_tasks.agency_id')
    .where('agencies.path', 'like', `${filter.scopePath}%`);
  if (filter.status === 'active') query = query.where('callback_tasks.status', '<>', 'closed');
  else if (filter.status) query = query.where('callback_tasks.status', '=', filter.status);
  if (filter.overdueOn) {
    const today = filter.overdueOn;
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('callback_tasks.status', '=', 'open'), eb('callback_tasks.callback_due_on', '<', today)]),
        eb.and([
          eb('callback_tasks.status', 'in', ['open', 'called_back']),
          eb('callback_tasks.rectify_due_on', '<', today),
        ]),
      ]),
    );
  }
  if (filter.assigneeId !== undefined)
    query = query.where(
      sql<boolean>`callback_tasks.assignees @> ${JSON.stringify([{ id: filter.assigneeId }])}::jsonb`,
    );
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('callback_tasks')
    .select('agencies.name as agency_name')
    .orderBy('callback_tasks.rectify_due_on')
    .orderBy('callback_tasks.id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { total: total.n, rows };
}

export async function eventsOf(db: Executor, taskId: number): Promise<CallbackEvent[]> {
  const rows = await db.selectFrom('callback_events').selectAll().where('task_id', '=', taskId).orderBy('id').execute();
  return rows.map((r) => ({
    at: r.at.toISOString(),
    kind: r.kind,
    staffName: r.staff_name,
    result: r.result,
    note: r.note,
  }));
}

export async function addEvent(
  trx: Trx,
  event: {
    taskId: number;
    at: Date;
    kind: CallbackEvent['kind'];
    staff: { id: number; displayName: string } | null;
    result?: string | null;
    note?: string | null;
  },
): Promise<void> {
  await trx
    .insertInto('callback_events')
    .values({
      task_id: event.taskId,
      at: event.at,
      kind: event.kind,
      staff_id: event.staff?.id ?? null,
      staff_name: event.staff?.displayName ?? null,
      result: event.result ?? null,
      note: event.note ?? null,
    })
    .execute();
}

/**
 * The supervisors of a case's agency: active staff holding `callback.handle` at the nearest agency
 * on the path from the case's agency up to the root that has any.
 */
export async function nearestSupervisors(
  db: Executor,
  agencyId: number,
): Promise<Array<{ id: number; displayName: string }>> {
  const agency = await db.selectFrom('agencies').select('path').where('id', '=', agencyId).executeTakeFirst();
  if (!agency) return [];
  const ancestors = agency.path.split('/').filter(Boolean).map(Number);
  const rows = await db
    .selectFrom('staff')
    .innerJoin('staff_roles', 'staff_roles.staff_id', 'staff.id')
    .innerJoin('role_permissions', 'role_permissions.role_code', 'staff_roles.role_code')
    .innerJoin('agencies', 'agencies.id', 'staff.agency_id')
    .select(['staff.id', 'staff.display_name', 'agencies.level'])
    .where('role_permissions.permission', '=', 'callback.handle')
    .where('staff.status', '=', 'active')
    .where('staff.agency_id', 'in', ancestors)
    .distinct()
    .orderBy('agencies.level', 'desc')
    .orderBy('staff.id')
    .execute();
  const nearest = rows[0]?.level;
  return rows.filter((r) => r.level === nearest).map((r) => ({ id: r.id, displayName: r.display_name }));
}

export interface RatingFilter {
  scopePath: string;
  from?: string | undefined;
  to?: string | undefined;
  level?: number | undefined;
  poor?: boolean | undefined;
  itemCode?: string | undefined;
  limit: number;
  offset: number;
}

export async function listRatings(db: Executor, filter: RatingFilter) {
  let query = db
    .selectFrom('ratings')
    .innerJoin('agencies', 'agencies.id', 'ratings.agency_id')
    .where('agencies.path', 'like', `${filter.scopePath}%`);
  if (filter.from) query = query.where('ratings.rated_on', '>=', filter.from);
  if (filter.to) query = query.where('ratings.rated_on', '<=', filter.to);
  if (filter.level !== undefined) query = query.where('ratings.overall', '=', filter.level);
  if (filter.poor !== undefined) query = query.where('ratings.poor', '=', filter.poor);
  if (filter.itemCode) query = query.where('ratings.item_code', '=', filter.itemCode);
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('ratings')
    .select('agencies.name as agency_name')
    .orderBy('ratings.rated_at', 'desc')
    .orderBy('ratings.id', 'desc')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();
  return { total: total.n, rows };
}
