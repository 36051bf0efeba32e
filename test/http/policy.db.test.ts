import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, refused, testApp, type Caller, type TestApp } from '../support/http.ts';

let t: TestApp;
let clerk: Caller;
let accountant: Caller;
let approver: Caller;
let supervisor: Caller;
let admin: Caller;
let auditadmin: Caller;
beforeAll(async () => {
  t = await testApp();
  clerk = await t.as('clerk');
  accountant = await t.as('accountant');
  approver = await t.as('approver');
  supervisor = await t.as('supervisor');
  admin = await t.as('admin');
  auditadmin = await t.as('auditadmin');
});
afterAll(() => t.dispose());

const proposal = {
  region: '330100',
  key: 'pension.interest_method',
  validFrom: '2026-01-01',
  value: 'monthly-product',
  reason: '杭州市改用月积数法计息（测试）',
  basis: '杭人社发〔2025〕1号（测试）',
};

describe('reading parameters', () => {
  it('lists the closed catalogue to every business role, not to the audit administrator', async () => {
    const keys = ok(await clerk.call('GET', '/api/policy/keys'));
    expect(keys.find((k: { key: string }) => k.key === 'pension.interest_method')).toMatchObject({
      kind: 'text',
      allowedValues: ['annual', 'monthly-product'],
    });
    refused(await auditadmin.call('GET', '/api/policy/keys'), 'forbidden', 403);
    refused(await t.anonymous('GET', '/api/policy/keys'), 'unauthenticated', 401);
  });

  it('shows every parameter in force on a date with its source region and start', async () => {
    const body = ok(await clerk.call('GET', '/api/policy/parameters?region=330106&on=2024-06-30'));
    expect(body).toMatchObject({ region: '330106', on: '2024-06-30' });
    const byKey = new Map(body.parameters.map((p: { key: string }) => [p.key, p]));
    expect(byKey.get('pension.interest_rate')).toMatchObject({
      value: '0.0262',
      region: '000000',
      validFrom: '2024-01-01',
    });
    expect(byKey.get('medical.rate.employer')).toMatchObject({ value: '0.095', region: '330000' });
    const today = ok(await clerk.call('GET', '/api/policy/parameters'));
    expect(today).toMatchObject({ region: '000000', on: '2026-03-02' });
  });

  it('names a bad region or date', async () => {
    refused(await clerk.call('GET', '/api/policy/parameters?region=3301&on=2024-06-30'), 'policy_region_invalid', 400);
    refused(await clerk.call('GET', '/api/policy/parameters?region=330106&on=2024-02-30'), 'invalid_date', 400);
    refused(await clerk.call('GET', '/api/policy/parameters?region=330106&extra=1'), 'invalid_request', 400);
  });

  it('gives the history of a key with its steps, and names an unknown key', async () => {
    const history = ok(await clerk.call('GET', '/api/policy/parameters/pension.interest_rate/history?region=330106'));
    expect(history.steps.map((s: { value: string }) => s.value)).toEqual([
      '0.0831',
      '0.0712',
      '0.0829',
      '0.0761',
      '0.0604',
      '0.0669',
      '0.0612',
      '0.0397',
      '0.0262',
    ]);
    refused(await clerk.call('GET', '/api/policy/parameters/no.such_key/history'), 'policy_key_unknown', 400);
    refused(await clerk.call('GET', '/api/policy/parameters/%00/history'), 'text_control_character', 400);
    refused(
      await clerk.call('GET', '/api/policy/parameters/pension.interest_rate/history?region=abcdef'),
      'policy_region_invalid',
      400,
    );
  });
});

describe('proposing a change', () => {
  it('is for fund accountants (and the system administrator), not clerks or approvers', async () => {
    refused(await clerk.call('POST', '/api/policy/changes', proposal), 'forbidden', 403);
    refused(await approver.call('POST', '/api/policy/changes', proposal), 'forbidden', 403);
  });

  it.each([
    ['unknown key', { key: 'pension.no_such_rate' }, 'policy_key_unknown'],
    ['key with a NUL', { key: 'pension.rate\u0000' }, 'text_control_character'],
    ['region with a NUL', { region: '33010\u0000' }, 'text_control_character'],
    ['value outside the allowed set', { value: 'daily' }, 'policy_value_invalid'],
    ['rate above 1', { key: 'pension.rate.employer', value: '1.5' }, 'policy_value_invalid'],
    ['rate with 7 decimals', { key: 'pension.rate.employer', value: '0.1234567' }, 'policy_value_invalid'],
    ['money with 3 decimals', { key: 'base.average_monthly_wage', value: '7000.001' }, 'policy_value_invalid'],
    ['table of the wrong shape', { key: 'work_injury.base_rates', value: '{"I":"0.002"}' }, 'policy_value_invalid'],
    ['region of 4 digits', { region: '3301' }, 'policy_region_invalid'],
    ['valid_from before 1990', { validFrom: '1989-12-31' }, 'policy_valid_from_out_of_range'],
    ['valid_from after 2099', { validFrom: '2100-01-01' }, 'policy_valid_from_out_of_range'],
    ['valid_from not a date', { validFrom: '2026-13-01' }, 'invalid_date'],
    ['empty reason', { reason: ' ' }, 'invalid_request'],
    ['unknown field', { extra: 1 }, 'invalid_request'],
    ['value too long', { value: 'x'.repeat(20_001) }, 'invalid_request'],
  ])('refuses %s', async (_name, change, code) => {
    refused(await accountant.call('POST', '/api/policy/changes', { ...proposal, ...change }), code, 400);
  });

  it('names the expected form of an invalid value', async () => {
    const body = refused(
      await accountant.call('POST', '/api/policy/changes', { ...proposal, key: 'pension.rate.employer', value: '2' }),
      'policy_value_invalid',
      400,
    );
    expect(body.details).toMatchObject({ key: 'pension.rate.employer', kind: 'rate', expected: 'at most 1' });
  });
});

