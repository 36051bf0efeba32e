import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { runSlaSweep, startSlaSweepSchedule } from './sla-sweep.ts';

let t: TestContext;
beforeAll(async () => {
  t = await testContext();
});
afterAll(() => t.dispose());

describe('the SLA sweep job', () => {
  it('runs on demand and records the run', async () => {
    const run = await runSlaSweep(t.ctx, 'cli');
    expect(run).toMatchObject({ trigger: 'cli', today: '2026-03-02', changed: 0, alertsRaised: 0 });
  });

  it('runs on its schedule until stopped, logging each run', async () => {
    const logged: string[] = [];
    const log = { info: (_: object, message: string) => logged.push(message), error: () => logged.push('error') };
    const stop = startSlaSweepSchedule(t.ctx, log, { intervalMs: 20 });
    await expect
      .poll(() => logged.filter((m) => m === 'sla sweep').length, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(2);
    stop();
    const runs = await t.ctx.db
      .selectFrom('case_sweep_runs')
      .select('trigger')
      .where('trigger', '=', 'schedule')
      .execute();
    expect(runs.length).toBeGreaterThanOrEqual(2);
    expect(logged).not.toContain('error');
  });
});
