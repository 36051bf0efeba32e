import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartWithAccounts, insertPersons, OPENED } from '../../../../test/fixtures/ledger/journal.ts';
import { testContext, type TestContext } from '../../../../test/support/context.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal, sumCents } from '../../../kernel/cents.ts';
import type { Period } from '../../../kernel/period.ts';
import { Rejection } from '../../../kernel/rejection.ts';
import {
  contributionPosting,
  ensureChart,
  individualBalance,
  openIndividualAccount,
  postEntries,
  type IndividualFund,
  type PostingRequest,
} from '../index.ts';
import { creditInterestOnClosing, runInterest, startInterestRun, settleInterestRuns } from './ledger.interest-run.ts';
import { creditInterest, foldCreditsAfter, type InterestMethod } from './ledger.interest.ts';

/** 330100 credits by the monthly product (its own policy row), 330200 by the national annual method. */
const MONTHLY = '330100';
const ANNUAL = '330200';

interface Money {
  personId: number;
  fund: IndividualFund;
  effectiveOn: string;
  period: string | null;
  amount: number;
  /** Debits (spending, transfers out) are booked but earn nothing and count only in later openings. */
  side: 'credit' | 'debit';
}

let t: TestContext;
const money: Money[] = [];
let monthlyPersons: number[];
let annualPersons: number[];

function request(
  m: Money,
  index: number,
  region = monthlyPersons.includes(m.personId) ? MONTHLY : ANNUAL,
): PostingRequest {
  const amount = centsFromInteger(m.amount);
  if (m.side === 'credit' && m.period !== null)
    return contributionPosting({
      personId: m.personId,
      scheme: m.fund,
      region,
      employerAmount: centsFromInteger(m.amount * 2),
      employeeAmount: amount,
      accountCredit: amount,
      effectiveOn: m.effectiveOn as CalendarDate,
      period: m.period as Period,
      sourceModule: 'test',
      sourceRef: `money:${index}`,
      reason: '缴费到账',
    });
  const person = { fund: m.fund, kind: 'individual_liability' as const, region };
  const other = {
    fund: m.fund,
    kind: m.side === 'credit' ? ('transfer_clearing' as const) : ('bank_expenditure' as const),
    region,
  };
  return {
    idempotencyKey: `test:${index}`,
    effectiveOn: m.effectiveOn as CalendarDate,
    period: null,
    sourceModule: m.side === 'credit' ? 'transfer' : 'test',
    sourceRef: `money:${index}`,
    reason: m.side === 'credit' ? '转入' : '支出',
    lines: [
      { account: other, side: m.side === 'credit' ? 'debit' : 'credit', amount },
      { account: person, side: m.side, amount, personId: m.personId },
    ],
  };
}

/** The specification of what counts, in plain code: opening balance by 31 December, credits by month. */
function expectedInterest(
  personId: number,
  fund: IndividualFund,
  year: number,
  rate: string,
  method: InterestMethod,
  months = 12,
  until = `${year}-12-31`,
) {
  const mine = money.filter((m) => m.personId === personId && m.fund === fund);
  const signed = (m: Money) => (m.side === 'credit' ? m.amount : -m.amount);
  const opening = mine.filter((m) => m.effectiveOn <= `${year - 1}-12-31`).reduce((s, m) => s + signed(m), 0);
  const credits = Array.from({ length: 12 }, () => 0);
  for (const m of mine.filter(
    (x) => x.side === 'credit' && x.effectiveOn.startsWith(`${year}-`) && x.effectiveOn <= until,
  )) {
    const effectiveMonth = Number(m.effectiveOn.slice(5, 7));
    const periodMonth = m.period?.startsWith(String(year)) ? Number(m.period.slice(4)) : 13;
    credits[Math.min(effectiveMonth, periodMonth) - 1]! += m.amount;
  }
  return creditInterest({
    openingBalance: centsFromInteger(opening),
    rate,
    method,
    monthlyCredits: foldCreditsAfter(credits.map(centsFromInteger), months),
    months,
  }).interest;
}

function pay(
  personId: number,
  fund: IndividualFund,
  effectiveOn: string,
  period: string | null,
  amount: number,
  side: 'credit' | 'debit' = 'credit',
) {
  money.push({ personId, fund, effectiveOn, period, amount, side });
}

