/**
 * Payment files and refunds over HTTP: a bank file that matches, over-pays and under-pays (the
 * reconciliation report, bills paid, credit held); a bad file refused whole with every bad row; a
 * repeated file refused; a refund proposed by a clerk and approved by an approver (credit down,
 * ledger intact); self-approval and a refund above the credit refused.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshEmployer } from '../../../test/fixtures/collection/payer.ts';
import { assessment, freshPersonIds, issue, line } from '../../../test/fixtures/collection/payments.ts';
import { ok, refused, testApp, type Caller, type TestApp } from '../../../test/support/http.ts';
import { verifyLedger } from '../ledger/index.ts';
import type { IssuedBill } from './collection.bills.ts';

let t: TestApp;
/** The paying employer's credit code: one of its own (the demo's hall employer has years of bills). */
let payerCode: string;
let employerId: number;
let bills: IssuedBill[];

beforeAll(async () => {
  t = await testApp();
  const employer = await freshEmployer(t.ctx);
  payerCode = employer.creditCode;
  employerId = employer.id;
  const [person] = await freshPersonIds(t.ctx, 1);
  bills = [];
  for (const period of ['202511', '202512', '202601'])
    bills.push(
      await issue(
        t.ctx,
        assessment({ kind: 'employer', employerId }, period, [line(person!, 'pension', 80_000, 40_000)]),
      ),
    );
});
afterAll(() => t.dispose());

