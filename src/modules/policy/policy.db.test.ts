import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { approveChange, listChanges, proposeChange, rejectChange, withdrawChange } from './policy.changes.ts';
import {
  parameterHistory,
  parametersInForce,
  policyInteger,
  policyMoney,
  policyRate,
  policyTable,
  policyText,
  policyValue,
  policyValueOrNull,
} from './policy.lookup.ts';
import * as repo from './policy.repository.ts';
import { checkValue } from './policy.rules.ts';
import { TABLE_SCHEMAS } from './policy.tables.ts';

let t: TestContext;
const staff: Record<string, StaffActor> = {};
const d = (s: string) => s as CalendarDate;

beforeAll(async () => {
  // The demo as every database test gets it: a clone of the run's seeded image.
  t = await testContext({ demo: true }, { seedDemo: true });
  const rows = await t.ctx.db.selectFrom('staff').select(['id', 'username', 'display_name', 'agency_id']).execute();
  for (const row of rows)
    staff[row.username] = {
      kind: 'staff',
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      agencyId: row.agency_id,
      agencyPath: '',
      roles: [],
      permissions: new Set(),
      isDemo: true,
    };
});
afterAll(() => t.dispose());

const who = (name: string): AuditActor => ({
  kind: 'staff',
  id: staff[name]!.id,
  name,
  agencyId: null,
  ip: null,
  requestId: null,
});
const as = (name: string) => [t.ctx, staff[name]!, who(name)] as const;
const countParameters = async () =>
  Number((await sql<{ n: string }>`SELECT count(*) AS n FROM policy_parameters`.execute(t.ctx.db)).rows[0]!.n);

describe('the seeded catalogue and values', () => {
  it('has a schema for every table key and a key for every schema', async () => {
    const keys = await repo.allKeys(t.ctx.db);
    const tableKeys = keys.filter((k) => k.kind === 'table').map((k) => k.key);
    expect(tableKeys.sort()).toEqual(Object.keys(TABLE_SCHEMAS).sort());
  });

  it('stores every seeded value as the validation would (kind, bounds, normal form)', async () => {
    const keys = new Map((await repo.allKeys(t.ctx.db)).map((k) => [k.key, k]));
    const rows = await t.ctx.db.selectFrom('policy_parameters').selectAll().execute();
    expect(rows.length).toBeGreaterThan(60);
    const bad = rows.filter((row) => {
      const result = checkValue(keys.get(row.key)!, row.value);
      return !result.ok || result.value !== row.value;
    });
    expect(bad).toEqual([]);
  });

  it('cites a basis for every national value and marks the demo province as demo data', async () => {
    const rows = await t.ctx.db.selectFrom('policy_parameters').select(['region_code', 'basis']).execute();
    expect(rows.every((r) => r.basis.length > 0)).toBe(true);
    expect(rows.filter((r) => r.region_code === '330000').every((r) => r.basis === '演示数据 demo values')).toBe(true);
  });
});

