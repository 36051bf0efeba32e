/**
 * Rights records on the real database: posting contributions with their records (accounts opened,
 * balances, replay, already paid, all or nothing), recording dues, the demo record and the HTTP
 * views (scope, audit, the hall's own record only).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SECOND_CREDIT_CODE } from '../../../demo/registration-demo.ts';
import { citizenIdCheckCharacter } from '../../../kernel/citizen-id.ts';
import { DEMO_PUBLIC_ACCOUNTS } from '../../../demo/demo-data.ts';
import { today, type CalendarDate } from '../../../kernel/calendar-date.ts';
import { centsFromInteger } from '../../../kernel/cents.ts';
import { lastDayOf, type Period } from '../../../kernel/period.ts';
import { Rejection } from '../../../kernel/rejection.ts';
import { personIndex, sealedCitizenId } from '../../registration/index.ts';
import { ok, publicLogin, refused, testApp, type Caller, type TestApp } from '../../../../test/support/http.ts';
import { ensureEmployer } from '../../../../test/fixtures/registration/imports.ts';
import { freshPersonIds } from '../../../../test/fixtures/collection/payments.ts';
import { individualBalance } from '../journal/ledger.balances.ts';
import { postContributions, recordDue, type ContributionItem, type DueItem } from './ledger.rights.ts';
import { rightsView } from './ledger.rights.views.ts';

let t: TestApp;
let employerId: number;
let otherEmployerId: number;
/** Two persons without a contribution history (every demo person has one). */
let fresh: number[];
const c = centsFromInteger;

async function personIdOf(citizenId: string): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('persons')
    .select('person_id')
    .where('id_index', '=', personIndex(t.ctx.keys, citizenId))
    .executeTakeFirstOrThrow();
  return row.person_id;
}

beforeAll(async () => {
  t = await testApp();
  employerId = (await ensureEmployer(t.ctx, '91110000600037341L')).id;
  otherEmployerId = (await ensureEmployer(t.ctx, DEMO_SECOND_CREDIT_CODE)).id;
  fresh = await freshPersonIds(t.ctx, 2);
});
afterAll(() => t.dispose());

function item(personId: number, period: string, over: Partial<ContributionItem> = {}): ContributionItem {
  return {
    personId,
    employerId,
    scheme: 'pension',
    period: period as Period,
    region: '330106',
    base: c(500_000),
    employerAmount: c(80_000),
    employeeAmount: c(40_000),
    accountCredit: c(40_000),
    paidOn: '2024-02-15' as CalendarDate,
    status: 'paid',
    source: 'declaration',
    sourceRef: 'bill:1',
    ...over,
  };
}

const post = (items: readonly ContributionItem[]) =>
  t.ctx.db.transaction().execute((trx) => postContributions(trx, t.ctx.clock, items));
const due = (items: readonly DueItem[]) => t.ctx.db.transaction().execute((trx) => recordDue(trx, t.ctx.clock, items));

async function counts() {
  const one = async (table: 'journal_entries' | 'rights_records' | 'individual_accounts' | 'journal_lines') =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    entries: await one('journal_entries'),
    lines: await one('journal_lines'),
    records: await one('rights_records'),
    accounts: await one('individual_accounts'),
  };
}

/** Runs `attempt` (started only after counting, so its refusal is always handled) and expects `code`. */
async function refusedWith(attempt: () => Promise<unknown>, code: string): Promise<void> {
  const before = await counts();
  const error = await attempt().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Rejection);
  expect((error as Rejection).code).toBe(code);
  expect(await counts()).toEqual(before);
}

