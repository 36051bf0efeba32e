/** SQL of the window queue. */
import { type Selectable, sql } from 'kysely';
import type { Executor, Trx } from '../../db/connection.ts';
import type { OpeningHours, QueueCategoryTable, QueueTicketTable } from '../../db/schema.ts';
import { TICKETS_PER_CATEGORY_DAY_MAX, type QueueCategory, type Ticket } from './queue.model.ts';
import { secondsBetween } from './queue.rules.ts';

export interface PointRow {
  id: number;
  name: string;
  address: string;
  status: 'active' | 'closed';
  opening_hours: OpeningHours[];
  agency_id: number;
  path: string;
}

export interface WindowRow {
  id: number;
  number: string;
  name: string;
  status: 'active' | 'closed';
  service_point_id: number;
  point_name: string;
  point_status: 'active' | 'closed';
  path: string;
}

export type TicketRow = Selectable<QueueTicketTable> & { letter: string; window_number: string | null; path: string };

/** A service point with its agency path; optionally locked. */
export async function findPoint(db: Executor, id: number): Promise<PointRow | undefined> {
  return db
    .selectFrom('service_points')
    .innerJoin('agencies', 'agencies.id', 'service_points.agency_id')
    .select([
      'service_points.id',
      'service_points.name',
      'service_points.address',
      'service_points.status',
      'service_points.opening_hours',
      'service_points.agency_id',
      'agencies.path',
    ])
    .where('service_points.id', '=', id)
    .executeTakeFirst();
}

/** A window with its hall and the hall's agency path; locked when `forUpdate`. */
export async function findWindow(db: Executor, id: number, forUpdate = false): Promise<WindowRow | undefined> {
  let query = db
    .selectFrom('service_windows')
    .innerJoin('service_points', 'service_points.id', 'service_windows.service_point_id')
    .innerJoin('agencies', 'agencies.id', 'service_points.agency_id')
    .select([
      'service_windows.id',
      'service_windows.number',
      'service_windows.name',
      'service_windows.status',
      'service_windows.service_point_id',
      'service_points.name as point_name',
      'service_points.status as point_status',
      'agencies.path',
    ])
    .where('service_windows.id', '=', id);
  if (forUpdate) query = query.forUpdate('service_windows');
  return query.executeTakeFirst();
}

/** Active and closed windows of a hall, by number. */
export async function windowsOf(db: Executor, pointId: number) {
  return db
    .selectFrom('service_windows')
    .select(['id', 'number', 'name', 'status'])
    .where('service_point_id', '=', pointId)
    .orderBy('number')
    .execute();
}

/** The explicit category sets of the given windows (a window missing from the map serves all). */
export async function windowCategoryIds(db: Executor, windowIds: number[]): Promise<Map<number, number[]>> {
  const map = new Map<number, number[]>();
  if (windowIds.length === 0) return map;
  const rows = await db
    .selectFrom('queue_window_categories')
    .select(['window_id', 'category_id'])
    .where('window_id', 'in', windowIds)
    .orderBy('category_id')
    .execute();
  for (const row of rows) map.set(row.window_id, [...(map.get(row.window_id) ?? []), row.category_id]);
  return map;
}

export function toCategory(row: Selectable<QueueCategoryTable>, waiting: number): QueueCategory {
  return {
    id: row.id,
    servicePointId: row.service_point_id,
    letter: row.letter,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    sort: row.sort,
    status: row.status,
    version: row.version,
    waiting,
  };
}

