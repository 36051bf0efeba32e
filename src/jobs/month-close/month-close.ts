/**
 * The month close (月结) of one pooling region and period:
 *
 *   payers   chunk by chunk of payers in ascending order (month-close.payers.ts), in one
 *            transaction each: (1) assess the declarations not yet billed and (2) the undeclared
 *            payers at 110 % (assessPayers), (3) issue their bills (issueBills), (4) post
 *            what was collected: held credit to open lines (applyCredits), then write the new
 *            bills' lines, paid or owed (writeDeferredLines: a line paid at once is written once);
 *            the cursor and the counts are committed with the chunk, so a crash loses at most the
 *            chunk in flight;
 *   arrears  (5) open lines due before the close's day → arrears (rollArrears);
 *   report   (6) due, collected, arrears and the collection rate per fund, kept in month_closes.report;
 *   close    (7) the period and its declarations closed; the run completed.
 *
 * Assessing and billing share the chunk's transaction because an assessment is kept only as its
 * bill. A rerun of a running (crashed) or failed close continues at its step and cursor; nothing is
 * posted twice because every posting's idempotency key comes from its bill line, and a chunk
 * committed whole or not at all. The close's day (`asOf`) is the China date of its start, the same
 * on every rerun, so a resumed close posts exactly what an uninterrupted one would have.
 */
import { sql, type Selectable } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Db, Trx } from '../../db/connection.ts';
import type { MonthCloseTable } from '../../db/tables/collection.ts';
import { assert } from '../../kernel/assert.ts';
import { compareDates, dateOfInstant, today, type CalendarDate } from '../../kernel/calendar-date.ts';
import type { Clock } from '../../kernel/clock.ts';
import { isPeriod, lastDayOf, type Period } from '../../kernel/period.ts';
import { appendAudit, systemActor, type AuditActor } from '../../modules/audit/index.ts';
import { rejectMonthClose } from './month-close.rejections.ts';
import { monthCloseReport, type MonthCloseReport } from './month-close.report.ts';
import { collectionSteps, type MonthCloseSteps } from './month-close.steps.ts';
import {
  nextPayers,
  payerCursor,
  payersToAssess,
  payersWithCredit,
  payerWalk,
  type PayerWalk,
} from './month-close.payers.ts';

type CloseRow = Selectable<MonthCloseTable>;

/** The steps in order; 'done' once completed. */
export const MONTH_CLOSE_STEPS = [
  'payers',
  'arrears',
  'report',
  'close',
  'done',
] as const satisfies readonly CloseRow['step'][];
export type MonthCloseStep = (typeof MONTH_CLOSE_STEPS)[number];

/**
 * Payers per chunk: an employer brings about 4 bill lines per employee, so 200 payers of a region
 * of 20-employee employers make some 16,000 lines, posted by B in calls of at most 5,000.
 */
export const MONTH_CLOSE_CHUNK_SIZE = 200;
const CHUNK_SIZE_MAX = 5_000;
const ERROR_LENGTH_MAX = 500;
/** Most closes one list answers (one per region and period: years of a province fit). */
export const MONTH_CLOSES_LISTED_MAX = 200;

export type MonthCloseTrigger = 'cli' | 'api' | 'schedule' | 'demo' | 'bench';

export interface MonthCloseRequest {
  readonly region: string;
  readonly period: Period;
  readonly trigger: MonthCloseTrigger;
  /** Who started it, as stored on the run: 'staff:<id>', 'cli:<user>'. */
  readonly startedBy: string;
  /** Who the audit entries name; the system (named startedBy) by default. */
  readonly actor?: AuditActor;
  /** Called when the run opens and after every committed chunk and step. */
  readonly onProgress?: (run: MonthCloseView) => void;
  /** Payers per chunk (default MONTH_CLOSE_CHUNK_SIZE). */
  readonly chunkSize?: number;
  /** Test hook, called after every committed chunk or step: throwing stops the run as a crash would. */
  readonly afterCommit?: (run: MonthCloseView) => void | Promise<void>;
  /** The other parts' functions (tests pass stand-ins). */
  readonly steps?: MonthCloseSteps;
}

