/**
 * The service desk end to end in a real browser (demo mode): a kiosk issues ticket A001 at the
 * 西湖区 hall and the hall display shows its call live; the clerk calls it at window 01, accepts an
 * unemployment-benefit claim with the social security card missing (容缺受理); the one-time slip's
 * PDF carries the case number and the missing material; the applicant supplies the card in the
 * self-service hall; a reviewer (not the clerk: maker-checker) approves; the applicant rates the
 * service 不满意 and the call-back task appears for the supervisor.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PUBLIC_ACCOUNTS } from '../support/demo-credentials.ts';
import { launchBrowser, snap } from './browser.ts';
import { startServiceDeskServer, type ServiceDeskServer } from './service-desk-server.ts';
import { staffLogin, staffLogout } from './staff-login.ts';
import { hallLogin } from './public-login.ts';

const skipReason = inject('browserSkipReason');

const hallName = '西湖区社保服务大厅';
const person = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'person')!;
const missingMaterial = '本人社会保障卡';

/** A one-page PDF: enough for the upload check, which looks at the content. */
const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj ' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const png = Buffer.from(
  '89504E470D0A1A0A0000000D49484452000000010000000108060000001F15C4890000000D4944415478DA63F8FFFF3F0005FE02FEA7D6A4C70000000049454E44AE426082',
  'hex',
);

/** Waits until the element shows the text (it may be updated live). */
async function waitForText(locator: Locator, text: string, timeout = 15_000): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ timeout });
}

