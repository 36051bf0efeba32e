/** Drives the staff login conversation in the browser, whatever steps the server asks for. */
import type { Page } from 'playwright-core';
import { snap, totpNow } from './browser.ts';

export interface StaffLoginOptions {
  username: string;
  password: string;
  /** Used if the server asks for a new password (first login, after a reset). */
  newPassword?: string;
}

export interface StaffLoginResult {
  /** The TOTP secret shown at enrolment, if the user enrolled now. */
  enrolledSecret: string | null;
  changedPassword: boolean;
}

const stepTimeoutMs = 15_000;

/** Which login step the page shows: waits until one of them (or the workbench) is visible. */
async function nextStep(page: Page): Promise<'workbench' | 'change_password' | 'totp_enrol' | 'totp' | 'error'> {
  const candidates = {
    workbench: page.getByTestId('menu-home'),
    change_password: page.getByTestId('change-password-submit'),
    totp_enrol: page.getByTestId('totp-secret'),
    totp: page.getByTestId('totp-code'),
    error: page.getByTestId('login-error'),
  };
  const first = candidates.workbench
    .or(candidates.change_password)
    .or(candidates.totp_enrol)
    .or(candidates.totp)
    .or(candidates.error);
  await first.first().waitFor({ state: 'visible', timeout: stepTimeoutMs });
  for (const name of ['workbench', 'change_password', 'totp_enrol', 'error', 'totp'] as const) {
    if (await candidates[name].isVisible()) return name;
  }
  throw new Error('no login step is visible');
}

export async function staffLogin(page: Page, baseUrl: string, options: StaffLoginOptions): Promise<StaffLoginResult> {
  const result: StaffLoginResult = { enrolledSecret: null, changedPassword: false };
  await page.goto(`${baseUrl}/staff/login`);
  await page.getByTestId('login-username').fill(options.username);
  await page.getByTestId('login-password').fill(options.password);
  await page.getByTestId('login-submit').click();
  for (let steps = 0; steps < 5; steps += 1) {
    const step = await nextStep(page);
    if (step === 'workbench') return result;
    if (step === 'error') throw new Error(`login refused: ${await page.getByTestId('login-error').innerText()}`);
    if (step === 'change_password') {
      await snap(page, `${options.username}-change-password`);
      if (!options.newPassword)
        throw new Error(`${options.username} must change the password but no new one was given`);
      await page.getByTestId('new-password').fill(options.newPassword);
      await page.getByTestId('new-password-confirm').fill(options.newPassword);
      await page.getByTestId('change-password-submit').click();
      await page.getByTestId('change-password-submit').waitFor({ state: 'detached', timeout: stepTimeoutMs });
      result.changedPassword = true;
      continue;
    }
    if (step === 'totp_enrol') {
      await snap(page, `${options.username}-totp-enrol`);
      const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
      result.enrolledSecret = secret;
      await page.getByTestId('totp-code').fill(totpNow(secret));
      await page.getByTestId('totp-submit').click();
      await page.getByTestId('totp-secret').waitFor({ state: 'detached', timeout: stepTimeoutMs });
      continue;
    }
    throw new Error(`${options.username} was asked for a TOTP code but this helper has no secret for it`);
  }
  throw new Error('the login conversation did not end');
}

/** Logs out through the user menu and waits for the login page. */
export async function staffLogout(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('logout').click();
  await page.getByTestId('login-username').waitFor({ state: 'visible' });
}