async function interestOf(
  personId: number,
  fund: IndividualFund,
  year: number,
): Promise<{ amount: number; effectiveOn: string; period: string | null; sourceRef: string } | undefined> {
  return t.ctx.db
    .selectFrom('journal_entries as e')
    .innerJoin('journal_lines as l', 'l.entry_id', 'e.id')
    .select(['l.amount_fen as amount', 'e.effective_on as effectiveOn', 'e.period', 'e.source_ref as sourceRef'])
    .where('e.idempotency_key', '=', `interest:${year}:${fund}:${personId}`)
    .where('l.side', '=', 'credit')
    .executeTakeFirst();
}

beforeAll(async () => {
  t = await testContext();
  const db = t.ctx.db;
  monthlyPersons = await insertPersons(db, 7);
  annualPersons = await insertPersons(db, 3);
  await chartWithAccounts(db, []); // the fixture's chart: 330100
  await ensureChart(db, ANNUAL, OPENED);
  for (const personId of monthlyPersons)
    for (const fund of ['pension', 'medical'] as const)
      await openIndividualAccount(db, { personId, fund, region: MONTHLY, openedOn: OPENED });
  for (const personId of annualPersons)
    await openIndividualAccount(db, { personId, fund: 'pension', region: ANNUAL, openedOn: OPENED });
  await sql`INSERT INTO policy_parameters (region_code, key, kind, valid_from, value, basis)
            VALUES (${MONTHLY}, 'pension.interest_method', 'text', '2020-01-01', 'monthly-product', 'test')`.execute(
    db,
  );

  // Regular contributions: every month of 2023, and of 2024 up to a month that differs per person.
  const everyone = [...monthlyPersons.slice(0, 6), ...annualPersons];
  everyone.forEach((personId, i) => {
    for (let month = 1; month <= 12; month += 1) {
      const mm = String(month).padStart(2, '0');
      pay(personId, 'pension', `2023-${mm}-15`, `2023${mm}`, 40_000 + i * 1_237);
      if (month <= 12 - i) pay(personId, 'pension', `2024-${mm}-15`, `2024${mm}`, 41_000 + i * 997);
    }
  });
  const [p1, p2, p3, p4, p5] = monthlyPersons;
  pay(p1!, 'pension', '2024-04-10', '202402', 12_345); // paid late: earns from February
  pay(p2!, 'pension', '2024-01-20', '202312', 40_001); // December's, paid in January: a 2024 credit of January
  pay(p3!, 'pension', '2024-05-10', null, 2_500_000); // transfer in: earns from May
  pay(p4!, 'pension', '2023-12-31', '202312', 9_999); // booked on the last day: in the opening balance
  pay(p4!, 'pension', '2025-01-05', '202412', 50_000); // paid in 2025: not 2024's
  pay(p5!, 'medical', '2023-03-15', '202303', 300_000);
  pay(p5!, 'medical', '2024-02-15', '202402', 20_000);
  pay(p5!, 'medical', '2024-06-01', null, 150_000, 'debit'); // spent: earns nothing, counts in no credit
  // monthlyPersons[6] has an account and no money: no entry.
  await db.transaction().execute((trx) =>
    postEntries(
      trx,
      t.clock,
      money.map((m, i) => request(m, i)),
      { source: 'test' },
    ),
  );
}, 120_000);
afterAll(async () => {
  await settleInterestRuns();
  await t?.dispose();
});

const run = (region: string, fund: IndividualFund, extra: Partial<Parameters<typeof runInterest>[1]> = {}) =>
  runInterest(t.ctx, { year: 2024, region, fund, trigger: 'cli', startedBy: 'test', ...extra });

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Rejection);
  return (error as Rejection).code;
}

