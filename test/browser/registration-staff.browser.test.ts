/**
 * Insurance registration at the staff workbench in a real browser (demo mode): the clerk registers
 * an employer, issues its registration certificate and downloads the PDF, a visitor confirms the
 * certificate on the public check page; the clerk checks an employee spreadsheet (a dry run)
 * through the upload with progress, registers a person from the citizen ID (gender and birth date
 * filled in from it), hires them at the new employer with enrolment in all four schemes, and the
 * person 360 view shows four active enrolments.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { citizenIdCheckCharacter } from '../../src/kernel/citizen-id.ts';
import { creditCodeCheckCharacter } from '../../src/kernel/credit-code.ts';
import { DEMO_PASSWORD } from '../support/demo-credentials.ts';
import { startTestServer } from '../support/server.ts';
import { launchBrowser, snap } from './browser.ts';
import { staffLogin } from './staff-login.ts';

const skipReason = inject('browserSkipReason');

/** Digits and letters a credit code's organisation part may use (GB 32100, no I O S V Z). */
const creditAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function randomCreditCode(): string {
  let org = '';
  for (let i = 0; i < 9; i++) org += creditAlphabet[Math.floor(Math.random() * creditAlphabet.length)];
  const body = `91330106${org}`;
  return body + creditCodeCheckCharacter(body);
}

function citizenId(birth: string, sequence: string): string {
  const body = `330106${birth}${sequence}`;
  return body + citizenIdCheckCharacter(body);
}

/** Types a day into a DateField (antd DatePicker) and confirms it. */
async function fillDate(page: Page, testId: string, day: string): Promise<void> {
  const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
  await input.click();
  await input.fill(day);
  await input.press('Tab');
}

/** Opens an antd Select by its test id, optionally types, and picks the option containing `text`. */
async function pick(page: Page, testId: string, text: string, search?: string): Promise<void> {
  await page.getByTestId(testId).click();
  if (search) await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

/** Submits a FormModal and waits for it to close; a refusal shown in the modal fails the test. */
async function submitModal(page: Page, testId: string): Promise<void> {
  await page.getByTestId(`${testId}-submit`).click();
  const modal = page.getByTestId(testId);
  await modal.waitFor({ state: 'detached', timeout: 15_000 }).catch(async (error: unknown) => {
    const refusal = modal.getByTestId('error-alert');
    if (await refusal.isVisible()) throw new Error(`${testId} refused: ${await refusal.innerText()}`);
    throw error;
  });
}

/** Waits for what a submit leads to; a refusal shown on the page instead fails the test with its text. */
async function landOn(page: Page, target: Locator, what: string): Promise<void> {
  await target.waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
    const refusal = page.getByTestId('error-alert');
    if (await refusal.isVisible()) throw new Error(`${what} refused: ${await refusal.innerText()}`);
    const invalid = page.locator('.ant-form-item-explain-error');
    if ((await invalid.count()) > 0) throw new Error(`${what} invalid: ${(await invalid.allInnerTexts()).join('; ')}`);
    throw error;
  });
}

