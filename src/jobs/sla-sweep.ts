/**
 * The SLA sweep as a job: every few minutes while `shebao serve` listens (the interval is the
 * `sweepIntervalMinutes` setting, read again before each run), and once on demand with
 * `shebao sla-sweep`. The sweep itself is one set-based statement in the cases module. Each run
 * first loads holiday notices stored meanwhile and counts provisional deadlines again if they did.
 */
import type { AppContext } from '../app-context.ts';
import { caseSettings, sweepSla, type SweepRun } from '../modules/cases/index.ts';

/** Where the schedule reports; Fastify's logger fits. */
export interface JobLog {
  info(object: object, message: string): void;
  error(object: object, message: string): void;
}

/** Runs one sweep; null when another server is sweeping at this moment. */
export async function runSlaSweep(ctx: AppContext, trigger: 'schedule' | 'cli' | 'api'): Promise<SweepRun | null> {
  return sweepSla(ctx, trigger);
}

/**
 * Before a sweep: the holiday notices other processes stored, and the deadlines to count again
 * when they changed. Imported when first needed: the recount reaches into the cases module, whose
 * routes start this schedule.
 */
async function recountBeforeSweep(ctx: AppContext, log: JobLog): Promise<void> {
  const { recountIfNoticesChanged } = await import('./deadline-recount.ts');
  const recounted = await recountIfNoticesChanged(ctx);
  if (recounted) log.info({ recounted }, 'deadline recount');
}

/**
 * Starts the schedule: the first sweep after one interval, then one per interval (the setting, or
 * `intervalMs` in tests). A failing sweep is logged and the schedule carries on. Returns the
 * function that stops it.
 */
export function startSlaSweepSchedule(ctx: AppContext, log: JobLog, options: { intervalMs?: number } = {}): () => void {
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  const plan = async (): Promise<void> => {
    if (stopped) return;
    let intervalMs = options.intervalMs ?? 5 * 60_000;
    try {
      if (options.intervalMs === undefined) intervalMs = (await caseSettings(ctx.db)).sweepIntervalMinutes * 60_000;
    } catch (error) {
      log.error({ err: error }, 'sla sweep: cannot read the settings');
    }
    if (stopped) return;
    timer = setTimeout(() => void tick(), intervalMs);
    timer.unref();
  };
  const tick = async (): Promise<void> => {
    try {
      await recountBeforeSweep(ctx, log);
      const run = await runSlaSweep(ctx, 'schedule');
      if (run) log.info({ sweep: run }, 'sla sweep');
    } catch (error) {
      log.error({ err: error }, 'sla sweep failed');
    }
    await plan();
  };
  void plan();
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}

/** `shebao sla-sweep`: one sweep now; prints what changed. */
export async function slaSweepCommand(): Promise<number> {
  const { openSystem } = await import('../system.ts');
  const system = await openSystem();
  try {
    await recountBeforeSweep(system.ctx, {
      info: (object, message) => console.log(`${message}: ${JSON.stringify(object)}`),
      error: (object, message) => console.error(`${message}: ${JSON.stringify(object)}`),
    });
    const run = await runSlaSweep(system.ctx, 'cli');
    if (!run) {
      console.error('another sweep is running; nothing done');
      return 1;
    }
    console.log(
      `sla sweep ${run.id} for ${run.today}: ${run.changed} cases changed state, ${run.alertsRaised} alerts raised`,
    );
    return 0;
  } finally {
    await system.close();
  }
}