describe('postContributions', () => {
  it('opens the missing accounts, books the entries and records the months', async () => {
    const personId = fresh[0]!;
    const before = await counts();
    const result = await post([
      item(personId, '202402'),
      item(personId, '202401'),
      item(personId, '202401', {
        scheme: 'medical',
        employerAmount: c(40_000),
        employeeAmount: c(10_000),
        accountCredit: c(10_000),
      }),
      item(personId, '202401', {
        scheme: 'unemployment',
        employerAmount: c(2_500),
        employeeAmount: c(2_500),
        accountCredit: c(0),
      }),
    ]);
    expect(result).toMatchObject({ recorded: 4, replayed: 0, accountsOpened: 2 });
    expect(result.entries).toHaveLength(4);
    const after = await counts();
    expect(after.entries - before.entries).toBe(4);
    // Pension and medical: bank, income, account (3 lines); unemployment keeps no account (2 lines).
    expect(after.lines - before.lines).toBe(3 + 3 + 3 + 2);
    const accounts = await t.ctx.db
      .selectFrom('individual_accounts')
      .select(['fund', 'opened_on', 'balance_fen'])
      .where('person_id', '=', personId)
      .orderBy('fund', 'desc')
      .execute();
    expect(accounts).toEqual([
      { fund: 'pension', opened_on: '2024-01-01', balance_fen: 80_000 },
      { fund: 'medical', opened_on: '2024-01-01', balance_fen: 10_000 },
    ]);
    expect((await individualBalance(t.ctx.db, personId, 'pension')).balance).toBe(80_000);
    const records = await t.ctx.db
      .selectFrom('rights_records')
      .select(['scheme', 'period', 'status', 'entry_id', 'paid_on', 'account_credit_fen'])
      .where('person_id', '=', personId)
      .orderBy('period')
      .orderBy('scheme')
      .execute();
    expect(records.map((r) => `${r.period}:${r.scheme}:${r.status}`)).toEqual([
      '202401:medical:paid',
      '202401:pension:paid',
      '202401:unemployment:paid',
      '202402:pension:paid',
    ]);
    expect(records.every((r) => r.entry_id !== null && r.paid_on === '2024-02-15')).toBe(true);
  });

  it('returns the original entries for a repeated call and writes nothing', async () => {
    const personId = fresh[0]!;
    const first = await post([item(personId, '202403')]);
    const before = await counts();
    const again = await post([item(personId, '202403')]);
    expect(again).toMatchObject({ recorded: 0, replayed: 1, accountsOpened: 0 });
    expect(again.entries[0]).toMatchObject({ id: first.entries[0]!.id, replayed: true });
    expect(await counts()).toEqual(before);
  });

  it('refuses a month already paid by another posting, with nothing written', async () => {
    const personId = fresh[0]!;
    await refusedWith(
      () => post([item(personId, '202404'), item(personId, '202403', { sourceRef: 'bill:2' })]),
      'rights_period_already_paid',
    );
  });

  it('is all or nothing: a bad month leaves even the accounts unopened', async () => {
    const personId = fresh[1]!;
    // The journal refuses a period after the current month (the clock is in March 2026).
    await refusedWith(() => post([item(personId, '202401'), item(personId, '202712')]), 'ledger_period_invalid');
    await refusedWith(
      () => post([item(personId, '202401'), item(personId, '202402', { region: '330999' })]),
      'rights_region_has_no_chart',
    );
  });

  it.each([
    ['rights_duplicate_in_batch', [{}, {}]],
    ['rights_account_credit_not_allowed', [{ scheme: 'work_injury' }]],
    ['rights_account_credit_exceeds_contribution', [{ accountCredit: c(130_000) }]],
    ['rights_amount_negative', [{ base: c(-1) }]],
    ['rights_nothing_paid', [{ employerAmount: c(0), employeeAmount: c(0), accountCredit: c(0) }]],
  ] as Array<[string, Array<Partial<ContributionItem>>]>)('refuses %s', async (code, overs) => {
    const personId = fresh[1]!;
    await refusedWith(() => post(overs.map((o) => item(personId, '201001', o))), code);
  });

  it('refuses a batch over 5,000 months', async () => {
    const personId = fresh[1]!;
    const many = Array.from({ length: 5_001 }, (_, i) => item(personId, '201001', { sourceRef: `bill:${i}` }));
    await refusedWith(() => post(many), 'rights_batch_too_large');
  });

  it('moves an owed month to back-paid, and two employers in a month count once', async () => {
    const personId = fresh[1]!;
    const owed = (period: string): DueItem => {
      const { paidOn: _p, sourceRef: _s, status: _st, ...rest } = item(personId, period);
      return { ...rest, status: 'arrears', dueOn: lastDayOf(period as Period) };
    };
    await post([item(personId, '201001'), item(personId, '201004')]);
    await due([owed('201002'), owed('201003')]);
    let view = await rightsView(t.ctx.db, personId, today(t.clock));
    expect(view.events.map((e) => `${e.kind}:${e.period}`)).toEqual([
      'account_established:201001',
      'interrupted:201002',
      'resumed:201004',
    ]);
    await refusedWith(() => due([owed('201001')]), 'rights_period_already_paid');
    await post([
      item(personId, '201002', { status: 'back_paid', sourceRef: 'back:1' }),
      item(personId, '201003', { status: 'back_paid', sourceRef: 'back:1' }),
      item(personId, '201003', { employerId: otherEmployerId, sourceRef: 'bill:other' }),
    ]);
    view = await rightsView(t.ctx.db, personId, today(t.clock));
    expect(view.events.map((e) => e.kind)).toEqual(['account_established']);
    const pension = view.schemes.find((s) => s.scheme === 'pension')!;
    expect(pension).toMatchObject({ cumulativeMonths: 4, firstPeriod: '201001', lastPeriod: '201004' });
    expect(pension.accountBalance).toBe('2000.00');
    const year = view.years.find((y) => y.year === 2010)!;
    expect(year.rows.map((r) => r.status)).toEqual(['paid', 'back_paid', 'back_paid', 'paid', 'paid']);
    expect(year.totals).toMatchObject({ accountCredit: '2000.00', outstanding: '0.00' });
  });
});

