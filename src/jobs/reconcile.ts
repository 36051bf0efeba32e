/**
 * The nightly control reconciliation: while `shebao serve` listens, once a day at a China-time hour
 * (default 02:00, when no one books; `SHEBAO_RECONCILE_HOUR` = 0…23 moves it). The run itself is
 * `reconcile` in the ledger module; a failing run is logged and the schedule carries on.
 */
import type { AppContext } from '../app-context.ts';
import { reconcile, type ReconcileCheck } from '../modules/ledger/index.ts';
import type { JobLog } from './sla-sweep.ts';

export const RECONCILE_HOUR_DEFAULT = 2;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** China Standard Time is UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * HOUR_MS;

/** Milliseconds from `now` to the next `hour`:00 China time (a full day when it is that instant). */
export function msUntilNextRun(now: Date, hour: number): number {
  const chinaMs = now.getTime() + CHINA_OFFSET_MS;
  const sinceMidnight = ((chinaMs % DAY_MS) + DAY_MS) % DAY_MS;
  const wait = (hour * HOUR_MS - sinceMidnight + DAY_MS) % DAY_MS;
  return wait === 0 ? DAY_MS : wait;
}

/** The configured hour: a whole number 0…23 from the environment, else the default. */
export function reconcileHour(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.SHEBAO_RECONCILE_HOUR;
  if (text === undefined || text === '') return RECONCILE_HOUR_DEFAULT;
  const hour = Number(text);
  return Number.isInteger(hour) && hour >= 0 && hour <= 23 ? hour : RECONCILE_HOUR_DEFAULT;
}

/**
 * Starts the schedule: each run at the next `hour`:00 China time by `ctx.clock`, the timer planned
 * again after every run (so a slow run never overlaps the next), with the ledger's checks and
 * `checks` (collection's). Returns the function that stops it.
 */
export function startReconcileSchedule(
  ctx: AppContext,
  log: JobLog,
  options: { hour?: number; checks?: readonly ReconcileCheck[] } = {},
): () => void {
  const hour = options.hour ?? reconcileHour();
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  // The instant the last run was due: the next is planned from it at the earliest, so a timer that
  // fires a moment early (or a clock that stands still) cannot run the same night twice.
  let lastDueMs = 0;
  const plan = (): void => {
    if (stopped) return;
    const from = new Date(Math.max(ctx.clock.now().getTime(), lastDueMs));
    const waitMs = msUntilNextRun(from, hour);
    lastDueMs = from.getTime() + waitMs;
    timer = setTimeout(() => void tick(), lastDueMs - ctx.clock.now().getTime());
    timer.unref();
  };
  const tick = async (): Promise<void> => {
    try {
      const run = await reconcile(ctx, 'schedule', undefined, options.checks ?? []);
      const summary = { id: run.id, ok: run.ok, checks: run.checks };
      if (run.ok) log.info({ reconcile: summary }, 'ledger reconciliation');
      else log.error({ reconcile: summary }, 'ledger reconciliation found differences');
    } catch (error) {
      log.error({ err: error }, 'ledger reconciliation failed');
    }
    plan();
  };
  plan();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
