import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { loadConfig } from '../../src/config.ts';
import { loadDataKeys } from '../../src/keys.ts';
import { systemClock } from '../../src/kernel/clock.ts';
import { fsBlobStore } from '../../src/modules/archive/index.ts';
import { outboxOnlyProviders } from '../../src/modules/outbox/index.ts';
import {
  badChecksum,
  citizenId,
  DEMO_EMPLOYER_CODE,
  employeesCsv,
  ensureEmployer,
  fileForm,
} from '../fixtures/registration/imports.ts';
import { type Caller, ok, publicLogin, refused, type TestApp, testApp } from '../support/http.ts';
import { writeTestMasterKey } from '../support/keys.ts';

let t: TestApp;
let clerk: Caller;
let employer: Caller;
let employerId: number;
let otherEmployerId: number;

beforeAll(async () => {
  t = await testApp();
  employerId = (await ensureEmployer(t.ctx, DEMO_EMPLOYER_CODE)).id;
  otherEmployerId = (await ensureEmployer(t.ctx, '91330106MA27XYZ12B', { name: '另一家单位' })).id;
  clerk = await t.as('clerk');
  employer = await publicLogin(t, 'employer', DEMO_EMPLOYER_CODE);
});
afterAll(() => t.dispose());

async function upload(caller: Caller, url: string, fileName: string, content: Buffer | string, headers = {}) {
  const form = fileForm(fileName, content);
  return caller.call('POST', url, form.body, { ...form.headers, ...headers });
}

const staffImports = (id: number) => `/api/registration/employers/${id}/imports`;

async function countEmployments(id: number): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('employments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('employer_id', '=', id)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const hire = (id: string, name: string, date = '2026-03-01') => [id, name, '', '', '', '增员', date, '', '全部'];

describe('the import template', () => {
  it('downloads as xlsx and csv, header in the caller’s language, for staff and employers', async () => {
    const csv = await clerk.call('GET', '/api/registration/import-template?format=csv', undefined, {
      'accept-language': 'en-GB,en;q=0.9',
    });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.rawPayload.toString('utf8')).toContain('Citizen ID,Name,Gender');

    const xlsx = await employer.call('GET', '/api/registration/import-template?format=xlsx&lang=zh-CN');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('证件号码');
    expect(workbook.worksheets[0]!.getRow(2).getCell(1).value).toBe('11010519491231002X');

    refused(await t.anonymous('GET', '/api/registration/import-template'), 'unauthenticated', 401);
  });
});

