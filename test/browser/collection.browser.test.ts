/**
 * Contribution collection in a real browser (demo mode, issue 6): the hall employer (杭州示范科技有限公司)
 * uploads this month's declaration as a spreadsheet and sees the bill it issued; the fund accountant
 * imports a bank payment file paying that bill and reads the reconciliation (one row matched); the
 * hall bill then shows paid, and so does the month's statement (对账单); the employee 李明, logging
 * into the hall, finds the month paid in 我的权益记录 with the account credit of the bill's pension line. A second test starts a month close of the last
 * ended period and watches its progress and report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_REGISTRATION_PERSONS } from '../../src/demo/registration-demo.ts';
import { DEMO_PASSWORD, DEMO_PUBLIC_ACCOUNTS } from '../support/demo-credentials.ts';
import { startTestServer } from '../support/server.ts';
import { launchBrowser, snap } from './browser.ts';
import { hallLogin } from './public-login.ts';
import { staffLogin } from './staff-login.ts';

const skipReason = inject('browserSkipReason');
const employer = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'employer')!;
const liMing = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'person' && a.name === '李明')!;
/** The demo employer's current employees (registration demo): one wage each, 李明 first. */
const employees = DEMO_REGISTRATION_PERSONS.filter((p) =>
  p.jobs.some((j) => j.employer === 'demo' && !j.separatedOn),
).map((p, i) => ({ citizenId: p.citizenId, name: p.name, wage: `${9000 + i * 500}.00` }));

/** China's today and its period. */
const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
const period = today.slice(0, 4) + today.slice(5, 7);
const periodText = `${period.slice(0, 4)}-${period.slice(4)}`;