describe('lookups of the seeds (the keys the ledger and later modules use)', () => {
  it.each([
    ['pension.interest_rate', '330106', '2016-06-30', '0.0831', '000000'],
    ['pension.interest_rate', '330106', '2023-01-01', '0.0397', '000000'],
    ['pension.interest_rate', '330106', '2024-12-31', '0.0262', '000000'],
    ['pension.interest_method', '330106', '2024-12-31', 'annual', '330000'],
    ['pension.interest_method', '320100', '2024-12-31', 'annual', '000000'],
    ['medical.interest_rate', '330106', '2024-12-31', '0.015', '000000'],
    ['pension.rate.employer', '330106', '2019-04-30', '0.20', '000000'],
    ['pension.rate.employer', '330106', '2019-05-01', '0.16', '000000'],
    ['pension.account_share', '330106', '2005-12-31', '0.11', '000000'],
    ['pension.account_share', '330106', '2006-01-01', '0.08', '000000'],
    ['medical.rate.employer', '330106', '2024-01-01', '0.095', '330000'],
    ['medical.rate.employer', '320100', '2024-01-01', '0.08', '000000'],
    ['unemployment.rate.employer', '320100', '2010-01-01', '0.02', '000000'],
    ['unemployment.rate.employer', '320100', '2020-01-01', '0.005', '000000'],
    ['collection.late_fee_daily_rate', '330106', '2011-06-30', '0.002', '000000'],
    ['collection.late_fee_daily_rate', '330106', '2011-07-01', '0.0005', '000000'],
    ['base.ceiling_ratio', '330106', '2024-01-01', '3.0', '000000'],
  ])('%s for %s on %s = %s (from %s)', async (key, region, on, value, from) => {
    const found = await policyValue(t.ctx.db, { key, region, on: d(on) });
    expect([found.value, found.region]).toEqual([value, from]);
  });

  it('has no crediting rate before 2016: null, or the named refusal', async () => {
    const query = { key: 'pension.interest_rate', region: '330106', on: d('2015-12-31') };
    expect(await policyValueOrNull(t.ctx.db, query)).toBeNull();
    await expect(policyValue(t.ctx.db, query)).rejects.toMatchObject({ code: 'policy_parameter_missing' });
  });

  it('refuses a region that is not 6 digits', async () => {
    await expect(
      policyValue(t.ctx.db, { key: 'pension.interest_rate', region: '3301', on: d('2024-01-01') }),
    ).rejects.toMatchObject({ code: 'policy_region_invalid' });
  });

  it('returns typed values', async () => {
    const q = (key: string, on: string, region = '330106') => ({ key, region, on: d(on) });
    expect(await policyRate(t.ctx.db, q('pension.rate.employee', '2024-01-01'))).toBe('0.08');
    expect(await policyMoney(t.ctx.db, q('base.average_monthly_wage', '2024-05-01'))).toBe(691_700);
    expect(await policyMoney(t.ctx.db, q('work_injury.death_grant_income', '2024-05-01'))).toBe(5_182_100);
    expect(await policyInteger(t.ctx.db, q('pension.minimum_contribution_months', '2029-12-31'))).toBe(180);
    expect(await policyInteger(t.ctx.db, q('pension.minimum_contribution_months', '2030-01-01'))).toBe(186);
    expect(await policyInteger(t.ctx.db, q('pension.minimum_contribution_months', '2034-06-01'))).toBe(210);
    expect(await policyInteger(t.ctx.db, q('pension.minimum_contribution_months', '2050-01-01'))).toBe(240);
    expect(await policyText(t.ctx.db, q('pension.interest_method', '2025-01-01'))).toBe('annual');
    const divisor = await policyTable(t.ctx.db, { key: 'pension.divisor', region: '330106', on: d('2025-01-01') });
    expect([divisor['40'], divisor['50'], divisor['55'], divisor['60'], divisor['70']]).toEqual([
      233, 195, 170, 139, 56,
    ]);
    const rates = await policyTable(t.ctx.db, { key: 'work_injury.base_rates', region: '330106', on: d('2025-01-01') });
    expect(rates.VIII).toBe('0.019');
  });

  it('lists every key in force with its source, and nulls where nothing is in force', async () => {
    const rows = await parametersInForce(t.ctx.db, '330106', d('2025-06-01'));
    const keys = await repo.allKeys(t.ctx.db);
    expect(rows.map((r) => r.key)).toEqual(keys.map((k) => k.key));
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get('pension.interest_rate')).toMatchObject({
      value: '0.0262',
      region: '000000',
      validFrom: '2024-01-01',
    });
    expect(byKey.get('base.average_monthly_wage')).toMatchObject({ value: '7127.00', region: '330000' });
    const elsewhere = await parametersInForce(t.ctx.db, '320100', d('2025-06-01'));
    expect(elsewhere.find((r) => r.key === 'base.average_monthly_wage')).toMatchObject({ value: null, region: null });
  });
});

