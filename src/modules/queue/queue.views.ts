/** What the kiosk, the hall display, the window page and the hall overview read. */
import type { Executor } from '../../db/connection.ts';
import type { Clock } from '../../kernel/clock.ts';
import { type CalendarDate, today } from '../../kernel/calendar-date.ts';
import type { StaffActor } from '../auth/index.ts';
import {
  DISPLAY_RECENT_CALLS,
  HALLS_LISTED_MAX,
  ESTIMATE_DEFAULT_SERVICE_SECONDS,
  ESTIMATE_SAMPLE_DAYS,
  ISSUE_BEFORE_OPENING_MINUTES,
  TICKET_PAGE_SIZE_MAX,
  type Display,
  type Kiosk,
  type QueueCategory,
  type Ticket,
  type TicketStatus,
  type WindowState,
} from './queue.model.ts';
import * as repo from './queue.repository.ts';
import { estimateWaitMinutes, hoursOn, issuingAt } from './queue.rules.ts';
import { pointInScope, publicPoint, windowInScope } from './queue.scope.ts';

const msPerDay = 86_400_000;

/** The categories a window serves out of its hall's: the explicit set, or all when it has none. */
function served(categories: QueueCategory[], explicit: number[] | undefined): QueueCategory[] {
  return explicit ? categories.filter((c) => explicit.includes(c.id)) : categories;
}

/** Shown to the public and at the window: open categories, and closed ones still holding tickets. */
function visible(categories: QueueCategory[]): QueueCategory[] {
  return categories.filter((c) => c.status === 'active' || c.waiting > 0);
}

/**
 * Per category of a hall: how many open windows serve it and the average service time of the last
 * days, the two inputs of the wait estimate.
 */
export async function estimator(
  db: Executor,
  pointId: number,
  categories: QueueCategory[],
  now: Date,
): Promise<(categoryId: number, ahead: number) => number | null> {
  const windows = (await repo.windowsOf(db, pointId)).filter((w) => w.status === 'active');
  const explicit = await repo.windowCategoryIds(
    db,
    windows.map((w) => w.id),
  );
  const averages = await repo.averageServiceSeconds(
    db,
    pointId,
    new Date(now.getTime() - ESTIMATE_SAMPLE_DAYS * msPerDay),
  );
  return (categoryId, ahead) => {
    const serving = windows.filter((w) => served(categories, explicit.get(w.id)).some((c) => c.id === categoryId));
    return estimateWaitMinutes(ahead, averages.get(categoryId) ?? ESTIMATE_DEFAULT_SERVICE_SECONDS, serving.length);
  };
}

/** Open halls with at least one open category, by agency and name: where a kiosk or display can point. */
export async function queueHalls(db: Executor) {
  return db
    .selectFrom('service_points')
    .innerJoin('agencies', 'agencies.id', 'service_points.agency_id')
    .select(['service_points.id', 'service_points.name', 'service_points.address', 'agencies.name as agencyName'])
    .where('service_points.status', '=', 'active')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('queue_categories')
          .select('queue_categories.id')
          .whereRef('queue_categories.service_point_id', '=', 'service_points.id')
          .where('queue_categories.status', '=', 'active'),
      ),
    )
    .orderBy('agencies.path')
    .orderBy('service_points.name')
    .limit(HALLS_LISTED_MAX)
    .execute();
}

/** The kiosk page: today's hours, whether tickets are issued now, categories with waits. */
export async function kioskView(db: Executor, clock: Clock, pointId: number): Promise<Kiosk> {
  const point = await publicPoint(db, pointId);
  const now = clock.now();
  const day = today(clock);
  const todayHours = hoursOn(day, point.opening_hours);
  const categories = (await repo.categoriesOf(db, pointId, day)).filter((c) => c.status === 'active');
  const estimate = await estimator(db, pointId, categories, now);
  return {
    servicePoint: { id: point.id, name: point.name, address: point.address, status: point.status },
    day,
    now: now.toISOString(),
    todayHours,
    issuing: point.status === 'active' && issuingAt(now, todayHours),
    issueFromMinutesBeforeOpening: ISSUE_BEFORE_OPENING_MINUTES,
    categories: categories.map((c) => ({
      id: c.id,
      letter: c.letter,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      waiting: c.waiting,
      estimatedWaitMinutes: estimate(c.id, c.waiting),
    })),
  };
}