/** Today's waiting tickets per category of a hall. */
export async function waitingCounts(db: Executor, pointId: number, day: string): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('queue_tickets')
    .select(['category_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('service_point_id', '=', pointId)
    .where('day', '=', day)
    .where('status', '=', 'waiting')
    .groupBy('category_id')
    .execute();
  return new Map(rows.map((r) => [r.category_id, Number(r.n)]));
}

/** Every category of a hall (closed ones too), in display order, with today's waiting counts. */
export async function categoriesOf(db: Executor, pointId: number, day: string): Promise<QueueCategory[]> {
  const rows = await db
    .selectFrom('queue_categories')
    .selectAll()
    .where('service_point_id', '=', pointId)
    .orderBy('sort')
    .orderBy('letter')
    .execute();
  const waiting = await waitingCounts(db, pointId, day);
  return rows.map((r) => toCategory(r, waiting.get(r.id) ?? 0));
}

export async function findCategory(db: Executor, id: number, forUpdate = false) {
  let query = db.selectFrom('queue_categories').selectAll().where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

/**
 * The next number of a category on a day, or null when the day's numbers are used up. The upsert
 * makes concurrent kiosks get distinct numbers.
 */
export async function nextNumber(trx: Trx, categoryId: number, day: string): Promise<number | null> {
  const row = await trx
    .insertInto('queue_day_counters')
    .values({ category_id: categoryId, day, last_number: 1 })
    .onConflict((oc) =>
      oc
        .columns(['category_id', 'day'])
        .doUpdateSet({ last_number: sql<number>`queue_day_counters.last_number + 1` })
        .where('queue_day_counters.last_number', '<', TICKETS_PER_CATEGORY_DAY_MAX),
    )
    .returning('last_number')
    .executeTakeFirst();
  return row?.last_number ?? null;
}

function ticketQuery(db: Executor) {
  return db
    .selectFrom('queue_tickets')
    .innerJoin('queue_categories', 'queue_categories.id', 'queue_tickets.category_id')
    .innerJoin('service_points', 'service_points.id', 'queue_tickets.service_point_id')
    .innerJoin('agencies', 'agencies.id', 'service_points.agency_id')
    .leftJoin('service_windows', 'service_windows.id', 'queue_tickets.window_id')
    .selectAll('queue_tickets')
    .select(['queue_categories.letter', 'service_windows.number as window_number', 'agencies.path']);
}

/** One ticket with its letter, window number and hall path; locked when `forUpdate`. */
export async function findTicket(db: Executor, id: number, forUpdate = false): Promise<TicketRow | undefined> {
  let query = ticketQuery(db).where('queue_tickets.id', '=', id);
  if (forUpdate) query = query.forUpdate('queue_tickets');
  return query.executeTakeFirst();
}

/** The ticket a window is calling or serving today, if any. */
export async function currentOfWindow(db: Executor, windowId: number, day: string): Promise<TicketRow | undefined> {
  return ticketQuery(db)
    .where('queue_tickets.window_id', '=', windowId)
    .where('queue_tickets.day', '=', day)
    .where('queue_tickets.status', 'in', ['called', 'serving'])
    .orderBy('queue_tickets.last_called_at', 'desc')
    .executeTakeFirst();
}

/**
 * Locks the oldest of today's waiting tickets in the given categories (every category of the hall
 * when null). SKIP LOCKED lets two windows calling at once each take a different ticket.
 */
export async function lockOldestWaiting(
  trx: Trx,
  pointId: number,
  day: string,
  categoryIds: number[] | null,
): Promise<number | undefined> {
  let query = trx
    .selectFrom('queue_tickets')
    .select('id')
    .where('service_point_id', '=', pointId)
    .where('day', '=', day)
    .where('status', '=', 'waiting');
  if (categoryIds) query = query.where('category_id', 'in', categoryIds);
  const row = await query.orderBy('taken_at').orderBy('id').limit(1).forUpdate().skipLocked().executeTakeFirst();
  return row?.id;
}

export async function countServedToday(db: Executor, windowId: number, day: string): Promise<number> {
  const row = await db
    .selectFrom('queue_tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('window_id', '=', windowId)
    .where('day', '=', day)
    .where('status', '=', 'done')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Average service seconds per category of a hall over tickets finished since `since`. */
export async function averageServiceSeconds(db: Executor, pointId: number, since: Date): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('queue_tickets')
    .select([
      'category_id',
      sql<number>`round(avg(extract(epoch from finished_at - service_started_at)))::bigint`.as('seconds'),
    ])
    .where('service_point_id', '=', pointId)
    .where('status', '=', 'done')
    .where('finished_at', '>=', since)
    .groupBy('category_id')
    .execute();
  return new Map(rows.map((r) => [r.category_id, Number(r.seconds)]));
}

export interface TicketFilter {
  servicePointId: number;
  day: string;
  status?: Ticket['status'] | undefined;
  windowId?: number | undefined;
  page: number;
  pageSize: number;
}

/** One page of a hall's tickets of a day, oldest first, and the total. */
export async function listTickets(db: Executor, filter: TicketFilter): Promise<{ rows: TicketRow[]; total: number }> {
  let query = ticketQuery(db)
    .where('queue_tickets.service_point_id', '=', filter.servicePointId)
    .where('queue_tickets.day', '=', filter.day);
  if (filter.status) query = query.where('queue_tickets.status', '=', filter.status);
  if (filter.windowId) query = query.where('queue_tickets.window_id', '=', filter.windowId);
  const rows = await query
    .orderBy('queue_tickets.taken_at')
    .orderBy('queue_tickets.id')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  let count = db
    .selectFrom('queue_tickets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('service_point_id', '=', filter.servicePointId)
    .where('day', '=', filter.day);
  if (filter.status) count = count.where('status', '=', filter.status);
  if (filter.windowId) count = count.where('window_id', '=', filter.windowId);
  const total = Number((await count.executeTakeFirst())?.n ?? 0);
  return { rows, total };
}

/** The latest calls of a hall today, newest first. */
export async function recentCalls(db: Executor, pointId: number, day: string, limit: number) {
  return db
    .selectFrom('queue_tickets')
    .innerJoin('service_windows', 'service_windows.id', 'queue_tickets.window_id')
    .select([
      'queue_tickets.code',
      'queue_tickets.status',
      'queue_tickets.window_id',
      'queue_tickets.last_called_at',
      'queue_tickets.recall_count',
      'service_windows.number',
      'service_windows.name',
    ])
    .where('queue_tickets.service_point_id', '=', pointId)
    .where('queue_tickets.day', '=', day)
    .where('queue_tickets.last_called_at', 'is not', null)
    .orderBy('queue_tickets.last_called_at', 'desc')
    .orderBy('queue_tickets.id', 'desc')
    .limit(limit)
    .execute();
}

/** The current (called or serving) ticket of every window of a hall today. */
export async function currentByWindow(db: Executor, pointId: number, day: string) {
  return db
    .selectFrom('queue_tickets')
    .select(['window_id', 'code', 'status'])
    .where('service_point_id', '=', pointId)
    .where('day', '=', day)
    .where('status', 'in', ['called', 'serving'])
    .where('window_id', 'is not', null)
    .orderBy('last_called_at')
    .execute();
}

export function toTicket(row: TicketRow): Ticket {
  return {
    id: row.id,
    code: row.code,
    servicePointId: row.service_point_id,
    categoryId: row.category_id,
    letter: row.letter,
    day: row.day,
    status: row.status,
    takenAt: row.taken_at.toISOString(),
    calledAt: row.called_at?.toISOString() ?? null,
    lastCalledAt: row.last_called_at?.toISOString() ?? null,
    recallCount: row.recall_count,
    serviceStartedAt: row.service_started_at?.toISOString() ?? null,
    finishedAt: row.finished_at?.toISOString() ?? null,
    noShowAt: row.no_show_at?.toISOString() ?? null,
    windowId: row.window_id,
    windowNumber: row.window_number,
    staffId: row.called_by,
    caseId: row.case_id,
    waitSeconds: secondsBetween(row.taken_at, row.called_at),
    serviceSeconds: secondsBetween(row.service_started_at, row.finished_at),
  };
}
