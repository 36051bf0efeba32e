import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Rejection } from '../../kernel/rejection.ts';
import './registration.rejections.ts';
import { schemesOf } from './registration.spreadsheet.columns.ts';
import { errorMessage, errorReport, importTemplate } from './registration.spreadsheet.report.ts';
import { employmentRowsOf, mapHeader, sheetDate } from './registration.spreadsheet.rows.ts';
import { lyingWorkbook } from '../../../test/support/zip.ts';
import { UPLOAD_INFLATED_BYTES_MAX } from '../../spreadsheet/index.ts';
import { columnLetters, firstWorksheet, numberText, parseDelimited, readSheet } from './registration.spreadsheet.ts';

const HEADER_ZH = '证件号码,姓名,性别,出生日期,联系电话,业务类型,日期,减员原因,参保险种';
const ROW_1 = '11010519491231002X,张三,女,1949-12-31,13800138000,增员,2026-03-01,,全部';
const ROW_2 = '110105194912310029,李四,,,,减员,2026/3/5,辞职,';

async function refusal(promise: Promise<unknown>): Promise<Rejection> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Rejection);
  return error as Rejection;
}

async function xlsx(rows: unknown[][], edit?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row);
  edit?.(sheet);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function parsed(bytes: Buffer) {
  return employmentRowsOf(await readSheet(bytes));
}

describe('reading CSV', () => {
  it('reads UTF-8 without a BOM, Chinese header, every column', async () => {
    const result = await parsed(Buffer.from(`${HEADER_ZH}\n${ROW_1}\n${ROW_2}\n`));
    expect(result.errors).toEqual([]);
    expect(result.dataRowCount).toBe(2);
    expect(result.rows).toEqual([
      {
        line: 2,
        action: 'hire',
        citizenId: '11010519491231002X',
        name: '张三',
        gender: 'female',
        birthDate: '1949-12-31',
        phone: '13800138000',
        date: '2026-03-01',
        reason: null,
        schemes: ['pension', 'medical', 'unemployment', 'work_injury'],
      },
      {
        line: 3,
        action: 'separation',
        citizenId: '110105194912310029',
        name: '李四',
        gender: null,
        birthDate: null,
        phone: null,
        date: '2026-03-05',
        reason: 'resignation',
        schemes: null,
      },
    ]);
  });

  it('reads UTF-8 with a BOM, English header, CRLF, blank lines and padding', async () => {
    const text =
      '\ufeffCitizen ID, Name ,Action,Date,Schemes\r\n\r\n 11010519491231002X ,Zhang San,hire,20260301,"pension, medical"\r\n';
    const result = await parsed(Buffer.from(text, 'utf8'));
    expect(result.errors).toEqual([]);
    expect(result.rows).toMatchObject([
      {
        line: 3,
        citizenId: '11010519491231002X',
        name: 'Zhang San',
        date: '2026-03-01',
        schemes: ['pension', 'medical'],
      },
    ]);
  });

  it('decodes GBK (GB18030) when the bytes are not UTF-8', async () => {
    const bytes = iconv.encode(`${HEADER_ZH}\r\n${ROW_1}\r\n`, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const result = await parsed(bytes);
    expect(result.rows[0]).toMatchObject({ name: '张三', action: 'hire', gender: 'female' });
  });

  it('reads tab-separated text (Excel "Unicode text", UTF-16 with BOM)', async () => {
    const text = `${HEADER_ZH.replaceAll(',', '\t')}\r\n${ROW_1.replaceAll(',', '\t')}\r\n`;
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]);
    expect((await parsed(bytes)).rows[0]).toMatchObject({ name: '张三', date: '2026-03-01' });
  });

  it('reports cells that cannot be read as row errors, with the line and the column', async () => {
    const text = [
      HEADER_ZH,
      '11010519491231002X,张三,女,,,调岗,2026-13-01,,"养老,牙科"',
      ',王五,X,19491231,,减员,,退学,',
    ].join('\n');
    const result = await parsed(Buffer.from(text));
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([
      { line: 2, field: 'action', code: 'import_action_unknown', details: { value: '调岗' } },
      { line: 2, field: 'date', code: 'import_date_invalid', details: { value: '2026-13-01' } },
      { line: 2, field: 'schemes', code: 'import_scheme_unknown', details: { value: '养老,牙科' } },
      { line: 3, field: 'citizenId', code: 'import_value_missing' },
      { line: 3, field: 'date', code: 'import_value_missing' },
      { line: 3, field: 'gender', code: 'import_gender_unknown', details: { value: 'X' } },
      { line: 3, field: 'reason', code: 'import_reason_unknown', details: { value: '退学' } },
    ]);
  });

  it('refuses a header without the required columns, naming them', async () => {
    const error = await refusal(readSheet(Buffer.from('姓名,日期\n张三,2026-03-01\n')).then(employmentRowsOf));
    expect(error.code).toBe('import_missing_columns');
    expect(error.details).toEqual({
      missing: [
        { column: 'citizenId', zh: '证件号码', en: 'Citizen ID' },
        { column: 'action', zh: '业务类型', en: 'Action' },
      ],
    });
  });

  it('refuses more data rows than the limit, and a file with none', async () => {
    const rows = Array.from({ length: 4 }, () => ROW_1);
    const error = await refusal(readSheet(Buffer.from([HEADER_ZH, ...rows].join('\n')), { rowsMax: 3 }));
    expect(error.code).toBe('import_too_many_rows');
    expect(error.details).toEqual({ rowsMax: 3 });
    await expect(
      readSheet(Buffer.from([HEADER_ZH, ...rows.slice(1)].join('\n')), { rowsMax: 3 }),
    ).resolves.toBeTruthy();
    expect((await refusal(parsed(Buffer.from(`${HEADER_ZH}\n,,\n`)))).code).toBe('import_empty');
    expect((await refusal(readSheet(Buffer.alloc(0)))).code).toBe('import_empty');
  });

  it('refuses a file above the byte limit', async () => {
    const error = await refusal(readSheet(Buffer.from(`${HEADER_ZH}\n${ROW_1}\n`), { bytesMax: 10 }));
    expect(error.code).toBe('import_file_too_large');
  });
});