describe('year-end interest run', () => {
  it('refuses a year that has not ended, a year without a published rate', async () => {
    expect(await refusal(run(MONTHLY, 'pension', { year: 2026 }))).toBe('interest_year_not_ended');
    expect(await refusal(run(MONTHLY, 'pension', { year: 2025 }))).toBe('interest_rate_missing');
    const runs = await t.ctx.db.selectFrom('interest_runs').select('id').execute();
    expect(runs).toEqual([]);
  });

  it('survives a crash after the first chunk and resumes to the same result, crediting nobody twice', async () => {
    const progress: number[] = [];
    await expect(
      run(MONTHLY, 'pension', { chunkSize: 2, failAfterChunks: 1, onProgress: (r) => progress.push(r.accountsDone) }),
    ).rejects.toThrow('test hook');
    const failed = await t.ctx.db.selectFrom('interest_runs').selectAll().executeTakeFirstOrThrow();
    expect(failed).toMatchObject({
      status: 'failed',
      accounts_total: 7,
      accounts_done: 2,
      method: 'monthly-product',
      rate: '0.0262',
    });
    expect(failed.error).toContain('test hook');
    expect(progress).toEqual([0, 2]);
    const done = await run(MONTHLY, 'pension', { chunkSize: 2, onProgress: (r) => progress.push(r.accountsDone) });
    expect(progress).toEqual([0, 2, 2, 4, 6, 7, 7]);
    expect(done).toMatchObject({ id: failed.id, status: 'completed', accountsTotal: 7, accountsDone: 7 });

    const expected = monthlyPersons.map((p) => expectedInterest(p, 'pension', 2024, '0.0262', 'monthly-product'));
    for (const [i, personId] of monthlyPersons.entries()) {
      const entry = await interestOf(personId, 'pension', 2024);
      if (expected[i] === 0) expect(entry).toBeUndefined();
      else
        expect(entry).toEqual({
          amount: expected[i],
          effectiveOn: '2024-12-31',
          period: '202412',
          sourceRef: `run:${done.id}`,
        });
    }
    expect(expected[6]).toBe(0);
    expect(done.interest).toBe(centsToDecimal(sumCents(expected)));
    const keys = await sql<{
      n: number;
    }>`SELECT count(*)::int AS n FROM journal_entries WHERE source_module = 'interest'`.execute(t.ctx.db);
    expect(keys.rows[0]!.n).toBe(expected.filter((e) => e > 0).length);
  });

  it('credits exactly what the formula gives: late payments, transfers in, year boundaries', () => {
    const [p1, p2, p3, p4] = monthlyPersons;
    // Hand-checked anchors of the specification above (monthly product, 2.62 %).
    // p4: opening 12 × 43,711 + 9,999 = 534,531 fen → 14,004.71 fen; credits 8 months of 43,991.
    const p4credits = Array.from({ length: 12 }, (_, i) => (i < 9 ? 43_991 : 0));
    expect(expectedInterest(p4!, 'pension', 2024, '0.0262', 'monthly-product')).toBe(
      creditInterest({
        openingBalance: centsFromInteger(534_531),
        rate: '0.0262',
        method: 'monthly-product',
        monthlyCredits: p4credits.map(centsFromInteger),
      }).interest,
    );
    expect(expectedInterest(p1!, 'pension', 2024, '0.0262', 'monthly-product')).toBeGreaterThan(0);
    expect(expectedInterest(p2!, 'pension', 2024, '0.0262', 'monthly-product')).toBeGreaterThan(0);
    // The transfer in earns from May: 2,500,000 × 8 × 0.0262 / 12 = 43,666.67 fen of its own.
    expect(expectedInterest(p3!, 'pension', 2024, '0.0262', 'monthly-product') - withoutTransfer(p3!)).toBe(43_667);
  });

  it('refuses a completed run', async () => {
    expect(await refusal(run(MONTHLY, 'pension'))).toBe('interest_run_completed');
  });

  it('credits by the national annual method where the region sets none, and the year’s closing balances add up', async () => {
    const done = await run(ANNUAL, 'pension');
    expect(done).toMatchObject({ method: 'annual', rate: '0.0262', accountsDone: 3, status: 'completed' });
    for (const personId of annualPersons) {
      const expected = expectedInterest(personId, 'pension', 2024, '0.0262', 'annual');
      expect((await interestOf(personId, 'pension', 2024))?.amount).toBe(expected);
      const balance = await individualBalance(t.ctx.db, personId, 'pension', { asOf: '2024-12-31' as CalendarDate });
      const booked = money
        .filter((m) => m.personId === personId && m.effectiveOn <= '2024-12-31')
        .reduce((s, m) => s + m.amount, 0);
      expect(balance.balance).toBe(booked + expected);
    }
  });

  it('credits medical accounts with the medical rate; spending earns nothing', async () => {
    const done = await run(MONTHLY, 'medical', { chunkSize: 3 });
    expect(done).toMatchObject({ rate: '0.015', method: 'monthly-product', accountsDone: 7 });
    const p5 = monthlyPersons[4]!;
    // opening 300,000 × 1.5 % = 4,500; February's 20,000 × 11 × 1.5 % / 12 = 275.
    expect(expectedInterest(p5, 'medical', 2024, '0.015', 'monthly-product')).toBe(4_775);
    expect((await interestOf(p5, 'medical', 2024))?.amount).toBe(4_775);
    const entries = await t.ctx.db
      .selectFrom('journal_entries')
      .select('id')
      .where('source_ref', '=', `run:${done.id}`)
      .execute();
    expect(entries).toHaveLength(1);
  });

  it('writes one audit entry per chunk and one when the run starts, resumes and completes', async () => {
    const rows = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity', '=', 'interest_run')
      .orderBy('seq')
      .execute();
    const pension = rows.filter((r) => r.entity_id === '1').map((r) => r.action);
    expect(pension).toEqual([
      'interest.run.start',
      'interest.credit',
      'interest.run.resume',
      'interest.credit',
      'interest.credit',
      'interest.credit',
      'interest.run.complete',
    ]);
  });
});

