/**
 * Failed logins slow the guesser down, never lock the owner out (decision 29): counted per client
 * address, per login name from the addresses that failed on it, and per trusted browser.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PUBLIC_ACCOUNTS } from '../support/demo-credentials.ts';
import { ok, refused, testApp, type TestApp } from '../support/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.dispose());

function staffLogin(remoteAddress: string, username: string, password = DEMO_PASSWORD, cookie?: string) {
  return t.app.inject({
    method: 'POST',
    url: '/api/auth/staff/login',
    payload: { username, password },
    remoteAddress,
    headers: cookie ? { cookie } : {},
  });
}

function deviceCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'sb_device');
  if (!cookie) throw new Error(`no device cookie in ${response.statusCode} ${response.body}`);
  return `sb_device=${cookie.value}`;
}

/** Fails `times` times from the address, waiting out every delay so that each failure counts. */
async function failRepeatedly(remoteAddress: string, username: string, times: number): Promise<number[]> {
  const waits: number[] = [];
  for (let failures = 0; failures < times;) {
    const response = await staffLogin(remoteAddress, username, 'Wrong#Password1');
    if (response.statusCode === 429) {
      const seconds = refused(response, 'login_throttled', 429).details.retryAfterSeconds as number;
      expect(response.headers['retry-after']).toBe(String(seconds));
      waits.push(seconds);
      t.clock.advance(seconds * 1000);
    } else {
      refused(response, 'login_failed', 401);
      failures++;
    }
  }
  return waits;
}

describe('a stranger guessing a staff password', () => {
  const stranger = '203.0.113.7';
  const owner = '198.51.100.20';
  let trusted = '';

  it('waits 2, 4, 8 … seconds after 5 failures, at most 15 minutes, even with the right password', async () => {
    const waits = await failRepeatedly(stranger, 'clerk', 50);
    expect(waits.slice(0, 9)).toEqual([2, 4, 8, 16, 32, 64, 128, 256, 512]);
    expect(waits.slice(9).every((w) => w === 900)).toBe(true);
    expect(waits).toHaveLength(45);
    // The right password from the stranger's address is held back too: no way to test guesses.
    refused(await staffLogin(stranger, 'clerk'), 'login_throttled', 429);
  }, 300_000); // 95 logins, each hashing a password

  it('does not hold back the owner logging in from another address', async () => {
    const response = await staffLogin(owner, 'clerk');
    expect(ok(response)).toEqual({ status: 'ok' });
    trusted = deviceCookie(response);
  });

  it('counts a typo of the owner at a trusted browser against that browser alone', async () => {
    refused(await staffLogin(owner, 'clerk', 'Typo#Password1', trusted), 'login_failed', 401);
    expect(ok(await staffLogin(owner, 'clerk', DEMO_PASSWORD, trusted))).toEqual({ status: 'ok' });
  });

  it('holds back a browser that failed on the name from an address that failed on it', async () => {
    // Without the trusted browser, a failure from the owner's address makes it a suspect of the name.
    refused(await staffLogin(owner, 'clerk', 'Typo#Password1'), 'login_failed', 401);
    refused(await staffLogin(owner, 'clerk'), 'login_throttled', 429);
    expect(ok(await staffLogin(owner, 'clerk', DEMO_PASSWORD, trusted))).toEqual({ status: 'ok' });
  });

  it('lets the system administrator see the throttle and lift it', async () => {
    const admin = await t.as('admin');
    const clerk = ok(await admin.call('GET', '/api/staff?q=clerk')).items[0];
    expect(clerk).toMatchObject({ username: 'clerk', loginThrottled: true });
    expect(ok(await admin.call('POST', `/api/staff/${clerk.id}/unlock`)).loginThrottled).toBe(false);
    expect(ok(await staffLogin(owner, 'clerk'))).toEqual({ status: 'ok' });
  });
});

describe('one address trying many names', () => {
  const sprayer = '192.0.2.50';

  it('is slowed down for every name, known or not, alike', async () => {
    for (const username of ['nobody1', 'reviewer', 'nobody2', 'approver', 'nobody3'])
      refused(await staffLogin(sprayer, username, 'Spring#2026abcd'), 'login_failed', 401);
    const known = refused(await staffLogin(sprayer, 'supervisor'), 'login_throttled', 429);
    const unknown = refused(await staffLogin(sprayer, 'nobody4'), 'login_throttled', 429);
    expect(unknown.details).toEqual(known.details);
    expect(ok(await staffLogin('192.0.2.51', 'supervisor'))).toEqual({ status: 'ok' });
    t.clock.advance(2000);
    expect(ok(await staffLogin(sprayer, 'supervisor'))).toEqual({ status: 'ok' });
  });

  it('keeps an IPv6 network of one subscriber together', async () => {
    for (let i = 1; i <= 5; i++)
      refused(await staffLogin(`2001:db8:1:2::${i}`, 'accountant', 'Wrong#Password1'), 'login_failed', 401);
    refused(await staffLogin('2001:db8:1:2:ffff::9', 'auditor'), 'login_throttled', 429);
    expect(ok(await staffLogin('2001:db8:1:3::1', 'auditor'))).toEqual({ status: 'ok' });
  });
});

describe('the self-service hall', () => {
  const person = DEMO_PUBLIC_ACCOUNTS[0]!;
  const login = (remoteAddress: string, password: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/public/login',
      payload: { kind: person.kind, identifier: person.identifier, password },
      remoteAddress,
    });

  it('slows down the stranger, not the person logging in from elsewhere', async () => {
    for (let i = 0; i < 5; i++) refused(await login('203.0.113.99', 'Wrong#Password1'), 'login_failed', 401);
    refused(await login('203.0.113.99', DEMO_PASSWORD), 'login_throttled', 429);
    expect(ok(await login('198.51.100.99', DEMO_PASSWORD))).toMatchObject({ status: 'otp' });
  });
});
