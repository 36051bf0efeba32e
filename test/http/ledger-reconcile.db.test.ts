import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../src/kernel/calendar-date.ts';
import { centsFromInteger, type Cents } from '../../src/kernel/cents.ts';
import type { Period } from '../../src/kernel/period.ts';
import {
  contributionPosting,
  ensureChart,
  interestPosting,
  openIndividualAccount,
  postEntries,
  type PostingRequest,
} from '../../src/modules/ledger/index.ts';
import { insertPersons } from '../fixtures/ledger/journal.ts';
import { type Caller, ok, refused, type TestApp, testApp } from '../support/http.ts';

// A pooling region of its own (the demo books in 330106), so that the figures are exactly ours.
const REGION = '110101';
const fen = (n: number) => centsFromInteger(n);

let t: TestApp;
let accountant: Caller;
let clerk: Caller;
let auditor: Caller;
let person: number;

const line = (kind: string, side: 'debit' | 'credit', amount: number, personId?: number) =>
  ({
    account: { fund: 'pension', kind, region: REGION },
    side,
    amount: amount as Cents,
    ...(personId ? { personId } : {}),
  }) as PostingRequest['lines'][number];

function manual(key: string, effectiveOn: string, lines: PostingRequest['lines']): PostingRequest {
  return {
    idempotencyKey: key,
    effectiveOn: effectiveOn as CalendarDate,
    period: null,
    sourceModule: 'test',
    sourceRef: key,
    reason: '测试',
    lines,
  };
}

function contribution(
  scheme: 'pension' | 'medical',
  period: string,
  employer: number,
  employee: number,
  credit: number,
) {
  return contributionPosting({
    personId: person,
    scheme,
    region: REGION,
    employerAmount: fen(employer),
    employeeAmount: fen(employee),
    accountCredit: fen(credit),
    effectiveOn: `${period.slice(0, 4)}-${period.slice(4)}-15` as CalendarDate,
    period: period as Period,
    sourceModule: 'test',
    sourceRef: 'bill:1',
    reason: '缴费到账',
  });
}

beforeAll(async () => {
  t = await testApp();
  person = (await insertPersons(t.ctx.db, 1))[0]!;
  await ensureChart(t.ctx.db, REGION, '2020-01-01' as CalendarDate);
  for (const fund of ['pension', 'medical'] as const)
    await openIndividualAccount(t.ctx.db, {
      personId: person,
      fund,
      region: REGION,
      openedOn: '2020-01-01' as CalendarDate,
    });
  const requests = [
    contribution('pension', '202501', 1600_00, 800_00, 800_00),
    contribution('medical', '202503', 1000_00, 200_00, 300_00),
    manual('benefit:1', '2025-06-20', [
      line('benefit_expenditure', 'debit', 500_00),
      line('bank_expenditure', 'credit', 500_00),
    ]),
    manual('transfer:1', '2025-07-10', [
      line('individual_liability', 'debit', 100_00, person),
      line('transfer_clearing', 'credit', 100_00),
    ]),
    interestPosting({ personId: person, fund: 'pension', region: REGION, year: 2025, amount: fen(21_00) }),
  ];
  await t.ctx.db.transaction().execute((trx) => postEntries(trx, t.ctx.clock, requests, { source: 'test' }));
  [accountant, clerk, auditor] = await Promise.all([t.as('accountant'), t.as('clerk'), t.as('auditor')]);
});
afterAll(() => t?.dispose());

describe('access to the fund accountant’s routes', () => {
  it.each([
    ['GET', '/api/ledger/reconcile-runs'],
    ['GET', '/api/ledger/reconcile-runs/1'],
    ['POST', '/api/ledger/reconcile-runs'],
    ['GET', '/api/ledger/flows?year=2025'],
    ['GET', '/api/ledger/summary'],
  ] as const)('a clerk (no ledger.read) is refused %s %s', async (method, url) => {
    refused(await clerk.call(method, url, method === 'POST' ? {} : undefined), 'forbidden', 403);
  });

  it('an auditor reads the runs but may not start one; nobody anonymous gets in', async () => {
    ok(await auditor.call('GET', '/api/ledger/reconcile-runs'));
    refused(await auditor.call('POST', '/api/ledger/reconcile-runs', {}), 'forbidden', 403);
    refused(await t.anonymous('GET', '/api/ledger/reconcile-runs'), 'unauthenticated', 401);
  });
});