function upload(caller: Caller, csv: string, source = 'bank', fileName = 'bank.csv') {
  const boundary = '----paymentfile';
  const payload = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="source"',
    '',
    source,
    `--${boundary}`,
    `Content-Disposition: form-data; name="file"; filename="${fileName}"`,
    'Content-Type: text/csv',
    '',
    csv,
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return caller.call('POST', `/api/collection/payment-files?source=${source}`, payload, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

const paymentCount = async () =>
  Number((await sql<{ n: string }>`SELECT count(*)::text AS n FROM payments`.execute(t.ctx.db)).rows[0]!.n);

const credit = async (caller: Caller) =>
  ok(await caller.call('GET', `/api/collection/employers/${employerId}/summary`)).credit as string;

let goodFile: string;

describe('payment files', () => {
  it('records a bank file and reports matched, over-paid and under-paid rows', async () => {
    const clerk = await t.as('clerk');
    const [a, b, c] = bills;
    goodFile = [
      '缴费主体代码,金额,到账日期,交易流水号,缴费单号',
      `${payerCode},1200.00,2025-11-20,B-1,${a!.billNo}`,
      `${payerCode},1300.00,2025-12-20,B-2,${b!.billNo}`,
      `${payerCode},500.00,2026-01-20,B-3,${c!.billNo}`,
      '合计,3000.00',
    ].join('\n');
    const file = ok(await upload(clerk, goodFile), 201);
    expect(file).toMatchObject({ source: 'bank', fileName: 'bank.csv', rowCount: 3, total: '3000.00' });
    expect(file.fileNo).toMatch(/^WJ20260302\d{8}$/);
    expect(file.report.counts).toEqual({ matched: 1, overPaid: 1, underPaid: 1, unmatched: 0 });
    expect(file.report.matched).toMatchObject([
      {
        row: 2,
        payerCode,
        amount: '1200.00',
        reference: 'B-1',
        due: '1200.00',
        held: '0.00',
        outcome: 'matched',
      },
    ]);
    expect(file.report.overPaid).toMatchObject([{ row: 3, amount: '1300.00', held: '100.00', outcome: 'over_paid' }]);
    expect(file.report.underPaid).toMatchObject([{ row: 4, amount: '500.00', held: '500.00', outcome: 'under_paid' }]);
    expect(file.report.matched[0].payerName).toBeTruthy();

    const status = async (id: number) => ok(await clerk.call('GET', `/api/collection/bills/${id}`)).status;
    expect([await status(a!.id), await status(b!.id), await status(c!.id)]).toEqual(['paid', 'paid', 'open']);
    expect(await credit(clerk)).toBe('600.00');

    const payments = await t.ctx.db
      .selectFrom('payments')
      .select(['channel', 'payment_file_id'])
      .where('reference', 'in', ['B-1', 'B-2', 'B-3'])
      .execute();
    expect(payments.map((p) => [p.channel, Number(p.payment_file_id)])).toEqual(
      Array.from({ length: 3 }, () => ['bank_file', file.id]),
    );

    const list = ok(await clerk.call('GET', '/api/collection/payment-files'));
    expect(list.items[0].id).toBe(file.id);
    const detail = ok(await clerk.call('GET', `/api/collection/payment-files/${file.id}`));
    expect(detail.report).toEqual(file.report);
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });

  it('refuses a file with bad rows, listing every one, and records nothing', async () => {
    const clerk = await t.as('clerk');
    const before = await paymentCount();
    const bad = [
      'payerCode,amount,receivedOn,reference,billNo',
      `NOSUCHPAYER,10.00,2026-02-01,X-1,`,
      `${payerCode},abc,2026-02-01,X-2,`,
      `${payerCode},-5.00,2026-02-01,X-3,`,
      `${payerCode},10.00,2026-12-01,X-4,`,
      `${payerCode},10.00,2026-02-01,,`,
      `${payerCode},10.00,2026-02-01,X-5,`,
      `${payerCode},10.00,2026-02-01,X-5,`,
      `${payerCode},10.00,2026-02-01,B-1,`,
      `${payerCode},10.00,2026-02-01,X-6,${bills[0]!.billNo}`,
      'TOTAL,999.00',
    ].join('\n');
    const body = refused(await upload(clerk, bad), 'collection_payment_file_rows_rejected', 400);
    expect(
      body.details.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code]),
    ).toEqual([
      [2, 'payerCode', 'collection_file_payer_unknown'],
      [3, 'amount', 'collection_file_amount_invalid'],
      [4, 'amount', 'collection_file_amount_not_positive'],
      [5, 'receivedOn', 'collection_file_date_future'],
      [6, 'reference', 'collection_file_reference_missing'],
      [8, 'reference', 'collection_file_reference_duplicate'],
      [9, 'reference', 'collection_file_reference_recorded'],
      [10, 'billNo', 'collection_file_bill_not_open'],
      [11, 'total', 'collection_file_total_mismatch'],
    ]);
    expect(body.details.errors.every((e: { message: string }) => e.message.length > 0)).toBe(true);
    const noTotal = refused(
      await upload(clerk, `payerCode,amount,receivedOn,reference\n${payerCode},10.00,2026-02-01,Y-1`),
      'collection_payment_file_rows_rejected',
      400,
    );
    expect(noTotal.details.errors).toMatchObject([{ field: 'total', code: 'collection_file_total_missing' }]);
    expect(await paymentCount()).toBe(before);
    expect(ok(await clerk.call('GET', '/api/collection/payment-files')).items).toHaveLength(1);
  });

  it('refuses a file imported before', async () => {
    const clerk = await t.as('clerk');
    const before = await paymentCount();
    refused(await upload(clerk, goodFile, 'bank', 'again.csv'), 'collection_payment_file_repeated', 409);
    expect(await paymentCount()).toBe(before);
  });
});