describe('approving, rejecting, withdrawing', () => {
  it('runs maker-checker end to end and the approved value is then in force', async () => {
    const change = ok(await accountant.call('POST', '/api/policy/changes', proposal), 201);
    expect(change).toMatchObject({ status: 'pending', current: { value: 'annual', region: '330000' } });
    const pending = ok(await approver.call('GET', '/api/policy/changes?status=pending'));
    expect(pending.map((c: { id: number }) => c.id)).toContain(change.id);
    const approved = ok(await approver.call('POST', `/api/policy/changes/${change.id}/approve`, { note: '同意' }));
    expect(approved).toMatchObject({ status: 'approved', decidedBy: { name: '张审批' } });
    const inForce = ok(await clerk.call('GET', '/api/policy/parameters?region=330106&on=2026-01-01'));
    expect(inForce.parameters.find((p: { key: string }) => p.key === proposal.key)).toMatchObject({
      value: 'monthly-product',
      region: '330100',
      validFrom: '2026-01-01',
    });
    refused(
      await supervisor.call('POST', `/api/policy/changes/${change.id}/approve`, {}),
      'policy_change_not_pending',
      409,
    );
    const approvedList = ok(await approver.call('GET', '/api/policy/changes?status=approved'));
    expect(approvedList[0]).toMatchObject({ id: change.id, current: null });
  });

  it('refuses self-approval even when a role holds both permissions', async () => {
    await t.ctx.db
      .insertInto('role_permissions')
      .values({ role_code: 'fund_accountant', permission: 'policy.approve' })
      .execute();
    const both = await t.as('accountant');
    const change = ok(await both.call('POST', '/api/policy/changes', { ...proposal, validFrom: '2027-01-01' }), 201);
    refused(await both.call('POST', `/api/policy/changes/${change.id}/approve`, {}), 'policy_self_approval', 403);
    refused(
      await both.call('POST', `/api/policy/changes/${change.id}/reject`, { note: '自审' }),
      'policy_self_approval',
      403,
    );
    await t.ctx.db
      .deleteFrom('role_permissions')
      .where('role_code', '=', 'fund_accountant')
      .where('permission', '=', 'policy.approve')
      .execute();
    ok(await both.call('POST', `/api/policy/changes/${change.id}/withdraw`));
  });

  it('rejects with a note, and only the proposer withdraws', async () => {
    const change = ok(
      await accountant.call('POST', '/api/policy/changes', { ...proposal, validFrom: '2028-01-01' }),
      201,
    );
    refused(await supervisor.call('POST', `/api/policy/changes/${change.id}/reject`, {}), 'invalid_request', 400);
    refused(await accountant.call('POST', `/api/policy/changes/${change.id}/approve`, {}), 'forbidden', 403);
    const rejected = ok(await supervisor.call('POST', `/api/policy/changes/${change.id}/reject`, { note: '依据不足' }));
    expect(rejected).toMatchObject({ status: 'rejected', decisionNote: '依据不足' });

    const other = ok(
      await accountant.call('POST', '/api/policy/changes', { ...proposal, validFrom: '2029-01-01' }),
      201,
    );
    refused(await admin.call('POST', `/api/policy/changes/${other.id}/withdraw`), 'policy_not_proposer', 403);
    refused(await approver.call('POST', `/api/policy/changes/${other.id}/withdraw`), 'forbidden', 403);
    ok(await accountant.call('POST', `/api/policy/changes/${other.id}/withdraw`));
    refused(
      await accountant.call('POST', `/api/policy/changes/${other.id}/withdraw`),
      'policy_change_not_pending',
      409,
    );
    refused(await approver.call('POST', '/api/policy/changes/999999/approve', {}), 'policy_change_not_found', 404);
    refused(await clerk.call('GET', '/api/policy/changes?status=done'), 'invalid_request', 400);
  });

  it('lets the system administrator propose', async () => {
    const change = ok(
      await admin.call('POST', '/api/policy/changes', { ...proposal, region: '000000', validFrom: '2030-01-01' }),
      201,
    );
    expect(change.proposedBy.name).toBe('系统管理员（演示）');
  });
});