describe('reconciliation runs over HTTP', () => {
  it('runs now (201), lists the run newest first, and audits it as the accountant', async () => {
    const run = ok(await accountant.call('POST', '/api/ledger/reconcile-runs', {}), 201);
    expect(run).toMatchObject({ trigger: 'api', ok: true });
    // The ledger's own checks, collection's (handed over by src/http/modules.ts) and the loose references.
    expect(Object.keys(run.checks).sort()).toEqual([
      'arrears_receivable',
      'balance_cache',
      'bill_lines',
      'bill_receivable',
      'chain_broken',
      'control_total',
      'entry_unbalanced',
      'individual_cache',
      'payment_allocation',
      'payment_bank',
      'reference_missing',
      'rights_owed',
      'rights_paid',
      'rights_projection',
    ]);
    const list = ok(await auditor.call('GET', '/api/ledger/reconcile-runs?page=1&pageSize=5'));
    expect(list.total).toBeGreaterThanOrEqual(1);
    expect(list.items[0]).toMatchObject({ id: run.id, ok: true });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_name', 'action'])
      .where('entity', '=', 'reconcile_run')
      .where('entity_id', '=', String(run.id))
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ actor_name: '陈会计', action: 'ledger.reconcile' });
  });

  it('shows a run’s differences with the account, the masked person and a filter by kind', async () => {
    const tamper = (delta: number) =>
      sql`UPDATE individual_accounts SET balance_fen = balance_fen + ${delta}
           WHERE person_id = ${person} AND fund = 'pension'`.execute(t.ctx.db);
    await tamper(7);
    const run = ok(await accountant.call('POST', '/api/ledger/reconcile-runs', {}), 201);
    await tamper(-7);
    expect(run.ok).toBe(false);
    expect(run.checks.individual_cache.differences).toBe(1);
    const detail = ok(await accountant.call('GET', `/api/ledger/reconcile-runs/${run.id}`));
    expect(detail.differences.total).toBe(2);
    expect(detail.differences.items).toEqual([
      expect.objectContaining({
        seq: 1,
        kind: 'individual_cache',
        personId: person,
        personName: '测*1',
        fund: 'pension',
        expected: '721.00',
        actual: '721.07',
      }),
      expect.objectContaining({
        seq: 2,
        kind: 'control_total',
        accountCode: `pension.individual_liability.${REGION}`,
        accountNameZh: '职工基本养老保险基金·个人账户',
        personName: null,
        expected: '721.00',
        actual: '721.07',
      }),
    ]);
    // The auditor works for the city agency: the person, registered by the province, is not theirs to name.
    const outside = ok(await auditor.call('GET', `/api/ledger/reconcile-runs/${run.id}?kind=individual_cache`));
    expect(outside.differences.items).toEqual([expect.objectContaining({ personId: person, personName: null })]);
    const filtered = ok(await auditor.call('GET', `/api/ledger/reconcile-runs/${run.id}?kind=control_total`));
    expect(filtered.differences.items.map((d: { kind: string }) => d.kind)).toEqual(['control_total']);
    const second = ok(await auditor.call('GET', `/api/ledger/reconcile-runs/${run.id}?page=2&pageSize=1`));
    expect(second.differences).toMatchObject({ total: 2, items: [{ seq: 2 }] });
  });

  it('refuses an unknown run and malformed queries with named rejections', async () => {
    refused(await accountant.call('GET', '/api/ledger/reconcile-runs/999999'), 'reconcile_run_not_found', 404);
    for (const url of [
      '/api/ledger/reconcile-runs?page=0',
      '/api/ledger/reconcile-runs?pageSize=101',
      '/api/ledger/reconcile-runs?sort=id',
      '/api/ledger/reconcile-runs/abc',
      '/api/ledger/reconcile-runs/1?kind=everything',
      '/api/ledger/flows',
      '/api/ledger/flows?year=1800',
      '/api/ledger/flows?year=2025&region=11',
      '/api/ledger/summary?asOf=2025-02-30',
      '/api/ledger/summary?knownAt=yesterday',
      `/api/ledger/summary?region=${'1'.repeat(5000)}`,
    ])
      refused(await accountant.call('GET', url), 'invalid_request', 400);
    refused(await accountant.call('POST', '/api/ledger/reconcile-runs', { now: true }), 'invalid_request', 400);
  });
});

