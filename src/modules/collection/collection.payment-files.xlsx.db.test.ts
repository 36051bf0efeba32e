/**
 * A bank's .xlsx payment file over HTTP: date cells and numeric amounts recorded as written (an
 * amount with binary noise as Excel shows it); a file with bad date cells refused whole, each bad
 * cell reported on its row.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshEmployer } from '../../../test/fixtures/collection/payer.ts';
import { assessment, freshPersonIds, issue, line } from '../../../test/fixtures/collection/payments.ts';
import { ok, refused, testApp, type Caller, type TestApp } from '../../../test/support/http.ts';
import type { IssuedBill } from './collection.bills.ts';

let t: TestApp;
/** The paying employer's credit code: one of its own (the demo's hall employer has years of bills). */
let payerCode: string;
let bill: IssuedBill;

beforeAll(async () => {
  t = await testApp();
  const employer = await freshEmployer(t.ctx);
  payerCode = employer.creditCode;
  const employerId = employer.id;
  const [person] = await freshPersonIds(t.ctx, 1);
  bill = await issue(
    t.ctx,
    assessment({ kind: 'employer', employerId }, '202512', [line(person!, 'pension', 80_000, 40_000)]),
  );
});
afterAll(() => t.dispose());

async function xlsx(rows: readonly (readonly ExcelJS.CellValue[])[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('到账');
  sheet.addRow(['缴费主体代码', '金额', '到账日期', '交易流水号', '缴费单号']);
  for (const row of rows) sheet.addRow([...row]);
  sheet.getColumn(3).numFmt = 'yyyy"年"m"月"d"日"';
  return Buffer.from(await book.xlsx.writeBuffer());
}

function upload(caller: Caller, bytes: Buffer) {
  const boundary = '----paymentxlsx';
  const payload = Buffer.concat([
    Buffer.from(
      [
        `--${boundary}`,
        'Content-Disposition: form-data; name="file"; filename="bank.xlsx"',
        'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        '',
        '',
      ].join('\r\n'),
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return caller.call('POST', '/api/collection/payment-files?source=bank', payload, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}

describe('an .xlsx payment file', () => {
  it('refuses bad date cells, each on its row, and records nothing', async () => {
    const clerk = await t.as('clerk');
    const bytes = await xlsx([
      [payerCode, 100, 'yesterday', 'XB-1'],
      [payerCode, 100, new Date(Date.UTC(2026, 11, 1)), 'XB-2'],
      [payerCode, 100, new Date(Date.UTC(2025, 11, 1)), 'XB-3'],
      ['合计', 300],
    ]);
    const body = refused(await upload(clerk, bytes), 'collection_payment_file_rows_rejected', 400);
    expect(
      body.details.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code]),
    ).toEqual([
      [2, 'receivedOn', 'collection_file_date_invalid'],
      [3, 'receivedOn', 'collection_file_date_future'],
    ]);
    const recorded = await t.ctx.db.selectFrom('payments').select('id').where('reference', 'like', 'XB-%').execute();
    expect(recorded).toEqual([]);
  });

  it('records date cells and numeric amounts as written', async () => {
    const clerk = await t.as('clerk');
    const bytes = await xlsx([
      [payerCode, 1200, new Date(Date.UTC(2025, 11, 1)), 'XL-1', bill.billNo],
      [payerCode, 99.5, new Date(Date.UTC(2025, 11, 2, 23, 30)), 'XL-2'],
      // Summed in Excel: stored as 300.29999999999995, shown (and meant) as 300.30.
      [payerCode, 100.1 + 200.2, new Date(Date.UTC(2025, 11, 3)), 'XL-3'],
      ['合计', 1299.5 + 100.1 + 200.2],
    ]);
    const file = ok(await upload(clerk, bytes), 201);
    expect(file).toMatchObject({ rowCount: 3, total: '1599.80' });
    const rows = [...file.report.matched, ...file.report.overPaid, ...file.report.underPaid, ...file.report.unmatched];
    expect(
      rows.map((r: { reference: string; amount: string; receivedOn: string }) => [r.reference, r.amount, r.receivedOn]),
    ).toEqual([
      ['XL-1', '1200.00', '2025-12-01'],
      ['XL-2', '99.50', '2025-12-02'],
      ['XL-3', '300.30', '2025-12-03'],
    ]);
    const payments = await t.ctx.db
      .selectFrom('payments')
      .select(['reference', 'received_on'])
      .where('reference', 'in', ['XL-1', 'XL-2', 'XL-3'])
      .orderBy('reference')
      .execute();
    expect(payments.map((p) => [p.reference, String(p.received_on).slice(0, 10)])).toEqual([
      ['XL-1', '2025-12-01'],
      ['XL-2', '2025-12-02'],
      ['XL-3', '2025-12-03'],
    ]);
  });
});
