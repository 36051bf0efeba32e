/** `shebao verify-ledger`: the journal's hash chain, checked end to end; exit 1 naming the first break. */
import type { System } from '../system.ts';

/** Runs the verification on an open system with progress on stderr; returns the exit code. */
export async function runVerifyLedger(system: System): Promise<number> {
  const [{ verifyLedger }, { SingleBar, Presets }] = await Promise.all([
    import('../modules/ledger/index.ts'),
    import('cli-progress'),
  ]);
  const bar = new SingleBar(
    { stream: process.stderr, format: ' verify-ledger [{bar}] {value}/{total} batches, {entries} entries' },
    Presets.shades_classic,
  );
  bar.start(0, 0, { entries: 0 });
  const result = await verifyLedger(system.ctx.db, {
    onProgress: (p) => {
      bar.setTotal(p.batchesTotal);
      bar.update(p.batches, { entries: p.entries });
    },
  }).finally(() => bar.stop());
  if (result.ok) {
    console.log(`ledger chain intact: ${result.batches} batches, ${result.entries} entries`);
    return 0;
  }
  const bad = result.firstBad!;
  const entry = bad.entryId === null ? '' : `, entry ${bad.entryId}`;
  console.error(
    `ledger chain broken at batch ${bad.batchNo}${entry}: ${bad.reason} (${result.batches} batches before it are intact)`,
  );
  return 1;
}

/** The action of `shebao verify-ledger`: opens the system, verifies, sets the exit code. */
export async function verifyLedgerCommand(): Promise<void> {
  const { openSystem } = await import('../system.ts');
  const system = await openSystem();
  process.exitCode = await runVerifyLedger(system).finally(() => system.close());
}
