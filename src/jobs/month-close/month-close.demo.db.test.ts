/**
 * The month close on the demo database, whose ledger already holds paid months (history loaded
 * into the ledger without bills): the close bills only what is not settled yet, and completes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/support/http.ts';
import type { Period } from '../../kernel/period.ts';
import { verifyLedger } from '../../modules/ledger/index.ts';
import { closeMonth } from './month-close.ts';

let t: TestApp;

beforeAll(async () => {
  t = await testApp();
}, 180_000);
afterAll(() => t?.dispose());

describe('closeMonth on the demo data', () => {
  it('completes a month the demo ledger already paid without billing it again', async () => {
    const period = '202602' as Period;
    const paid = await t.ctx.db
      .selectFrom('rights_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('period', '=', period)
      .where('region_code', '=', '330106')
      .where('status', '=', 'paid')
      .executeTakeFirstOrThrow();
    expect(Number(paid.n)).toBeGreaterThan(0);
    const run = await closeMonth(t.ctx, { region: '330106', period, trigger: 'cli', startedBy: 'cli:test' });
    expect(run.status).toBe('completed');
    const billed = await t.ctx.db
      .selectFrom('bill_lines')
      .innerJoin('contribution_bills', 'contribution_bills.id', 'bill_lines.bill_id')
      .innerJoin('rights_records', (join) =>
        join
          .onRef('rights_records.person_id', '=', 'bill_lines.person_id')
          .onRef('rights_records.scheme', '=', 'bill_lines.scheme')
          .onRef('rights_records.period', '=', 'contribution_bills.period'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('contribution_bills.period', '=', period)
      .where('rights_records.entry_id', 'is not', null)
      .where('bill_lines.status', '=', 'open')
      .executeTakeFirstOrThrow();
    expect(Number(billed.n)).toBe(0);
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });
});