describe('maker-checker changes and the history they leave', () => {
  const proposal = {
    region: '330100',
    key: 'medical.rate.employer',
    validFrom: '2026-01-01',
    value: '0.09',
    reason: '杭州市调整单位医疗保险费率',
    basis: '杭医保〔2025〕1号（测试）',
  };

  it('refuses the proposer as checker, writes nothing and keeps the denied attempt in the audit', async () => {
    const change = await proposeChange(...as('accountant'), proposal);
    expect(change).toMatchObject({ status: 'pending', current: { value: '0.095', region: '330000' } });
    const before = await countParameters();
    await expect(approveChange(...as('accountant'), change.id, null)).rejects.toMatchObject({
      code: 'policy_self_approval',
    });
    await expect(rejectChange(...as('accountant'), change.id, 'no')).rejects.toMatchObject({
      code: 'policy_self_approval',
    });
    expect(await countParameters()).toBe(before);
    const denied = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'outcome'])
      .where('entity', '=', 'policy_change')
      .where('entity_id', '=', String(change.id))
      .orderBy('seq')
      .execute();
    expect(denied).toEqual([
      { action: 'policy.change.propose', outcome: 'success' },
      { action: 'policy.change.approve', outcome: 'denied' },
      { action: 'policy.change.reject', outcome: 'denied' },
    ]);
    await withdrawChange(...as('accountant'), change.id);
  });

  it('approval inserts the value; a second approval for the same date supersedes it, both kept', async () => {
    const first = await proposeChange(...as('accountant'), proposal);
    const approved = await approveChange(...as('approver'), first.id, '同意');
    expect(approved).toMatchObject({ status: 'approved', decidedBy: { id: staff.approver!.id }, decisionNote: '同意' });
    const lookup = { key: proposal.key, region: '330106', on: d('2026-01-01') };
    expect(await policyValue(t.ctx.db, lookup)).toMatchObject({ value: '0.09', region: '330100' });
    expect((await policyValue(t.ctx.db, { ...lookup, on: d('2025-12-31') })).value).toBe('0.095');

    const second = await proposeChange(...as('accountant'), { ...proposal, value: '0.0850', reason: '更正' });
    expect(second.current).toMatchObject({ value: '0.09', region: '330100' });
    await approveChange(...as('supervisor'), second.id, null);
    expect((await policyValue(t.ctx.db, lookup)).value).toBe('0.0850');

    const history = await parameterHistory(t.ctx.db, proposal.key, '330106');
    const hangzhou = history.rows.filter((r) => r.region === '330100');
    expect(hangzhou.map((r) => [r.value, r.revision, r.superseded])).toEqual([
      ['0.09', 1, true],
      ['0.0850', 2, false],
    ]);
    expect(hangzhou[1]!.supersedes).toBe(hangzhou[0]!.id);
    expect(hangzhou.map((r) => r.changeId)).toEqual([first.id, second.id]);
    expect(history.steps.map((s) => [s.from, s.value, s.region])).toEqual([
      ['1999-01-01', '0.08', '000000'],
      ['2022-01-01', '0.095', '330000'],
      ['2026-01-01', '0.0850', '330100'],
    ]);
    await expect(approveChange(...as('approver'), second.id, null)).rejects.toMatchObject({
      code: 'policy_change_not_pending',
    });
  });

  it('rejects and withdraws without touching the parameters', async () => {
    const before = await countParameters();
    const a = await proposeChange(...as('accountant'), { ...proposal, validFrom: '2027-01-01' });
    expect(await rejectChange(...as('approver'), a.id, '依据不足')).toMatchObject({ status: 'rejected' });
    const b = await proposeChange(...as('accountant'), { ...proposal, validFrom: '2027-01-01' });
    await expect(withdrawChange(...as('admin'), b.id)).rejects.toMatchObject({ code: 'policy_not_proposer' });
    expect(await withdrawChange(...as('accountant'), b.id)).toMatchObject({ status: 'withdrawn' });
    await expect(withdrawChange(...as('accountant'), b.id)).rejects.toMatchObject({
      code: 'policy_change_not_pending',
    });
    await expect(approveChange(...as('approver'), 9_999_999, null)).rejects.toMatchObject({
      code: 'policy_change_not_found',
    });
    expect(await countParameters()).toBe(before);
  });

  it('numbers concurrent approvals of the same date one after the other', async () => {
    const slot = { ...proposal, validFrom: '2028-01-01' };
    const a = await proposeChange(...as('accountant'), { ...slot, value: '0.07' });
    const b = await proposeChange(...as('accountant'), { ...slot, value: '0.075' });
    await Promise.all([approveChange(...as('approver'), a.id, null), approveChange(...as('supervisor'), b.id, null)]);
    const rows = await t.ctx.db
      .selectFrom('policy_parameters')
      .select(['revision', 'supersedes'])
      .where('valid_from', '=', '2028-01-01')
      .orderBy('revision')
      .execute();
    expect(rows.map((r) => r.revision)).toEqual([1, 2]);
  });

  it('refuses in SQL too: a change decided by its proposer, a parameter without its key', async () => {
    const change = await proposeChange(...as('accountant'), { ...proposal, validFrom: '2029-01-01' });
    await expect(
      t.ctx.db
        .updateTable('policy_changes')
        .set({ status: 'approved', decided_by: staff.accountant!.id, decided_at: new Date() })
        .where('id', '=', change.id)
        .execute(),
    ).rejects.toThrow(/policy_changes_not_self_decided/);
    await expect(
      t.ctx.db
        .insertInto('policy_parameters')
        .values({
          region_code: '330000',
          key: 'no.such_key',
          kind: 'rate',
          valid_from: '2020-01-01',
          value: '0.1',
          basis: 'x',
        })
        .execute(),
    ).rejects.toThrow();
  });
});

