/**
 * Employer self-service registration in a real browser (demo mode): the demo employer logs into
 * the hall, downloads the import template, uploads a CSV of three hires with one bad citizen ID
 * and gets the rejection with the error row and the error spreadsheet; the fixed file applies and
 * the employees list shows the new employees. It then issues an insurance certificate, and the
 * public check page, opened anonymously from the certificate's QR link, confirms it is valid.
 */
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PUBLIC_ACCOUNTS } from '../support/demo-credentials.ts';
import { startTestServer } from '../support/server.ts';
import { launchBrowser, snap } from './browser.ts';
import { hallLogin } from './public-login.ts';

const skipReason = inject('browserSkipReason');
const employer = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'employer')!;

const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** A GB 11643 citizen ID with its check character (ISO 7064 MOD 11-2). */
function citizenId(first17: string): string {
  const sum = idWeights.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return first17 + '10X98765432'[sum % 11];
}

/** The same number with a wrong check character. */
function withBadChecksum(id: string): string {
  const good = id[17];
  return id.slice(0, 17) + (good === '0' ? '1' : '0');
}

/** A calendar day some days before today in China. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
}

const hires = [
  { id: citizenId('33010619900307151'), name: '赵一' },
  { id: citizenId('33010619880512232'), name: '钱二' },
  { id: citizenId('33010619950718343'), name: '孙三' },
];
const badRow = 1; // 钱二: the second data row, line 3 of the file

/** The import file: the template's columns, one hire a row, all four insurances. */
function hireCsv(rows: { id: string; name: string }[]): Buffer {
  const header = '证件号码,姓名,性别,出生日期,联系电话,业务类型,日期,减员原因,参保险种';
  const lines = rows.map((r) => `${r.id},${r.name},,,,增员,${daysAgo(7)},,全部`);
  return Buffer.from(`${[header, ...lines].join('\r\n')}\r\n`, 'utf8');
}

/** Clicks a download link and returns the file's bytes. */
async function download(page: Page, testId: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return fs.readFileSync((await file.path())!);
}

/** Uploads the import file through the page's drop zone. */
async function uploadImport(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('hreg-import-upload').locator('input[type=file]').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer,
  });
}

describe.skipIf(skipReason !== null)('employer registration in the self-service hall (demo mode)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ demo: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('imports hires (bad row → error spreadsheet → fixed → applied), issues a certificate, checks it publicly', async () => {
    const options = { viewport: { width: 1400, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' };
    const hall = await browser.newContext({ ...options, acceptDownloads: true });
    const pageErrors: string[] = [];
    const page = await hall.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // 1. The demo employer (registered by the demo data) logs into the hall.
    await hallLogin(page, server.url, employer, 'hall-registration-entries');

    // 2. The import page: the template carries the columns the upload expects.
    await page.getByTestId('hall-entry-imports').click();
    await page.getByTestId('hreg-imports').waitFor();
    const template = (await download(page, 'hreg-template-csv')).toString('utf8').replace(/^\uFEFF/, '');
    expect(template.split(/\r?\n/)[0]).toContain('证件号码');
    expect(template.split(/\r?\n/)[0]).toContain('业务类型');

    // 3. Three hires, one with a wrong check digit: refused whole, the bad row reported.
    const bad = hires.map((h, i) => (i === badRow ? { ...h, id: withBadChecksum(h.id) } : h));
    await uploadImport(page, 'hires.csv', hireCsv(bad));
    const rejected = page.getByTestId('hreg-import-rejected');
    await rejected.waitFor();
    const errorRows = rejected.getByTestId('hreg-import-errors').locator('tbody tr.ant-table-row');
    await expect(errorRows.count()).resolves.toBe(1);
    await expect(errorRows.first().innerText()).resolves.toMatch(/^\s*3\s/);
    await expect(errorRows.first().innerText()).resolves.toContain('证件号码');
    await snap(page, 'hall-import-rejected');

    // 4. The error spreadsheet: the same rows with an error column, filled on the bad row only.
    const report = (await download(page, 'hreg-import-report')).toString('utf8').replace(/^\uFEFF/, '');
    const lines = report.split(/\r?\n/).filter((l) => l.trim() !== '');
    expect(lines[0]).toContain('错误说明');
    const errorColumn = lines[0]!.split(',').findIndex((h) => h.includes('错误说明'));
    const errorOf = (line: string) => line.split(',')[errorColumn] ?? '';
    expect(lines).toHaveLength(4);
    expect(lines[2 /* the bad row */]).toContain(bad[badRow]!.id);
    expect(errorOf(lines[2]!)).not.toBe('');
    expect(errorOf(lines[1]!)).toBe('');
    expect(errorOf(lines[3]!)).toBe('');

    // 5. The fixed file applies; the employees list shows the three new employees.
    await uploadImport(page, 'hires-fixed.csv', hireCsv(hires));
    const applied = page.getByTestId('hreg-import-applied');
    await applied.waitFor();
    await expect(applied.innerText()).resolves.toContain('增员 3 人');
    await page.getByTestId('hreg-tab-employees').click();
    const employees = page.getByTestId('hreg-employees');
    for (const h of hires) await employees.getByText(h.name, { exact: true }).waitFor();
    await snap(page, 'hall-employees');

    // 6. An insurance certificate, its number and verification code shown once issued.
    await page.getByTestId('hreg-tab-employer').click();
    await page.getByTestId('hreg-issue-certificate').click();
    const issued = page.getByTestId('hreg-issued');
    await issued.waitFor();
    const certificateNo = (await issued.getByTestId('hreg-issued-no').innerText()).trim();
    const verifyCode = (await issued.getByTestId('hreg-issued-code').innerText()).trim();
    expect(certificateNo).not.toBe('');
    expect(verifyCode).not.toBe('');

    // 7. Anyone, without a session, checks it through the QR code's link: genuine and valid.
    const anonymous = await browser.newContext(options);
    const check = await anonymous.newPage();
    check.on('pageerror', (error) => pageErrors.push(error.message));
    const query = new URLSearchParams({ no: certificateNo, code: verifyCode });
    await check.goto(`${server.url}/verify?${query.toString()}`);
    const result = check.locator('[data-testid="verify-result"][data-status="valid"]');
    await result.waitFor();
    await expect(result.getByTestId('verify-verdict').innerText()).resolves.toContain('有效');
    await expect(result.getByTestId('verify-subject').innerText()).resolves.toBe(employer.name);
    await snap(check, 'verify-valid');

    // A wrong code answers like an unknown number.
    await check.getByTestId('verify-code').fill('WRONG123');
    await check.getByTestId('verify-submit').click();
    await check.getByTestId('verify-not-found').waitFor();

    expect(pageErrors).toEqual([]);
    await anonymous.close();
    await hall.close();
  });
});
