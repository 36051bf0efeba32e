import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../../test/support/db.ts';
import { chartWithAccounts, insertPersons, OPENED, REGION } from '../../../../test/fixtures/ledger/journal.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import { centsFromInteger, type Cents } from '../../../kernel/cents.ts';
import { manualClock } from '../../../kernel/clock.ts';
import type { Period } from '../../../kernel/period.ts';
import { Rejection } from '../../../kernel/rejection.ts';
import {
  accountBalance,
  accountsOf,
  contributionPosting,
  ensureChart,
  individualBalance,
  interestPosting,
  openIndividualAccount,
  postEntries,
  type PostingRequest,
} from '../index.ts';
import { GENESIS_HASH } from './ledger.chain.rules.ts';

const fen = (n: number) => centsFromInteger(n);
let database: TestDatabase;
const clock = manualClock(new Date('2026-03-02T01:00:00Z'));
let persons: number[];

beforeAll(async () => {
  database = await freshDatabase();
  persons = await insertPersons(database.db, 4);
  await chartWithAccounts(database.db, persons.slice(0, 2));
  await openIndividualAccount(database.db, {
    personId: persons[3]!,
    fund: 'pension',
    region: REGION,
    openedOn: OPENED,
  });
  await sql`UPDATE individual_accounts SET status = 'closed', closed_on = '2025-01-01', closed_reason = 'died'
             WHERE person_id = ${persons[3]!}`.execute(database.db);
  await sql`UPDATE ledger_accounts SET status = 'closed', closed_on = '2025-01-01'
             WHERE code = ${`work_injury.bank_fiscal.${REGION}`}`.execute(database.db);
});
afterAll(() => database?.dispose());

function contribution(personId: number, ref: string, period = '202502', credit = 800): PostingRequest {
  return contributionPosting({
    personId,
    scheme: 'pension',
    region: REGION,
    employerAmount: fen(1600),
    employeeAmount: fen(800),
    accountCredit: fen(credit),
    effectiveOn: '2025-03-15' as CalendarDate,
    period: period as Period,
    sourceModule: 'test',
    sourceRef: ref,
    reason: '缴费到账',
  });
}

function post(requests: readonly PostingRequest[], options = { source: 'test' }) {
  return database.db.transaction().execute((trx) => postEntries(trx, clock, requests, options));
}

async function refusal(requests: readonly PostingRequest[]): Promise<Rejection> {
  const error = await post(requests).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(Rejection);
  return error as Rejection;
}

async function footprint() {
  const { rows } = await sql<{ entries: number; lines: number; batches: number; cache: number; individual: number }>`
    SELECT (SELECT count(*) FROM journal_entries)::int AS entries, (SELECT count(*) FROM journal_lines)::int AS lines,
           (SELECT count(*) FROM journal_batches)::int AS batches,
           (SELECT coalesce(sum(debit_fen + credit_fen), 0) FROM ledger_balances)::bigint AS cache,
           (SELECT coalesce(sum(balance_fen), 0) FROM individual_accounts)::bigint AS individual`.execute(database.db);
  return rows[0]!;
}

const line = (
  kind: string,
  side: 'debit' | 'credit',
  amount: number,
  personId?: number,
  fund = 'pension',
  region = REGION,
) =>
  ({
    account: { fund, kind, region },
    side,
    amount: amount as Cents,
    ...(personId ? { personId } : {}),
  }) as PostingRequest['lines'][number];

function manual(key: string, lines: PostingRequest['lines'], extra: Partial<PostingRequest> = {}): PostingRequest {
  return {
    idempotencyKey: key,
    effectiveOn: '2025-06-30' as CalendarDate,
    period: null,
    sourceModule: 'test',
    sourceRef: 'manual',
    reason: '测试',
    lines,
    ...extra,
  };
}

