/** Bills on the real database: issue, replace while unpaid, refuse when paid, owed months recorded, bulk issue. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshEmployer } from '../../../test/fixtures/collection/payer.ts';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import { assessment, freshPersonIds, issue, line } from '../../../test/fixtures/collection/payments.ts';
import { Rejection } from '../../kernel/rejection.ts';
import type { Period } from '../../kernel/period.ts';
import { issueBills } from './collection.bills.ts';
import { billDetail, billsOfPayer } from './collection.bills.views.ts';
import type { Payer } from './collection.model.ts';

let t: TestContext;
let payer: Payer;
let persons: number[];

beforeAll(async () => {
  // The demo as every database test gets it: a clone of the run's seeded image.
  t = await testContext({ demo: true }, { seedDemo: true });
  // An employer of its own: the demo's hall employer has a history of bills and payments.
  payer = { kind: 'employer', employerId: (await freshEmployer(t.ctx)).id };
  persons = await freshPersonIds(t.ctx, 3);
});
afterAll(() => t.dispose());

const records = (period: string) =>
  t.ctx.db
    .selectFrom('rights_records')
    .select(['person_id', 'scheme', 'status', 'source', 'employer_fen'])
    .where('period', '=', period)
    .where('employer_id', '=', payer.kind === 'employer' ? payer.employerId : 0)
    .where('person_id', 'in', persons)
    .orderBy('person_id')
    .orderBy('scheme')
    .execute();

describe('issueBill', () => {
  it('numbers the bill, totals its lines, is due at the end of the month and records the months as due', async () => {
    const bill = await issue(
      t.ctx,
      assessment(payer, '202601', [
        line(persons[0]!, 'pension', 80_000, 40_000),
        line(persons[1]!, 'medical', 40_000, 10_000),
      ]),
    );
    expect(bill.billNo).toBe(`JF202601${String(bill.id).padStart(8, '0')}`);
    expect(bill.total).toBe(170_000);
    expect(bill.dueOn).toBe('2026-01-31');
    const rows = await records('202601');
    expect(rows.map((r) => [r.scheme, r.status, r.source])).toEqual([
      ['pension', 'due', 'declaration'],
      ['medical', 'due', 'declaration'],
    ]);
    const detail = await billDetail(t.ctx.db, bill.id);
    expect(detail.total).toBe('1700.00');
    expect(detail.lines.map((l) => l.scheme)).toEqual(['pension', 'medical']);
    expect(detail.lines[0]!.citizenId).toMatch(/\*/);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id'])
      .where('action', '=', 'collection.bill.issue')
      .execute();
    expect(audit.length).toBeGreaterThan(0);
  });

  it('replaces the open unpaid regular bill of the period and re-records its months', async () => {
    const first = await issue(t.ctx, assessment(payer, '202602', [line(persons[0]!, 'pension', 80_000, 40_000)]));
    const second = await issue(
      t.ctx,
      assessment(payer, '202602', [line(persons[0]!, 'pension', 96_000, 48_000)], 'undeclared'),
    );
    expect(second.replacedBillId).toBe(first.id);
    const bills = await billsOfPayer(t.ctx.db, payer, { period: '202602' });
    expect(bills.map((b) => [b.id, b.status])).toEqual([
      [second.id, 'open'],
      [first.id, 'cancelled'],
    ]);
    expect((await records('202602')).map((r) => [Number(r.employer_fen), r.source])).toEqual([
      [96_000, 'assessment_110'],
    ]);
  });

  it('refuses to replace a bill with a payment', async () => {
    const bill = await issue(t.ctx, assessment(payer, '202512', [line(persons[2]!, 'pension', 80_000, 40_000)]));
    await t.ctx.db.updateTable('contribution_bills').set({ paid_fen: 1 }).where('id', '=', bill.id).execute();
    const error = await issue(t.ctx, assessment(payer, '202512', [line(persons[2]!, 'pension', 1, 1)])).catch(
      (e: unknown) => e,
    );
    expect((error as Rejection).code).toBe('collection_bill_paid');
    await t.ctx.db.updateTable('contribution_bills').set({ paid_fen: 0 }).where('id', '=', bill.id).execute();
  });

  it('records a back payment of a past period as arrears', async () => {
    const bill = await issue(
      t.ctx,
      assessment(payer, '202409', [line(persons[1]!, 'unemployment', 2_000, 1_000)], 'back_payment'),
      7,
    );
    expect(bill.kind).toBe('back_payment');
    expect((await records('202409')).map((r) => [r.status, r.source])).toEqual([['arrears', 'back_payment']]);
  });
});

describe('issueBills', () => {
  it('issues many bills set-based, in input order, with one audit entry', async () => {
    const flexible: Payer = { kind: 'flexible', personId: persons[2]! };
    const bills = await t.ctx.db
      .transaction()
      .execute((trx) =>
        issueBills(
          trx,
          t.ctx,
          [
            assessment(payer, '202603', [line(persons[0]!, 'pension', 100, 50), line(persons[1]!, 'pension', 100, 50)]),
            assessment(flexible, '202603', [line(persons[2]!, 'pension', 0, 2_000)]),
          ],
          { monthCloseId: 99 },
        ),
      );
    expect(bills.map((b) => [b.payer.kind, b.total, b.lineCount])).toEqual([
      ['employer', 300, 2],
      ['flexible', 2_000, 1],
    ]);
    const rows = await t.ctx.db
      .selectFrom('contribution_bills')
      .select(['month_close_id', 'period'])
      .where(
        'id',
        'in',
        bills.map((b) => b.id),
      )
      .execute();
    expect(rows.every((r) => Number(r.month_close_id) === 99)).toBe(true);
    const due = await t.ctx.db.selectFrom('rights_records').select('status').where('period', '=', '202603').execute();
    expect(due).toHaveLength(3);
    expect((await billsOfPayer(t.ctx.db, flexible, { period: '202603' as Period }))[0]!.total).toBe('20.00');
  });
});
