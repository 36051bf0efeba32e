/**
 * The holiday calendar page in a real browser, through the typed client (web/src/api/typed.ts):
 * the years load, the administrator loads next year's notice from the provisional draft (a write
 * with the session's CSRF token), and loading it again shows the server's named refusal.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/demo-credentials.ts';
import { startTestServer } from '../support/server.ts';
import { launchBrowser, snap } from './browser.ts';
import { staffLogin } from './staff-login.ts';

const skipReason = inject('browserSkipReason');

describe.skipIf(skipReason !== null)('the holiday calendar in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ demo: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the years, loads the provisional year’s notice, and refuses it a second time by name', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await staffLogin(page, server.url, {
      username: 'admin',
      password: DEMO_PASSWORD,
      newPassword: 'Admin#Shebao2026new',
    });

    await page.goto(`${server.url}/staff/holidays`);
    const years = page.getByTestId('holiday-years');
    await years.locator('tr[data-row-key="2026"]').waitFor();
    // The calendar answers next year provisionally until its notice is loaded (decision 32).
    await page.getByTestId('provisional-years').waitFor();

    const load = async () => {
      await page.getByTestId('notice-load').click();
      const field = page.getByTestId('notice-json');
      await expect.poll(() => field.inputValue()).not.toBe('');
      const notice = JSON.parse(await field.inputValue()) as { year: number; source: string };
      await field.fill(JSON.stringify({ ...notice, source: '国务院办公厅关于假期安排的通知（测试）' }));
      await page.getByTestId('notice-modal-submit').click();
      return notice.year;
    };

    const year = await load();
    await expect.poll(() => page.getByTestId('notice-loaded').innerText()).toContain(String(year));
    await expect
      .poll(() => years.locator(`tr[data-row-key="${year}"]`).innerText())
      .toContain('国务院办公厅关于假期安排的通知（测试）');
    await snap(page, 'calendar-notice-loaded');

    // The year is no longer provisional, so the draft is the other provisional year, if any; load
    // the same year again by hand and the server's refusal shows with its code.
    await page.getByTestId('notice-load').click();
    const field = page.getByTestId('notice-json');
    const again = {
      year,
      source: 'again',
      blocks: [
        {
          name: { zh: '元旦', en: "New Year's Day" },
          firstDayOff: `${year}-01-01`,
          lastDayOff: `${year}-01-01`,
          makeUpWorkdays: [],
        },
      ],
    };
    await field.fill(JSON.stringify(again));
    await page.getByTestId('notice-modal-submit').click();
    const refusal = page.getByTestId('notice-modal').getByTestId('error-alert');
    await expect.poll(() => refusal.innerText()).toContain('calendar_year_exists');
    await snap(page, 'calendar-notice-refused');
    expect(pageErrors).toEqual([]);
  });
});
