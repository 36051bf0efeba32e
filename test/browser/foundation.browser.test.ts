/**
 * The foundation end to end in a real browser, without demo shortcuts: the system administrator
 * enrols the second factor, opens a county agency and a clerk in it; the clerk's first login
 * (new password, authenticator) shows only that county; the audit administrator finds both
 * changes in the audit log.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/demo-credentials.ts';
import { startTestServer } from '../support/server.ts';
import { launchBrowser, snap } from './browser.ts';
import { staffLogin, staffLogout } from './staff-login.ts';

const skipReason = inject('browserSkipReason');

const county = { code: '330113', name: '临平区社会保险管理服务中心', divisionCode: '330113' };
const clerk = {
  username: 'linping.clerk',
  displayName: '周受理',
  initialPassword: 'Start#Linping2026',
  newPassword: 'Clerk#Linping2026ok',
};
const prefectureCode = '330100'; // 杭州市, a seeded level-2 agency

/** Submits a FormModal and waits for it to close; a refusal shown in the modal fails the test. */
async function submitModal(page: Page, testId: string): Promise<void> {
  await page.getByTestId(`${testId}-submit`).click();
  const modal = page.getByTestId(testId);
  const refusal = modal.getByTestId('error-alert');
  await modal.waitFor({ state: 'detached' }).catch(async (error: unknown) => {
    if (await refusal.isVisible()) throw new Error(`${testId} refused: ${await refusal.innerText()}`);
    throw error;
  });
  await expect(refusal.count()).resolves.toBe(0);
}

/** Opens a TreeSelect by its test id, searches, and picks the node whose title contains `text`. */
async function pickAgency(page: Page, testId: string, text: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(text);
  await page.locator('.ant-select-tree-title', { hasText: text }).first().click();
}

describe.skipIf(skipReason !== null)('foundation in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ demo: false });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the administrator creates a county and a clerk; the clerk sees only the county; the audit admin finds both', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    // 1. The system administrator logs in and enrols the second factor.
    const admin = await staffLogin(page, server.url, {
      username: 'admin',
      password: DEMO_PASSWORD,
      newPassword: 'Admin#Shebao2026new',
    });
    expect(admin.enrolledSecret).toMatch(/^[A-Z2-7]+=*$/);
    await expect(page.getByTestId('header-user').innerText()).resolves.toContain('系统管理员');
    await expect(page.getByTestId('demo-banner').count()).resolves.toBe(0);

    // 2. A county agency under the Hangzhou prefecture.
    await page.getByTestId('menu-agencies').click();
    await page.getByTestId(`agency-addChild-${prefectureCode}`).click();
    await page.getByTestId('agency-name').fill(county.name);
    await page.getByTestId('agency-code').fill(county.code);
    await page.getByTestId('agency-division-code').fill(county.divisionCode);
    await snap(page, 'agency-create');
    await submitModal(page, 'agency-create-modal');
    const countyRow = page.getByTestId(`agency-row-${county.code}`);
    await countyRow.waitFor();
    await expect(countyRow.innerText()).resolves.toContain('县级');
    await snap(page, 'agencies-after-create');

    // 3. A clerk in the new county.
    await page.getByTestId('menu-staff').click();
    await page.getByTestId('staff-create').click();
    await page.getByTestId('staff-username').fill(clerk.username);
    await page.getByTestId('staff-display-name').fill(clerk.displayName);
    await pickAgency(page, 'staff-agency', '临平区');
    await page.getByTestId('staff-password').fill(clerk.initialPassword);
    await page.getByTestId('staff-password-confirm').fill(clerk.initialPassword);
    await snap(page, 'staff-create');
    await submitModal(page, 'staff-create-modal');
    const clerkRow = page.getByTestId(`staff-row-${clerk.username}`);
    await clerkRow.waitFor();
    await expect(clerkRow.innerText()).resolves.toContain(county.name);
    await snap(page, 'staff-after-create');
    await staffLogout(page);

    // 4. The clerk's first login: new password, authenticator; the agency page shows the county only.
    const first = await staffLogin(page, server.url, {
      username: clerk.username,
      password: clerk.initialPassword,
      newPassword: clerk.newPassword,
    });
    expect(first.changedPassword).toBe(true);
    expect(first.enrolledSecret).not.toBeNull();
    await expect(page.getByTestId('header-agency').innerText()).resolves.toContain(county.name);
    await expect(page.getByTestId('menu-staff').count()).resolves.toBe(0);
    await expect(page.getByTestId('menu-audit').count()).resolves.toBe(0);
    await page.getByTestId('menu-agencies').click();
    await page.getByTestId(`agency-row-${county.code}`).waitFor();
    await expect(page.locator('[data-testid^="agency-row-"]').count()).resolves.toBe(1);
    await expect(page.getByTestId('agency-create').count()).resolves.toBe(0);
    await snap(page, 'clerk-agencies');
    await staffLogout(page);

    // 5. The audit administrator finds both changes.
    await staffLogin(page, server.url, {
      username: 'auditadmin',
      password: DEMO_PASSWORD,
      newPassword: 'Audit#Shebao2026new',
    });
    await page.getByTestId('menu-audit').click();
    for (const action of ['agency.create', 'staff.create']) {
      await page.getByTestId('audit-filter-action').fill(action);
      await page.getByTestId('audit-search').click();
      const row = page.locator(`[data-action="${action}"]`).first();
      await row.waitFor();
      await expect(row.innerText()).resolves.toContain('系统管理员');
    }
    await page.getByTestId('audit-verify').click();
    await expect(page.getByTestId('audit-verify-result').getAttribute('data-ok')).resolves.toBe('true');
    await snap(page, 'audit');

    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