describe('staff import', () => {
  const good = [citizenId(11), citizenId(12), citizenId(13)];

  it('one bad row: refused whole, nothing applied, the error report names the column in English', async () => {
    const before = await countEmployments(employerId);
    const csv = employeesCsv([hire(good[0]!, '赵一'), hire(badChecksum(good[1]!), '钱二'), hire(good[2]!, '孙三')]);
    const result = ok(await upload(clerk, `${staffImports(employerId)}?lang=en`, 'hires.csv', csv));
    expect(result).toMatchObject({
      status: 'rejected',
      dryRun: false,
      format: 'csv',
      rowCount: 3,
      errorCount: 1,
      hires: 0,
      reportAvailable: true,
      errors: [
        {
          line: 3,
          field: 'citizenId',
          column: '证件号码',
          code: 'person_citizen_id_invalid',
          message: '证件号码: The citizen ID number is not valid',
        },
      ],
    });
    expect(await countEmployments(employerId)).toBe(before);

    const report = await clerk.call('GET', `/api/registration/imports/${result.importId}/report`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-disposition']).toContain('hires.errors.csv');
    const text = report.rawPayload.subarray(3).toString('utf8');
    const lines = text.split('\r\n');
    expect(lines[0]).toMatch(/,Errors$/);
    expect(lines[1]).toMatch(/,$/);
    expect(lines[2]).toContain('The citizen ID number is not valid');

    const list = ok(await clerk.call('GET', `/api/registration/employers/${employerId}/imports`));
    expect(list[0]).toMatchObject({ id: result.importId, status: 'rejected', errorCount: 1, reportAvailable: true });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('action', '=', 'registration.import.rejected')
      .execute();
    expect(audit).toEqual([{ action: 'registration.import.rejected', outcome: 'failed' }]);
  });

  it('a dry run of the corrected file validates and writes nothing; the real run applies every row', async () => {
    const csv = employeesCsv(good.map((id, i) => hire(id, `员工${i}`)));
    const before = await countEmployments(employerId);
    const dry = ok(await upload(clerk, `${staffImports(employerId)}?dryRun=true`, 'hires.csv', csv));
    expect(dry).toMatchObject({ status: 'validated', importId: null, errorCount: 0, hires: 3 });
    expect(await countEmployments(employerId)).toBe(before);

    const applied = ok(await upload(clerk, staffImports(employerId), 'hires.csv', csv));
    expect(applied).toMatchObject({
      status: 'applied',
      errorCount: 0,
      hires: 3,
      personsCreated: 3,
      reportAvailable: false,
    });
    expect(await countEmployments(employerId)).toBe(before + 3);
    const stored = await t.ctx.db
      .selectFrom('employments')
      .select(['import_id', 'source_channel'])
      .where('import_id', '=', applied.importId)
      .execute();
    expect(stored).toHaveLength(3);
    expect(stored.every((e) => e.source_channel === 'import')).toBe(true);
    const enrolments = await t.ctx.db
      .selectFrom('enrolments')
      .innerJoin('employments', (j) =>
        j
          .onRef('employments.person_id', '=', 'enrolments.person_id')
          .onRef('employments.id', '=', 'enrolments.employment_id'),
      )
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('employments.import_id', '=', applied.importId)
      .executeTakeFirstOrThrow();
    expect(Number(enrolments.n)).toBe(12);
    refused(
      await clerk.call('GET', `/api/registration/imports/${applied.importId}/report`),
      'import_report_not_available',
      404,
    );
  });

  it('duplicates within the file and against the database are reported, with every other error', async () => {
    const fresh = citizenId(21);
    const before = await countEmployments(employerId);
    const csv = employeesCsv([
      hire(fresh, '周四'),
      hire(fresh, '周四'),
      hire(good[0]!, '赵一'), // already employed here
      [citizenId(22), '吴五', '', '', '', '调岗', '2026-03-01', '', ''],
      hire(citizenId(23), '郑六', '2026-02-30'),
    ]);
    const result = ok(await upload(clerk, staffImports(employerId), 'mixed.csv', csv, { 'accept-language': 'zh-CN' }));
    expect(result.status).toBe('rejected');
    const byLine = Object.fromEntries(result.errors.map((e: { line: number; code: string }) => [e.line, e.code]));
    expect(byLine[3]).toBe('batch_duplicate_row');
    expect(byLine[4]).toMatch(/^employment_/);
    expect(byLine[5]).toBe('import_action_unknown');
    expect(byLine[6]).toBe('import_date_invalid');
    expect(result.errors.find((e: { line: number }) => e.line === 3).message).toContain('首次出现在第 2 行');
    expect(await countEmployments(employerId)).toBe(before);
  });

  it('separations by file close the employment and its enrolments', async () => {
    const csv = employeesCsv([[good[2]!, '', '', '', '', '减员', '2026-03-02', '辞职', '']]);
    const result = ok(await upload(clerk, staffImports(employerId), 'leavers.csv', csv));
    expect(result).toMatchObject({ status: 'applied', separations: 1, hires: 0 });
    const ended = await t.ctx.db
      .selectFrom('employments')
      .select(['status', 'separated_on', 'separation_reason'])
      .where('employer_id', '=', employerId)
      .where('status', '=', 'ended')
      .where('separated_on', '=', '2026-03-02')
      .execute();
    expect(ended).toEqual([{ status: 'ended', separated_on: '2026-03-02', separation_reason: 'resignation' }]);
  });

  it('refuses files that cannot be imported, with a named rejection', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    refused(await upload(clerk, staffImports(employerId), 'photo.csv', png), 'import_not_a_spreadsheet', 415);
    const missing = refused(
      await upload(clerk, staffImports(employerId), 'x.csv', '姓名,日期\n张三,2026-03-01\n'),
      'import_missing_columns',
      400,
    );
    expect(missing.details.missing.map((m: { column: string }) => m.column)).toEqual(['citizenId', 'action']);
    refused(await upload(clerk, staffImports(employerId), 'x.csv', employeesCsv([])), 'import_empty', 400);
    refused(
      await clerk.call('POST', staffImports(employerId), { file: 'x' }, { 'content-type': 'application/json' }),
      'unsupported_media_type',
      415,
    );
    refused(
      await upload(clerk, staffImports(999_999), 'x.csv', employeesCsv([hire(citizenId(30), '甲')])),
      'employer_not_found',
      404,
    );
    const auditor = await t.as('auditor');
    refused(await upload(auditor, staffImports(employerId), 'x.csv', 'a'), 'forbidden', 403);
  });
});