describe('the agency subtree', () => {
  const audited = (id: number) =>
    t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('entity', '=', 'policy_change')
      .where('entity_id', '=', String(id))
      .orderBy('seq')
      .execute();
  const parameters = async () => (await t.ctx.db.selectFrom('policy_parameters').select('id').execute()).length;

  it('refuses the approver (Hangzhou) a provincial change; the supervisor (province) decides it', async () => {
    const change = ok(
      await accountant.call('POST', '/api/policy/changes', { ...proposal, region: '330000', validFrom: '2031-01-01' }),
      201,
    );
    const before = await parameters();
    const body = refused(
      await approver.call('POST', `/api/policy/changes/${change.id}/approve`, {}),
      'policy_region_out_of_scope',
      403,
    );
    expect(body.message).toBe('该地区不在您所属经办机构的管辖范围内，不能提出或审批其政策参数变更');
    const english = refused(
      await approver.call(
        'POST',
        `/api/policy/changes/${change.id}/reject`,
        { note: '不同意' },
        { 'accept-language': 'en' },
      ),
      'policy_region_out_of_scope',
      403,
    );
    expect(english.message).toMatch(/outside your agency subtree/);
    expect(await parameters()).toBe(before);
    expect(await audited(change.id)).toEqual([
      { action: 'policy.change.propose', outcome: 'success' },
      { action: 'policy.change.approve', outcome: 'denied' },
      { action: 'policy.change.reject', outcome: 'denied' },
    ]);
    const pending = ok(await approver.call('GET', '/api/policy/changes?status=pending'));
    expect(pending.map((c: { id: number }) => c.id)).not.toContain(change.id);
    expect(ok(await supervisor.call('POST', `/api/policy/changes/${change.id}/approve`, {}))).toMatchObject({
      status: 'approved',
      decidedBy: { name: '刘监督' },
    });
    expect(await parameters()).toBe(before + 1);
  });

  it('refuses the approver (Hangzhou) a Ningbo change proposed by the accountant, and hides it', async () => {
    const change = ok(
      await accountant.call('POST', '/api/policy/changes', { ...proposal, region: '330200', validFrom: '2031-01-01' }),
      201,
    );
    refused(
      await approver.call('POST', `/api/policy/changes/${change.id}/approve`, { note: '同意' }),
      'policy_region_out_of_scope',
      403,
    );
    refused(
      await approver.call('POST', `/api/policy/changes/${change.id}/reject`, { note: '不同意' }),
      'policy_region_out_of_scope',
      403,
    );
    const seen = (list: { id: number }[]) => list.map((c) => c.id);
    expect(seen(ok(await approver.call('GET', '/api/policy/changes')))).not.toContain(change.id);
    expect(seen(ok(await accountant.call('GET', '/api/policy/changes')))).toContain(change.id);
    expect(seen(ok(await supervisor.call('GET', '/api/policy/changes?status=pending')))).toContain(change.id);
    ok(await accountant.call('POST', `/api/policy/changes/${change.id}/withdraw`));
  });

  it('shows each caller only the changes of its agency subtree; parameters in force stay open', async () => {
    const regions = async (caller: Caller) =>
      new Set(ok(await caller.call('GET', '/api/policy/changes')).map((c: { region: string }) => c.region));
    expect(await regions(supervisor)).toEqual(new Set(['330100', '330000', '330200', '000000']));
    expect(await regions(approver)).toEqual(new Set(['330100']));
    expect(await regions(clerk)).toEqual(new Set());
    const elsewhere = ok(await clerk.call('GET', '/api/policy/parameters?region=330200&on=2031-06-01'));
    expect(elsewhere.region).toBe('330200');
    const history = ok(
      await approver.call('GET', '/api/policy/parameters/pension.interest_method/history?region=330000'),
    );
    expect(history.rows.length).toBeGreaterThan(0);
  });

  it('keeps the clerk level out of proposing whatever the region', async () => {
    for (const region of ['330106', '330100', '000000'])
      refused(await clerk.call('POST', '/api/policy/changes', { ...proposal, region }), 'forbidden', 403);
  });
});

describe('documentation', () => {
  it('lists every policy route in the OpenAPI document', async () => {
    const doc = ok(await t.anonymous('GET', '/api/openapi.json'));
    expect(
      Object.keys(doc.paths)
        .filter((p) => p.startsWith('/api/policy'))
        .sort(),
    ).toEqual([
      '/api/policy/changes',
      '/api/policy/changes/{id}/approve',
      '/api/policy/changes/{id}/reject',
      '/api/policy/changes/{id}/withdraw',
      '/api/policy/keys',
      '/api/policy/parameters',
      '/api/policy/parameters/{key}/history',
    ]);
  });
});