describe.skipIf(skipReason !== null)('registration at the staff workbench (demo mode)', () => {
  let server: { url: string; close(): Promise<void> };
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ demo: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('employer → registration certificate PDF → public check → person → hire with four schemes', async () => {
    const context: BrowserContext = await browser.newContext({
      viewport: { width: 1400, height: 900 },
      timezoneId: 'Asia/Shanghai',
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await staffLogin(page, server.url, { username: 'clerk', password: DEMO_PASSWORD });

    // 1. 单位参保登记 from the menu.
    const creditCode = randomCreditCode();
    const employerName = `西湖测试科技有限公司${creditCode.slice(8, 12)}`;
    await page.getByTestId('menu-reg-employers').click();
    await page.getByTestId('employer-new').click();
    await page.getByTestId('employer-credit-code').fill(creditCode);
    await page.getByTestId('employer-name').fill(employerName);
    await pick(page, 'employer-type', '企业');
    await pick(page, 'employer-industry', '软件', '软件');
    await page.getByTestId('employer-legal-rep-name').fill('赵法人');
    await page.getByTestId('employer-legal-rep-id').fill(citizenId('19750315', '001'));
    await page.getByTestId('employer-address').fill('杭州市西湖区文三路 100 号');
    await page.getByTestId('employer-contact-name').fill('钱联系');
    await page.getByTestId('employer-contact-phone').fill('13800138000');
    await page.getByTestId('employer-pooling-region').fill('330106');
    await fillDate(page, 'employer-founded-on', '2020-01-06');
    await snap(page, 'registration-employer-form');
    await page.getByTestId('employer-submit').click();
    const employer = page.getByTestId('employer-360');
    await landOn(page, employer, 'employer');
    await expect(page.getByTestId('employer-title').innerText()).resolves.toBe(employerName);
    await expect(employer.getAttribute('data-status')).resolves.toBe('active');

    // 2. The registration certificate: issued, listed as valid, its PDF is a PDF.
    await page.getByTestId('employer-tab-certificates').click();
    await page.getByTestId('certificate-issue-registration').click();
    await submitModal(page, 'certificate-issue-modal');
    const certificate = page.locator('[data-testid="certificate-row-employer_registration"][data-status="valid"]');
    await certificate.waitFor();
    await snap(page, 'registration-certificates');
    const pdfHref = await certificate.getByTestId('certificate-pdf').getAttribute('href');
    const pdf = await context.request.get(new URL(pdfHref!, server.url).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // 2b. Anyone holding the printed certificate checks it on the public page: valid.
    const certificateNo = await certificate.getAttribute('data-no');
    const found = await context.request.get(`${server.url}/api/registration/employers?q=${creditCode}`);
    const employerId = ((await found.json()) as { items: Array<{ id: number }> }).items[0]!.id;
    const issued = await context.request.get(`${server.url}/api/registration/employers/${employerId}/certificates`);
    const printed = ((await issued.json()) as Array<{ certificateNo: string; verifyCode: string }>).find(
      (c) => c.certificateNo === certificateNo,
    )!;
    const visitor = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const publicPage = await visitor.newPage();
    await publicPage.goto(`${server.url}/verify`);
    await publicPage.getByTestId('verify-no').fill(printed.certificateNo);
    await publicPage.getByTestId('verify-code').fill(printed.verifyCode);
    await publicPage.getByTestId('verify-submit').click();
    const verdict = publicPage.getByTestId('verify-result');
    await verdict.waitFor();
    await expect(verdict.getAttribute('data-status')).resolves.toBe('valid');
    await expect(publicPage.getByTestId('verify-subject').innerText()).resolves.toBe(employerName);
    await snap(publicPage, 'registration-certificate-check');
    await visitor.close();

    // 2c. 批量增减员 at the window: the spreadsheet goes through the upload with progress; a dry run
    // (the default) checks the file and applies nothing.
    await page.getByTestId('employer-tab-employees').click();
    await page.getByTestId('employees-import').click();
    const upload = page.getByTestId('import-upload');
    const hireRow = `${citizenId('19920202', '011')},周导入,,,,增员,2026-01-05,,全部`;
    await upload.locator('input[type=file]').setInputFiles({
      name: 'hires.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`证件号码,姓名,性别,出生日期,联系电话,业务类型,日期,减员原因,参保险种\r\n${hireRow}\r\n`),
    });
    const checked = upload.getByTestId('import-result');
    await landOn(page, checked, 'import');
    await expect(checked.getAttribute('data-status')).resolves.toBe('validated');
    await expect(upload.getAttribute('data-phase')).resolves.toBe('done');
    await snap(page, 'registration-employee-import');
    await page.keyboard.press('Escape');
    await page.getByTestId('import-panel').waitFor({ state: 'detached' });

    // 3. 个人参保登记: gender and birth date come from the ID.
    const personId = citizenId('19900101', String(100 + Math.floor(Math.random() * 800)).padStart(3, '0'));
    await page.getByTestId('menu-reg-persons').click();
    await page.getByTestId('person-new').click();
    await page.getByTestId('person-citizen-id').fill(personId);
    await page.getByTestId('person-derived').waitFor();
    await expect(
      page
        .locator('[data-testid="person-birth-date"] input, input[data-testid="person-birth-date"]')
        .first()
        .inputValue(),
    ).resolves.toBe('1990-01-01');
    await page.getByTestId('person-name').fill('孙参保');
    await page.getByTestId('person-phone').fill('13900139000');
    await page.getByTestId('person-submit').click();
    const person = page.getByTestId('person-360');
    await landOn(page, person.or(page.getByTestId('person-open')).first(), 'person');
    if (await page.getByTestId('person-open').isVisible()) await page.getByTestId('person-open').click();
    await person.waitFor();
    await expect(page.getByTestId('person-title').innerText()).resolves.toBe('孙参保');

    // 4. Hire at the new employer with all four schemes (the default).
    await page.getByTestId('person-hire').click();
    await pick(page, 'hire-employer', employerName, creditCode);
    await submitModal(page, 'hire-modal');
    const active = page.locator('[data-testid^="enrolment-row-"][data-status="active"]');
    await expect.poll(() => active.count(), { timeout: 15_000 }).toBe(4);
    for (const scheme of ['pension', 'medical', 'unemployment', 'work_injury']) {
      await expect(page.getByTestId(`enrolment-row-${scheme}`).getAttribute('data-status')).resolves.toBe('active');
    }
    await page.getByTestId('enrolment-timeline').waitFor();
    await page.locator('[data-testid="employments-table"] [data-status="active"]', { hasText: employerName }).waitFor();
    await snap(page, 'registration-person-360');

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