describe('hall import', () => {
  async function workbook(rows: unknown[][], edit?: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('人员');
    for (const row of rows) sheet.addRow(row);
    edit?.(sheet);
    return Buffer.from(await book.xlsx.writeBuffer());
  }
  const header = ['证件号码', '姓名', '业务类型', '日期', '参保险种'];

  it('xlsx with a bad row: refused, the report is xlsx with 错误说明; the fixed file applies', async () => {
    const bad = await workbook([
      header,
      [citizenId(41), '冯七', '增员', new Date(Date.UTC(2026, 2, 1)), '养老,医疗'],
      [badChecksum(citizenId(42)), '陈八', '增员', '2026-03-02', '养老'],
    ]);
    const result = ok(await upload(employer, '/api/hall/employer/imports', 'staff.xlsx', bad));
    expect(result).toMatchObject({ status: 'rejected', format: 'xlsx', errorCount: 1 });
    expect(result.errors[0]).toMatchObject({ line: 3, field: 'citizenId', code: 'person_citizen_id_invalid' });
    const before = await countEmployments(employerId);

    const report = await employer.call('GET', `/api/hall/employer/imports/${result.importId}/report`);
    expect(report.statusCode).toBe(200);
    expect(report.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(report.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('F1').value).toBe('错误说明');
    expect(sheet.getCell('F2').value).toBe(null);
    expect(String(sheet.getCell('F3').value)).toBe('证件号码：公民身份号码无效');
    expect(sheet.getCell('B3').value).toBe('陈八');

    const fixed = await workbook([
      header,
      [citizenId(41), '冯七', '增员', new Date(Date.UTC(2026, 2, 1)), '养老,医疗'],
      [citizenId(42), '陈八', '增员', '2026-03-02', '养老'],
    ]);
    const applied = ok(await upload(employer, '/api/hall/employer/imports', 'staff.xlsx', fixed));
    expect(applied).toMatchObject({ status: 'applied', hires: 2 });
    expect(await countEmployments(employerId)).toBe(before + 2);
    const mine = ok(await employer.call('GET', '/api/hall/employer/imports'));
    expect(mine.map((r: { status: string }) => r.status).slice(0, 2)).toEqual(['applied', 'rejected']);
    expect(mine.every((r: { employerId: number }) => r.employerId === employerId)).toBe(true);
  });

  it('refuses merged cells and formulas, naming the cells', async () => {
    const merged = await workbook([header, [citizenId(43), '褚九', '增员', '2026-03-01', '全部']], (s) =>
      s.mergeCells('A2:B2'),
    );
    const m = refused(
      await upload(employer, '/api/hall/employer/imports', 'm.xlsx', merged),
      'import_merged_cells',
      400,
    );
    expect(m.details).toEqual({ ranges: ['A2:B2'] });
    const formula = await workbook([
      header,
      [citizenId(43), '褚九', '增员', { formula: 'TODAY()', result: 46082 }, '全部'],
    ]);
    const f = refused(
      await upload(employer, '/api/hall/employer/imports', 'f.xlsx', formula),
      'import_formula_cell',
      400,
    );
    expect(f.details).toEqual({ cells: ['D2'], count: 1 });
  });

  it('only the employer’s own imports; persons may not import', async () => {
    const csv = employeesCsv([hire(badChecksum(citizenId(51)), '卫十')]);
    const other = ok(await upload(clerk, staffImports(otherEmployerId), 'other.csv', csv));
    refused(await employer.call('GET', `/api/hall/employer/imports/${other.importId}/report`), 'import_not_found', 404);
    const person = await publicLogin(t, 'person', '11010519491231002X');
    refused(await upload(person, '/api/hall/employer/imports', 'x.csv', csv), 'forbidden', 403);
    refused(await person.call('GET', '/api/hall/employer/imports'), 'forbidden', 403);
    refused(await clerk.call('GET', '/api/hall/employer/imports'), 'forbidden', 403);
  });
});

describe('shebao import employees', () => {
  it('applies a file (exit 0), refuses a bad one writing the report next to it (exit 1), usage errors exit 2', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-cli-import-'));
    writeTestMasterKey(dataDir);
    const config = loadConfig({ SHEBAO_DATA_DIR: dataDir });
    const connection = await connect({ dataDir: path.join(dataDir, 'pglite') });
    await migrate(connection);
    const { keys } = loadDataKeys(config);
    const ctx = {
      db: connection.db,
      clock: systemClock,
      keys,
      config,
      messages: outboxOnlyProviders,
      blobs: fsBlobStore(dataDir),
    };
    await connection.db
      .insertInto('agencies')
      .values({
        code: '330106',
        name: '西湖区社保中心',
        level: 3,
        division_code: '330106',
        parent_id: null,
        path: '/1/',
        opened_on: '2000-01-01',
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();
    await connection.db
      .insertInto('staff')
      .values({
        agency_id: 1,
        username: 'clerk',
        display_name: '王受理',
        password_hash: 'x',
        password_changed_at: new Date(),
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();
    const { employerNo } = await ensureEmployer(ctx, DEMO_EMPLOYER_CODE, { employerNo: '33010600000001' });
    await connection.close();

    const bin = path.resolve('bin/shebao.mjs');
    const env = { ...process.env, SHEBAO_DATA_DIR: dataDir, DATABASE_URL: '' };
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, 'import', 'employees', ...args], { env, encoding: 'utf8' });
    const good = path.join(dataDir, 'hires.csv');
    fs.writeFileSync(good, employeesCsv([hire(citizenId(61), '蒋一'), hire(citizenId(62), '沈二')]));
    const applied = run(good, '--employer', DEMO_EMPLOYER_CODE.toLowerCase());
    expect(applied.status, applied.stderr).toBe(0);
    expect(JSON.parse(applied.stdout.trim())).toMatchObject({ status: 'applied', hires: 2, rowCount: 2 });

    const bad = path.join(dataDir, 'more.csv');
    fs.writeFileSync(bad, employeesCsv([hire(citizenId(61), '蒋一'), hire(badChecksum(citizenId(63)), '韩三')]));
    const rejected = run(bad, '--employer', employerNo, '--lang', 'en');
    expect(rejected.status, rejected.stderr).toBe(1);
    const summary = JSON.parse(rejected.stdout.trim().split('\n').at(-1)!);
    expect(summary).toMatchObject({ status: 'rejected', errorCount: 2, report: path.join(dataDir, 'more.errors.csv') });
    expect(fs.readFileSync(summary.report, 'utf8')).toContain('Errors');

    // Usage errors are found before the database is opened.
    expect(run(good).status).toBe(2);
    expect(run(path.join(dataDir, 'missing.csv'), '--employer', employerNo).status).toBe(2);
    expect(run(good, '--employer', employerNo, '--lang', 'fr').status).toBe(2);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 300_000);
});