describe('the CSV tokenizer', () => {
  const records = (text: string, delimiter = ',') => {
    const out: string[][] = [];
    parseDelimited(text, delimiter, (cells) => out.push(cells));
    return out;
  };
  it.each([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'a,b\rc,d\r',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
    ],
    ['a,,\n\n,b', [['a', '', ''], [''], ['', 'b']]],
    ['"x, ""y""\nz",2\n', [['x, "y"\nz', '2']]],
    ['"q"tail,ab"c', [['qtail', 'ab"c']]],
    ['', [['']]],
  ])('%j', (text, expected) => expect(records(text)).toEqual(expected));

  it('tabs and semicolons', () => expect(records('a\tb;c', '\t')).toEqual([['a', 'b;c']]));

  it('an unclosed quote is a malformed file', async () => {
    const error = await refusal(
      readSheet(Buffer.from('证件号码,业务类型,日期\n"11010519491231002X,增员,2026-03-01\n')),
    );
    expect(error.code).toBe('import_not_a_spreadsheet');
    expect(error.details).toMatchObject({ detected: 'malformed_csv', line: 2 });
  });
});

describe('refusing what is not a spreadsheet', () => {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  it.each([
    ['a PNG image (even named .csv)', png, 'png'],
    ['a zip that is not a workbook', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(40)]), 'zip'],
    ['an old binary .xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'xls'],
    ['random bytes', Buffer.from([0x12, 0x00, 0xff, 0xfe, 0x80, 0x01, 0x02, 0x03]), 'binary'],
  ])('%s', async (_name, bytes, detected) => {
    const error = await refusal(readSheet(bytes));
    expect(error.code).toBe('import_not_a_spreadsheet');
    expect(error.details).toMatchObject({ detected });
  });

  it('a workbook that is corrupt', async () => {
    const good = await xlsx([['证件号码']]);
    const broken = Buffer.concat([good.subarray(0, good.length / 2)]);
    const error = await refusal(readSheet(broken));
    expect(error.code).toBe('import_not_a_spreadsheet');
  });
});