/** A close as the API and the CLI show it. */
export interface MonthCloseView {
  readonly id: number;
  readonly region: string;
  readonly period: string;
  readonly status: 'running' | 'completed' | 'failed';
  readonly step: MonthCloseStep;
  readonly payersTotal: number;
  readonly payersDone: number;
  readonly counts: Record<string, number>;
  readonly asOf: string;
  readonly report: MonthCloseReport | null;
  readonly error: string | null;
  readonly startedBy: string;
  readonly startedAt: string;
  readonly updatedAt: string;
  readonly finishedAt: string | null;
}

const iso = (at: Date | string): string => new Date(at).toISOString();

/** The counts column (jsonb; its default-able column type hides the object type). */
const countsOf = (row: CloseRow): Record<string, number> => row.counts as unknown as Record<string, number>;

/** The close's day: the China date it started on (kept across reruns). */
function asOfOf(row: CloseRow): CalendarDate {
  return dateOfInstant(new Date(row.started_at));
}

export function monthCloseView(row: CloseRow): MonthCloseView {
  return {
    id: row.id,
    region: row.region_code,
    period: row.period,
    status: row.status,
    step: row.step,
    payersTotal: row.payers_total,
    payersDone: row.payers_done,
    counts: countsOf(row),
    asOf: asOfOf(row),
    report: (row.report as MonthCloseReport | null) ?? null,
    error: row.error,
    startedBy: row.started_by,
    startedAt: iso(row.started_at),
    updatedAt: iso(row.updated_at),
    finishedAt: row.finished_at === null ? null : iso(row.finished_at),
  };
}

/** Refuses a malformed period, and a period whose last day is not yet past by the China date. */
export function refusePeriodNotEnded(clock: Clock, period: string): asserts period is Period {
  assert(isPeriod(period), `period ${period} is not YYYYMM`);
  if (compareDates(lastDayOf(period), today(clock)) >= 0)
    throw rejectMonthClose('collection_period_not_ended', { period });
}

function findClose(db: Db, region: string, period: string) {
  return db
    .selectFrom('month_closes')
    .selectAll()
    .where('region_code', '=', region)
    .where('period', '=', period)
    .executeTakeFirst();
}

export async function monthCloseById(db: Db, id: number): Promise<MonthCloseView> {
  const row = await db.selectFrom('month_closes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw rejectMonthClose('collection_month_close_not_found', { id });
  return monthCloseView(row);
}

/** Closes, newest period first, optionally of one region or within some regions. */
export async function monthCloses(
  db: Db,
  filter: { region?: string; regions?: readonly string[] } = {},
): Promise<MonthCloseView[]> {
  if (filter.regions?.length === 0) return [];
  let query = db
    .selectFrom('month_closes')
    .selectAll()
    .orderBy('period', 'desc')
    .orderBy('id', 'desc')
    .limit(MONTH_CLOSES_LISTED_MAX);
  if (filter.region !== undefined) query = query.where('region_code', '=', filter.region);
  if (filter.regions !== undefined) query = query.where('region_code', 'in', filter.regions);
  return (await query.execute()).map(monthCloseView);
}

function audit(trx: Trx, clock: Clock, actor: AuditActor, action: string, row: CloseRow, details = {}) {
  return appendAudit(trx, clock, actor, {
    action,
    entity: 'month_close',
    entityId: row.id,
    details: { region: row.region_code, period: row.period, ...details },
  });
}

const actorOf = (request: MonthCloseRequest): AuditActor =>
  request.actor ?? { ...systemActor, name: request.startedBy };

/** Creates the close, or takes up a running or failed one where it stopped; refuses a completed one. */
export async function openMonthClose(ctx: AppContext, request: MonthCloseRequest, walk: Walk): Promise<CloseRow> {
  const { region, period } = request;
  refusePeriodNotEnded(ctx.clock, period);
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await findClose(trx, region, period);
    const periodRow = await trx
      .selectFrom('collection_periods')
      .select('status')
      .where('region_code', '=', region)
      .where('period', '=', period)
      .executeTakeFirst();
    if (existing?.status === 'completed' || periodRow?.status === 'closed')
      throw rejectMonthClose('collection_month_already_closed', { region, period });
    const now = ctx.clock.now();
    if (existing) {
      const resumed = await trx
        .updateTable('month_closes')
        .set({ status: 'running', error: null, finished_at: null, updated_at: now })
        .where('id', '=', existing.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, ctx.clock, actorOf(request), 'collection.month_close.resume', resumed, {
        trigger: request.trigger,
        step: resumed.step,
        cursor: resumed.cursor,
      });
      return resumed;
    }
    await trx
      .insertInto('collection_periods')
      .values({ region_code: region, period, status: 'open', closed_at: null, month_close_id: null })
      .onConflict((oc) => oc.columns(['region_code', 'period']).doNothing())
      .execute();
    const created = await trx
      .insertInto('month_closes')
      .values({
        region_code: region,
        period,
        status: 'running',
        step: 'payers',
        payers_total: (await walk.of(trx)).length,
        started_by: request.startedBy,
        started_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, ctx.clock, actorOf(request), 'collection.month_close.start', created, {
      trigger: request.trigger,
      payers: created.payers_total,
    });
    return created;
  });
}