function withoutTransfer(personId: number): number {
  const index = money.findIndex((m) => m.personId === personId && m.period === null);
  const [removed] = money.splice(index, 1);
  try {
    return expectedInterest(personId, 'pension', 2024, '0.0262', 'monthly-product');
  } finally {
    money.splice(index, 0, removed!);
  }
}

describe('crediting when an account closes', () => {
  const CLOSING = '330400';
  let a: number, b: number, c: number, d: number;
  beforeAll(async () => {
    await ensureChart(t.ctx.db, CLOSING, OPENED);
    [a, b, c, d] = (await insertPersons(t.ctx.db, 4)) as [number, number, number, number];
    for (const personId of [a, b, c, d])
      await openIndividualAccount(t.ctx.db, { personId, fund: 'pension', region: CLOSING, openedOn: OPENED });
    const start = money.length;
    for (const personId of [a, b, c, d])
      for (let month = 1; month <= 12; month += 1) {
        const mm = String(month).padStart(2, '0');
        pay(personId, 'pension', `2024-${mm}-15`, `2024${mm}`, 50_000);
        if (month <= 6) pay(personId, 'pension', `2025-${mm}-15`, `2025${mm}`, 52_000);
      }
    const requests = money.slice(start).map((m, i) => request(m, start + i, CLOSING));
    await t.ctx.db.transaction().execute((trx) => postEntries(trx, t.clock, requests, { source: 'test' }));
  });

  const close = (
    personId: number,
    closedOn: string,
    reason: 'retired' | 'transferred_out' | 'died' = 'transferred_out',
  ) =>
    t.ctx.db.transaction().execute((trx) =>
      creditInterestOnClosing(trx, t.clock, {
        personId,
        fund: 'pension',
        closedOn: closedOn as CalendarDate,
        reason,
      }),
    );
  const markClosed = (personId: number, closedOn: string, reason: string) =>
    sql`UPDATE individual_accounts SET status = 'closed', closed_on = ${closedOn}, closed_reason = ${reason}
         WHERE person_id = ${personId} AND fund = 'pension'`.execute(t.ctx.db);

  it('credits the year pro rata with the last published rate, and the previous year in full when still owed', async () => {
    const credited = await close(a, '2025-06-30');
    // 2024 in full at its own rate; 2025 for six months at the last rate published (2024's 2.62 %).
    const full = expectedInterest(a, 'pension', 2024, '0.0262', 'annual');
    expect(credited).toEqual([
      {
        year: 2024,
        months: 12,
        rate: '0.0262',
        method: 'annual',
        interest: full,
        entryId: expect.any(Number),
        already: false,
      },
      {
        year: 2025,
        months: 6,
        rate: '0.0262',
        method: 'annual',
        interest: expect.any(Number),
        entryId: expect.any(Number),
        already: false,
      },
    ]);
    // The 2025 opening balance includes 2024's interest (effective 31 December 2024).
    pay(a, 'pension', '2024-12-31', null, full);
    expect(credited[1]!.interest).toBe(expectedInterest(a, 'pension', 2025, '0.0262', 'annual', 6));
    expect(await interestOf(a, 'pension', 2025)).toMatchObject({
      effectiveOn: '2025-06-30',
      period: '202506',
      sourceRef: 'closing:transferred_out',
    });
    // Calling it again books nothing new.
    const again = await close(a, '2025-06-30');
    expect(again.map((x) => [x.interest, x.already])).toEqual(credited.map((x) => [x.interest, true]));
    await markClosed(a, '2025-06-30', 'transferred_out');
  });

  it('credits one month for a death in January', async () => {
    const [lastYear, january] = await close(b, '2025-01-20', 'died');
    expect(lastYear!.already).toBe(false);
    pay(b, 'pension', '2024-12-31', null, lastYear!.interest);
    expect(january).toMatchObject({
      year: 2025,
      months: 1,
      interest: expectedInterest(b, 'pension', 2025, '0.0262', 'annual', 1, '2025-01-20'),
    });
    await markClosed(b, '2025-01-20', 'died');
  });

  it('is left out of the year-end run, which credits the open accounts; a later closing finds the run’s credit', async () => {
    const done = await run(CLOSING, 'pension');
    expect(done).toMatchObject({ accountsTotal: 2, accountsDone: 2, method: 'annual' });
    for (const personId of [a, b]) {
      const keys = await sql<{
        n: number;
        ref: string;
      }>`SELECT count(*)::int AS n, min(source_ref) AS ref FROM journal_entries
                    WHERE idempotency_key = ${`interest:2024:pension:${personId}`}`.execute(t.ctx.db);
      expect(keys.rows[0]).toEqual({ n: 1, ref: 'closing:' + (personId === a ? 'transferred_out' : 'died') });
    }
    const runCredit = await interestOf(d, 'pension', 2024);
    expect(runCredit).toMatchObject({
      amount: expectedInterest(d, 'pension', 2024, '0.0262', 'annual'),
      sourceRef: `run:${done.id}`,
    });
    const [lastYear, march] = await close(d, '2025-03-31', 'retired');
    expect(lastYear).toMatchObject({ year: 2024, already: true, interest: runCredit!.amount });
    pay(d, 'pension', '2024-12-31', null, runCredit!.amount);
    expect(march).toMatchObject({
      months: 3,
      interest: expectedInterest(d, 'pension', 2025, '0.0262', 'annual', 3, '2025-03-31'),
    });
  });

  it('refuses an unknown or closed account and a closing date out of range', async () => {
    const medical = t.ctx.db.transaction().execute((trx) =>
      creditInterestOnClosing(trx, t.clock, {
        personId: c,
        fund: 'medical',
        closedOn: '2025-06-30' as CalendarDate,
        reason: 'retired',
      }),
    );
    expect(await refusal(medical)).toBe('interest_account_not_found');
    expect(await refusal(close(b, '2025-02-01'))).toBe('interest_account_not_open');
    expect(await refusal(close(c, '2019-12-31'))).toBe('interest_closing_date_invalid');
    expect(await refusal(close(c, '2026-03-03'))).toBe('interest_closing_date_invalid');
  });
});

describe('background start', () => {
  it('answers the run at once and the same run to a second start while it runs', async () => {
    const region = '330300';
    await ensureChart(t.ctx.db, region, OPENED);
    const persons = await insertPersons(t.ctx.db, 3);
    for (const personId of persons)
      await openIndividualAccount(t.ctx.db, { personId, fund: 'pension', region, openedOn: OPENED });
    const request = {
      year: 2024,
      region,
      fund: 'pension' as const,
      trigger: 'api' as const,
      startedBy: 'staff:1',
      chunkSize: 1,
    };
    const [first, second] = await Promise.all([startInterestRun(t.ctx, request), startInterestRun(t.ctx, request)]);
    expect(second.id).toBe(first.id);
    // On PostgreSQL the background walk of three empty accounts may finish before the answer is read.
    expect(['running', 'completed']).toContain(first.status);
    await settleInterestRuns();
    const row = await t.ctx.db
      .selectFrom('interest_runs')
      .selectAll()
      .where('id', '=', first.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'completed', accounts_done: 3, interest_fen: 0 });
  });
});