describe('changes stay within the agency subtree', () => {
  const proposal = {
    key: 'base.minimum_monthly_wage',
    value: '2600.00',
    reason: '调整最低工资（测试）',
    basis: '浙政发〔2025〕1号（测试）',
  };
  const auditOf = (id: number | null) =>
    t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'details'])
      .where('entity', '=', 'policy_change')
      .where('entity_id', id === null ? 'is' : '=', id === null ? null : String(id))
      .orderBy('seq')
      .execute();

  it('lets the supervisor (province, root) decide a provincial and a national change, not the approver (Hangzhou)', async () => {
    const before = await countParameters();
    const provincial = await proposeChange(...as('accountant'), {
      ...proposal,
      region: '330000',
      validFrom: '2031-01-01',
    });
    await expect(approveChange(...as('approver'), provincial.id, null)).rejects.toMatchObject({
      code: 'policy_region_out_of_scope',
    });
    await expect(rejectChange(...as('approver'), provincial.id, 'no')).rejects.toMatchObject({
      code: 'policy_region_out_of_scope',
    });
    expect(await countParameters()).toBe(before);
    expect(await auditOf(provincial.id)).toEqual([
      expect.objectContaining({ action: 'policy.change.propose', outcome: 'success' }),
      {
        action: 'policy.change.approve',
        outcome: 'denied',
        details: { code: 'policy_region_out_of_scope', region: '330000' },
      },
      {
        action: 'policy.change.reject',
        outcome: 'denied',
        details: { code: 'policy_region_out_of_scope', region: '330000' },
      },
    ]);
    expect(await approveChange(...as('supervisor'), provincial.id, null)).toMatchObject({ status: 'approved' });

    const national = await proposeChange(...as('accountant'), {
      ...proposal,
      key: 'work_injury.death_grant_income',
      region: '000000',
      validFrom: '2031-01-01',
      value: '60000.00',
    });
    await expect(approveChange(...as('approver'), national.id, null)).rejects.toMatchObject({
      code: 'policy_region_out_of_scope',
    });
    expect(await rejectChange(...as('supervisor'), national.id, '依据不足')).toMatchObject({ status: 'rejected' });
    expect(await countParameters()).toBe(before + 1);
  });

  it("refuses a proposal outside the proposer's agency, writes nothing and audits the denial", async () => {
    const changes = () =>
      sql<{ n: string }>`SELECT count(*) AS n FROM policy_changes`.execute(t.ctx.db).then((r) => Number(r.rows[0]!.n));
    const before = await changes();
    // the service does not check permissions (the route does): a Hangzhou staff member stands in for a maker
    for (const region of ['330200', '330000', '000000'])
      await expect(
        proposeChange(...as('auditor'), { ...proposal, region, validFrom: '2032-01-01' }),
      ).rejects.toMatchObject({ code: 'policy_region_out_of_scope', details: { region } });
    expect(await changes()).toBe(before);
    const denied = await auditOf(null);
    expect(denied.slice(-3)).toEqual(
      ['330200', '330000', '000000'].map((region) => ({
        action: 'policy.change.propose',
        outcome: 'denied',
        details: { code: 'policy_region_out_of_scope', region },
      })),
    );
    const inside = await proposeChange(...as('auditor'), { ...proposal, region: '330106', validFrom: '2032-01-01' });
    expect(await approveChange(...as('approver'), inside.id, null)).toMatchObject({ status: 'approved' });
  });

  it('lists only the changes of regions within the agency', async () => {
    const ningbo = await proposeChange(...as('accountant'), { ...proposal, region: '330200', validFrom: '2033-01-01' });
    const xihu = await proposeChange(...as('accountant'), { ...proposal, region: '330106', validFrom: '2033-01-01' });
    const national = await proposeChange(...as('accountant'), {
      ...proposal,
      key: 'work_injury.death_grant_income',
      region: '000000',
      validFrom: '2033-01-01',
    });
    const regionsSeenBy = async (name: string) =>
      new Set((await listChanges(t.ctx.db, staff[name]!, {})).map((c) => c.region));
    const created = [national.id, xihu.id, ningbo.id];
    const idsSeenBy = async (name: string) =>
      (await listChanges(t.ctx.db, staff[name]!, { status: 'pending' }))
        .map((c) => c.id)
        .filter((id) => created.includes(id));
    expect(await regionsSeenBy('supervisor')).toEqual(new Set(['000000', '330000', '330100', '330106', '330200']));
    expect(await regionsSeenBy('approver')).toEqual(new Set(['330100', '330106']));
    expect(await regionsSeenBy('clerk')).toEqual(new Set(['330106']));
    expect(await idsSeenBy('accountant')).toEqual(created);
    expect(await idsSeenBy('approver')).toEqual([xihu.id]);
    expect(await idsSeenBy('reviewer')).toEqual([xihu.id]);
  });
});