describe('fund figures', () => {
  it('flows: every month and fund of the year, exactly the booked amounts by kind', async () => {
    const body = ok(await accountant.call('GET', `/api/ledger/flows?region=${REGION}&year=2025`));
    expect(body.months).toHaveLength(48);
    const nonZero = body.months.filter((m: Record<string, string>) =>
      ['contributions', 'accountCredits', 'interest', 'benefits', 'transfers'].some((k) => m[k] !== '0.00'),
    );
    const zero = {
      contributions: '0.00',
      accountCredits: '0.00',
      interest: '0.00',
      benefits: '0.00',
      transfers: '0.00',
    };
    expect(nonZero).toEqual([
      { ...zero, period: '202501', fund: 'pension', contributions: '2400.00', accountCredits: '800.00' },
      { ...zero, period: '202503', fund: 'medical', contributions: '1200.00', accountCredits: '300.00' },
      { ...zero, period: '202506', fund: 'pension', benefits: '500.00' },
      { ...zero, period: '202507', fund: 'pension', transfers: '-100.00' },
      { ...zero, period: '202512', fund: 'pension', interest: '21.00' },
    ]);
    // The province code takes in the region; another city does not.
    const province = ok(await accountant.call('GET', '/api/ledger/flows?region=110000&year=2025'));
    expect(province.months).toEqual(body.months);
    const other = ok(await accountant.call('GET', '/api/ledger/flows?region=120000&year=2025'));
    expect(other.months.every((m: Record<string, string>) => m.contributions === '0.00')).toBe(true);
  });

  it('summary: per fund balances as of a day and as known at an instant', async () => {
    const end = ok(await auditor.call('GET', `/api/ledger/summary?region=${REGION}&asOf=2025-12-31`));
    expect(end.asOf).toBe('2025-12-31');
    expect(end.funds).toEqual([
      // pooled = income 1600 − interest 21 − benefits 500; individual = 800 + 21 − 100; bank = 2400 − 500
      {
        fund: 'pension',
        pooled: '1079.00',
        individual: '721.00',
        bank: '1900.00',
        receivable: '0.00',
        employerReceivable: '0.00',
        personReceivable: '0.00',
        accounts: 1,
      },
      {
        fund: 'medical',
        pooled: '900.00',
        individual: '300.00',
        bank: '1200.00',
        receivable: '0.00',
        employerReceivable: '0.00',
        personReceivable: '0.00',
        accounts: 1,
      },
      {
        fund: 'unemployment',
        pooled: '0.00',
        individual: '0.00',
        bank: '0.00',
        receivable: '0.00',
        employerReceivable: '0.00',
        personReceivable: '0.00',
        accounts: 0,
      },
      {
        fund: 'work_injury',
        pooled: '0.00',
        individual: '0.00',
        bank: '0.00',
        receivable: '0.00',
        employerReceivable: '0.00',
        personReceivable: '0.00',
        accounts: 0,
      },
    ]);
    const spring = ok(await auditor.call('GET', `/api/ledger/summary?region=${REGION}&asOf=2025-02-28`));
    expect(spring.funds[0]).toMatchObject({ pooled: '1600.00', individual: '800.00', bank: '2400.00' });
    const before = ok(
      await auditor.call('GET', `/api/ledger/summary?region=${REGION}&asOf=2025-12-31&knownAt=2020-01-01T00:00:00Z`),
    );
    expect(before.funds.map((f: { individual: string }) => f.individual)).toEqual(['0.00', '0.00', '0.00', '0.00']);
    const today = ok(await auditor.call('GET', `/api/ledger/summary?region=${REGION}`));
    expect(today.asOf).toBe('2026-03-02');
  });
});