describe('the demo record', () => {
  it('shows 李明’s arrears as an interruption and the resumption, with money as decimal strings', async () => {
    const view = await rightsView(t.ctx.db, await personIdOf(DEMO_PUBLIC_ACCOUNTS[2]!.identifier), today(t.clock));
    const kinds = view.events.filter((e) => e.scheme === 'pension').map((e) => `${e.kind}:${e.period}`);
    expect(kinds).toEqual(['account_established:201503', 'interrupted:201907', 'resumed:202001']);
    const pension = view.schemes.find((s) => s.scheme === 'pension')!;
    // March 2015 to February 2026 less six months in arrears.
    expect(pension.cumulativeMonths).toBe(132 - 6);
    expect(pension.accountBalance).toMatch(/^\d+\.\d{2}$/);
    expect(view.years[0]!.year).toBe(2026);
    expect(view.years.find((y) => y.year === 2019)!.totals.outstanding).not.toBe('0.00');
  });
});

describe('HTTP', () => {
  let clerk: Caller;
  beforeAll(async () => {
    clerk = await t.as('clerk');
  });

  it('shows a person in scope to staff and audits the read where the person sees it', async () => {
    const personId = await personIdOf(DEMO_PUBLIC_ACCOUNTS[2]!.identifier);
    const body = ok(await clerk.call('GET', `/api/ledger/persons/${personId}/rights`));
    expect(body.schemes.map((s: { scheme: string }) => s.scheme)).toEqual([
      'pension',
      'medical',
      'unemployment',
      'work_injury',
    ]);
    const audited = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_name', 'entity'])
      .where('action', '=', 'rights.read')
      .where('entity_id', '=', String(personId))
      .execute();
    expect(audited).toEqual([{ actor_name: '王受理', entity: 'person' }]);
  });

  it('refuses a person of another agency’s subtree, an unknown person and a caller without the permission', async () => {
    const agency = await t.ctx.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', '330102')
      .executeTakeFirstOrThrow();
    const now = t.clock.now();
    const { person_id: outsider } = await t.ctx.db
      .insertInto('persons')
      .values({
        ...sealedCitizenId(t.ctx.keys, `33010219800808028${citizenIdCheckCharacter('33010219800808028')}`),
        name: '上城人',
        gender: 'female',
        birth_date: '1980-08-08',
        agency_id: agency.id,
        source_channel: 'window',
        created_at: now,
        updated_at: now,
      })
      .returning('person_id')
      .executeTakeFirstOrThrow();
    refused(await clerk.call('GET', `/api/ledger/persons/${outsider}/rights`), 'out_of_scope', 403);
    refused(await clerk.call('GET', '/api/ledger/persons/99999999/rights'), 'person_not_found', 404);
    refused(await clerk.call('GET', '/api/ledger/persons/abc/rights'), 'invalid_request', 400);
    refused(await (await t.as('admin')).call('GET', `/api/ledger/persons/${outsider}/rights`), 'forbidden', 403);
    expect(
      await t.ctx.db
        .selectFrom('audit_log')
        .select('seq')
        .where('action', '=', 'rights.read')
        .where('entity_id', '=', String(outsider))
        .execute(),
    ).toEqual([]);
  });

  it('gives a self-service person only their own record', async () => {
    const liMing = await publicLogin(t, 'person', DEMO_PUBLIC_ACCOUNTS[2]!.identifier);
    const mine = ok(await liMing.call('GET', '/api/hall/person/rights'));
    const staffView = ok(
      await clerk.call('GET', `/api/ledger/persons/${await personIdOf(DEMO_PUBLIC_ACCOUNTS[2]!.identifier)}/rights`),
    );
    expect(mine).toEqual(staffView);
    const zhangSan = await publicLogin(t, 'person', DEMO_PUBLIC_ACCOUNTS[0]!.identifier);
    const his = ok(await zhangSan.call('GET', '/api/hall/person/rights'));
    expect(his.schemes[0]).toMatchObject({
      scheme: 'pension',
      cumulativeMonths: 48,
      firstPeriod: '199601',
      lastPeriod: '199912',
    });
    const employer = await publicLogin(t, 'employer', DEMO_PUBLIC_ACCOUNTS[1]!.identifier);
    refused(await employer.call('GET', '/api/hall/person/rights'), 'forbidden', 403);
    refused(await t.anonymous('GET', '/api/hall/person/rights'), 'unauthenticated', 401);
  });
});

