/**
 * The work `shebao serve` runs beside the HTTP server: message delivery every second, the SLA
 * sweep (with the deadline recount before it) every few minutes, the reconciliation (the ledger's
 * checks and collection's) nightly. Started by `serve` once it listens, never by a route plugin, so building the app (in
 * tests, in a command) starts nothing.
 */
import type { AppContext } from '../app-context.ts';
import { COLLECTION_RECONCILE_CHECKS } from '../modules/collection/index.ts';
import { startMessageDelivery } from './message-delivery.ts';
import { startReconcileSchedule } from './reconcile.ts';
import { startSlaSweepSchedule, type JobLog } from './sla-sweep.ts';

/** Starts every schedule; the returned function stops them all and waits for a delivery pass in flight. */
export function startSchedules(ctx: AppContext, log: JobLog): () => Promise<void> {
  const stopDelivery = startMessageDelivery(ctx, log);
  const stopSweep = startSlaSweepSchedule(ctx, log);
  const stopReconcile = startReconcileSchedule(ctx, log, { checks: COLLECTION_RECONCILE_CHECKS });
  return async () => {
    stopSweep();
    stopReconcile();
    await stopDelivery();
  };
}
