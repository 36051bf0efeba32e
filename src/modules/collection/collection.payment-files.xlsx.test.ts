/**
 * Payment files as banks send them in .xlsx: the date received in real date cells (a date format
 * exceljs knows, a zh-CN built-in format it does not know, a bare serial, the 1904 date system)
 * and numeric amounts. The day must be the day written, whatever the server's time zone.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import { dateOfSerial, dateOfText } from './collection.payment-files.dates.ts';
import { paymentFileRowsOf } from './collection.payment-files.ts';

const CODE = '91110000600037341L';
const HEADER = ['缴费主体代码', '金额', '到账日期', '交易流水号'];
/** zh-CN built-in number format 31, yyyy"年"m"月"d"日": Chinese Excel and WPS write it by id only. */
const ZH_DATE_FORMAT = 'yyyy"年"m"月"d"日"';

/** A UTC instant standing for a wall-clock day and time, as Excel's serials do. */
const day = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));

async function workbook(
  rows: readonly (readonly ExcelJS.CellValue[])[],
  options: { dateFormat?: string; date1904?: boolean } = {},
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  if (options.date1904) book.properties.date1904 = true;
  const sheet = book.addWorksheet('到账');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow([...row]);
  sheet.getColumn(3).numFmt = options.dateFormat ?? 'yyyy-mm-dd';
  sheet.getCell('A1').numFmt = 'General';
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** Rewrites the custom date format into the built-in id 31 without a format code, as Chinese Excel saves it. */
async function asBuiltInZhFormat(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const custom = /<numFmt numFmtId="(\d+)" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"\/>/.exec(
    styles,
  );
  expect(custom).not.toBeNull();
  const rewritten = styles.replace(custom![0], '').replaceAll(`numFmtId="${custom![1]}"`, 'numFmtId="31"');
  zip.file('xl/styles.xml', rewritten);
  return Buffer.from(await zip.generateAsync({ type: 'nodebuffer' }));
}

const TIME_ZONES = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

/** The parsed rows in every time zone of TIME_ZONES; all must agree. */
async function parsedInEveryZone(bytes: Buffer) {
  const results = [];
  const offsets = new Set<number>();
  for (const tz of TIME_ZONES) {
    process.env.TZ = tz;
    offsets.add(new Date('2025-12-01T00:00:00Z').getTimezoneOffset());
    results.push(await paymentFileRowsOf(bytes));
  }
  // The zones really differed in this process (else the test would prove nothing).
  expect(offsets.size).toBe(TIME_ZONES.length);
  for (const r of results.slice(1)) expect(r).toEqual(results[0]);
  return results[0]!;
}

describe('payment files in .xlsx', () => {
  it('reads date cells, a bare serial and both text forms as the day written, in any time zone', async () => {
    const bytes = await workbook([
      [CODE, 1200.5, day(2025, 12, 1), 'X-1'],
      [CODE, 300, day(2025, 12, 5, 23, 30), 'X-2'],
      [CODE, 100, 46_000, 'X-3'],
      [CODE, 50.25, '20251203', 'X-4'],
      [CODE, 10, '2025-12-04', 'X-5'],
      ['合计', 1660.75],
    ]);
    const parsed = await parsedInEveryZone(bytes);
    expect(parsed.rows.map((r) => [r.row, r.amount, r.receivedOn, r.reference])).toEqual([
      [2, '1200.5', '2025-12-01', 'X-1'],
      [3, '300', '2025-12-05', 'X-2'],
      [4, '100', '2025-12-09', 'X-3'],
      [5, '50.25', '2025-12-03', 'X-4'],
      [6, '10', '2025-12-04', 'X-5'],
    ]);
    expect(parsed.total).toEqual({ row: 7, text: '1660.75' });
  });

  it.each([
    ['the 1900 date system', false],
    ['the 1904 date system', true],
  ])('reads a zh-CN built-in date format exceljs does not know, in %s', async (_label, date1904) => {
    const bytes = await asBuiltInZhFormat(
      await workbook(
        [
          [CODE, 1200, day(2025, 12, 1), 'Z-1'],
          ['合计', 1200],
        ],
        { dateFormat: ZH_DATE_FORMAT, date1904 },
      ),
    );
    // The precondition: exceljs reads the cell as a bare number, not as a date.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(typeof book.worksheets[0]!.getCell('C2').value).toBe('number');
    const parsed = await parsedInEveryZone(bytes);
    expect(parsed.rows.map((r) => r.receivedOn)).toEqual(['2025-12-01']);
  });

  it('leaves a bad date cell as written, for the row check to report', async () => {
    const bytes = await workbook(
      [
        [CODE, 100, 3, 'B-1'],
        [CODE, 100, '2025-13-01', 'B-2'],
        [CODE, 100, '20250230', 'B-3'],
        [CODE, 100, true, 'B-4'],
        ['合计', 400],
      ],
      { dateFormat: 'General' },
    );
    const parsed = await paymentFileRowsOf(bytes);
    expect(parsed.rows.map((r) => r.receivedOn)).toEqual(['3', '2025-13-01', '20250230', 'TRUE']);
  });
});

describe('days of text and serials', () => {
  it.each([
    ['2025-12-01', '2025-12-01'],
    ['20251201', '2025-12-01'],
    ['20240229', '2024-02-29'],
    ['20250229', null],
    ['2025/12/01', null],
    ['46000', null],
    ['', null],
  ])('dateOfText(%j) = %j', (text, expected) => expect(dateOfText(text)).toBe(expected));

  it.each([
    [61, false, '1900-03-01'],
    [45_992, false, '2025-12-01'],
    [45_992.99, false, '2025-12-01'],
    [44_530, true, '2025-12-01'],
    [60, false, null],
    [0, false, null],
    [-1, false, null],
    [2_958_466, false, null],
    [Number.NaN, false, null],
  ])('dateOfSerial(%d, 1904: %s) = %j', (serial, date1904, expected) =>
    expect(dateOfSerial(serial, date1904)).toBe(expected),
  );
});
