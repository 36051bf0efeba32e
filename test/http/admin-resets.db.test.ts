/**
 * The three administrators stay separate (decision 29): no administrator resets another's
 * credentials alone, and a reset account renews both factors at its next login, in demo mode too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unseal } from '../../src/kernel/sm-crypto.ts';
import { currentTotp } from '../../src/modules/auth/index.ts';
import { DEMO_PASSWORD } from '../support/demo-credentials.ts';
import { callerFor, ok, refused, sessionCookie, testApp, type Caller, type TestApp } from '../support/http.ts';

let t: TestApp;
let admin: Caller;
let secofficer: Caller;
const ids = new Map<string, number>();

beforeAll(async () => {
  t = await testApp(); // demo mode: demo accounts log in on the password alone
  admin = await t.as('admin');
  secofficer = await t.as('secofficer');
  for (const s of ok(await admin.call('GET', '/api/staff?pageSize=100')).items) ids.set(s.username, s.id);
});
afterAll(() => t.dispose());

const id = (username: string) => ids.get(username)!;

/** A login that must go through a new password and a new authenticator; the session at the end. */
async function forcedLogin(username: string, password: string, newPassword: string): Promise<Caller> {
  const first = await t.anonymous('POST', '/api/auth/staff/login', { username, password });
  expect(ok(first).status).toBe('change_password');
  expect(first.cookies.find((c) => c.name === 'sb_session')).toBeUndefined();
  const second = ok(
    await t.anonymous('POST', '/api/auth/staff/change-password', { challenge: first.json().challenge, newPassword }),
  );
  expect(second.status).toBe('totp_enrol');
  const done = await t.anonymous('POST', '/api/auth/staff/totp', {
    challenge: second.challenge,
    code: currentTotp(second.secret, t.clock.now()),
  });
  expect(ok(done)).toEqual({ status: 'ok' });
  return callerFor(t.app, sessionCookie(done));
}

async function auditOf(entityId: number, action: string) {
  return t.ctx.db
    .selectFrom('audit_log')
    .select(['actor_name', 'outcome', 'details'])
    .where('entity', '=', 'staff')
    .where('entity_id', '=', String(entityId))
    .where('action', '=', action)
    .orderBy('seq')
    .execute();
}