describe('refunds of credit', () => {
  it('refuses a refund above the credit', async () => {
    const clerk = await t.as('clerk');
    refused(
      await clerk.call('POST', '/api/collection/refunds', {
        payer: { kind: 'employer', employerId },
        amount: '600.01',
        reason: '多缴退还',
      }),
      'collection_refund_exceeds_credit',
      409,
    );
  });

  it('refuses self-approval, then lowers the credit when another person approves', async () => {
    const clerk = await t.as('clerk');
    const proposed = ok(
      await clerk.call('POST', '/api/collection/refunds', {
        payer: { kind: 'employer', employerId },
        amount: '100.00',
        reason: '多缴退还',
      }),
      201,
    );
    expect(proposed).toMatchObject({ status: 'proposed', amount: '100.00', payerKind: 'employer', employerId });
    expect(proposed.refundNo).toMatch(/^TF/);

    // The clerk, given the approver role too, still may not approve their own proposal.
    await sql`INSERT INTO staff_roles (staff_id, role_code)
              SELECT id, 'approver' FROM staff WHERE username = 'clerk' ON CONFLICT DO NOTHING`.execute(t.ctx.db);
    const clerkApprover = await t.as('clerk');
    refused(
      await clerkApprover.call('POST', `/api/collection/refunds/${proposed.id}/approve`, {}),
      'collection_refund_same_person',
      403,
    );
    expect(await credit(clerk)).toBe('600.00');

    const approver = await t.as('approver');
    const approved = ok(
      await approver.call('POST', `/api/collection/refunds/${proposed.id}/approve`, { note: '核对无误' }),
    );
    expect(approved).toMatchObject({ status: 'approved', decisionNote: '核对无误' });
    expect(await credit(clerk)).toBe('500.00');
    refused(
      await approver.call('POST', `/api/collection/refunds/${proposed.id}/reject`, {}),
      'collection_refund_decided',
      409,
    );
    const listed = ok(await approver.call('GET', '/api/collection/refunds?status=approved'));
    expect(listed.items.map((r: { id: number }) => r.id)).toEqual([proposed.id]);
    expect((await verifyLedger(t.ctx.db)).ok).toBe(true);
  });

  it('rejects a refund without touching the credit', async () => {
    const clerk = await t.as('clerk');
    const proposed = ok(
      await clerk.call('POST', '/api/collection/refunds', {
        payer: { kind: 'employer', employerId },
        amount: '50.00',
        reason: '申请退费',
      }),
      201,
    );
    const approver = await t.as('approver');
    const rejected = ok(
      await approver.call('POST', `/api/collection/refunds/${proposed.id}/reject`, { note: '不符合' }),
    );
    expect(rejected.status).toBe('rejected');
    expect(await credit(clerk)).toBe('500.00');
  });
});

describe('a payment file imported before payment notices', () => {
  it('reads its stored report with noticeNo null on every row', async () => {
    const clerk = await t.as('clerk');
    const staff = await t.ctx.db
      .selectFrom('staff')
      .select('id')
      .where('username', '=', 'clerk')
      .executeTakeFirstOrThrow();
    // The report as imports stored it before migration 0031: rows without noticeNo.
    const row = {
      row: 2,
      payerCode,
      payerName: '旧单位',
      amount: '10.00',
      receivedOn: '2025-06-30',
      reference: 'OLD-1',
      billNo: null,
      paymentNo: 'JK2025063000000001',
      due: '0.00',
      held: '10.00',
      outcome: 'unmatched',
    };
    const counts = { matched: 0, overPaid: 0, underPaid: 0, unmatched: 1 };
    const report = { matched: [], overPaid: [], underPaid: [], unmatched: [row], counts };
    const inserted = await t.ctx.db
      .insertInto('payment_files')
      .values({
        file_no: 'WJ2025063000000001',
        source: 'bank',
        file_name: 'old.csv',
        content_hash: 'old-report-without-notice-numbers',
        row_count: 1,
        total_fen: 1_000,
        report: JSON.stringify(report),
        imported_by: Number(staff.id),
        imported_at: new Date('2025-06-30T08:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const file = ok(await clerk.call('GET', `/api/collection/payment-files/${inserted.id}`));
    expect(file.report.unmatched).toEqual([{ ...row, noticeNo: null }]);
    expect(file.report.counts).toEqual(counts);
  });
});
