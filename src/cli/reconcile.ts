/**
 * `shebao reconcile`: control reconciliation now (the ledger's checks and collection's); exits 0
 * when everything agrees, 1 listing differences.
 */
import type { Command } from 'commander';
import type { ReconcileOutcome } from '../modules/ledger/index.ts';

/** Differences printed per run; the page lists them all (up to the stored bound per check). */
export const DIFFERENCES_PRINTED_MAX = 20;

/** The lines `shebao reconcile` prints for a run: one per check, then the first differences. */
export function reconcileReport(run: ReconcileOutcome): { out: string[]; err: string[] } {
  const out = [`reconciliation run ${run.id}: ${run.ok ? 'ok' : 'DIFFERENCES FOUND'}`];
  // Names in one column, however long the longest check's name (collection's run to 18).
  const width = Math.max(...Object.keys(run.checks).map((check) => check.length)) + 1;
  for (const [check, counts] of Object.entries(run.checks))
    out.push(`  ${check.padEnd(width)} checked ${counts.checked}, differences ${counts.differences}`);
  const err = run.differences
    .slice(0, DIFFERENCES_PRINTED_MAX)
    .map((d) => `  ${d.kind}: ${d.detail}${d.entryId === null ? '' : ` (entry ${d.entryId})`}`);
  const total = Object.values(run.checks).reduce((n, c) => n + c.differences, 0);
  if (total > err.length) err.push(`  … and ${total - err.length} more (see the run on the 基金账务 page)`);
  return { out, err };
}

/** Registers `shebao reconcile`. */
export function registerReconcileCommand(program: Command): void {
  program
    .command('reconcile')
    .description(
      'reconcile the ledger (balance caches, individual accounts, control totals, entries balance, chain) and collection against it (bills, receivables, payments, bank postings, arrears, rights records); exits 1 on any difference',
    )
    .action(async () => {
      const [{ openSystem }, { reconcile }, { COLLECTION_RECONCILE_CHECKS }] = await Promise.all([
        import('../system.ts'),
        import('../modules/ledger/index.ts'),
        import('../modules/collection/index.ts'),
      ]);
      const system = await openSystem();
      try {
        const run = await reconcile(system.ctx, 'cli', undefined, COLLECTION_RECONCILE_CHECKS);
        const report = reconcileReport(run);
        for (const line of report.out) console.log(line);
        for (const line of report.err) console.error(line);
        process.exitCode = run.ok ? 0 : 1;
      } finally {
        await system.close();
      }
    });
}