/** Opens an antd Select by its test id and picks the option whose label contains `text`. */
async function pick(page: Page, testId: string, text: string, search?: string): Promise<void> {
  await page.getByTestId(testId).click();
  if (search) await page.keyboard.type(search);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

/** Uploads a file through a FileUpload component and waits until the server accepted it. */
async function upload(scope: Page | Locator, testId: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  await scope.getByTestId(`${testId}-input`).setInputFiles(file);
  await scope.getByTestId(`${testId}-done`).waitFor();
}

/** Submits a FormModal and waits for it to close; a refusal shown in the modal fails the test. */
async function submitModal(page: Page, testId: string): Promise<void> {
  await page.getByTestId(`${testId}-submit`).click();
  const modal = page.getByTestId(testId);
  const refusal = modal.getByTestId('error-alert');
  // The last approval completes the case in one transaction; on a busy 2-CPU machine it took over 30 s.
  await modal.waitFor({ state: 'detached', timeout: 90_000 }).catch(async (error: unknown) => {
    if (await refusal.isVisible()) throw new Error(`${testId} refused: ${await refusal.innerText()}`);
    throw error;
  });
}

describe.skipIf(skipReason !== null)('service desk in the browser (demo mode)', () => {
  let server: ServiceDeskServer;
  let browser: Browser;
  let tmp: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServiceDeskServer({ demo: true }), launchBrowser()]);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-desk-'));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('ticket A001 → 容缺受理 with slip → supplied online → approved → 不满意 → call-back for the supervisor', async () => {
    const options = { viewport: { width: 1400, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' };
    const publicSide: BrowserContext = await browser.newContext(options);
    const staffSide: BrowserContext = await browser.newContext(options);
    const pageErrors: string[] = [];
    const watch = (page: Page) => page.on('pageerror', (error) => pageErrors.push(error.message));

    // 1. The hall display is on; the kiosk issues ticket A001 in category A.
    const hall = await publicSide.newPage();
    watch(hall);
    await hall.goto(`${server.url}/queue`);
    const hallCard = hall.locator('[data-testid^="queue-hall-"]', { hasText: hallName });
    const hallId = (await hallCard.getAttribute('data-testid'))!.replace('queue-hall-', '');
    const display = await publicSide.newPage();
    watch(display);
    await display.goto(`${server.url}/queue/${hallId}/display`);
    await display.locator('[data-testid="hall-display"][data-mode="live"]').waitFor();

    await hall.goto(`${server.url}/queue/${hallId}/kiosk`);
    await hall.getByTestId('kiosk-category-A').click();
    await expect(hall.getByTestId('kiosk-ticket-code').innerText()).resolves.toBe('A001');
    await expect(hall.getByTestId('kiosk-ticket-ahead').innerText()).resolves.toContain('0');
    await snap(hall, 'desk-kiosk-ticket');

    // 2. The clerk chooses window 01 and calls A001; the display shows the call at once (SSE).
    const desk = await staffSide.newPage();
    watch(desk);
    await staffLogin(desk, server.url, { username: 'clerk', password: DEMO_PASSWORD });
    await desk.getByTestId('menu-window').click();
    await pick(desk, 'window-pick-hall', hallName);
    await pick(desk, 'window-pick-window', '01');
    await desk.getByTestId('window-pick-confirm').click();
    await desk.getByTestId('window-call-next').click();
    await waitForText(desk.getByTestId('window-current-code'), 'A001');
    await waitForText(display.getByTestId('display-latest-code'), 'A001');
    await waitForText(display.getByTestId('display-latest-window'), '01');
    await snap(display, 'desk-display');
    await desk.getByTestId('window-start').click();
    await desk.getByTestId('window-intake').click();

    // 3. Intake for the ticket: unemployment benefit, ID and termination proof received, the card missing.
    await desk.getByTestId('intake-ticket').waitFor();
    // The register's name comes with the citizen ID.
    await desk.getByTestId('intake-identifier').fill(person.identifier);
    await waitForText(desk.getByTestId('intake-registered-name'), person.name);
    await expect(desk.getByTestId('intake-name').inputValue()).resolves.toBe(person.name);
    await pick(desk, 'intake-item-select', '失业保险金申领', '失业');
    await desk.keyboard.press('Escape');
    const checklist = desk.getByTestId('intake-materials');
    for (const code of ['id_card', 'termination_proof']) {
      await checklist.getByTestId(`intake-material-state-${code}`).getByText('已收取').click();
      await upload(checklist, `intake-file-${code}`, { name: `${code}.pdf`, mimeType: 'application/pdf', buffer: pdf });
    }
    await expect(desk.getByTestId('intake-forecast-unemployment-benefit').getAttribute('data-outcome')).resolves.toBe(
      'accept_with_missing',
    );
    await snap(desk, 'desk-intake');
    await desk.getByTestId('intake-submit').click();
    await desk.getByTestId('intake-result').waitFor();
    const caseNumber = (await desk.getByTestId('intake-case-number').innerText()).trim();
    expect(caseNumber).toMatch(/^330106-\d{8}-\d{5}$/);
    const notice = desk.getByTestId('intake-notice');
    await expect(notice.getByTestId('intake-notice-text').innerText()).resolves.toContain(missingMaterial);
    await snap(desk, 'desk-intake-slip');

    // The slip's PDF, fetched with the clerk's session, has the case number and the missing material.
    const pdfHref = await notice.getByTestId('intake-notice-pdf').getAttribute('href');
    const slip = await staffSide.request.get(new URL(pdfHref!, server.url).toString());
    expect(slip.status()).toBe(200);
    expect(slip.headers()['content-type']).toContain('application/pdf');
    const slipFile = path.join(tmp, 'slip.pdf');
    fs.writeFileSync(slipFile, await slip.body());
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', slipFile, '-'], { encoding: 'utf8' });
    expect(text.status).toBe(0);
    const flat = text.stdout.replace(/\s+/g, '');
    expect(flat).toContain(caseNumber);
    expect(flat).toContain(missingMaterial);

    // Back at the window the ticket is linked to the case and is finished.
    await desk.getByTestId('intake-back-window').click();
    await desk.getByTestId('window-open-case').waitFor();
    await desk.getByTestId('window-finish').click();
    await desk.getByTestId('window-current').getByText('当前没有号码').waitFor();
    await staffLogout(desk);

    // 4. The applicant supplies the card in the self-service hall; the clock resumes.
    const applicant = await publicSide.newPage();
    watch(applicant);
    await hallLogin(applicant, server.url, person, 'my-cases');
    await applicant.getByTestId(`my-case-${caseNumber}`).getByTestId('my-case-link').click();
    const supply = applicant.getByTestId('supply-materials');
    await supply.waitFor();
    await upload(supply, 'supply-file-bank_card', { name: 'card.png', mimeType: 'image/png', buffer: png });
    await snap(applicant, 'desk-supply');
    await supply.getByTestId('supply-submit').click();
    await supply.waitFor({ state: 'detached' });
    await applicant
      .locator('[data-testid="progress-view"] [data-testid="case-status"][data-status="in_progress"]')
      .waitFor();

    // 5. The reviewer (maker-checker: not the clerk who accepted) approves; the case completes.
    await staffLogin(desk, server.url, { username: 'reviewer', password: DEMO_PASSWORD });
    await desk.goto(`${server.url}/staff/cases?caseNumber=${caseNumber}`);
    await desk.getByTestId(`case-row-${caseNumber}`).getByTestId('case-link').click();
    await desk.getByTestId('case-step-pass').click();
    await submitModal(desk, 'case-pass-modal');
    await desk.locator('[data-testid="case-detail"][data-status="completed"]').waitFor();
    await snap(desk, 'desk-case-completed');
    await staffLogout(desk);

    // 6. The applicant rates the service 不满意 (a 差评): a call-back task opens.
    await applicant.reload();
    const rating = applicant.getByTestId('rating-panel');
    await rating.getByTestId('rating-level-dissatisfied').click();
    await rating.getByTestId('rating-comment').fill('补交材料后等待时间较长');
    await rating.getByTestId('rating-submit').click();
    await waitForText(rating.getByTestId('rating-given-initial'), '不满意');
    await rating.getByTestId('rating-callback').waitFor();
    await snap(applicant, 'desk-rated');

    // 7. The supervisor finds the call-back task for the case.
    await staffLogin(desk, server.url, { username: 'supervisor', password: DEMO_PASSWORD });
    await desk.getByTestId('menu-callbacks').click();
    const task = desk.getByTestId(`callback-row-${caseNumber}`);
    await task.waitFor();
    await expect(task.getAttribute('data-status')).resolves.toBe('open');
    await expect(task.innerText()).resolves.toContain('不满意');
    await snap(desk, 'desk-callbacks');

    expect(pageErrors).toEqual([]);
    await publicSide.close();
    await staffSide.close();
  });
});
