/** Playwright over Debian's Chromium, headless, with the flags that keep it quiet in CI. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { TOTP } from 'otpauth';

export const chromiumPath = '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The current code of an authenticator holding `secret` (base32, spaces ignored). */
export function totpNow(secret: string): string {
  return new TOTP({ secret: secret.replace(/\s/g, ''), digits: 6, period: 30, algorithm: 'SHA1' }).generate();
}

/** Saves a full-page screenshot under .tmp/ when SHEBAO_SCREENSHOTS is set (for looking at the UI). */
export async function snap(page: Page, name: string): Promise<void> {
  if (!process.env.SHEBAO_SCREENSHOTS) return;
  await page.screenshot({ path: `.tmp/browser-${name}.png`, fullPage: true });
}
