import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REGISTRATION_PERSONS } from '../../src/demo/registration-demo.ts';
import { currentTotp } from '../../src/modules/auth/index.ts';
import { DEMO_PASSWORD } from '../support/demo-credentials.ts';
import { callerFor, sessionCookie, testApp, type TestApp } from '../support/http.ts';

let t: TestApp;
beforeAll(async () => {
  t = await testApp({ demo: false });
});
afterAll(() => t.dispose());

const login = (username: string, password = DEMO_PASSWORD) =>
  t.anonymous('POST', '/api/auth/staff/login', { username, password });
/** A login from another client address: each test that fails on purpose has its own. */
const loginFrom = (remoteAddress: string, username: string, password = DEMO_PASSWORD) =>
  t.app.inject({ method: 'POST', url: '/api/auth/staff/login', payload: { username, password }, remoteAddress });

describe('staff login outside demo mode', () => {
  it('enrols TOTP by QR on first login, then requires a code every time', async () => {
    const first = (await login('admin')).json();
    expect(first.status).toBe('totp_enrol');
    expect(first.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(first.otpauthUrl).toContain('otpauth://totp/Shebao:admin');
    const wrong = await t.anonymous('POST', '/api/auth/staff/totp', { challenge: first.challenge, code: '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('code_invalid');
    const ok = await t.anonymous('POST', '/api/auth/staff/totp', {
      challenge: first.challenge,
      code: currentTotp(first.secret, t.clock.now()),
    });
    expect(ok.json()).toEqual({ status: 'ok' });
    secrets.set('admin', first.secret);
    const caller = await callerFor(t.app, sessionCookie(ok));
    const session = (await caller.call('GET', '/api/auth/session')).json().session;
    expect(session).toMatchObject({
      kind: 'staff',
      username: 'admin',
      roles: ['sysadmin'],
      agency: { code: '330000' },
    });
    expect(session.permissions).toContain('org.manage');
    expect(session.permissions).not.toContain('audit.read');

    t.clock.advance(60_000);
    const second = (await login('admin')).json();
    expect(second.status).toBe('totp');
    const code = currentTotp(first.secret, t.clock.now());
    expect((await t.anonymous('POST', '/api/auth/staff/totp', { challenge: second.challenge, code })).json()).toEqual({
      status: 'ok',
    });
    // The same code cannot be replayed within its window.
    const third = (await login('admin')).json();
    expect((await t.anonymous('POST', '/api/auth/staff/totp', { challenge: third.challenge, code })).json().code).toBe(
      'code_invalid',
    );
  });

  it('makes a new account change its password first, under the policy', async () => {
    const sys = await enrolled('admin');
    const created = await sys.call('POST', '/api/staff', {
      username: 'newclerk',
      displayName: '新受理员',
      agencyId: 4,
      roles: ['clerk'],
      password: 'Initial#Pass2026',
    });
    expect(created.statusCode).toBe(201);
    const step = (await login('newclerk', 'Initial#Pass2026')).json();
    expect(step.status).toBe('change_password');
    const weak = await t.anonymous('POST', '/api/auth/staff/change-password', {
      challenge: step.challenge,
      newPassword: 'short',
    });
    expect(weak.json().code).toBe('password_too_weak');
    const reused = await t.anonymous('POST', '/api/auth/staff/change-password', {
      challenge: step.challenge,
      newPassword: 'Initial#Pass2026',
    });
    expect(reused.json().code).toBe('password_reused');
    const changed = (
      await t.anonymous('POST', '/api/auth/staff/change-password', {
        challenge: step.challenge,
        newPassword: 'Better#Pass2026!',
      })
    ).json();
    expect(changed.status).toBe('totp_enrol');
    expect((await login('newclerk', 'Initial#Pass2026')).json().code).toBe('login_failed');
  });

  it('slows an address down after 5 failures instead of locking the account, even for the right password', async () => {
    const from = '192.0.2.10';
    for (let i = 0; i < 5; i++)
      expect((await loginFrom(from, 'reviewer', 'Wrong#Password1')).json().code).toBe('login_failed');
    const held = await loginFrom(from, 'reviewer');
    expect(held.statusCode).toBe(429);
    expect(held.json()).toMatchObject({ code: 'login_throttled', details: { retryAfterSeconds: 2 } });
    expect(held.headers['retry-after']).toBe('2');
    // Nobody else is held back by it: the account is not locked.
    expect((await loginFrom('192.0.2.11', 'reviewer')).json().status).toBe('totp_enrol');
    t.clock.advance(2000);
    expect((await loginFrom(from, 'reviewer')).json().status).toBe('totp_enrol');
  });

  it('answers unknown users like wrong passwords, in the caller’s language', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/staff/login',
      payload: { username: 'nobody', password: 'x' },
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      remoteAddress: '192.0.2.12',
    });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ code: 'login_failed', message: 'Wrong user name or password', details: null });
  });

  it('ends a session after 30 idle minutes and refuses missing CSRF tokens', async () => {
    const caller = await enrolled('supervisor');
    expect((await caller.call('GET', '/api/agencies')).statusCode).toBe(200);
    const noToken = await t.app.inject({
      method: 'POST',
      url: '/api/auth/password',
      headers: { cookie: caller.cookie },
      payload: { currentPassword: 'a', newPassword: 'b' },
    });
    expect(noToken.json().code).toBe('csrf_token_invalid');
    t.clock.advance(29 * 60_000);
    expect((await caller.call('GET', '/api/agencies')).statusCode).toBe(200);
    t.clock.advance(31 * 60_000);
    const expired = await caller.call('GET', '/api/agencies');
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('session_expired');
  });

  it('sets the cookie httpOnly and SameSite=Strict', async () => {
    const first = (await login('approver')).json();
    const ok = await t.anonymous('POST', '/api/auth/staff/totp', {
      challenge: first.challenge,
      code: currentTotp(first.secret, t.clock.now()),
    });
    const cookie = ok.cookies.find((c) => c.name === 'sb_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
  });
});

