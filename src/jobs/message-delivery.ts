/**
 * The message delivery worker: while `shebao serve` listens, a pass over the outbox every second
 * (a one-time code should reach the phone within seconds of its commit), at once again while
 * passes come back full. A failing pass is logged and the worker carries on.
 */
import type { AppContext } from '../app-context.ts';
import { deliverDueMessages } from '../modules/outbox/index.ts';
import type { JobLog } from './sla-sweep.ts';

/** The pause between two passes when the outbox had nothing more to send. */
export const DELIVERY_INTERVAL_MS = 1_000;

/** Starts the worker; the returned function stops it and resolves once the pass in flight ends. */
export function startMessageDelivery(
  ctx: AppContext,
  log: JobLog,
  options: { intervalMs?: number; batch?: number } = {},
): () => Promise<void> {
  const intervalMs = options.intervalMs ?? DELIVERY_INTERVAL_MS;
  const batch = options.batch ?? 50;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let inFlight: Promise<void> = Promise.resolve();
  const pass = async (): Promise<void> => {
    let again = false;
    try {
      const done = await deliverDueMessages(ctx, batch);
      if (done.dead > 0) log.error({ delivery: done }, 'messages given up after their last attempt');
      again = done.claimed === batch;
    } catch (error) {
      log.error({ err: error }, 'message delivery pass failed');
    }
    if (stopped) return;
    timer = setTimeout(() => (inFlight = pass()), again ? 0 : intervalMs);
    timer.unref();
  };
  inFlight = pass();
  return async () => {
    stopped = true;
    if (timer) clearTimeout(timer);
    await inFlight;
  };
}
