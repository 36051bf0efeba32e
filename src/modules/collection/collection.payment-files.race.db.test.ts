/**
 * Payment files uploaded at the same instant. The same file twice: one upload records it, the
 * other is refused with the named rejection of a repeated file (409). Two different files sharing
 * a bank reference: one is recorded, the other is refused with that row reported as recorded
 * (400). Nothing is recorded twice. On PostgreSQL the two transactions really overlap; on PGlite
 * they queue, and the answer must be the same.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshEmployer } from '../../../test/fixtures/collection/payer.ts';
import { assessment, freshPersonIds, issue, line } from '../../../test/fixtures/collection/payments.ts';
import { testApp, type Caller, type TestApp } from '../../../test/support/http.ts';
import { verifyLedger } from '../ledger/index.ts';
import type { IssuedBill } from './collection.bills.ts';

/** Rounds of the race: each a new file, so a lucky interleaving in one round cannot hide the bug. */
const ROUNDS = 3;

let t: TestApp;
/** The paying employer's credit code: one of its own (the demo's hall employer has years of bills). */
let payerCode: string;
let bills: IssuedBill[];

beforeAll(async () => {
  t = await testApp();
  const employer = await freshEmployer(t.ctx);
  payerCode = employer.creditCode;
  const employerId = employer.id;
  const [person] = await freshPersonIds(t.ctx, 1);
  bills = [];
  for (const period of ['202509', '202510', '202511', '202512', '202601', '202602'])
    bills.push(
      await issue(
        t.ctx,
        assessment({ kind: 'employer', employerId }, period, [line(person!, 'pension', 80_000, 40_000)]),
      ),
    );
});
afterAll(() => t.dispose());

function upload(caller: Caller, csv: string) {
  const boundary = '----paymentfile';
  const payload = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="file"; filename="bank.csv"',
    'Content-Type: text/csv',
    '',
    csv,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return caller.call('POST', '/api/collection/payment-files?source=bank', payload, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

/** A bank file of one row paying `bill` before its due day; `amount` as written. */
function fileFor(bill: IssuedBill, reference: string, amount: string, billNo: string): string {
  const receivedOn = `${bill.period.slice(0, 4)}-${bill.period.slice(4)}-20`;
  return [
    '缴费主体代码,金额,到账日期,交易流水号,缴费单号',
    `${payerCode},${amount},${receivedOn},${reference},${billNo}`,
    '合计,1200.00',
  ].join('\n');
}

async function billPaid(bill: IssuedBill) {
  const paid = await t.ctx.db
    .selectFrom('contribution_bills')
    .select(['status', 'paid_fen'])
    .where('id', '=', bill.id)
    .executeTakeFirstOrThrow();
  return [paid.status, Number(paid.paid_fen)];
}

const count = async (query: string) =>
  Number((await sql<{ n: string }>`SELECT count(*)::text AS n FROM ${sql.raw(query)}`.execute(t.ctx.db)).rows[0]!.n);

describe('a payment file uploaded twice at the same time', () => {
  it('is recorded once; the other upload is refused as a repeated file', async () => {
    const clerk = await t.as('clerk');
    for (let round = 0; round < ROUNDS; round++) {
      const bill = bills[round]!;
      // Received before the bill's due day: the line is paid whole, no late fee.
      const file = fileFor(bill, `RACE-${round}`, '1200.00', bill.billNo);
      const payments = await count('payments');
      const files = await count('payment_files');
      const entries = await count('journal_entries');
      const answers = await Promise.all([upload(clerk, file), upload(clerk, file)]);
      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses, answers.map((a) => a.body).join('\n')).toEqual([201, 409]);
      const refusal = answers.find((a) => a.statusCode === 409)!.json();
      const recorded = answers.find((a) => a.statusCode === 201)!.json();
      expect(refusal.code).toBe('collection_payment_file_repeated');
      expect(refusal.details.fileNo).toBe(recorded.fileNo);
      expect(refusal.details.errors[0]).toMatchObject({
        row: 0,
        field: 'file',
        code: 'collection_payment_file_repeated',
      });
      expect(await count('payments')).toBe(payments + 1);
      expect(await count('payment_files')).toBe(files + 1);
      // One payment of one line: its contribution entry and the bill's receivable cleared, nothing
      // booked by the refused upload.
      expect(await count('journal_entries')).toBe(entries + 2);
      expect(await billPaid(bill)).toEqual(['paid', 120_000]);
    }
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });
});

describe('two different payment files with the same reference at the same time', () => {
  it('records one; the other is refused whole with the reference reported as recorded', async () => {
    const clerk = await t.as('clerk');
    for (let round = 0; round < ROUNDS; round++) {
      const bill = bills[ROUNDS + round]!;
      const reference = `TWIN-${round}`;
      // Different bytes (the amount written two ways, one naming the bill): not a repeated file.
      const files = [fileFor(bill, reference, '1200.00', bill.billNo), fileFor(bill, reference, '1200.0', '')];
      const payments = await count('payments');
      const entries = await count('journal_entries');
      const answers = await Promise.all(files.map((f) => upload(clerk, f)));
      const statuses = answers.map((a) => a.statusCode).sort();
      expect(statuses, answers.map((a) => a.body).join('\n')).toEqual([201, 400]);
      const refusal = answers.find((a) => a.statusCode === 400)!.json();
      expect(refusal.code).toBe('collection_payment_file_rows_rejected');
      // When the file naming the bill loses, its row is also refused for that bill, now paid.
      expect(refusal.details.errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ row: 2, field: 'reference', code: 'collection_file_reference_recorded' }),
        ]),
      );
      for (const e of refusal.details.errors as { row: number; code: string }[])
        expect([e.row, e.code]).toEqual([
          2,
          expect.stringMatching(/^collection_file_(reference_recorded|bill_not_open)$/),
        ]);
      expect(await count('payments')).toBe(payments + 1);
      expect(await count('journal_entries')).toBe(entries + 2);
      expect(await billPaid(bill)).toEqual(['paid', 120_000]);
    }
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });
});
