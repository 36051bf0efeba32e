/**
 * The self-service hall in demo mode, in a real browser: a registered person opens her account with
 * the code texted to the phone on file (shown in the demo SMS box; under a wrong name the page says
 * the same and no code comes), lands in the hall, logs out, logs in again (password, then texted
 * code), and the whole page follows the language switch. Also: a staff session that the server no
 * longer knows sends the user back to the login page with "会话已超时".
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestServer } from '../support/server.ts';
import { DEMO_PASSWORD } from '../support/demo-credentials.ts';
import { launchBrowser, snap } from './browser.ts';
import { staffLogin } from './staff-login.ts';
import { enterDemoCode } from './public-login.ts';
import { DEMO_REGISTRATION_PERSONS } from '../../src/demo/registration-demo.ts';

const skipReason = inject('browserSkipReason');

/** 王芳 of the demo register: a mobile phone on file, no hall account yet. */
const person = {
  identifier: DEMO_REGISTRATION_PERSONS.find((p) => p.name === '王芳')!.citizenId,
  name: '王芳',
  password: 'Hall#Person2026',
};

describe.skipIf(skipReason !== null)('self-service hall in the browser (demo mode)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startTestServer({ demo: true });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens an account with the code sent to the phone on file, logs in with the texted code and switches to English', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(server.url);
    await page.getByTestId('demo-banner').waitFor();
    await page.getByTestId('person-register').click();
    await expect(page.getByTestId('public-phone').count()).resolves.toBe(0);
    // Under another name the page answers as it always does, and no code comes.
    await page.getByTestId('public-identifier').fill(person.identifier);
    await page.getByTestId('public-name').fill('张三');
    await page.getByTestId('register-send-code').click();
    const neutral = await page.getByTestId('otp-neutral').innerText();
    await page.waitForTimeout(2500);
    await expect(page.getByTestId('demo-sms-code').count()).resolves.toBe(0);
    await page.getByRole('button', { name: '返回上一步' }).click();

    await page.getByTestId('public-identifier').fill(person.identifier);
    await page.getByTestId('public-name').fill(person.name);
    await page.getByTestId('register-send-code').click();
    await expect(page.getByTestId('otp-neutral').innerText()).resolves.toBe(neutral);
    await expect(page.getByTestId('otp-sent-to').count()).resolves.toBe(0);
    await enterDemoCode(page);
    await expect(page.getByTestId('demo-sms').innerText()).resolves.toContain('137****0002');
    await page.getByTestId('public-password').fill(person.password);
    await page.getByTestId('public-password-confirm').fill(person.password);
    await snap(page, 'hall-register-code');
    await page.getByTestId('register-submit').click();

    await page.getByTestId('hall-account').waitFor();
    await expect(page.getByTestId('hall-display-name').innerText()).resolves.toBe(person.name);
    const masked = await page.getByTestId('hall-identifier').innerText();
    expect(masked).not.toContain(person.identifier.slice(6, 14)); // the birth date is masked
    expect(masked.slice(0, 3)).toBe(person.identifier.slice(0, 3));

    await page.getByTestId('logout').click();
    await page.getByTestId('person-login').click();
    await page.getByTestId('public-identifier').fill(person.identifier);
    await page.getByTestId('public-password').fill(person.password);
    await page.getByTestId('public-login-submit').click();
    await enterDemoCode(page);
    await snap(page, 'hall-login-code');
    await page.getByTestId('public-otp-submit').click();
    await page.getByTestId('hall-account').waitFor();

    await page.getByTestId('lang-en').click();
    await expect(page.getByTestId('hall-account').innerText()).resolves.toContain('My account');
    await expect(page.getByTestId('demo-banner').innerText()).resolves.toContain('Demo mode');
    await snap(page, 'hall-english');
    await page.reload();
    await page.getByTestId('hall-account').waitFor();
    await expect(page.getByTestId('hall-account').innerText()).resolves.toContain('My account');

    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('sends a member of staff whose session is gone to the login page with a timeout notice', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await staffLogin(page, server.url, { username: 'clerk', password: DEMO_PASSWORD });
    await expect(page.getByTestId('demo-banner').innerText()).resolves.toContain('演示模式');
    await context.clearCookies(); // what the server's idle timeout amounts to, seen from the browser
    await page.getByTestId('menu-agencies').click();
    await page.getByTestId('session-expired').waitFor();
    expect(new URL(page.url()).pathname).toBe('/staff/login');
    await expect(page.getByTestId('session-expired').innerText()).resolves.toContain('会话已超时');
    await context.close();
  });
});