describe('reading XLSX', () => {
  it('reads the first worksheet, real Excel dates, serials and numbers', async () => {
    const bytes = await xlsx(
      [
        ['证件号码', '姓名', '出生日期', '联系电话', '业务类型', '日期', '参保险种'],
        [
          '11010519491231002X',
          '张三',
          new Date(Date.UTC(1949, 11, 31)),
          13800138000,
          '增员',
          new Date(Date.UTC(2026, 2, 1)),
          '养老、医疗',
        ],
        ['110105194912310029', '李四', null, null, '减员', 46091, null],
      ],
      (sheet) => {
        sheet.getCell('C2').numFmt = 'yyyy/m/d';
        sheet.getCell('F2').numFmt = 'yyyy-mm-dd';
      },
    );
    const result = await parsed(bytes);
    expect(result.errors).toEqual([]);
    expect(result.rows).toMatchObject([
      { line: 2, birthDate: '1949-12-31', phone: '13800138000', date: '2026-03-01', schemes: ['pension', 'medical'] },
      { line: 3, action: 'separation', date: '2026-03-10' },
    ]);
  });

  it('refuses merged cells, naming the range', async () => {
    const bytes = await xlsx(
      [
        ['证件号码', '业务类型', '日期'],
        ['11010519491231002X', '增员', '2026-03-01'],
      ],
      (sheet) => sheet.mergeCells('B2:C3'),
    );
    const error = await refusal(readSheet(bytes));
    expect(error.code).toBe('import_merged_cells');
    expect(error.details).toEqual({ ranges: ['B2:C3'] });
  });

  it('refuses formulas, naming the cells', async () => {
    const bytes = await xlsx([
      ['证件号码', '业务类型', '日期'],
      ['11010519491231002X', '增员', { formula: 'TODAY()', result: 46082 }],
      [{ formula: 'A2', result: '11010519491231002X' }, '增员', '2026-03-01'],
    ]);
    const error = await refusal(readSheet(bytes));
    expect(error.code).toBe('import_formula_cell');
    expect(error.details).toEqual({ cells: ['C2', 'A3'], count: 2 });
  });

  it('refuses a workbook whose directory declares more than the cap, before inflating it', async () => {
    const bomb = Buffer.from(await xlsx([['证件号码', '业务类型', '日期']]));
    // Declare the first central-directory entry past the cap.
    const entry = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(UPLOAD_INFLATED_BYTES_MAX + 1, entry + 24);
    const error = await refusal(readSheet(bomb));
    expect(error.code).toBe('upload_inflated_too_large');
    expect(error.details).toEqual({ inflatedBytesMax: UPLOAD_INFLATED_BYTES_MAX });
  });

  it('refuses a workbook whose directory lies (a gigabyte of zeros declared as 4 KiB) as it inflates', async () => {
    const bomb = lyingWorkbook(1024);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    // One reading at a time: a second promise made up front could reject before it is awaited.
    for (const read of [() => readSheet(bomb), () => firstWorksheet(bomb)]) {
      const error = await refusal(read());
      expect(error.code).toBe('upload_inflated_too_large');
      expect(error.details).toEqual({ entry: 'xl/worksheets/sheet1.xml', declaredBytes: 4_096 });
    }
  });

  it('refuses too many rows before reading the cells', async () => {
    const rows = Array.from({ length: 5 }, () => ['11010519491231002X', '增员', '2026-03-01']);
    const error = await refusal(readSheet(await xlsx([['证件号码', '业务类型', '日期'], ...rows]), { rowsMax: 4 }));
    expect(error.code).toBe('import_too_many_rows');
  });
});