describe('ensureChart and openIndividualAccount', () => {
  it('opens 48 accounts with normal sides and empty balances, idempotently', async () => {
    await ensureChart(database.db, REGION, OPENED);
    const accounts = await accountsOf(database.db, REGION);
    expect(accounts).toHaveLength(48);
    const fund = accounts.find((a) => a.code === `pension.pooled_fund.${REGION}`)!;
    expect(fund).toMatchObject({ normalSide: 'credit', nameZh: '职工基本养老保险基金·统筹基金', status: 'open' });
    expect(accounts.find((a) => a.code === `medical.bank_income.${REGION}`)!.normalSide).toBe('debit');
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ledger_balances`.execute(database.db);
    expect(rows[0]!.n).toBe(48);
  });

  it('opens an individual account once', async () => {
    const again = await openIndividualAccount(database.db, {
      personId: persons[0]!,
      fund: 'pension',
      region: REGION,
      openedOn: OPENED,
    });
    expect(again).toEqual({ created: false });
  });

  it('refuses a region that is not six digits', async () => {
    await expect(ensureChart(database.db, '3301', OPENED)).rejects.toMatchObject({ code: 'ledger_region_invalid' });
  });
});

describe('postEntries refuses, writing nothing', () => {
  const p = () => persons;
  const scenarios: [string, () => PostingRequest[], string][] = [
    [
      'unbalanced',
      () => [manual('u', [line('bank_income', 'debit', 100), line('pooled_fund', 'credit', 90)])],
      'ledger_entry_unbalanced',
    ],
    ['one line', () => [manual('u', [line('bank_income', 'debit', 100)])], 'ledger_lines_count_invalid'],
    [
      'amount 0',
      () => [manual('u', [line('bank_income', 'debit', 0), line('pooled_fund', 'credit', 0)])],
      'ledger_amount_invalid',
    ],
    [
      'negative amount',
      () => [manual('u', [line('bank_income', 'debit', -5), line('pooled_fund', 'credit', -5)])],
      'ledger_amount_invalid',
    ],
    [
      'non-integer amount',
      () => [manual('u', [line('bank_income', 'debit', 1.5), line('pooled_fund', 'credit', 1.5)])],
      'ledger_amount_invalid',
    ],
    [
      'period in the future',
      () => [
        manual('u', [line('bank_income', 'debit', 1), line('pooled_fund', 'credit', 1)], {
          period: '202604' as Period,
        }),
      ],
      'ledger_period_invalid',
    ],
    [
      'malformed period',
      () => [
        manual('u', [line('bank_income', 'debit', 1), line('pooled_fund', 'credit', 1)], {
          period: '202513' as Period,
        }),
      ],
      'ledger_period_invalid',
    ],
    [
      'impossible date',
      () => [
        manual('u', [line('bank_income', 'debit', 1), line('pooled_fund', 'credit', 1)], {
          effectiveOn: '2025-02-30' as CalendarDate,
        }),
      ],
      'ledger_effective_date_invalid',
    ],
    [
      'empty key',
      () => [manual('', [line('bank_income', 'debit', 1), line('pooled_fund', 'credit', 1)])],
      'ledger_idempotency_key_invalid',
    ],
    [
      'key of 201 characters',
      () => [manual('k'.repeat(201), [line('bank_income', 'debit', 1), line('pooled_fund', 'credit', 1)])],
      'ledger_idempotency_key_invalid',
    ],
    [
      'blank reason',
      () => [manual('u', [line('bank_income', 'debit', 1), line('pooled_fund', 'credit', 1)], { reason: '  ' })],
      'ledger_reason_invalid',
    ],
    [
      'reason of 501 characters',
      () => [
        manual('u', [line('bank_income', 'debit', 1), line('pooled_fund', 'credit', 1)], { reason: '理'.repeat(501) }),
      ],
      'ledger_reason_invalid',
    ],
    [
      'empty source',
      () => [manual('u', [line('bank_income', 'debit', 1), line('pooled_fund', 'credit', 1)], { sourceRef: '' })],
      'ledger_source_invalid',
    ],
    [
      'unknown account',
      () => [
        manual('u', [
          line('bank_income', 'debit', 1, undefined, 'pension', '330199'),
          line('pooled_fund', 'credit', 1),
        ]),
      ],
      'ledger_account_unknown',
    ],
    [
      'closed account',
      () => [
        manual('u', [
          line('bank_fiscal', 'debit', 1, undefined, 'work_injury'),
          line('pooled_fund', 'credit', 1, undefined, 'work_injury'),
        ]),
      ],
      'ledger_account_closed',
    ],
    ['person without an individual account', () => [contribution(p()[2]!, 'x')], 'ledger_individual_account_unknown'],
    ['closed individual account', () => [contribution(p()[3]!, 'x')], 'ledger_individual_account_closed'],
    [
      'individual line of a fund without accounts',
      () => [
        manual('u', [
          line('bank_income', 'debit', 1, undefined, 'unemployment'),
          line('individual_liability', 'credit', 1, p()[0], 'unemployment'),
        ]),
      ],
      'ledger_individual_account_unknown',
    ],
    [
      'individual account line without a person',
      () => [manual('u', [line('bank_income', 'debit', 1), line('individual_liability', 'credit', 1)])],
      'ledger_person_line_invalid',
    ],
    [
      'person on a non-liability account',
      () => [manual('u', [line('bank_income', 'debit', 1), line('pooled_fund', 'credit', 1, p()[0])])],
      'ledger_person_line_invalid',
    ],
    [
      'the same key twice in one call',
      () => [contribution(p()[0]!, 'dup'), contribution(p()[0]!, 'dup')],
      'ledger_idempotency_key_duplicated',
    ],
    [
      'a booked key with other content',
      () => [{ ...contribution(p()[0]!, 'booked'), reason: '别的摘要' }],
      'ledger_idempotency_key_reused',
    ],
  ];

  beforeAll(async () => {
    await post([contribution(persons[0]!, 'booked')]);
  });

  it.each(scenarios)('%s', async (_name, requests, code) => {
    const before = await footprint();
    const error = await refusal(requests());
    expect(error.code).toBe(code);
    expect((error.details as { problems: { code: string }[] }).problems.map((x) => x.code)).toContain(code);
    expect(await footprint()).toEqual(before);
  });

  it('one bad request among ten writes nothing and names its index; every bad request is listed', async () => {
    const before = await footprint();
    const requests = persons
      .slice(0, 1)
      .flatMap(() => Array.from({ length: 10 }, (_, i) => contribution(persons[i % 2]!, `ten:${i}`)));
    requests[7] = contribution(persons[2]!, 'ten:7');
    requests[9] = { ...contribution(persons[0]!, 'ten:9'), period: '203001' as Period };
    const error = await refusal(requests);
    expect(error.code).toBe('ledger_individual_account_unknown');
    const problems = (error.details as { problems: { index: number; code: string }[] }).problems;
    expect(problems.map((x) => [x.index, x.code])).toEqual([
      [7, 'ledger_individual_account_unknown'],
      [9, 'ledger_period_invalid'],
    ]);
    expect(await footprint()).toEqual(before);
  });
});

describe('postEntries books', () => {
  it('a contribution: lines, caches, individual balance and the chain head', async () => {
    const [posted] = await post([contribution(persons[1]!, 'bill:1')]);
    expect(posted).toMatchObject({
      replayed: false,
      idempotencyKey: `contribution:bill:1:${persons[1]}:pension:202502`,
    });
    const lines = await database.db
      .selectFrom('journal_lines')
      .selectAll()
      .where('entry_id', '=', posted!.id)
      .orderBy('line_no')
      .execute();
    expect(lines.map((l) => [l.side, l.amount_fen, l.person_id])).toEqual([
      ['debit', 2400, null],
      ['credit', 1600, null],
      ['credit', 800, persons[1]],
    ]);
    expect((await individualBalance(database.db, persons[1]!, 'pension')).balance).toBe(800);
    const cached = await database.db
      .selectFrom('individual_accounts')
      .select(['balance_fen', 'last_entry_id'])
      .where('person_id', '=', persons[1]!)
      .where('fund', '=', 'pension')
      .executeTakeFirstOrThrow();
    expect(cached).toEqual({ balance_fen: 800, last_entry_id: posted!.id });
    const head = await database.db.selectFrom('journal_head').selectAll().executeTakeFirstOrThrow();
    const batch = await database.db
      .selectFrom('journal_batches')
      .selectAll()
      .where('batch_no', '=', posted!.batchNo)
      .executeTakeFirstOrThrow();
    expect(head).toMatchObject({ batch_no: posted!.batchNo, hash: batch.batch_hash });
    expect(batch.prev_hash).not.toBe(GENESIS_HASH);
  });

  it('a replay returns the original entry and writes nothing', async () => {
    const [first] = await post([contribution(persons[1]!, 'bill:2')]);
    clock.advance(60_000);
    const before = await footprint();
    const [again, fresh] = await post([contribution(persons[1]!, 'bill:2'), contribution(persons[1]!, 'bill:3')]);
    expect(again).toEqual({ ...first, replayed: true });
    expect(fresh!.replayed).toBe(false);
    const after = await footprint();
    expect(after.entries).toBe(before.entries + 1);
    const [onlyReplay] = await post([contribution(persons[1]!, 'bill:2')]);
    expect(onlyReplay!.id).toBe(first!.id);
    expect((await footprint()).batches).toBe(after.batches);
  });

  it('keeps the caches equal to the journal and leaves zero lines out', async () => {
    const noCredit = contributionPosting({
      personId: persons[0]!,
      scheme: 'unemployment',
      region: REGION,
      employerAmount: fen(500),
      employeeAmount: fen(0),
      accountCredit: fen(0),
      effectiveOn: '2025-03-15' as CalendarDate,
      period: '202502' as Period,
      sourceModule: 'test',
      sourceRef: 'bill:4',
      reason: '失业保险缴费',
    });
    expect(noCredit.lines).toHaveLength(2);
    await post([
      noCredit,
      interestPosting({ personId: persons[0]!, fund: 'medical', region: REGION, amount: fen(37), year: 2025 }),
    ]);
    for (const account of await accountsOf(database.db, REGION))
      expect(account.balance, account.code).toEqual(await accountBalance(database.db, account.id));
    expect((await individualBalance(database.db, persons[0]!, 'medical')).balance).toBe(37);
  });
});

describe('bitemporal balances', () => {
  it('as of a day, as known at an instant', async () => {
    const [personId] = await insertPersons(database.db, 1);
    await openIndividualAccount(database.db, {
      personId: personId!,
      fund: 'pension',
      region: REGION,
      openedOn: OPENED,
    });
    const t1 = new Date('2026-03-10T00:00:00Z');
    clock.set(t1);
    await post([{ ...contribution(personId!, 'bt:1'), effectiveOn: '2025-06-30' as CalendarDate }]);
    const t2 = new Date('2026-03-20T00:00:00Z');
    clock.set(t2);
    await post([{ ...contribution(personId!, 'bt:2', '202501', 300), effectiveOn: '2025-01-31' as CalendarDate }]);
    const at = (asOf?: string, knownAt?: Date) =>
      individualBalance(database.db, personId!, 'pension', {
        ...(asOf ? { asOf: asOf as CalendarDate } : {}),
        ...(knownAt ? { knownAt } : {}),
      }).then((b) => b.balance);
    expect(await at()).toBe(1100);
    expect(await at('2025-03-31')).toBe(300);
    expect(await at('2025-03-31', t1)).toBe(0);
    expect(await at('2025-12-31', t1)).toBe(800);
    expect(await at('2025-12-31', new Date(t2.getTime() - 1))).toBe(800);
    expect(await at('2025-01-31', t2)).toBe(300);
    expect(await at('2024-12-31')).toBe(0);
  });

  it('refuses the balance of an unknown account', async () => {
    await expect(accountBalance(database.db, 999_999)).rejects.toMatchObject({ code: 'ledger_account_not_found' });
  });
});
