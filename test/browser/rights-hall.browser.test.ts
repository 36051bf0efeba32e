/**
 * The rights record in the self-service hall, in a real browser (demo mode): the demo person with
 * ten years of contributions (李明) logs in, opens 我的权益记录, goes to the statements page and
 * downloads the statement of the last full year (its text lists the year's twelve months and the
 * closing balance the page shows); the public check page, opened from the statement's QR link,
 * confirms it, and that the statement rendered again as known when issued is identical. The person then raises a discrepancy, and a clerk logging into the workbench finds
 * the case it opened, by its number, in the case list.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PUBLIC_ACCOUNTS } from '../support/demo-credentials.ts';
import { startTestServer } from '../support/server.ts';
import { launchBrowser, snap } from './browser.ts';
import { staffLogin } from './staff-login.ts';
import { hallLogin } from './public-login.ts';

const skipReason = inject('browserSkipReason');
const person = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'person' && a.name === '李明')!;

/** The last year that has ended, in China. */
function lastFullYear(): number {
  return Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }).slice(0, 4)) - 1;
}

/** The text of a PDF file, as poppler's pdftotext extracts it. */
function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

describe.skipIf(skipReason !== null)('rights record, statement and discrepancy in the hall (demo mode)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ demo: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the record, downloads the last full year’s statement, raises a discrepancy a clerk finds', async () => {
    const options = { viewport: { width: 1400, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' };
    const hall = await browser.newContext({ ...options, acceptDownloads: true });
    const pageErrors: string[] = [];
    const page = await hall.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    const year = lastFullYear();

    // 1. 李明 logs in and opens 我的权益记录.
    await hallLogin(page, server.url, person, 'hall-statements-entries');
    await page.getByTestId('hall-entry-rights').click();
    await page.getByTestId('rights-record').waitFor();
    await snap(page, 'hall-rights-record');

    // 2. The statements page, from the hall's entry.
    await page.goto(`${server.url}/hall`);
    await page.getByTestId('hall-entry-statements').click();
    await page.getByTestId('statements-page').waitFor();
    await page.getByTestId(`statement-year-${year}`).waitFor();

    // 3. The statement of the last full year: the twelve months and the closing balance the page lists.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId(`statement-download-${year}`).click(),
    ]);
    const file = (await download.path())!;
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(file);
    for (let month = 1; month <= 12; month++) expect(text).toContain(`${year}-${String(month).padStart(2, '0')}`);
    await page.getByTestId('statement-downloaded').waitFor();
    const closing = (
      await page.getByTestId('statement-issued-row').first().getByTestId('statement-closing').innerText()
    ).trim();
    expect(closing).toMatch(/^\d+\.\d{2}$/);
    expect(Number(closing)).toBeGreaterThan(0);
    expect(text).toContain(closing);
    expect(text).toContain('个人权益记录单');
    await snap(page, 'hall-statements');

    // 4. Anyone checks it through the QR code's link; a wrong code answers like an unknown number.
    const issued = page.getByTestId('statement-issued-row').first();
    const query = new URLSearchParams({
      no: (await issued.getByTestId('statement-no').innerText()).trim(),
      code: (await issued.getByTestId('statement-code').innerText()).trim(),
    });
    expect(text).toContain(query.get('no'));
    const anonymous = await browser.newContext(options);
    const check = await anonymous.newPage();
    check.on('pageerror', (error) => pageErrors.push(error.message));
    await check.goto(`${server.url}/verify-statement?${query.toString()}`);
    await check.getByTestId('verify-statement-result').waitFor();
    await expect(check.getByTestId('verify-statement-verdict').innerText()).resolves.toContain('有效');
    // Rendered again as known when issued, the statement is the one issued.
    const content = check.getByTestId('verify-statement-content');
    await expect(content.getAttribute('data-content')).resolves.toBe('identical');
    await expect(content.innerText()).resolves.toContain('与签发时一致');
    await snap(check, 'verify-statement-valid');
    await check.getByTestId('verify-statement-code').fill('WRONG234');
    await check.getByTestId('verify-statement-submit').click();
    await check.getByTestId('verify-statement-not-found').waitFor();
    await anonymous.close();

    // 5. A discrepancy: the case it opened is shown by its number.
    await page.getByTestId('discrepancy-open').click();
    await page.getByTestId('discrepancy-description').fill(`${year}年3月单位已扣缴养老保险费，但记录与工资条不符。`);
    await page.getByTestId('discrepancy-submit').click();
    const caseNumber = (await page.getByTestId('discrepancy-case-number').innerText()).trim();
    expect(caseNumber).not.toBe('');
    await snap(page, 'hall-discrepancy');

    // 6. A clerk of the person's agency finds it in the case list.
    const desk = await (await browser.newContext(options)).newPage();
    desk.on('pageerror', (error) => pageErrors.push(error.message));
    await staffLogin(desk, server.url, { username: 'clerk', password: DEMO_PASSWORD });
    await desk.goto(`${server.url}/staff/cases?caseNumber=${encodeURIComponent(caseNumber)}`);
    const row = desk.getByTestId(`case-row-${caseNumber}`);
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('个人权益记录查询打印');
    await snap(desk, 'desk-discrepancy-case');

    expect(pageErrors).toEqual([]);
    await hall.close();
  });
});