describe('shebao policy get', () => {
  it('prints the value with its source, or the refusal', async () => {
    const { policyGetJson } = await import('../../cli/policy.ts');
    expect(await policyGetJson(t.ctx.db, { key: 'pension.interest_rate', region: '330106', on: '2024-06-30' })).toEqual(
      {
        ok: true,
        json: {
          key: 'pension.interest_rate',
          region: '000000',
          validFrom: '2024-01-01',
          kind: 'rate',
          value: '0.0262',
          basis: expect.any(String),
          requestedRegion: '330106',
          on: '2024-06-30',
        },
      },
    );
    expect(
      await policyGetJson(t.ctx.db, { key: 'pension.interest_rate', region: '330106', on: '2015-01-01' }),
    ).toMatchObject({
      ok: false,
      json: { error: 'policy_parameter_missing' },
    });
    expect(
      await policyGetJson(t.ctx.db, { key: 'pension.interest_rate', region: '33', on: '2024-01-01' }),
    ).toMatchObject({
      ok: false,
      json: { error: 'policy_region_invalid' },
    });
    expect(await policyGetJson(t.ctx.db, { key: 'pension.interest_rate', region: '330106', on: 'x' })).toMatchObject({
      ok: false,
      json: { error: 'invalid_date' },
    });
  });
});