describe('cells', () => {
  it.each([
    ['2026-03-01', '2026-03-01'],
    ['2026/3/1', '2026-03-01'],
    ['2026.3.1', '2026-03-01'],
    ['2026年3月1日', '2026-03-01'],
    ['20260301', '2026-03-01'],
    ['2026-03-01 00:00:00', '2026-03-01'],
    ['2026-02-30', null],
    ['1/3/2026', null],
    ['46082', null],
  ])('date %s in a CSV → %s', (text, expected) => expect(sheetDate(text, 'csv')).toBe(expected));

  it('Excel serials only in a workbook', () => expect(sheetDate('46082', 'xlsx')).toBe('2026-03-01'));

  it.each([
    [0.1 * 3, '0.3'],
    [1.1 * 1.1, '1.21'],
    [100.1 + 200.2, '300.3'],
    [99.5, '99.5'],
    [1234.567, '1234.567'],
    [202512, '202512'],
    [46082, '46082'],
    [46082.75, '46082.75'],
  ])('number cell %d reads as Excel shows it: %s', (value, expected) => expect(numberText(value)).toBe(expected));

  it.each([
    ['全部', ['pension', 'medical', 'unemployment', 'work_injury']],
    ['all', ['pension', 'medical', 'unemployment', 'work_injury']],
    ['工伤，养老', ['pension', 'work_injury']],
    ['work injury; unemployment', ['unemployment', 'work_injury']],
    ['养老 医疗', ['pension', 'medical']],
    ['全部,养老', null],
    ['牙科', null],
  ])('schemes %s', (text, expected) => expect(schemesOf(text)).toEqual(expected));

  it('column letters', () => {
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('ignores unknown columns and a previous error column', () => {
    const header = mapHeader(['备注', '证件号码*', '业务类型（增员/减员）', '日期', '错误说明']);
    expect([...header.index]).toEqual([
      ['citizenId', 1],
      ['action', 2],
      ['date', 3],
    ]);
    expect(header.errorColumn).toBe(4);
  });
});

describe('error report and template', () => {
  const errors = [
    { line: 3, field: 'citizenId', code: 'person_citizen_id_invalid' },
    { line: 3, field: 'date', code: 'import_date_invalid', details: { value: '2026-13-01' } },
  ];

  it('messages name the column as the file wrote it, in the language asked for', () => {
    const header = mapHeader(['身份证号', '业务类型', '日期']);
    expect(errorMessage(errors[0]!, header, 'zh-CN')).toBe('身份证号：公民身份号码无效');
    expect(errorMessage(errors[1]!, null, 'en')).toBe(
      'Date: The date is not valid (use YYYY-MM-DD, YYYY/M/D or YYYYMMDD) ("2026-13-01")',
    );
  });

  it('CSV in, CSV out: UTF-8 with BOM, every original cell, the error column', async () => {
    const original = iconv.encode(`${HEADER_ZH}\r\n${ROW_1}\r\n\r\n${ROW_2}\r\n`, 'gbk');
    const sheet = await readSheet(original);
    const { header } = employmentRowsOf(sheet);
    const errorsAtLine4 = errors.map((e) => ({ ...e, line: 4 }));
    const report = await errorReport({
      bytes: original,
      format: 'csv',
      header,
      headerLine: 1,
      errors: errorsAtLine4,
      language: 'en',
    });
    expect([...report.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = report.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe(`${HEADER_ZH},Errors`);
    expect(lines[1]).toBe(`${ROW_1},`);
    expect(lines[2]).toBe('');
    expect(lines[3]).toBe(
      `${ROW_2},"证件号码: The citizen ID number is not valid; 日期: The date is not valid (use YYYY-MM-DD, YYYY/M/D or YYYYMMDD) (""2026-13-01"")"`,
    );
    // The report reads again as a spreadsheet: its error column is ignored.
    expect((await parsed(report)).rows).toHaveLength(2);
  });

  it('XLSX in, XLSX out: the original cells and a Chinese error column', async () => {
    const original = await xlsx([
      ['证件号码', '业务类型', '日期', '备注'],
      ['11010519491231002X', '增员', '2026-03-01', '保留'],
      ['123', '增员', '2026-13-01', ''],
    ]);
    const { header } = employmentRowsOf(await readSheet(original));
    const report = await errorReport({
      bytes: original,
      format: 'xlsx',
      header,
      headerLine: 1,
      errors,
      language: 'zh-CN',
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(report as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '证件号码', '业务类型', '日期', '备注', '错误说明']);
    expect(sheet.getCell('D2').value).toBe('保留');
    expect(sheet.getCell('E2').value).toBe(null);
    expect(sheet.getCell('E3').value).toBe(
      '证件号码：公民身份号码无效；日期：日期格式不正确（应为 YYYY-MM-DD、YYYY/M/D 或 YYYYMMDD）（“2026-13-01”）',
    );
  });

  it.each(['xlsx', 'csv'] as const)('the %s template reads back as one valid row', async (format) => {
    for (const language of ['zh-CN', 'en'] as const) {
      const result = await parsed(await importTemplate(format, language));
      expect(result.errors).toEqual([]);
      expect(result.rows).toMatchObject([
        { line: 2, action: 'hire', citizenId: '11010519491231002X', date: '2026-03-01' },
      ]);
    }
  });
});
