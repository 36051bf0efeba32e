/**
 * Payments on the real database: exact, late (fee charged and paid), over (credit held, then
 * applied), under, duplicate; and the property that money collected equals the increase of the
 * funds' income bank accounts, with the journal chain intact.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshEmployer } from '../../../test/fixtures/collection/payer.ts';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import { assessment, freshPersonIds, issue, line } from '../../../test/fixtures/collection/payments.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { centsFromInteger } from '../../kernel/cents.ts';
import { addMonths, type Period } from '../../kernel/period.ts';
import { Rejection } from '../../kernel/rejection.ts';
import { verifyLedger } from '../ledger/index.ts';
import type { Payer } from './collection.model.ts';
import { applyCredits, creditBalances, recordPayment, type PaymentInput } from './collection.payments.ts';

let t: TestContext;
let payer: Payer;
let persons: number[];
let ref = 0;

beforeAll(async () => {
  // The demo as every database test gets it: a clone of the run's seeded image.
  t = await testContext({ demo: true }, { seedDemo: true });
  // An employer of its own: the demo's hall employer has a history of bills and payments.
  payer = { kind: 'employer', employerId: (await freshEmployer(t.ctx)).id };
  persons = await freshPersonIds(t.ctx, 3);
});
afterAll(() => t.dispose());

const pay = (amount: number, receivedOn: string, over: Partial<PaymentInput> = {}) =>
  t.ctx.db.transaction().execute((trx) =>
    recordPayment(
      trx,
      t.ctx,
      {
        payer,
        amount: centsFromInteger(amount),
        receivedOn: receivedOn as CalendarDate,
        channel: 'window',
        reference: `ref-${++ref}`,
        ...over,
      },
      'staff:1',
    ),
  );

const billStatus = (id: number) =>
  t.ctx.db
    .selectFrom('contribution_bills')
    .select(['status', 'paid_fen'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('recordPayment', () => {
  it('pays a bill exactly: lines paid, rights records paid, bill paid', async () => {
    const bill = await issue(
      t.ctx,
      assessment(payer, '202601', [
        line(persons[0]!, 'pension', 80_000, 40_000),
        line(persons[0]!, 'medical', 20_000, 5_000),
      ]),
    );
    const paid = await pay(145_000, '2026-01-20');
    expect(paid.match).toBe('matched');
    expect(paid.billsPaid).toEqual([bill.id]);
    expect(await billStatus(bill.id)).toMatchObject({ status: 'paid' });
    const records = await t.ctx.db
      .selectFrom('rights_records')
      .select(['status', 'paid_on'])
      .where('person_id', '=', persons[0]!)
      .where('period', '=', '202601')
      .execute();
    expect(records.map((r) => r.status)).toEqual(['paid', 'paid']);
  });

  it('charges the late fee of a line paid after its due date and allocates it after the lines', async () => {
    const bill = await issue(t.ctx, assessment(payer, '202511', [line(persons[1]!, 'unemployment', 10_000, 0)]));
    // Due 2025-11-30; paid 2026-01-10: 2025-12-01 … 2026-01-09 = 40 days × 0.05 % × 100.00 = 2.00
    const paid = await pay(10_200, '2026-01-10');
    expect(paid.lateFeesCharged).toBe(200);
    expect(paid.match).toBe('matched');
    const fee = await t.ctx.db
      .selectFrom('late_fees')
      .selectAll()
      .where('bill_id', '=', bill.id)
      .executeTakeFirstOrThrow();
    expect([fee.days, Number(fee.fee_fen), fee.status]).toEqual([40, 200, 'paid']);
  });

  it('holds what is left as credit and applies it to a later bill', async () => {
    const paid = await pay(5_000, '2026-02-01');
    expect(paid.match).toBe('unmatched');
    expect(
      (await creditBalances(t.ctx.db, [payer])).get(`employer:${(payer as { employerId: number }).employerId}`),
    ).toBe(5_000);
    const bill = await issue(t.ctx, assessment(payer, '202602', [line(persons[2]!, 'work_injury', 3_000, 0)]));
    const applied = await t.ctx.db
      .transaction()
      .execute((trx) => applyCredits(trx, t.ctx, [payer], '2026-02-27' as CalendarDate));
    expect(applied).toMatchObject({ payers: 1, applied: 3_000, linesPaid: 1 });
    expect(await billStatus(bill.id)).toMatchObject({ status: 'paid' });
    expect([...(await creditBalances(t.ctx.db, [payer])).values()]).toEqual([2_000]);
  });

  it('leaves lines open when the money does not reach them', async () => {
    await issue(t.ctx, assessment(payer, '202603', [line(persons[1]!, 'pension', 50_000, 0)]));
    const paid = await pay(1_000, '2026-03-01');
    expect(paid.match).toBe('under_paid');
    expect(paid.held).toBe(1_000);
  });

  it('refuses a repeated reference, a date in the future and a zero amount', async () => {
    const codes = async (f: () => Promise<unknown>) => ((await f().catch((e: unknown) => e)) as Rejection).code;
    await pay(100, '2026-03-01', { reference: 'same' });
    expect(await codes(() => pay(100, '2026-03-01', { reference: 'same' }))).toBe('collection_payment_duplicate');
    expect(await codes(() => pay(100, '2026-04-01'))).toBe('collection_received_in_future');
    expect(await codes(() => pay(0, '2026-03-01'))).toBe('collection_amount_invalid');
  });
});

describe('money collected equals the funds’ increase', () => {
  const bankIncome = async () =>
    Number(
      (
        await sql<{ n: string }>`
          SELECT coalesce(sum(CASE WHEN l.side = 'debit' THEN l.amount_fen ELSE -l.amount_fen END), 0)::text AS n
            FROM journal_lines l JOIN ledger_accounts a ON a.id = l.account_id
            JOIN journal_entries e ON e.id = l.entry_id
           WHERE a.kind = 'bank_income' AND e.source_module = 'collection'`.execute(t.ctx.db)
      ).rows[0]!.n,
    );
  const collected = async () =>
    Number(
      (await sql<{ n: string }>`SELECT coalesce(sum(amount_fen), 0)::text AS n FROM payments`.execute(t.ctx.db))
        .rows[0]!.n,
    );

  it('for random bills and payments', async () => {
    const flexible: Payer = { kind: 'flexible', personId: persons[2]! };
    let month = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 40_000 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.integer({ min: 1, max: 60_000 }), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (amounts, payments, useFlexible) => {
          const who = useFlexible ? flexible : payer;
          const period = addMonths('202201' as Period, month++);
          await issue(
            t.ctx,
            assessment(
              who,
              period,
              amounts.map((a, i) => line(persons[i]!, 'pension', a, Math.floor(a / 2))),
            ),
          );
          for (const amount of payments)
            await t.ctx.db.transaction().execute((trx) =>
              recordPayment(
                trx,
                t.ctx,
                {
                  payer: who,
                  amount: centsFromInteger(amount),
                  receivedOn: '2026-03-01' as CalendarDate,
                  channel: 'bank_file',
                  reference: `p-${++ref}`,
                },
                'test',
              ),
            );
          expect(await bankIncome()).toBe(await collected());
        },
      ),
      { numRuns: 12 },
    );
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });
});
