import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Caller, type TestApp } from '../support/http.ts';

let t: TestApp;
let admin: Caller;
const ids = new Map<string, number>();

beforeAll(async () => {
  t = await testApp();
  admin = await t.as('admin');
  for (const a of (await admin.call('GET', '/api/agencies')).json().items) ids.set(a.code, a.id);
});
afterAll(() => t.dispose());

const county = (over: Record<string, unknown> = {}) => ({
  code: '330108',
  name: '滨江区社会保险管理服务中心',
  level: 3,
  divisionCode: '330108',
  parentId: ids.get('330100'),
  openedOn: '2026-01-05',
  ...over,
});

describe('agency tree', () => {
  it('creates a county under a prefecture, with history and an audit entry', async () => {
    const created = await admin.call('POST', '/api/agencies', county());
    expect(created.statusCode, created.body).toBe(201);
    const agency = created.json();
    expect(agency).toMatchObject({ level: 3, parentId: ids.get('330100'), status: 'active', version: 1 });
    ids.set('330108', agency.id);
    const history = (await admin.call('GET', `/api/agencies/${agency.id}/history`)).json().items;
    expect(history).toHaveLength(1);
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'agency.create')
      .where('entity_id', '=', String(agency.id))
      .executeTakeFirst();
    expect(entry?.actor_name).toBe('系统管理员（演示）');
  });

  it.each([
    ['a duplicate code', () => county({ divisionCode: '330109' }), 'agency_code_taken', 409],
    [
      'a division outside the parent',
      () => county({ code: 'x-1', divisionCode: '330206' }),
      'division_code_invalid',
      400,
    ],
    [
      'a level above the parent',
      () => county({ code: 'x-2', level: 2, divisionCode: '330200', parentId: ids.get('330102') }),
      'agency_level_invalid',
      400,
    ],
    ['an unknown parent', () => county({ code: 'x-3', parentId: 999999 }), 'agency_not_found', 404],
  ])('refuses %s and changes nothing', async (_name, makeBody, code, status) => {
    const body = makeBody();
    const before = (await admin.call('GET', '/api/agencies')).json().items.length;
    const response = await admin.call('POST', '/api/agencies', body);
    expect(response.json().code).toBe(code);
    expect(response.statusCode).toBe(status);
    expect((await admin.call('GET', '/api/agencies')).json().items.length).toBe(before);
  });

  it('moves an agency with its subtree, refuses cycles, and keeps history', async () => {
    const xh = (await admin.call('GET', `/api/agencies/${ids.get('330106')}`)).json();
    const cycle = await admin.call('POST', `/api/agencies/${xh.id}/move`, {
      version: xh.version,
      reason: '测试',
      parentId: ids.get('330106001'),
    });
    expect(cycle.json().code).toBe('agency_cycle');
    const moved = await admin.call('POST', `/api/agencies/${xh.id}/move`, {
      version: xh.version,
      reason: '区划调整',
      parentId: ids.get('330200'),
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const community = (await admin.call('GET', `/api/agencies/${ids.get('330106001001')}`)).json();
    expect(community.path.startsWith(moved.json().path)).toBe(true);
    const stale = await admin.call('POST', `/api/agencies/${xh.id}/move`, {
      version: xh.version,
      reason: '再调',
      parentId: ids.get('330100'),
    });
    expect(stale.json().code).toBe('version_conflict');
    const back = await admin.call('POST', `/api/agencies/${xh.id}/move`, {
      version: moved.json().version,
      reason: '恢复',
      parentId: ids.get('330100'),
    });
    expect(back.statusCode).toBe(200);
    const history = (await admin.call('GET', `/api/agencies/${xh.id}/history`)).json().items;
    expect(history.map((h: { parentId: number }) => h.parentId)).toEqual([
      ids.get('330100'),
      ids.get('330200'),
      ids.get('330100'),
    ]);
    expect(history[0].validTo).not.toBeNull();
    expect(history[2].validTo).toBeNull();
  });

  it('closes only an agency with nothing open below it', async () => {
    const xh = (await admin.call('GET', `/api/agencies/${ids.get('330106')}`)).json();
    expect(
      (
        await admin.call('POST', `/api/agencies/${xh.id}/close`, {
          version: xh.version,
          reason: '撤并',
          closedOn: '2026-06-30',
        })
      ).json().code,
    ).toBe('agency_has_active_children');
    const bj = (await admin.call('GET', `/api/agencies/${ids.get('330108')}`)).json();
    const closed = await admin.call('POST', `/api/agencies/${bj.id}/close`, {
      version: bj.version,
      reason: '撤并',
      closedOn: '2026-06-30',
    });
    expect(closed.json()).toMatchObject({ status: 'closed', closedOn: '2026-06-30' });
    expect((await admin.call('GET', '/api/agencies')).json().items.some((a: { id: number }) => a.id === bj.id)).toBe(
      false,
    );
    expect(
      (await admin.call('GET', '/api/agencies?includeClosed=true'))
        .json()
        .items.some((a: { id: number }) => a.id === bj.id),
    ).toBe(true);
  });
});

describe('scoping to the agency subtree', () => {
  it('shows a county clerk only their county and refuses anything outside it', async () => {
    const clerk = await t.as('clerk');
    const items = (await clerk.call('GET', '/api/agencies')).json().items as Array<{ code: string }>;
    expect(items.map((a) => a.code).sort()).toEqual([
      '330106',
      '330106001',
      '330106001001',
      '330106002',
      '330106002001',
    ]);
    const outside = await clerk.call('GET', `/api/agencies/${ids.get('330200')}`);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('out_of_scope');
    expect((await clerk.call('POST', '/api/agencies', county({ code: 'c-1' }))).statusCode).toBe(403);
  });

  it('refuses a prefecture administrator’s change outside their prefecture', async () => {
    const created = await admin.call('POST', '/api/staff', {
      username: 'hzadmin',
      displayName: '杭州管理员',
      agencyId: ids.get('330100'),
      roles: ['clerk'],
      password: 'Hangzhou#2026ab',
    });
    expect(created.statusCode, created.body).toBe(201);
    const member = created.json();
    const outside = await admin.call('POST', '/api/staff', {
      username: 'x',
      displayName: 'x',
      agencyId: 999999,
      roles: ['clerk'],
      password: 'Hangzhou#2026ab',
    });
    expect(outside.statusCode).toBe(400);
    expect((await admin.call('GET', `/api/staff/${member.id}`)).json().username).toBe('hzadmin');
  });
});

describe('staff and roles', () => {
  it('creates staff with business roles and enforces separation of duties', async () => {
    const mixed = await admin.call('POST', '/api/staff', {
      username: 'mixed1',
      displayName: 'x',
      agencyId: ids.get('330106'),
      roles: ['clerk', 'audit_admin'],
      password: 'Mixed#Pass2026x',
    });
    expect(mixed.json().code).toBe('roles_not_separable');
    const adminRole = await admin.call('POST', '/api/staff', {
      username: 'admin2',
      displayName: 'x',
      agencyId: ids.get('330106'),
      roles: ['audit_admin'],
      password: 'Mixed#Pass2026x',
    });
    expect(adminRole.json().code).toBe('role_grant_forbidden');
    const sec = await t.as('secofficer');
    const list = (await sec.call('GET', '/api/staff?q=clerk')).json();
    const clerk = list.items.find((s: { username: string }) => s.username === 'clerk');
    expect(
      (await sec.call('PUT', `/api/staff/${clerk.id}/roles`, { roles: ['clerk', 'reviewer'] })).json().roles,
    ).toEqual(['clerk', 'reviewer']);
    expect((await sec.call('PUT', `/api/staff/${clerk.id}/roles`, { roles: ['sysadmin', 'clerk'] })).json().code).toBe(
      'roles_not_separable',
    );
    expect((await sec.call('POST', `/api/staff/${clerk.id}/disable`)).statusCode).toBe(403);
    expect((await sec.call('GET', '/api/audit')).statusCode).toBe(403);
  });

  it('lets the security officer edit business roles only, with business permissions only', async () => {
    const sec = await t.as('secofficer');
    expect(
      (await sec.call('PUT', '/api/roles/supervisor/permissions', { permissions: ['org.read'] })).json().permissions,
    ).toEqual(['org.read']);
    expect(
      (await sec.call('PUT', '/api/roles/sysadmin/permissions', { permissions: ['audit.read'] })).json().code,
    ).toBe('role_fixed');
    expect((await sec.call('PUT', '/api/roles/clerk/permissions', { permissions: ['audit.read'] })).json().code).toBe(
      'permission_not_allowed_for_role',
    );
    expect((await admin.call('PUT', '/api/roles/clerk/permissions', { permissions: ['org.read'] })).statusCode).toBe(
      403,
    );
  });

  it('disables, unlocks, resets and never lets an administrator change themself', async () => {
    const list = (await admin.call('GET', '/api/staff?q=reviewer')).json();
    const reviewer = list.items[0];
    const reviewerSession = await t.as('reviewer');
    expect((await admin.call('POST', `/api/staff/${reviewer.id}/disable`)).json().status).toBe('disabled');
    expect((await reviewerSession.call('GET', '/api/agencies')).statusCode).toBe(401);
    expect(
      (await t.anonymous('POST', '/api/auth/staff/login', { username: 'reviewer', password: 'Shebao@2026demo' })).json()
        .code,
    ).toBe('account_disabled');
    expect((await admin.call('POST', `/api/staff/${reviewer.id}/enable`)).json().status).toBe('active');
    const reset = await admin.call('POST', `/api/staff/${reviewer.id}/reset-password`, { password: 'Temporary#2026x' });
    expect(reset.json().mustChangePassword).toBe(true);
    const me = (await admin.call('GET', '/api/auth/session')).json().session;
    expect((await admin.call('POST', `/api/staff/${me.id}/disable`)).json().code).toBe('cannot_change_self');
  });
});

describe('service points', () => {
  it('opens a hall with windows, refuses bad hours and duplicate window numbers, and closes it', async () => {
    const hall = await admin.call('POST', '/api/service-points', {
      agencyId: ids.get('330102'),
      name: '上城区社保服务大厅',
      address: '杭州市上城区',
      phone: '0571-12333',
      openingHours: [{ days: [1, 2, 3, 4, 5], open: '09:00', close: '17:00' }],
    });
    expect(hall.statusCode, hall.body).toBe(201);
    const bad = await admin.call('PATCH', `/api/service-points/${hall.json().id}`, {
      version: 1,
      openingHours: [{ days: [1], open: '18:00', close: '09:00' }],
    });
    expect(bad.json().code).toBe('opening_hours_invalid');
    const withWindow = await admin.call('POST', `/api/service-points/${hall.json().id}/windows`, {
      number: '01',
      name: '综合窗口',
    });
    expect(withWindow.json().windows).toHaveLength(1);
    expect(
      (await admin.call('POST', `/api/service-points/${hall.json().id}/windows`, { number: '01', name: '重复' })).json()
        .code,
    ).toBe('window_number_taken');
    const closed = await admin.call('POST', `/api/service-points/${hall.json().id}/close`, { version: 1 });
    expect(closed.json()).toMatchObject({ status: 'closed', windows: [{ status: 'closed' }] });
    const clerk = await t.as('clerk');
    const seen = (await clerk.call('GET', '/api/service-points')).json().items as Array<{ agencyId: number }>;
    expect(seen.every((p) => [ids.get('330106'), ids.get('330106001')].includes(p.agencyId))).toBe(true);
  });
});