const secrets = new Map<string, string>();

/** Logs a demo account in through TOTP (enrolling it on first use). */
async function enrolled(username: string) {
  t.clock.advance(31_000);
  const step = (await login(username)).json();
  if (step.status === 'totp_enrol') secrets.set(username, step.secret);
  const secret = secrets.get(username)!;
  const ok = await t.anonymous('POST', '/api/auth/staff/totp', {
    challenge: step.challenge,
    code: currentTotp(secret, t.clock.now()),
  });
  return callerFor(t.app, sessionCookie(ok));
}

describe('self-service hall accounts', () => {
  /** 王芳 of the demo register: mobile 13700000002 on file, no hall account. */
  const wangFang = DEMO_REGISTRATION_PERSONS.find((p) => p.name === '王芳')!;

  async function outboxCode(challenge: string): Promise<string> {
    const rows = await t.ctx.db
      .selectFrom('messages')
      .select(['body_zh', 'recipient_enc', 'recipient_masked'])
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    // Sealed, not the number (a 3-digit fragment can occur by chance in ciphertext; 11 digits cannot).
    expect(rows[0]!.recipient_enc).toMatch(/^v1\./);
    expect(rows[0]!.recipient_enc).not.toContain('13700000002');
    expect(rows[0]!.recipient_masked).toBe('137****0002');
    void challenge;
    return /(\d{6})/.exec(rows[0]!.body_zh)![1]!;
  }

  it('registers a person with a code sent to the phone on file, stores the ID encrypted, and logs in with password + code', async () => {
    const start = await t.anonymous('POST', '/api/public/register/start', {
      kind: 'person',
      identifier: wangFang.citizenId,
      name: '王芳',
    });
    expect(start.statusCode, start.body).toBe(200);
    expect(Object.keys(start.json())).toEqual(['challenge']);
    const code = await outboxCode(start.json().challenge);
    const done = await t.anonymous('POST', '/api/public/register/complete', {
      challenge: start.json().challenge,
      code,
      password: 'Person#Pass2026',
    });
    expect(done.json()).toEqual({ status: 'ok' });
    const me = (await callerFor(t.app, sessionCookie(done))).csrf;
    expect(me).toBeTruthy();
    const raw = await t.ctx.db
      .selectFrom('public_accounts')
      .selectAll()
      .where('display_name', '=', '王芳')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(raw)).not.toContain(wangFang.citizenId);
    expect(raw.identifier_masked).toBe(`${wangFang.citizenId.slice(0, 6)}********${wangFang.citizenId.slice(-4)}`);

    // Asking again once the account exists answers as for anyone else, and sends nothing.
    const again = await t.anonymous('POST', '/api/public/register/start', {
      kind: 'person',
      identifier: wangFang.citizenId,
      name: '王芳',
    });
    expect(again.statusCode).toBe(200);
    expect(Object.keys(again.json())).toEqual(['challenge']);

    const loginStep = await t.anonymous('POST', '/api/public/login', {
      kind: 'person',
      identifier: wangFang.citizenId,
      password: 'Person#Pass2026',
    });
    expect(loginStep.json().status).toBe('otp');
    const wrong = await t.anonymous('POST', '/api/public/login/verify', {
      challenge: loginStep.json().challenge,
      code: '999999x',
    });
    expect(wrong.statusCode).toBe(401);
    const ok = await t.anonymous('POST', '/api/public/login/verify', {
      challenge: loginStep.json().challenge,
      code: await outboxCode(''),
    });
    const session = (
      await t.app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: sessionCookie(ok) } })
    ).json().session;
    expect(session).toMatchObject({
      kind: 'person',
      displayName: '王芳',
      identifierMasked: raw.identifier_masked,
      permissions: [],
    });
    // A public user cannot call staff routes.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/agencies', headers: { cookie: sessionCookie(ok) } })).statusCode,
    ).toBe(403);
  });

  it.each([
    [{ kind: 'person', identifier: '110105194912310021', name: 'x' }, 'invalid_citizen_id'],
    [{ kind: 'employer', identifier: '91110000600037341A', name: 'x' }, 'invalid_credit_code'],
  ])('refuses %o with %s', async (body, code) => {
    const response = await t.anonymous('POST', '/api/public/register/start', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe(code);
  });

  it('hides the demo outbox outside demo mode', async () => {
    const response = await t.anonymous('GET', '/api/demo/outbox?challenge=' + 'x'.repeat(43));
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('demo_only');
  });
});