describe('a month not yet due (issue 14 item 18)', () => {
  // The clock stands on 2 March 2026; March's bill falls due on its last day.
  const march = (personId: number, scheme: ContributionItem['scheme']): DueItem => ({
    personId,
    employerId,
    scheme,
    period: '202603' as Period,
    region: '330106',
    base: c(500_000),
    employerAmount: c(80_000),
    employeeAmount: c(40_000),
    accountCredit: c(40_000),
    status: 'due',
    dueOn: '2026-03-31' as CalendarDate,
    source: 'declaration',
  });
  const marchOf = (view: { years: Array<{ year: number; rows: Array<{ period: string; scheme: string }> }> }) =>
    view.years.find((y) => y.year === 2026)!.rows.find((r) => r.period === '202603' && r.scheme === 'pension');

  it('is due (待缴) in the hall and on the clerk’s tab until its due day, then in arrears and an interruption', async () => {
    const identifier = DEMO_PUBLIC_ACCOUNTS[2]!.identifier;
    const personId = await personIdOf(identifier);
    await due([march(personId, 'pension')]);
    // The hall's and the clerk's views of the record, logged in at the clock's instant.
    const views = async () => {
      const hall = ok(await (await publicLogin(t, 'person', identifier)).call('GET', '/api/hall/person/rights'));
      expect(ok(await (await t.as('clerk')).call('GET', `/api/ledger/persons/${personId}/rights`))).toEqual(hall);
      return hall;
    };
    const started = t.clock.now();
    try {
      for (const instant of ['2026-03-02T01:00:00Z', '2026-03-31T15:59:59Z']) {
        t.clock.set(new Date(instant));
        const view = await views();
        expect(marchOf(view)).toMatchObject({ status: 'due', dueOn: '2026-03-31', employerAmount: '800.00' });
        expect(view.years[0].totals).toMatchObject({ outstanding: '0.00', notYetDue: '1200.00' });
        expect(view.events.filter((e: { period: string }) => e.period === '202603')).toEqual([]);
      }
      // 1 April in China: overdue, though the month close has not rolled it into arrears yet.
      t.clock.set(new Date('2026-03-31T16:00:00Z'));
      const view = await views();
      expect(marchOf(view)).toMatchObject({ status: 'arrears' });
      expect(view.years[0].totals).toMatchObject({ outstanding: '1200.00', notYetDue: '0.00' });
      expect(view.events.filter((e: { period: string }) => e.period === '202603')).toEqual([
        { kind: 'interrupted', scheme: 'pension', period: '202603', on: null, months: 1 },
      ]);
    } finally {
      t.clock.set(started);
    }
  });
});
