import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { startReconcileSchedule } from './reconcile.ts';

let t: TestContext;
beforeAll(async () => {
  t = await testContext();
});
afterAll(() => t.dispose());

async function scheduledRuns(): Promise<number> {
  const rows = await t.ctx.db.selectFrom('reconcile_runs').select('id').where('trigger', '=', 'schedule').execute();
  return rows.length;
}

describe('the nightly reconciliation', () => {
  it('runs once when its hour comes (China time), logs the run, and not again the same night', async () => {
    t.clock.set(new Date('2026-03-02T17:59:59.900Z')); // 01:59:59.900 in Beijing
    const logged: string[] = [];
    const log = { info: (_: object, message: string) => logged.push(message), error: () => logged.push('error') };
    const stop = startReconcileSchedule(t.ctx, log, { hour: 2 });
    try {
      await expect.poll(scheduledRuns, { timeout: 20_000 }).toBe(1);
      // The clock stands still at the due minute: the next run is planned for tomorrow night.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await scheduledRuns()).toBe(1);
      expect(logged).toEqual(['ledger reconciliation']);
    } finally {
      stop();
    }
  });

  it('does nothing before its hour and nothing once stopped', async () => {
    t.clock.set(new Date('2026-03-03T10:00:00Z'));
    const before = await scheduledRuns();
    const stop = startReconcileSchedule(t.ctx, { info: () => undefined, error: () => undefined }, { hour: 2 });
    stop();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await scheduledRuns()).toBe(before);
  });
});