describe('cookies behind a TLS proxy', () => {
  it('marks the session cookie Secure when the proxy says the request came over HTTPS', async () => {
    const behindProxy = await testApp({ trustProxy: true });
    try {
      const response = await behindProxy.anonymous(
        'POST',
        '/api/auth/staff/login',
        { username: 'clerk', password: DEMO_PASSWORD },
        { 'x-forwarded-proto': 'https' },
      );
      expect(response.cookies.find((c) => c.name === 'sb_session')?.secure).toBe(true);
      const plain = await behindProxy.anonymous('POST', '/api/auth/staff/login', {
        username: 'clerk',
        password: DEMO_PASSWORD,
      });
      expect(plain.cookies.find((c) => c.name === 'sb_session')?.secure).toBeUndefined();
    } finally {
      await behindProxy.dispose();
    }
  });

  it('logs every read of a staff record where the audit administrator can find it', async () => {
    const demo = await testApp();
    try {
      const admin = await demo.as('admin');
      const clerk = (await admin.call('GET', '/api/staff?q=clerk')).json().items[0];
      await admin.call('GET', `/api/staff/${clerk.id}`);
      const auditor = await demo.as('auditadmin');
      const found = (await auditor.call('GET', `/api/audit?action=staff.read&entityId=${clerk.id}`)).json();
      expect(found.total).toBe(1);
      expect(found.items[0]).toMatchObject({
        actorName: '系统管理员（演示）',
        entity: 'staff',
        entityId: String(clerk.id),
      });
      // The chain's links stay on the server: only the verification needs them, and it recomputes them.
      expect(found.items[0]).not.toHaveProperty('hash');
      expect(found.items[0]).not.toHaveProperty('prevHash');
      expect((await auditor.call('GET', '/api/audit/verify')).json()).toMatchObject({ ok: true });
    } finally {
      await demo.dispose();
    }
  });
});
