/**
 * The live demo's collection (seedCollectionDemo on the demo data): this month declared by the demo
 * employer, the month before last closed by the real month close, and the second employer, which
 * never declared, in arrears with a late fee running (so is the demo's flexible worker). Seeding twice changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { today } from '../kernel/index.ts';
import { verifyLedger } from '../modules/ledger/index.ts';
import { arrearsOf } from '../modules/collection/collection.arrears.ts';
import { DEMO_COLLECTION_REGION, demoClosedPeriod, seedCollectionDemo } from './collection-demo.ts';
import { DEMO_PUBLIC_ACCOUNTS } from './demo-data.ts';
import { DEMO_SECOND_CREDIT_CODE } from './registration-demo.ts';

let t: TestContext;

beforeAll(async () => {
  t = await testContext({}, { seedDemo: true });
}, 180_000);
afterAll(() => t?.dispose());

describe('seedCollectionDemo', () => {
  it('declares this month, closes the month before last and leaves the second employer in arrears', async () => {
    expect(await seedCollectionDemo(t.ctx)).toBe(true);
    const closed = demoClosedPeriod(t.ctx);
    expect(closed).toBe('202601'); // TEST_START is 2026-03-02
    const run = await t.ctx.db
      .selectFrom('month_closes')
      .selectAll()
      .where('region_code', '=', DEMO_COLLECTION_REGION)
      .execute();
    expect(run.map((r) => [r.period, r.status])).toEqual([[closed, 'completed']]);
    const declarations = await t.ctx.db.selectFrom('contribution_declarations').select(['period', 'status']).execute();
    expect(declarations).toEqual([{ period: '202603', status: 'submitted' }]);

    const { payers } = await arrearsOf(t.ctx.db, { agencyPath: '' }, today(t.ctx.clock));
    const second = payers.find((p) => p.code === DEMO_SECOND_CREDIT_CODE);
    expect(second?.periods).toEqual([closed]);
    expect(second!.amount).toBeGreaterThan(0);
    expect(second!.lateFeeAccrued).toBeGreaterThan(0);
    // The demo employer's months are paid in the ledger demo: nothing of it is in arrears.
    const demoEmployer = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'employer')!.identifier;
    expect(payers.map((p) => p.code)).not.toContain(demoEmployer);
    // Besides the second employer, the demo's flexible worker (吴静), who has not declared either.
    expect(payers.map((p) => p.payer.kind).sort()).toEqual(['employer', 'flexible']);
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });

  it('does nothing the second time', async () => {
    expect(await seedCollectionDemo(t.ctx)).toBe(false);
    const closes = await t.ctx.db.selectFrom('month_closes').select('id').execute();
    expect(closes).toHaveLength(1);
  });
});