describe('an administrator’s credentials', () => {
  it('are not reset by the system administrator alone, and the attempt is on record', async () => {
    const target = id('auditadmin');
    refused(
      await admin.call('POST', `/api/staff/${target}/reset-password`, { password: 'Takeover#2026xy' }),
      'credential_reset_needs_approval',
      403,
    );
    refused(await admin.call('POST', `/api/staff/${target}/reset-totp`), 'credential_reset_needs_approval', 403);
    expect(
      ok(await t.anonymous('POST', '/api/auth/staff/login', { username: 'auditadmin', password: DEMO_PASSWORD })),
    ).toEqual({ status: 'ok' });
    const denied = await auditOf(target, 'staff.reset_password');
    expect(denied).toEqual([{ actor_name: '系统管理员（演示）', outcome: 'denied', details: { needsApproval: true } }]);
  });

  it('are reset only once a second administrator of another role approves, never the requester or the holder', async () => {
    const target = id('auditadmin');
    const auditadmin = await t.as('auditadmin');
    const request = await admin.call('POST', `/api/staff/${target}/credential-reset`, { reason: '手机遗失' });
    expect(request.statusCode, request.body).toBe(201);
    const pending = request.json();
    expect(pending).toMatchObject({
      staffUsername: 'auditadmin',
      status: 'pending',
      requestedByName: '系统管理员（演示）',
    });
    refused(
      await admin.call('POST', `/api/staff/${target}/credential-reset`, { reason: '再次申请' }),
      'credential_reset_pending',
      409,
    );
    refused(
      await admin.call('POST', `/api/credential-resets/${pending.id}/approve`),
      'credential_reset_own_request',
      403,
    );
    refused(
      await auditadmin.call('POST', `/api/credential-resets/${pending.id}/approve`),
      'credential_reset_own_account',
      403,
    );
    const listed = ok(await secofficer.call('GET', '/api/credential-resets')).items;
    expect(listed.map((r: { id: number }) => r.id)).toContain(pending.id);

    const approved = await secofficer.call('POST', `/api/credential-resets/${pending.id}/approve`);
    expect(approved.headers['cache-control']).toBe('no-store');
    const { reset, temporaryPassword } = ok(approved);
    expect(reset).toMatchObject({ status: 'approved', decidedByName: '安全保密管理员（演示）' });
    expect(temporaryPassword).toMatch(/^.{16}$/);
    refused(
      await secofficer.call('POST', `/api/credential-resets/${pending.id}/approve`),
      'credential_reset_decided',
      409,
    );

    // Everything the account had is gone: its sessions, its password, its authenticator.
    expect((await auditadmin.call('GET', '/api/audit')).statusCode).toBe(401);
    refused(
      await t.anonymous('POST', '/api/auth/staff/login', { username: 'auditadmin', password: DEMO_PASSWORD }),
      'login_failed',
      401,
    );
    const member = ok(await admin.call('GET', `/api/staff/${target}`));
    expect(member).toMatchObject({ mustChangePassword: true, totpEnrolled: false, resetNeedsApproval: true });

    // Demo mode or not, the next login renews both factors before the account can do anything.
    const renewed = await forcedLogin('auditadmin', temporaryPassword, 'Audit#Renewed2026');
    expect(ok(await renewed.call('GET', '/api/audit/verify'))).toMatchObject({ ok: true });
    const trail = ok(await renewed.call('GET', `/api/audit?entityId=${target}&action=credential_reset`)).items;
    expect(trail.map((e: { action: string; outcome: string }) => `${e.action} ${e.outcome}`).sort()).toEqual([
      'staff.credential_reset.approve denied',
      'staff.credential_reset.approve denied',
      'staff.credential_reset.approve success',
      'staff.credential_reset.request success',
    ]);
    // A later login asks for the new second factor; the demo shortcut is gone for good.
    t.clock.advance(31_000);
    const again = ok(
      await t.anonymous('POST', '/api/auth/staff/login', { username: 'auditadmin', password: 'Audit#Renewed2026' }),
    );
    expect(again.status).toBe('totp');
  });

  it('are not approved by a second administrator of the requester’s own role', async () => {
    const created = ok(
      await admin.call('POST', '/api/staff', {
        username: 'sysadmin2',
        displayName: '第二系统管理员',
        agencyId: (await admin.call('GET', '/api/auth/session')).json().session.agency.id,
        roles: ['clerk'],
        password: 'Initial#Pass2026',
      }),
      201,
    );
    ok(await secofficer.call('PUT', `/api/staff/${created.id}/roles`, { roles: ['sysadmin'] }));
    const sysadmin2 = await forcedLogin('sysadmin2', 'Initial#Pass2026', 'Second#Admin2026');
    const request = ok(
      await admin.call('POST', `/api/staff/${id('secofficer')}/credential-reset`, { reason: '岗位交接' }),
      201,
    );
    refused(
      await sysadmin2.call('POST', `/api/credential-resets/${request.id}/approve`),
      'credential_reset_same_role',
      403,
    );
    // The requester may withdraw it; a withdrawn request cannot be approved afterwards.
    const withdrawn = ok(await admin.call('POST', `/api/credential-resets/${request.id}/reject`, { note: '误提交' }));
    expect(withdrawn).toMatchObject({
      status: 'rejected',
      decisionNote: '误提交',
      decidedByName: '系统管理员（演示）',
    });
    const auditadmin = await auditAdminSession();
    refused(
      await auditadmin.call('POST', `/api/credential-resets/${request.id}/approve`),
      'credential_reset_decided',
      409,
    );
  });

  it('are reset only on a request less than a day old', async () => {
    const request = ok(
      await secofficer.call('POST', `/api/staff/${id('admin')}/credential-reset`, { reason: '密码泄露' }),
      201,
    );
    t.clock.advance(25 * 3_600_000);
    const auditadmin = await auditAdminSession();
    refused(
      await auditadmin.call('POST', `/api/credential-resets/${request.id}/approve`),
      'credential_reset_expired',
      409,
    );
    const all = ok(await auditadmin.call('GET', '/api/credential-resets?state=all')).items;
    expect(all.find((r: { id: number }) => r.id === request.id).status).toBe('expired');
    expect(ok(await auditadmin.call('GET', '/api/credential-resets')).items).toEqual([]);
    refused(await t.anonymous('GET', '/api/credential-resets'), 'unauthenticated', 401);
  });
});

/** A new session of the audit administrator, after their reset: the renewed password and authenticator. */
async function auditAdminSession(): Promise<Caller> {
  t.clock.advance(31_000);
  const step = ok(
    await t.anonymous('POST', '/api/auth/staff/login', { username: 'auditadmin', password: 'Audit#Renewed2026' }),
  );
  const secret = await t.ctx.db
    .selectFrom('staff')
    .select('totp_secret_enc')
    .where('username', '=', 'auditadmin')
    .executeTakeFirstOrThrow();
  const done = await t.anonymous('POST', '/api/auth/staff/totp', {
    challenge: step.challenge,
    code: currentTotp(unseal(t.ctx.keys, secret.totp_secret_enc!), t.clock.now()),
  });
  return callerFor(t.app, sessionCookie(done));
}

describe('a business account’s credentials', () => {
  beforeAll(async () => {
    admin = await t.as('admin'); // the day that passed above ended the earlier session
  });

  it('are reset by the system administrator alone, and renewed in full at the next login, demo mode too', async () => {
    const clerk = await t.as('clerk');
    refused(
      await admin.call('POST', `/api/staff/${id('clerk')}/credential-reset`, { reason: 'x' }),
      'credential_reset_not_needed',
      400,
    );
    const reset = ok(
      await admin.call('POST', `/api/staff/${id('clerk')}/reset-password`, { password: 'Temporary#2026x' }),
    );
    expect(reset).toMatchObject({ mustChangePassword: true, totpEnrolled: false, resetNeedsApproval: false });
    expect((await clerk.call('GET', '/api/agencies')).statusCode).toBe(401);
    await forcedLogin('clerk', 'Temporary#2026x', 'Window#Renewed2026');
  });

  it('after a second-factor reset alone, renew both as well', async () => {
    ok(await admin.call('POST', `/api/staff/${id('reviewer')}/reset-totp`));
    await forcedLogin('reviewer', DEMO_PASSWORD, 'Checker#Renewed2026');
  });
});
