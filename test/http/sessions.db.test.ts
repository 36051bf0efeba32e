/**
 * Sessions (decision 29): a password change ends the user's other sessions, a session has an
 * absolute lifetime besides the idle timeout, and HSTS is sent over TLS only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { HSTS } from '../../src/http/app.ts';
import { DEMO_PASSWORD, DEMO_PUBLIC_ACCOUNTS } from '../support/demo-credentials.ts';
import { ok, publicLogin, refused, testApp, type TestApp } from '../support/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(() => t.dispose());

describe('a password change', () => {
  it('ends the other sessions of a member of staff, not the one that made the change', async () => {
    const desk = await t.as('supervisor');
    const elsewhere = await t.as('supervisor');
    const response = await desk.call('POST', '/api/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Watcher#Renewed2026',
    });
    expect(response.statusCode, response.body).toBe(204);
    expect(ok(await desk.call('GET', '/api/auth/session')).session.username).toBe('supervisor');
    refused(await elsewhere.call('GET', '/api/agencies'), 'unauthenticated', 401);
    expect(ok(await elsewhere.call('GET', '/api/auth/session')).session).toBeNull();
  });

  it('ends the other sessions of a hall account', async () => {
    const person = DEMO_PUBLIC_ACCOUNTS[2]!;
    const phone = await publicLogin(t, person.kind, person.identifier);
    const kiosk = await publicLogin(t, person.kind, person.identifier);
    const response = await phone.call('POST', '/api/auth/password', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Person#Renewed2026',
    });
    expect(response.statusCode, response.body).toBe(204);
    expect(ok(await phone.call('GET', '/api/auth/session')).session.kind).toBe('person');
    expect(ok(await kiosk.call('GET', '/api/auth/session')).session).toBeNull();
  });
});

describe('the absolute lifetime of a session', () => {
  it('ends a session 12 hours after login however active it stays', async () => {
    const clerk = await t.as('clerk');
    const session = ok(await clerk.call('GET', '/api/auth/session')).session;
    expect(Date.parse(session.expiresAt) - t.clock.now().getTime()).toBe(12 * 3_600_000);
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      t.clock.advance(20 * 60_000);
      expect((await clerk.call('GET', '/api/agencies')).statusCode, `after ${minutes} minutes`).toBe(200);
    }
    t.clock.advance(20 * 60_000);
    refused(await clerk.call('GET', '/api/agencies'), 'session_expired', 401);
    expect((await t.as('clerk')).csrf).toBeTruthy();
  });

  it('is configured by SHEBAO_SESSION_HOURS', () => {
    expect(loadConfig({}).sessionHours).toBe(12);
    expect(loadConfig({ SHEBAO_SESSION_HOURS: '8' }).sessionHours).toBe(8);
    expect(() => loadConfig({ SHEBAO_SESSION_HOURS: '0' })).toThrow(/SHEBAO_SESSION_HOURS/);
    expect(() => loadConfig({ SHEBAO_SESSION_HOURS: 'twelve' })).toThrow(/SHEBAO_SESSION_HOURS/);
  });
});

describe('HSTS', () => {
  it('is sent behind a trusted TLS proxy only when the request came over HTTPS', async () => {
    const behindProxy = await testApp({ trustProxy: true });
    try {
      const tls = await behindProxy.anonymous('GET', '/api/auth/session', undefined, { 'x-forwarded-proto': 'https' });
      expect(tls.headers['strict-transport-security']).toBe(HSTS);
      expect(HSTS).toBe('max-age=31536000; includeSubDomains');
      const refusal = await behindProxy.anonymous('GET', '/api/agencies', undefined, { 'x-forwarded-proto': 'https' });
      expect(refusal.statusCode).toBe(401);
      expect(refusal.headers['strict-transport-security']).toBe(HSTS);
      const plain = await behindProxy.anonymous('GET', '/api/auth/session');
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await behindProxy.dispose();
    }
  });

  it('is not sent when a caller claims HTTPS to a server that trusts no proxy', async () => {
    const spoofed = await t.anonymous('GET', '/api/auth/session', undefined, { 'x-forwarded-proto': 'https' });
    expect(spoofed.headers['strict-transport-security']).toBeUndefined();
  });
});
