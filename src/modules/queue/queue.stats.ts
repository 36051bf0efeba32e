/** Waiting and service times of the queue per hour of day, window and category, for charts. */
import { sql } from 'kysely';
import type { Executor } from '../../db/connection.ts';
import type { QueueFigures, QueueStats } from './queue.model.ts';

interface FigureRow {
  tickets: number;
  called: number;
  served: number;
  no_show: number;
  avg_wait: number | null;
  max_wait: number | null;
  avg_service: number | null;
  max_service: number | null;
}

const wait = sql`extract(epoch from t.called_at - t.taken_at)`;
const service = sql`extract(epoch from t.finished_at - t.service_started_at)`;

/** The aggregate columns every grouping shares; seconds are rounded to whole numbers in SQL. */
const figureColumns = [
  sql<number>`count(*)`.as('tickets'),
  sql<number>`count(t.called_at)`.as('called'),
  sql<number>`count(*) filter (where t.status = 'done')`.as('served'),
  sql<number>`count(*) filter (where t.status = 'no_show')`.as('no_show'),
  sql<number | null>`round(avg(${wait}))::bigint`.as('avg_wait'),
  sql<number | null>`round(max(${wait}))::bigint`.as('max_wait'),
  sql<number | null>`round(avg(${service}) filter (where t.status = 'done'))::bigint`.as('avg_service'),
  sql<number | null>`round(max(${service}) filter (where t.status = 'done'))::bigint`.as('max_service'),
] as const;

function figures(row: FigureRow): QueueFigures {
  const n = (value: number | null) => (value === null ? null : Number(value));
  return {
    tickets: Number(row.tickets),
    called: Number(row.called),
    served: Number(row.served),
    noShow: Number(row.no_show),
    avgWaitSeconds: n(row.avg_wait),
    maxWaitSeconds: n(row.max_wait),
    avgServiceSeconds: n(row.avg_service),
    maxServiceSeconds: n(row.max_service),
  };
}

/**
 * Figures for the tickets taken in [from, to) at halls whose agency lies under `scopePath`
 * (optionally one hall): totals, by hour of day taken (China time), by calling window, by category.
 */
export async function queueStats(
  db: Executor,
  scopePath: string,
  from: Date,
  to: Date,
  options: { servicePointId?: number | undefined } = {},
): Promise<QueueStats> {
  const base = () => {
    let query = db
      .selectFrom('queue_tickets as t')
      .innerJoin('service_points as p', 'p.id', 't.service_point_id')
      .innerJoin('agencies as a', 'a.id', 'p.agency_id')
      .where('a.path', 'like', `${scopePath}%`)
      .where('t.taken_at', '>=', from)
      .where('t.taken_at', '<', to);
    if (options.servicePointId !== undefined) query = query.where('t.service_point_id', '=', options.servicePointId);
    return query;
  };
  // Sessions run in UTC (db/connection.ts); China has no daylight saving, so +8 hours is its clock.
  const hour = sql<number>`extract(hour from t.taken_at + interval '8 hours')::int`;
  const totals = await base().select(figureColumns).executeTakeFirstOrThrow();
  const byHour = await base().select(hour.as('hour')).select(figureColumns).groupBy(hour).orderBy(hour).execute();
  const byWindow = await base()
    .innerJoin('service_windows as w', 'w.id', 't.window_id')
    .select(['w.id as window_id', 'w.number', 'w.name', 'p.id as point_id', 'p.name as point_name'])
    .select(figureColumns)
    .groupBy(['w.id', 'w.number', 'w.name', 'p.id', 'p.name'])
    .orderBy('p.id')
    .orderBy('w.number')
    .execute();
  const byCategory = await base()
    .innerJoin('queue_categories as c', 'c.id', 't.category_id')
    .select(['c.id as category_id', 'c.letter', 'c.name_zh', 'c.name_en', 'p.id as point_id', 'p.name as point_name'])
    .select(figureColumns)
    .groupBy(['c.id', 'c.letter', 'c.name_zh', 'c.name_en', 'p.id', 'p.name'])
    .orderBy('p.id')
    .orderBy('c.letter')
    .execute();
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    totals: figures(totals),
    byHour: byHour.map((r) => ({ hour: Number(r.hour), ...figures(r) })),
    byWindow: byWindow.map((r) => ({
      windowId: r.window_id,
      windowNumber: r.number,
      windowName: r.name,
      servicePointId: r.point_id,
      servicePointName: r.point_name,
      ...figures(r),
    })),
    byCategory: byCategory.map((r) => ({
      categoryId: r.category_id,
      letter: r.letter,
      nameZh: r.name_zh,
      nameEn: r.name_en,
      servicePointId: r.point_id,
      servicePointName: r.point_name,
      ...figures(r),
    })),
  };
}
