/** The supervisor dashboard (服务监控): open cases, overdue list, completion against the promise, queue, ratings. */
import type { AppContext } from '../../app-context.ts';
import { today as todayOf, type CalendarDate } from '../../kernel/calendar-date.ts';
import { nationalWorkingDays } from '../../kernel/working-days.ts';
import type { StaffActor } from '../auth/index.ts';
import { itemNames, type Text } from '../catalog/index.ts';
import { LEVELS, levelOf } from '../evaluation/index.ts';
import { agencyInScope } from '../org/index.ts';
import { queueStats } from '../queue/index.ts';
import { OPEN_STATUSES, SLA_STATES } from './monitor.model.ts';
import { rejectMonitor } from './monitor.rejections.ts';
import * as repo from './monitor.repository.ts';
import { dayRange, instantsOf, share, workingDaysTaken, type DayRange } from './monitor.rules.ts';

const calendar = nationalWorkingDays;

export interface MonitorQuery {
  from?: string | undefined;
  to?: string | undefined;
  agencyId?: number | undefined;
}

interface Scope {
  readonly path: string;
  readonly range: DayRange;
  readonly today: CalendarDate;
}

/** The subtree (the caller's, or an agency inside it) and the day range of a dashboard query. */
async function scopeOf(ctx: AppContext, actor: StaffActor, query: MonitorQuery): Promise<Scope> {
  const today = todayOf(ctx.clock);
  const range = dayRange(today, query.from as CalendarDate | undefined, query.to as CalendarDate | undefined);
  if (!range) throw rejectMonitor('monitor_range_invalid');
  const path =
    query.agencyId === undefined ? actor.agencyPath : (await agencyInScope(ctx.db, actor, query.agencyId)).path;
  return { path, range, today };
}

const text = (zh: string, en: string): Text => ({ zh, en });

/** Open cases now by status, SLA state and item; cases received and finished within the range. */
export async function caseFigures(ctx: AppContext, actor: StaffActor, query: MonitorQuery) {
  const scope = await scopeOf(ctx, actor, query);
  const { from, to } = instantsOf(scope.range);
  const groups = await repo.openByStatus(ctx.db, scope.path);
  const count = (pick: (g: (typeof groups)[number]) => boolean) => groups.filter(pick).reduce((sum, g) => sum + g.n, 0);
  const items = await repo.openByItem(ctx.db, scope.path, scope.today);
  const flows = await repo.flows(ctx.db, scope.path, from, to, scope.range.from, scope.range.to);
  return {
    asOf: ctx.clock.now().toISOString(),
    from: scope.range.from,
    to: scope.range.to,
    open: count(() => true),
    byStatus: OPEN_STATUSES.map((status) => ({ status, count: count((g) => g.status === status) })),
    bySlaState: SLA_STATES.map((state) => ({ state, count: count((g) => g.sla_state === state) })),
    byItem: items.map((i) => ({
      itemCode: i.item_code,
      itemName: text(i.name_zh, i.name_en),
      open: i.open,
      overdue: i.overdue,
      dueSoon: i.due_soon,
    })),
    received: flows.received,
    finished: flows.finished,
  };
}

/** Running cases past their promised deadline, longest overdue first. */
export async function overdueList(
  ctx: AppContext,
  actor: StaffActor,
  query: MonitorQuery & { page: number; pageSize: number },
) {
  const scope = await scopeOf(ctx, actor, query);
  const { total, rows } = await repo.overdueCases(ctx.db, scope.path, scope.today, {
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });
  return {
    asOf: scope.today,
    total,
    items: rows.map((r) => ({
      caseId: r.case_id,
      caseNumber: r.case_number,
      itemCode: r.item_code,
      itemName: text(r.item_name_zh, r.item_name_en),
      agencyName: r.agency_name,
      status: r.status,
      acceptedAt: r.accepted_at?.toISOString() ?? null,
      dueOn: r.due_on,
      workingDaysOverdue:
        calendar.covers(r.due_on as CalendarDate) && calendar.covers(scope.today)
          ? calendar.workingDaysBetween(r.due_on as CalendarDate, scope.today)
          : null,
      ownerName: r.owner_name,
    })),
  };
}