const options = { viewport: { width: 1400, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' };

/** The declaration spreadsheet (CSV): one row per employee with the month's wage. */
function declarationCsv(): string {
  const rows = employees.map((e) => `${e.citizenId},${e.name},${e.wage}`);
  return ['身份证号,姓名,月工资', ...rows].join('\n') + '\n';
}

/** A bank's payment file: the employer's credit code, the amount, today, a reference, the bill; a total row. */
function paymentCsv(amount: string, billNo: string, reference: string): string {
  return (
    [
      '缴费主体代码,金额,到账日期,交易流水号,缴费单号',
      `${employer.identifier},${amount},${today},${reference},${billNo}`,
      `合计,${amount},,,`,
    ].join('\n') + '\n'
  );
}

function writeTemp(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-collection-'));
  const file = path.join(dir, name);
  fs.writeFileSync(file, text, 'utf8');
  return file;
}

/** Uploads through an antd drop zone and waits for its answer; a refusal fails with its text. */
async function upload(page: Page, testId: string, file: string): Promise<void> {
  await page.getByTestId(testId).locator('input[type=file]').setInputFiles(file);
  const done = page.getByTestId(`${testId}-done`);
  const refused = page.getByTestId(`${testId}-rejected`);
  const problem = page.getByTestId(`${testId}-problem`);
  await done.or(refused).or(problem).first().waitFor({ timeout: 60_000 });
  if (!(await done.isVisible())) {
    const text = (await refused.isVisible()) ? await refused.innerText() : await problem.innerText();
    throw new Error(`${testId} refused: ${text}`);
  }
}

const plain = (yuan: string) => yuan.trim().replace(/,/g, '');

describe.skipIf(skipReason !== null)('contribution collection in the hall and the workbench (demo mode)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ demo: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('declares by spreadsheet, pays by a bank file, and the month shows paid in the employee’s record', async () => {
    const pageErrors: string[] = [];
    const hall = await browser.newContext(options);
    const page = await hall.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // 1. The employer uploads this month's declaration.
    await hallLogin(page, server.url, employer, 'hall-collection-entries');
    await page.getByTestId('hall-entry-collection-declare').click();
    await page.getByTestId('coll-declare-upload').waitFor();
    // A wage the kernel cannot read is refused with its message, not counted as 0 (ui/money.ts).
    const wage = page.getByTestId('coll-declare-form').locator('input[data-testid^="coll-wage-"]').first();
    await wage.fill('12a');
    const wageProblem = page.getByTestId('coll-declare-form').locator('[data-testid$="-problem"]').first();
    await wageProblem.waitFor();
    expect(await wageProblem.innerText()).toContain('金额格式不正确');
    await wage.fill('');
    await upload(page, 'coll-declare-upload', writeTemp(`申报-${period}.csv`, declarationCsv()));
    await page.getByTestId('coll-declared').waitFor();
    await snap(page, 'hall-collection-declared');

    // 2. The bill it issued: open, with a line per employee and scheme.
    await page.getByTestId('coll-declared-to-bills').click();
    const billRow = page.getByTestId(`coll-bill-row-${period}`).first();
    await billRow.waitFor();
    expect(await billRow.getAttribute('data-status')).toBe('open');
    const billNo = (await billRow.getAttribute('data-bill-no'))!;
    expect(billNo).toMatch(new RegExp(`^JF${period}\\d{8}$`));
    await billRow.getByTestId('coll-bill-open').click();
    const detail = page.getByTestId('coll-bill-detail');
    await detail.waitFor();
    const total = plain(await detail.getByTestId('coll-bill-total').innerText());
    expect(total).toMatch(/^\d+\.\d{2}$/);
    const pensionLine = detail
      .getByTestId('coll-bill-lines')
      .locator('tr')
      .filter({ hasText: liMing.name })
      .filter({ hasText: '养老保险' });
    const credit = plain(await pensionLine.getByTestId('coll-line-credit').innerText());
    expect(Number(credit)).toBeGreaterThan(0);
    await snap(page, 'hall-collection-bill');

    // 3. The fund accountant imports the bank's payment file for the bill: one row, matched.
    const desk = await (await browser.newContext(options)).newPage();
    desk.on('pageerror', (error) => pageErrors.push(error.message));
    await staffLogin(desk, server.url, { username: 'accountant', password: DEMO_PASSWORD });
    await desk.goto(`${server.url}/staff/collection/payments`);
    await desk.getByTestId('coll-file-upload').waitFor();
    const reference = `BANK${Date.now()}`;
    await upload(desk, 'coll-file-upload', writeTemp(`bank-${today}.csv`, paymentCsv(total, billNo, reference)));
    const matched = desk.getByTestId('coll-recon-matched');
    await matched.waitFor();
    expect(await matched.getAttribute('data-count')).toBe('1');
    await expect(desk.getByTestId('coll-recon-unmatched').getAttribute('data-count')).resolves.toBe('0');
    await snap(desk, 'desk-collection-payment-file');

    // 4. The hall bill now shows paid.
    await page.reload();
    const paidRow = page.getByTestId(`coll-bill-row-${period}`).first();
    await paidRow.waitFor();
    await expect.poll(() => paidRow.getAttribute('data-status'), { timeout: 15_000 }).toBe('paid');
    await snap(page, 'hall-collection-bill-paid');

    // 4b. The month's statement (对账单), from the server: due and paid are the bill's total, the
    // fund table ends with its 合计 row, and the bank payment is listed against the period.
    await page.getByTestId('hcoll-tab-statement').click();
    const statement = page.getByTestId('coll-statement-view');
    await statement.waitFor();
    if ((await statement.getAttribute('data-period')) !== period) {
      await page.getByTestId('coll-statement-period').click();
      await page.locator(`.ant-select-item-option[title="${periodText}"]`).click();
      await page.locator(`[data-testid="coll-statement-view"][data-period="${period}"]`).waitFor();
    }
    expect(plain(await statement.getByTestId('coll-statement-due').innerText())).toBe(total);
    expect(plain(await statement.getByTestId('coll-statement-paid').innerText())).toBe(total);
    const funds = statement.getByTestId('coll-statement-funds');
    await expect(funds.locator('tr[data-scheme="total"]').innerText()).resolves.toContain('合计');
    await expect(funds.locator('tr[data-scheme="pension"]').count()).resolves.toBe(1);
    await expect(statement.getByTestId('coll-statement-payments').innerText()).resolves.toContain('银行文件');
    await snap(page, 'hall-collection-statement');

    // 5. 李明's rights record: the month paid, with the pension account credit of the bill.
    const mine = await (await browser.newContext(options)).newPage();
    mine.on('pageerror', (error) => pageErrors.push(error.message));
    await hallLogin(mine, server.url, liMing, 'hall-rights-entry');
    await mine.goto(`${server.url}/hall/rights`);
    await mine.getByTestId('rights-record').waitFor();
    const month = mine
      .getByTestId(`rights-year-${period.slice(0, 4)}`)
      .locator('tr')
      // The month's own row: its first cell is the month (an earlier month paid this month also
      // carries this month in its paid-on date).
      .filter({ has: mine.locator('td:first-child', { hasText: new RegExp(`^\\s*${periodText}\\s*$`) }) })
      .filter({ hasText: '养老保险' })
      .filter({ hasText: employer.name });
    await month.first().waitFor();
    await expect(month.first().locator('[data-status]').getAttribute('data-status')).resolves.toBe('paid');
    const cells = (await month.first().locator('td').allInnerTexts()).map(plain);
    expect(cells).toContain(credit);
    await snap(mine, 'hall-rights-paid-month');

    expect(pageErrors).toEqual([]);
    await hall.close();
  });

  it('starts a month close and shows its progress and the report per fund', async () => {
    const pageErrors: string[] = [];
    const desk = await (await browser.newContext(options)).newPage();
    desk.on('pageerror', (error) => pageErrors.push(error.message));
    await staffLogin(desk, server.url, { username: 'accountant', password: DEMO_PASSWORD });
    await desk.goto(`${server.url}/staff/collection/month-close`);
    // The demo employers' pooling region (西湖区); the period is the last one that has ended.
    await desk.getByTestId('coll-close-region').fill('330106');
    await desk.getByTestId('coll-close-start').click();
    const progress = desk.getByTestId('coll-close-progress');
    await progress.waitFor({ timeout: 30_000 });
    // It runs in the background: the page follows it until it completes (or fails, with its error).
    const close = desk.getByTestId('coll-close');
    const ended = desk.locator(
      '[data-testid="coll-close"][data-status="completed"], [data-testid="coll-close"][data-status="failed"]',
    );
    await ended.waitFor({ timeout: 150_000 });
    if ((await close.getAttribute('data-status')) !== 'completed')
      throw new Error(`month close ${await close.getAttribute('data-status')}: ${await close.innerText()}`);
    const report = desk.getByTestId('coll-close-report');
    await report.waitFor({ timeout: 10_000 });
    await expect(progress.getAttribute('data-percent')).resolves.toBe('100');
    const funds = await desk.getByTestId('coll-close-funds').locator('tbody tr').count();
    expect(funds).toBeGreaterThanOrEqual(4);
    await desk.getByTestId('coll-close-chart').waitFor();
    await snap(desk, 'desk-month-close');
    expect(pageErrors).toEqual([]);
  });
});
