/**
 * The live demo's current month (seedCollectionDemo on the demo data): the hall employer declares
 * this month through the real `declare`, so its bill is open and not yet due: not in arrears, owed
 * in the ledger, and every check of the reconciliation still agrees. Seeding twice changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { today } from '../kernel/index.ts';
import { arrearsOf } from '../modules/arrears/index.ts';
import { billsOfPayer, COLLECTION_RECONCILE_CHECKS } from '../modules/collection/index.ts';
import { reconcile } from '../modules/ledger/index.ts';
import { seedCollectionDemo } from './collection-demo.ts';
import { DEMO_PUBLIC_ACCOUNTS } from './demo-data.ts';
import { demoDeclarationLines } from './demo-payroll.ts';

const DEMO_EMPLOYER = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'employer')!.identifier;

let t: TestContext;
let employerId: number;

beforeAll(async () => {
  t = await testContext({ demo: true }, { seedDemo: true });
  const row = await t.ctx.db
    .selectFrom('employers')
    .select('id')
    .where('credit_code', '=', DEMO_EMPLOYER)
    .executeTakeFirstOrThrow();
  employerId = row.id;
}, 180_000);
afterAll(() => t?.dispose());

describe('seedCollectionDemo', () => {
  it("declares this month for the hall employer's six employees: an open bill, not in arrears, owed in the ledger", async () => {
    expect(await seedCollectionDemo(t.ctx)).toBe(true);
    const declarations = await t.ctx.db
      .selectFrom('contribution_declarations')
      .select(['period', 'status', 'line_count'])
      .where('employer_id', '=', employerId)
      .where('period', '=', '202603') // TEST_START is 2026-03-02
      .execute();
    expect(declarations).toEqual([{ period: '202603', status: 'submitted', line_count: 6 }]);
    expect(demoDeclarationLines('202603' as never)).toHaveLength(6);
    const payer = { kind: 'employer', employerId } as const;
    const [bill] = await billsOfPayer(t.ctx.db, payer, { period: '202603' });
    expect(bill).toMatchObject({ status: 'open', dueOn: '2026-03-31', paid: '0.00' });

    const { payers } = await arrearsOf(t.ctx.db, { payer }, today(t.ctx.clock));
    expect(payers.flatMap((p) => p.periods)).not.toContain('202603');
    const run = await reconcile(t.ctx, 'cli', undefined, COLLECTION_RECONCILE_CHECKS);
    expect(run.differences).toEqual([]);
  });

  it('does nothing the second time', async () => {
    expect(await seedCollectionDemo(t.ctx)).toBe(false);
    const declarations = await t.ctx.db
      .selectFrom('contribution_declarations')
      .select('id')
      .where('employer_id', '=', employerId)
      .where('period', '=', '202603')
      .execute();
    expect(declarations).toHaveLength(1);
  });
});
