/** Logging a self-service user into the hall in demo mode, as the browser tests do it. */
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../support/demo-credentials.ts';

/** Reads the one-time code from the demo SMS box and types it in. */
export async function enterDemoCode(page: Page): Promise<void> {
  const code = page.getByTestId('demo-sms-code');
  await code.waitFor();
  await page.getByTestId('otp-code').fill(await code.innerText());
}

/**
 * Logs a person or an employer in (password, then the code from the demo SMS box) and waits for
 * `landing`, the test id of what the caller expects to see once in.
 */
export async function hallLogin(
  page: Page,
  baseUrl: string,
  account: { kind: 'person' | 'employer'; identifier: string; password?: string },
  landing: string,
): Promise<void> {
  await page.goto(`${baseUrl}/login/${account.kind}`);
  await page.getByTestId('public-identifier').fill(account.identifier);
  await page.getByTestId('public-password').fill(account.password ?? DEMO_PASSWORD);
  await page.getByTestId('public-login-submit').click();
  await enterDemoCode(page);
  await page.getByTestId('public-otp-submit').click();
  await page.getByTestId(landing).waitFor();
}