/** The hall display: latest calls, what each window is doing, how many wait per category. */
export async function displayView(db: Executor, clock: Clock, pointId: number): Promise<Display> {
  const point = await publicPoint(db, pointId);
  const day = today(clock);
  const calls = await repo.recentCalls(db, pointId, day, DISPLAY_RECENT_CALLS);
  const windows = (await repo.windowsOf(db, pointId)).filter((w) => w.status === 'active');
  const current = await repo.currentByWindow(db, pointId, day);
  const categories = visible(await repo.categoriesOf(db, pointId, day));
  return {
    servicePoint: { id: point.id, name: point.name },
    day,
    now: clock.now().toISOString(),
    recentCalls: calls.map((c) => ({
      code: c.code,
      windowNumber: c.number,
      windowName: c.name,
      calledAt: c.last_called_at!.toISOString(),
      recall: c.recall_count > 0,
    })),
    windows: windows.map((w) => {
      const ticket = current.findLast((t) => t.window_id === w.id);
      return {
        number: w.number,
        name: w.name,
        current: ticket?.code ?? null,
        status: ticket ? (ticket.status as 'called' | 'serving') : null,
      };
    }),
    waiting: categories.map((c) => ({
      categoryId: c.id,
      letter: c.letter,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      waiting: c.waiting,
    })),
  };
}

async function stateOf(
  db: Executor,
  window: repo.WindowRow,
  categories: QueueCategory[],
  explicit: number[] | undefined,
  day: CalendarDate,
): Promise<WindowState> {
  const serves = visible(served(categories, explicit));
  const current = await repo.currentOfWindow(db, window.id, day);
  return {
    window: {
      id: window.id,
      number: window.number,
      name: window.name,
      status: window.status,
      servicePointId: window.service_point_id,
      servicePointName: window.point_name,
    },
    day,
    categoryIds: explicit ?? [],
    categories: serves,
    waiting: served(categories, explicit).reduce((sum, c) => sum + c.waiting, 0),
    current: current ? repo.toTicket(current) : null,
    servedToday: await repo.countServedToday(db, window.id, day),
  };
}

/** The window page: what the window serves, how many wait for it, its current ticket. */
export async function windowView(
  db: Executor,
  clock: Clock,
  actor: StaffActor,
  windowId: number,
): Promise<WindowState> {
  const window = await windowInScope(db, actor, windowId);
  const day = today(clock);
  const categories = await repo.categoriesOf(db, window.service_point_id, day);
  const explicit = (await repo.windowCategoryIds(db, [windowId])).get(windowId);
  return stateOf(db, window, categories, explicit, day);
}

/** A hall's queue set-up and state: every category (closed too) and every window. */
export async function pointOverview(db: Executor, clock: Clock, actor: StaffActor, pointId: number) {
  const point = await pointInScope(db, actor, pointId);
  const day = today(clock);
  const categories = await repo.categoriesOf(db, pointId, day);
  const windows = await repo.windowsOf(db, pointId);
  const explicit = await repo.windowCategoryIds(
    db,
    windows.map((w) => w.id),
  );
  const states: WindowState[] = [];
  for (const w of windows) {
    const row: repo.WindowRow = {
      ...w,
      service_point_id: point.id,
      point_name: point.name,
      point_status: point.status,
      path: point.path,
    };
    states.push(await stateOf(db, row, categories, explicit.get(w.id), day));
  }
  return { servicePoint: { id: point.id, name: point.name, status: point.status }, day, categories, windows: states };
}

/** One page of a hall's tickets of a day. */
export async function ticketList(
  db: Executor,
  clock: Clock,
  actor: StaffActor,
  query: {
    servicePointId: number;
    day?: string | undefined;
    status?: TicketStatus | undefined;
    windowId?: number | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ items: Ticket[]; total: number }> {
  await pointInScope(db, actor, query.servicePointId);
  const { rows, total } = await repo.listTickets(db, {
    ...query,
    day: query.day ?? today(clock),
    pageSize: Math.min(query.pageSize, TICKET_PAGE_SIZE_MAX),
  });
  return { items: rows.map(repo.toTicket), total };
}
