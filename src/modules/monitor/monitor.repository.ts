/**
 * Read-only SQL over the cases, ratings and call-back tables: the reporting exception. A dashboard
 * aggregates across modules, so it reads their tables directly, always scoped to an agency subtree,
 * and never writes.
 */
import { sql, type NotNull } from 'kysely';
import type { Executor } from '../../db/connection.ts';
import { OPEN_STATUSES as OPEN } from './monitor.model.ts';

function casesIn(db: Executor, scopePath: string) {
  return db
    .selectFrom('cases as c')
    .innerJoin('agencies as a', 'a.id', 'c.agency_id')
    .where('a.path', 'like', `${scopePath}%`);
}

/** Open cases by status and by SLA state. */
export async function openByStatus(db: Executor, scopePath: string) {
  return casesIn(db, scopePath)
    .where('c.status', 'in', [...OPEN])
    .select(['c.status', 'c.sla_state', sql<number>`count(*)::int`.as('n')])
    .groupBy(['c.status', 'c.sla_state'])
    .execute();
}

/** Open cases by item, with those due soon and overdue on `today`. */
export async function openByItem(db: Executor, scopePath: string, today: string) {
  return casesIn(db, scopePath)
    .where('c.status', 'in', [...OPEN])
    .select([
      'c.item_code',
      sql<string>`max(c.item_name_zh)`.as('name_zh'),
      sql<string>`max(c.item_name_en)`.as('name_en'),
      sql<number>`count(*)::int`.as('open'),
      sql<number>`(count(*) filter (where c.status = 'in_progress' and c.due_on < ${today}))::int`.as('overdue'),
      sql<number>`(count(*) filter (where c.sla_state = 'due_soon'))::int`.as('due_soon'),
    ])
    .groupBy('c.item_code')
    .orderBy('open', 'desc')
    .orderBy('c.item_code')
    .execute();
}

/** Cases received and finished within the range. */
export async function flows(db: Executor, scopePath: string, from: Date, to: Date, fromDay: string, toDay: string) {
  const received = await casesIn(db, scopePath)
    .where('c.received_at', '>=', from)
    .where('c.received_at', '<', to)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  const finished = await casesIn(db, scopePath)
    .where('c.finished_on', '>=', fromDay)
    .where('c.finished_on', '<=', toDay)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return { received: received.n, finished: finished.n };
}

/** A page of running cases past their deadline on `today`, the longest overdue first. */
export async function overdueCases(
  db: Executor,
  scopePath: string,
  today: string,
  page: { limit: number; offset: number },
) {
  const base = casesIn(db, scopePath).where('c.status', '=', 'in_progress').where('c.due_on', '<', today);
  const total = await base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .leftJoin('staff as s', 's.id', 'c.owner_staff_id')
    .select([
      'c.id as case_id',
      'c.case_number',
      'c.item_code',
      'c.item_name_zh',
      'c.item_name_en',
      'a.name as agency_name',
      'c.status',
      'c.accepted_at',
      'c.due_on',
      's.display_name as owner_name',
    ])
    .orderBy('c.due_on')
    .orderBy('c.id')
    .limit(page.limit)
    .offset(page.offset)
    // What the filter above holds every row to.
    .$narrowType<{ status: 'in_progress'; due_on: NotNull }>()
    .execute();
  return { total: total.n, rows };
}

/**
 * Cases finished (completed or refused after acceptance) in the range, grouped by item and by the
 * pair of days accepted/finished: the working days between them are counted once per pair.
 */
export async function finishedGroups(db: Executor, scopePath: string, fromDay: string, toDay: string) {
  return casesIn(db, scopePath)
    .where('c.finished_on', '>=', fromDay)
    .where('c.finished_on', '<=', toDay)
    .where('c.accepted_on', 'is not', null)
    .where('c.status', 'in', ['completed', 'refused'])
    .select([
      'c.item_code',
      sql<string>`max(c.item_name_zh)`.as('name_zh'),
      sql<string>`max(c.item_name_en)`.as('name_en'),
      sql<number>`max(c.promised_days)::int`.as('promised_days'),
      'c.accepted_on',
      'c.finished_on',
      sql<number>`count(*)::int`.as('n'),
      sql<number>`(count(*) filter (where c.within_promise))::int`.as('within'),
      sql<number>`sum(c.paused_workdays)::int`.as('paused'),
    ])
    .groupBy(['c.item_code', 'c.accepted_on', 'c.finished_on'])
    .limit(100_000)
    .execute();
}

function ratingsIn(db: Executor, scopePath: string, fromDay: string, toDay: string) {
  return db
    .selectFrom('ratings as r')
    .innerJoin('agencies as a', 'a.id', 'r.agency_id')
    .where('a.path', 'like', `${scopePath}%`)
    .where('r.rated_on', '>=', fromDay)
    .where('r.rated_on', '<=', toDay);
}

/** Ratings in the range by kind, level, item and channel. */
export async function ratingGroups(db: Executor, scopePath: string, fromDay: string, toDay: string) {
  return ratingsIn(db, scopePath, fromDay, toDay)
    .select(['r.kind', 'r.overall', 'r.item_code', 'r.channel', sql<number>`count(*)::int`.as('n')])
    .groupBy(['r.kind', 'r.overall', 'r.item_code', 'r.channel'])
    .execute();
}

/** Call-back tasks: open and overdue now, closed within the range. */
export async function callbackFigures(
  db: Executor,
  scopePath: string,
  today: string,
  from: Date,
  to: Date,
): Promise<{ open: number; overdue: number; closed: number }> {
  const row = await db
    .selectFrom('callback_tasks as t')
    .innerJoin('agencies as a', 'a.id', 't.agency_id')
    .where('a.path', 'like', `${scopePath}%`)
    .select([
      sql<number>`(count(*) filter (where t.status <> 'closed'))::int`.as('open'),
      sql<number>`(count(*) filter (where (t.status = 'open' and t.callback_due_on < ${today})
        or (t.status in ('open', 'called_back') and t.rectify_due_on < ${today})))::int`.as('overdue'),
      sql<number>`(count(*) filter (where t.closed_at >= ${from} and t.closed_at < ${to}))::int`.as('closed'),
    ])
    .executeTakeFirstOrThrow();
  return { open: row.open, overdue: row.overdue, closed: row.closed };
}