/** The row, locked for this transaction: a second worker on the same close waits and then sees the new cursor. */
function lockClose(trx: Trx, id: number): Promise<CloseRow> {
  return trx.selectFrom('month_closes').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

function addCounts(counts: Record<string, number>, more: Record<string, number>): Record<string, number> {
  const sum = { ...counts };
  for (const [key, n] of Object.entries(more)) sum[key] = (sum[key] ?? 0) + n;
  return sum;
}

interface Move {
  readonly step?: MonthCloseStep;
  readonly status?: 'completed';
  readonly cursor?: number;
  readonly payers_done?: number;
  readonly counts?: Record<string, number>;
  readonly report?: MonthCloseReport;
  readonly finished_at?: Date;
}

function moveOn(trx: Trx, clock: Clock, id: number, move: Move): Promise<CloseRow> {
  const { counts, report, ...rest } = move;
  return trx
    .updateTable('month_closes')
    .set({
      ...rest,
      ...(counts === undefined ? {} : { counts: sql`cast(${JSON.stringify(counts)} as jsonb)` }),
      ...(report === undefined ? {} : { report: sql`cast(${JSON.stringify(report)} as jsonb)` }),
      updated_at: clock.now(),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The payers of a run in this process: read once (by the opening of a new close, or by the first
 * chunk of a resumed one) and kept for every chunk after.
 */
interface Walk {
  readonly of: (trx: Trx) => Promise<PayerWalk>;
  readonly chunkSize: number;
}

function walkOnce(request: MonthCloseRequest): Walk {
  const chunkSize = request.chunkSize ?? MONTH_CLOSE_CHUNK_SIZE;
  assert(Number.isInteger(chunkSize) && chunkSize >= 1 && chunkSize <= CHUNK_SIZE_MAX, 'chunk size out of range');
  let walk: Promise<PayerWalk> | undefined;
  return { of: (trx) => (walk ??= payerWalk(trx, { region: request.region, period: request.period })), chunkSize };
}

/** Steps 1–4 for the next chunk of payers; at the end of the walk, moves on to the arrears. */
async function payersChunk(trx: Trx, ctx: AppContext, run: CloseRow, walk: Walk, steps: MonthCloseSteps) {
  const period = run.period as Period;
  const payers = nextPayers(await walk.of(trx), run.cursor, walk.chunkSize);
  if (payers.length === 0) return moveOn(trx, ctx.clock, run.id, { step: 'arrears' });
  const toAssess = await payersToAssess(trx, payers, period);
  const assessments = toAssess.length === 0 ? [] : await steps.assessPayers(trx, toAssess, period);
  // A payer without a covered line this period (everybody left) gets no bill.
  const billable = assessments.filter((a) => a.lines.length > 0);
  const trxCtx = { ...ctx, db: trx };
  const bills =
    billable.length === 0
      ? []
      : await steps.issueBills(trx, trxCtx, billable, { monthCloseId: run.id, deferLines: true });
  const issued = bills.map((bill, i) => ({ billId: bill.id, assessment: billable[i]! }));
  const creditors = await payersWithCredit(trx, payers);
  // Credit still held at the close came before the bill (a payment meets open bills when recorded):
  // it pays the period on its due day, without a late fee, the same day on every rerun.
  const credited =
    creditors.length === 0 ? null : await steps.applyCredits(trx, trxCtx, creditors, lastDayOf(period), issued);
  // Only now the new bills' lines: a line the credit paid is inserted paid, its month written once.
  await steps.writeDeferredLines(trx, trxCtx, issued, credited?.paidLines ?? new Map());
  return moveOn(trx, ctx.clock, run.id, {
    cursor: payerCursor(payers.at(-1)!),
    payers_done: run.payers_done + payers.length,
    counts: addCounts(countsOf(run), {
      declared: billable.filter((a) => a.basis === 'declared').length,
      undeclared: billable.filter((a) => a.basis === 'undeclared').length,
      bills: billable.length,
      lines: billable.reduce((n, a) => n + a.lines.length, 0),
      creditPayers: creditors.length,
    }),
  });
}

/** The last step: the period and its declarations closed, the run completed (one transaction with its audit). */
async function closePeriod(trx: Trx, clock: Clock, run: CloseRow, actor: AuditActor): Promise<CloseRow> {
  const now = clock.now();
  await trx
    .updateTable('collection_periods')
    .set({ status: 'closed', closed_at: now, month_close_id: run.id })
    .where('region_code', '=', run.region_code)
    .where('period', '=', run.period)
    .execute();
  const declarations = await trx
    .updateTable('contribution_declarations')
    .set({ status: 'closed' })
    .where('region_code', '=', run.region_code)
    .where('period', '=', run.period)
    .where('kind', '=', 'monthly')
    .where('status', '<>', 'closed')
    .executeTakeFirst();
  const done = await moveOn(trx, clock, run.id, {
    step: 'done',
    status: 'completed',
    finished_at: now,
    counts: addCounts(countsOf(run), { declarationsClosed: Number(declarations.numUpdatedRows) }),
  });
  const report = done.report as MonthCloseReport | null;
  await audit(trx, clock, actor, 'collection.month_close.complete', done, {
    payers: done.payers_done,
    counts: done.counts,
    total: report?.total ?? null,
  });
  return done;
}

/** Runs the close's current step (or one chunk of it) in one transaction. */
async function advance(ctx: AppContext, id: number, request: MonthCloseRequest, walk: Walk): Promise<CloseRow> {
  const steps = request.steps ?? collectionSteps;
  return ctx.db.transaction().execute(async (trx) => {
    const run = await lockClose(trx, id);
    if (run.status !== 'running') return run;
    const asOf = asOfOf(run);
    switch (run.step) {
      case 'payers':
        return payersChunk(trx, ctx, run, walk, steps);
      case 'arrears': {
        await steps.rollArrears(trx, { ...ctx, db: trx }, { region: run.region_code, asOf });
        return moveOn(trx, ctx.clock, id, { step: 'report' });
      }
      case 'report': {
        const report = await monthCloseReport(trx, { region: run.region_code, period: run.period as Period, asOf });
        return moveOn(trx, ctx.clock, id, { step: 'close', report });
      }
      case 'close':
        return closePeriod(trx, ctx.clock, run, actorOf(request));
      case 'done':
        return run;
    }
  });
}

/** Walks the close from its step and cursor to the end; a failure marks it failed (rerun to continue). */
async function walkClose(ctx: AppContext, id: number, request: MonthCloseRequest, walk: Walk): Promise<MonthCloseView> {
  try {
    for (;;) {
      const run = monthCloseView(await advance(ctx, id, request, walk));
      request.onProgress?.(run);
      if (run.status !== 'running') return run;
      await request.afterCommit?.(run);
    }
  } catch (error) {
    await ctx.db
      .updateTable('month_closes')
      .set({
        status: 'failed',
        updated_at: ctx.clock.now(),
        error: String((error as Error).message ?? error).slice(0, ERROR_LENGTH_MAX),
      })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .execute();
    throw error;
  }
}

/** Closes under way in this process, by region and period. */
const active = new Map<string, Promise<unknown>>();
const activeKey = (r: { region: string; period: string }) => `${r.region}:${r.period}`;

/** A session lock per region and period on PostgreSQL: a close running in another process refuses this one. */
const LOCK_CLASS = 6_0023;

async function isPglite(db: Db): Promise<boolean> {
  const { rows } = await sql<{ v: string }>`SELECT version() AS v`.execute(db);
  return rows[0]!.v.includes('PGlite');
}

/**
 * Runs `work` while this process holds the close's lock: the in-process table, and on PostgreSQL a
 * session advisory lock held on a connection of its own (released when the process dies, so a
 * rerun after a crash takes over at once). PGlite is one process's database: the table suffices.
 */
async function exclusively<T>(ctx: AppContext, request: MonthCloseRequest, work: () => Promise<T>): Promise<T> {
  const key = activeKey(request);
  if (active.has(key))
    throw rejectMonthClose('collection_month_close_running', { region: request.region, period: request.period });
  const done = (async () => {
    if (await isPglite(ctx.db)) return work();
    return ctx.db.connection().execute(async (holder) => {
      const lockName = `month_close:${key}`;
      const { rows } = await sql<{ ok: boolean }>`
        SELECT pg_try_advisory_lock(${LOCK_CLASS}, hashtext(${lockName})) AS ok`.execute(holder);
      if (!rows[0]!.ok)
        throw rejectMonthClose('collection_month_close_running', { region: request.region, period: request.period });
      try {
        return await work();
      } finally {
        await sql`SELECT pg_advisory_unlock(${LOCK_CLASS}, hashtext(${lockName}))`.execute(holder);
      }
    });
  })();
  active.set(key, done);
  try {
    return await done;
  } finally {
    active.delete(key);
  }
}

/** Starts or resumes the close and runs it to the end (the CLI, the demo, the bench, tests). */
export async function closeMonth(ctx: AppContext, request: MonthCloseRequest): Promise<MonthCloseView> {
  refusePeriodNotEnded(ctx.clock, request.period);
  return exclusively(ctx, request, async () => {
    const walk = walkOnce(request);
    const run = await openMonthClose(ctx, request, walk);
    request.onProgress?.(monthCloseView(run));
    return walkClose(ctx, run.id, request, walk);
  });
}

/** Background closes started by the API in this process. */
const background = new Set<Promise<unknown>>();

/**
 * Starts (or resumes) a close in the background and answers the run at once (202); progress is read
 * from the row. Refusals (period, completed, already running) come back before anything starts.
 */
export async function startMonthClose(ctx: AppContext, request: MonthCloseRequest): Promise<MonthCloseView> {
  refusePeriodNotEnded(ctx.clock, request.period);
  let opened!: (run: CloseRow) => void;
  const openedRun = new Promise<CloseRow>((resolve) => (opened = resolve));
  const done = exclusively(ctx, request, async () => {
    const walk = walkOnce(request);
    const run = await openMonthClose(ctx, request, walk);
    opened(run);
    return walkClose(ctx, run.id, request, walk);
  });
  const settled = done.then(
    () => undefined,
    () => undefined, // a failure is on the run row (status failed, error)
  );
  background.add(settled);
  void settled.finally(() => background.delete(settled));
  return monthCloseView(await Promise.race([openedRun, done.then(() => openedRun)]));
}

/** Waits for every background close of this process (shutdown, tests). */
export async function settleMonthCloses(): Promise<void> {
  await Promise.all([...background]);
}
