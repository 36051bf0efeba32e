/**
 * Window activation in a real browser (demo mode): the clerk opens 陈杰's 360 view (no phone on
 * file), checks his ID card and issues an activation code, which the page shows once and prints;
 * 陈杰 opens his hall account with it and the phone he chooses (proven by the texted code), then
 * changes the login phone with the codes sent to the old and the new phone.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_REGISTRATION_PERSONS } from '../../src/demo/registration-demo.ts';
import { DEMO_PASSWORD } from '../support/demo-credentials.ts';
import { startTestServer } from '../support/server.ts';
import { launchBrowser, snap } from './browser.ts';
import { enterDemoCode } from './public-login.ts';
import { staffLogin } from './staff-login.ts';

const skipReason = inject('browserSkipReason');

const chenJie = DEMO_REGISTRATION_PERSONS.find((p) => p.name === '陈杰')!;
const password = 'Chen#Activate2026';

/** The code the demo SMS box shows for the message sent to `masked`. */
async function codeSentTo(page: Page, masked: string): Promise<string> {
  const message = page.getByTestId('demo-sms-message').filter({ hasText: masked });
  return message.getByTestId('demo-sms-code').innerText();
}

describe.skipIf(skipReason !== null)('window activation of a hall account (demo mode)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ demo: true }), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('clerk issues a code in the 360 view → the person opens the account with it → changes the login phone', async () => {
    const options = { viewport: { width: 1400, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' };
    const pageErrors: string[] = [];
    const desk = await (await browser.newContext(options)).newPage();
    desk.on('pageerror', (error) => pageErrors.push(error.message));

    // 1. The clerk finds 陈杰 and issues an activation code after checking his ID card.
    await staffLogin(desk, server.url, { username: 'clerk', password: DEMO_PASSWORD });
    await desk.getByTestId('menu-reg-persons').click();
    await desk.getByTestId('persons-citizen-id').fill(chenJie.citizenId);
    await desk.getByTestId('persons-search').click();
    await desk.getByTestId('person-link').first().click();
    await desk.getByTestId('person-360').waitFor();
    await desk.getByTestId('hall-activation').click();
    await desk.getByTestId('activation-submit').click();
    // Not without confirming the document was checked.
    await desk.locator('.ant-form-item-explain-error', { hasText: '须核验证件原件' }).waitFor();
    await desk.getByTestId('activation-checked').check();
    await desk.getByTestId('activation-submit').click();
    const code = (await desk.getByTestId('activation-code-issued').innerText()).trim();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    await snap(desk, 'activation-issued');
    const [slip] = await Promise.all([desk.waitForEvent('popup'), desk.getByTestId('activation-print').click()]);
    expect(slip.url()).toMatch(/^blob:/);
    await desk.getByTestId('activation-done').click();
    await desk.getByTestId('activation-issued').waitFor({ state: 'detached' });

    // 2. 陈杰 opens his account with the code and his own phone.
    const hall = await (await browser.newContext(options)).newPage();
    hall.on('pageerror', (error) => pageErrors.push(error.message));
    await hall.goto(`${server.url}/register/person`);
    await hall.getByTestId('go-activate').click();
    await hall.getByTestId('activate-card').waitFor(); // the registration form has the same fields
    await hall.getByTestId('public-identifier').fill(chenJie.citizenId);
    await hall.getByTestId('activation-code').fill(code.toLowerCase());
    await hall.getByTestId('public-phone').fill('13912345678');
    await hall.getByTestId('activate-submit').click();
    await expect(hall.getByTestId('otp-sent-to').innerText()).resolves.toContain('139****5678');
    await enterDemoCode(hall);
    await hall.getByTestId('public-password').fill(password);
    await hall.getByTestId('public-password-confirm').fill(password);
    await hall.getByTestId('register-submit').click();
    await hall.getByTestId('hall-account').waitFor();
    await expect(hall.getByTestId('hall-display-name').innerText()).resolves.toBe('陈杰');
    await expect(hall.getByTestId('hall-login-phone').innerText()).resolves.toBe('139****5678');

    // 3. He changes the login phone: one code from the old phone, one from the new.
    await hall.getByTestId('hall-phone-change').click();
    await hall.getByTestId('hall-new-phone').fill('13698765432');
    await hall.getByTestId('hall-phone-send').click();
    await hall.getByTestId('demo-sms-code').first().waitFor();
    await hall.getByTestId('hall-phone-current-code').fill(await codeSentTo(hall, '139****5678'));
    await hall.getByTestId('hall-phone-new-code').fill(await codeSentTo(hall, '136****5432'));
    await snap(hall, 'activation-phone-change');
    await hall.getByTestId('hall-phone-confirm').click();
    await expect.poll(() => hall.getByTestId('hall-login-phone').innerText(), { timeout: 15_000 }).toBe('136****5432');

    // 4. The code was for one use: a second try is refused.
    await hall.getByTestId('logout').click();
    await hall.goto(`${server.url}/activate/person`);
    await hall.getByTestId('public-identifier').fill(chenJie.citizenId);
    await hall.getByTestId('activation-code').fill(code);
    await hall.getByTestId('public-phone').fill('13912345678');
    await hall.getByTestId('activate-submit').click();
    await expect(hall.getByTestId('error-alert').innerText()).resolves.toContain('激活码不正确或已失效');

    expect(pageErrors).toEqual([]);
  });
});