/** Cases finished in the range per item: how many within the promise, and the average working days taken. */
export async function completionFigures(ctx: AppContext, actor: StaffActor, query: MonitorQuery) {
  const scope = await scopeOf(ctx, actor, query);
  const groups = await repo.finishedGroups(ctx.db, scope.path, scope.range.from, scope.range.to);
  const byItem = new Map<
    string,
    { name: Text; promisedDays: number; finished: number; within: number; days: number; counted: number }
  >();
  for (const g of groups) {
    const entry = byItem.get(g.item_code) ?? {
      name: text(g.name_zh, g.name_en),
      promisedDays: g.promised_days,
      finished: 0,
      within: 0,
      days: 0,
      counted: 0,
    };
    entry.finished += g.n;
    entry.within += g.within;
    entry.promisedDays = Math.max(entry.promisedDays, g.promised_days);
    const taken = workingDaysTaken(calendar, g.accepted_on as CalendarDate, g.finished_on as CalendarDate, 0);
    if (taken !== null) {
      entry.days += Math.max(0, taken * g.n - g.paused);
      entry.counted += g.n;
    }
    byItem.set(g.item_code, entry);
  }
  const items = [...byItem.entries()]
    .map(([itemCode, e]) => ({
      itemCode,
      itemName: e.name,
      promisedDays: e.promisedDays,
      finished: e.finished,
      withinPromise: e.within,
      share: share(e.within, e.finished),
      avgWorkingDays: e.counted === 0 ? null : Math.round((e.days / e.counted) * 10) / 10,
    }))
    .sort((a, b) => b.finished - a.finished || a.itemCode.localeCompare(b.itemCode));
  const finished = items.reduce((s, i) => s + i.finished, 0);
  const within = items.reduce((s, i) => s + i.withinPromise, 0);
  return {
    from: scope.range.from,
    to: scope.range.to,
    items,
    total: { finished, withinPromise: within, share: share(within, finished) },
  };
}

/** Queue waiting and service times in the range (the queue module's figures). */
export async function queueFigures(ctx: AppContext, actor: StaffActor, query: MonitorQuery) {
  const scope = await scopeOf(ctx, actor, query);
  const { from, to } = instantsOf(scope.range);
  return queueStats(ctx.db, scope.path, from, to);
}

/** Ratings in the range: distribution of initial ratings, 差评 rate, by item and channel; call-backs. */
export async function ratingFigures(ctx: AppContext, actor: StaffActor, query: MonitorQuery) {
  const scope = await scopeOf(ctx, actor, query);
  const { from, to } = instantsOf(scope.range);
  const groups = await repo.ratingGroups(ctx.db, scope.path, scope.range.from, scope.range.to);
  const initial = groups.filter((g) => g.kind === 'initial');
  const followUps = groups.filter((g) => g.kind === 'follow_up');
  const poor = (g: { overall: number }) => g.overall <= 2;
  const sum = (rows: typeof groups) => rows.reduce((s, g) => s + g.n, 0);
  const total = sum(initial);
  const poorCount = sum(initial.filter(poor));
  const itemCodes = [...new Set(initial.map((g) => g.item_code))].sort();
  const nameOf = await itemNames(ctx.db, itemCodes);
  return {
    from: scope.range.from,
    to: scope.range.to,
    total,
    poor: poorCount,
    poorRate: share(poorCount, total),
    byLevel: LEVELS.map((level) => ({
      level,
      count: sum(initial.filter((g) => levelOf(g.overall) === level)),
    })),
    byItem: itemCodes
      .map((itemCode) => {
        const rows = initial.filter((g) => g.item_code === itemCode);
        return { itemCode, itemName: nameOf.get(itemCode) ?? null, total: sum(rows), poor: sum(rows.filter(poor)) };
      })
      .sort((a, b) => b.total - a.total || a.itemCode.localeCompare(b.itemCode)),
    byChannel: (['window', 'online'] as const).map((channel) => {
      const rows = initial.filter((g) => g.channel === channel);
      return { channel, total: sum(rows), poor: sum(rows.filter(poor)) };
    }),
    followUps: { total: sum(followUps), poor: sum(followUps.filter(poor)) },
    callbacks: await repo.callbackFigures(ctx.db, scope.path, scope.today, from, to),
  };
}
