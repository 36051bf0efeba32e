import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartWithAccounts, insertPersons, REGION } from '../../../../test/fixtures/ledger/journal.ts';
import { testContext, type TestContext } from '../../../../test/support/context.ts';
import type { Db } from '../../../db/connection.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import { centsFromInteger } from '../../../kernel/cents.ts';
import type { Period } from '../../../kernel/period.ts';
import { contributionPosting, interestPosting, postEntries, recordDue, type PostingRequest } from '../index.ts';
import { DIFFERENCES_PER_CHECK_MAX, reconcile, type ReconcileOutcome } from './ledger.reconcile.ts';

let t: TestContext;
let persons: number[];
const fen = centsFromInteger;

function contribution(personId: number, ref: string, scheme: 'pension' | 'medical' | 'unemployment', credit: number) {
  return contributionPosting({
    personId,
    scheme,
    region: REGION,
    employerAmount: fen(1600_00),
    employeeAmount: fen(800_00),
    accountCredit: fen(credit),
    effectiveOn: '2025-03-15' as CalendarDate,
    period: '202502' as Period,
    sourceModule: 'test',
    sourceRef: ref,
    reason: '缴费到账',
  });
}

async function post(requests: readonly PostingRequest[]) {
  return t.ctx.db.transaction().execute((trx) => postEntries(trx, t.ctx.clock, requests, { source: 'test' }));
}

async function accountId(fund: string, kind: string): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('ledger_accounts')
    .select('id')
    .where('code', '=', `${fund}.${kind}.${REGION}`)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The kinds of difference a run found, sorted, each once. */
const kindsOf = (run: ReconcileOutcome) => [...new Set(run.differences.map((d) => d.kind))].sort();

let entryIds: number[];

beforeAll(async () => {
  t = await testContext();
  persons = await insertPersons(t.ctx.db, 3);
  await chartWithAccounts(t.ctx.db, persons);
  const posted = await post([
    contribution(persons[0]!, 'bill:1', 'pension', 800_00),
    contribution(persons[1]!, 'bill:1', 'pension', 800_00),
    contribution(persons[0]!, 'bill:1', 'medical', 200_00),
    contribution(persons[2]!, 'bill:1', 'unemployment', 0),
  ]);
  const interest = await post([
    interestPosting({
      personId: persons[0]!,
      fund: 'pension',
      region: REGION,
      year: 2025,
      amount: fen(21_00),
      effectiveOn: '2025-12-31' as CalendarDate,
    }),
  ]);
  entryIds = [...posted, ...interest].map((e) => e.id);
  // One month owed (a rights record without money), for the rights projection's check.
  await t.ctx.db.transaction().execute((trx) =>
    recordDue(trx, t.ctx.clock, [
      {
        personId: persons[2]!,
        employerId: null,
        scheme: 'pension',
        period: '202503' as Period,
        region: REGION,
        base: fen(5000_00),
        employerAmount: fen(0),
        employeeAmount: fen(400_00),
        accountCredit: fen(400_00),
        status: 'due',
        dueOn: '2025-03-31' as CalendarDate,
        source: 'declaration',
      },
    ]),
  );
});
afterAll(() => t?.dispose());

describe('control reconciliation of an intact ledger', () => {
  it('finds nothing, counts what it compared and records the run with one audit entry', async () => {
    const run = await reconcile(t.ctx, 'cli');
    expect(run.ok).toBe(true);
    expect(run.differences).toEqual([]);
    expect(run.checks).toEqual({
      // the chart of the region: 4 funds × 12 kinds, each with its balance row
      balance_cache: { checked: 48, differences: 0 },
      // 3 persons × pension and medical (person 2's accounts have no lines yet)
      individual_cache: { checked: 6, differences: 0 },
      // one individual_liability control account per fund
      control_total: { checked: 4, differences: 0 },
      entry_unbalanced: { checked: 5, differences: 0 },
      chain_broken: { checked: 2, differences: 0 },
      // the one month owed
      rights_projection: { checked: 1, differences: 0 },
      // the 3 persons' ID claims (the owed month names no employer and no entry)
      reference_missing: { checked: 3, differences: 0 },
    });
    const stored = await t.ctx.db
      .selectFrom('reconcile_runs')
      .selectAll()
      .where('id', '=', run.id)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ trigger: 'cli', ok: true, checks: run.checks });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity', '=', 'reconcile_run')
      .execute();
    expect(audit).toEqual([{ action: 'ledger.reconcile', entity_id: String(run.id) }]);
  });
});

/**
 * One tampering per case, done in SQL the way an intruder or a bug would, then undone: the run
 * must name exactly the expected kinds, and the ledger must reconcile again afterwards.
 */
describe('control reconciliation after one tampering', () => {
  /** Reconciles after `change`, then `undo`es it; both as the owner, who alone may edit the journal. */
  async function tampered(
    change: (owner: Db) => Promise<unknown>,
    undo: (owner: Db) => Promise<unknown>,
  ): Promise<ReconcileOutcome> {
    await t.database.asOwner(change);
    try {
      return await reconcile(t.ctx, 'cli');
    } finally {
      await t.database.asOwner(undo);
      expect((await reconcile(t.ctx, 'cli')).ok).toBe(true);
    }
  }

  it('a changed balance cache row → balance_cache, naming the account and both amounts', async () => {
    const bank = await accountId('pension', 'bank_income');
    const run = await tampered(
      (owner) =>
        sql`UPDATE ledger_balances SET debit_fen = debit_fen + 100, balance_fen = balance_fen + 100
                 WHERE account_id = ${bank}`.execute(owner),
      (owner) =>
        sql`UPDATE ledger_balances SET debit_fen = debit_fen - 100, balance_fen = balance_fen - 100
                 WHERE account_id = ${bank}`.execute(owner),
    );
    expect(run.ok).toBe(false);
    expect(run.differences).toEqual([
      expect.objectContaining({
        kind: 'balance_cache',
        accountId: bank,
        fund: 'pension',
        expected: 4800_00,
        actual: 4801_00,
      }),
    ]);
    expect(run.checks.balance_cache).toEqual({ checked: 48, differences: 1 });
  });

  it('a current rights record changed in place → rights_projection, naming the person and the month', async () => {
    const person = persons[2]!;
    const set = (status: string) =>
      sql`UPDATE rights_records SET status = ${status} WHERE person_id = ${person} AND period = '202503'`.execute(
        t.ctx.db,
      );
    const run = await tampered(
      () => set('arrears'),
      () => set('due'),
    );
    expect(kindsOf(run)).toEqual(['rights_projection']);
    expect(run.differences).toEqual([
      expect.objectContaining({ kind: 'rights_projection', personId: person, fund: 'pension' }),
    ]);
    expect(run.differences[0]!.detail).toBe(
      `person ${person} pension 202503 payer 0: current record (arrears) differs from its latest version (due)`,
    );
  });

  it('a current rights record deleted → rights_projection ("has no current record")', async () => {
    const person = persons[2]!;
    const saved = await t.ctx.db
      .selectFrom('rights_records')
      .selectAll()
      .where('person_id', '=', person)
      .executeTakeFirstOrThrow();
    const run = await tampered(
      () => t.ctx.db.deleteFrom('rights_records').where('person_id', '=', person).execute(),
      () =>
        sql`INSERT INTO rights_records (person_id, scheme, period, employer_id, region_code, base_fen, employer_fen,
                                        employee_fen, account_credit_fen, status, source, entry_id, paid_on, due_on,
                                        updated_at)
            VALUES (${saved.person_id}, ${saved.scheme}, ${saved.period}, ${saved.employer_id}, ${saved.region_code},
                    ${saved.base_fen}, ${saved.employer_fen}, ${saved.employee_fen}, ${saved.account_credit_fen},
                    ${saved.status}, ${saved.source}, ${saved.entry_id}, ${saved.paid_on}, ${saved.due_on},
                    ${saved.updated_at})`.execute(t.ctx.db),
    );
    expect(kindsOf(run)).toEqual(['rights_projection']);
    expect(run.differences[0]!.detail).toContain('latest version due has no current record');
  });

  it('a missing balance cache row → balance_cache ("lines but no balance row")', async () => {
    const income = await accountId('unemployment', 'contribution_income');
    const saved = await t.ctx.db
      .selectFrom('ledger_balances')
      .selectAll()
      .where('account_id', '=', income)
      .executeTakeFirstOrThrow();
    const run = await tampered(
      (owner) => owner.deleteFrom('ledger_balances').where('account_id', '=', income).execute(),
      (owner) => owner.insertInto('ledger_balances').values(saved).execute(),
    );
    expect(kindsOf(run)).toEqual(['balance_cache']);
    expect(run.differences[0]).toMatchObject({ accountId: income, expected: 2400_00, actual: null });
    expect(run.differences[0]!.detail).toContain('no balance row');
  });

  it('a changed individual balance → individual_cache and the cached control_total', async () => {
    const person = persons[1]!;
    const run = await tampered(
      (owner) =>
        sql`UPDATE individual_accounts SET balance_fen = balance_fen + 5 WHERE person_id = ${person} AND fund = 'pension'`.execute(
          owner,
        ),
      (owner) =>
        sql`UPDATE individual_accounts SET balance_fen = balance_fen - 5 WHERE person_id = ${person} AND fund = 'pension'`.execute(
          owner,
        ),
    );
    expect(kindsOf(run)).toEqual(['control_total', 'individual_cache']);
    const liability = await accountId('pension', 'individual_liability');
    expect(run.differences).toEqual([
      expect.objectContaining({
        kind: 'individual_cache',
        personId: person,
        fund: 'pension',
        expected: 800_00,
        actual: 800_05,
      }),
      expect.objectContaining({ kind: 'control_total', accountId: liability, expected: 1621_00, actual: 1621_05 }),
    ]);
  });

  it("one line's amount changed → entry_unbalanced, balance_cache, individual_cache and chain_broken", async () => {
    const entry = entryIds[0]!;
    const change = (owner: Db, delta: number) =>
      sql`UPDATE journal_lines l SET amount_fen = amount_fen + ${delta}
           FROM ledger_accounts a WHERE a.id = l.account_id AND l.entry_id = ${entry} AND a.kind = 'individual_liability'`.execute(
        owner,
      );
    const run = await tampered(
      (owner) => change(owner, 1),
      (owner) => change(owner, -1),
    );
    expect(kindsOf(run)).toEqual(['balance_cache', 'chain_broken', 'entry_unbalanced', 'individual_cache']);
    expect(run.differences.find((d) => d.kind === 'entry_unbalanced')).toMatchObject({
      entryId: entry,
      expected: 2400_00,
      actual: 2400_01,
    });
    expect(run.differences.find((d) => d.kind === 'individual_cache')).toMatchObject({
      personId: persons[0],
      fund: 'pension',
    });
    expect(run.differences.find((d) => d.kind === 'chain_broken')).toMatchObject({ batchNo: 1 });
  });

  it('a deleted line → entry_unbalanced, balance_cache and chain_broken', async () => {
    const entry = entryIds[3]!; // unemployment: bank income and contribution income only
    const income = await accountId('unemployment', 'contribution_income');
    const saved = await t.ctx.db
      .selectFrom('journal_lines')
      .selectAll()
      .where('entry_id', '=', entry)
      .where('account_id', '=', income)
      .executeTakeFirstOrThrow();
    const run = await tampered(
      (owner) =>
        owner.deleteFrom('journal_lines').where('entry_id', '=', entry).where('line_no', '=', saved.line_no).execute(),
      (owner) => owner.insertInto('journal_lines').values(saved).execute(),
    );
    expect(kindsOf(run)).toEqual(['balance_cache', 'chain_broken', 'entry_unbalanced']);
    expect(run.differences.find((d) => d.kind === 'balance_cache')).toMatchObject({
      accountId: income,
      expected: 0,
      actual: 2400_00,
    });
  });

  it('an entry left without lines → entry_unbalanced ("no lines")', async () => {
    const entry = entryIds[3]!;
    const saved = await t.ctx.db.selectFrom('journal_lines').selectAll().where('entry_id', '=', entry).execute();
    const run = await tampered(
      (owner) => owner.deleteFrom('journal_lines').where('entry_id', '=', entry).execute(),
      (owner) => owner.insertInto('journal_lines').values(saved).execute(),
    );
    expect(run.differences.find((d) => d.kind === 'entry_unbalanced')).toMatchObject({
      entryId: entry,
      expected: 0,
      actual: 0,
    });
    expect(run.differences.find((d) => d.kind === 'entry_unbalanced')!.detail).toContain('no lines');
  });

  it('a deleted individual account → individual_cache (lines without an account) and control_total', async () => {
    const person = persons[0]!;
    const saved = await t.ctx.db
      .selectFrom('individual_accounts')
      .selectAll()
      .where('person_id', '=', person)
      .where('fund', '=', 'medical')
      .executeTakeFirstOrThrow();
    const run = await tampered(
      (owner) =>
        owner.deleteFrom('individual_accounts').where('person_id', '=', person).where('fund', '=', 'medical').execute(),
      (owner) => owner.insertInto('individual_accounts').values(saved).execute(),
    );
    expect(kindsOf(run)).toEqual(['control_total', 'individual_cache']);
    expect(run.differences.find((d) => d.kind === 'individual_cache')).toMatchObject({
      personId: person,
      fund: 'medical',
      expected: 200_00,
      actual: null,
    });
  });

  it('a line posted to the control account without a person → the replayed control_total (and the caches)', async () => {
    const liability = await accountId('medical', 'individual_liability');
    const entry = entryIds[2]!;
    const run = await tampered(
      (owner) =>
        sql`UPDATE journal_lines SET person_id = NULL WHERE entry_id = ${entry} AND account_id = ${liability}`.execute(
          owner,
        ),
      (owner) =>
        sql`UPDATE journal_lines SET person_id = ${persons[0]!} WHERE entry_id = ${entry} AND account_id = ${liability}`.execute(
          owner,
        ),
    );
    expect(kindsOf(run)).toEqual(['chain_broken', 'control_total', 'individual_cache']);
    expect(run.differences.find((d) => d.kind === 'control_total')).toMatchObject({
      accountId: liability,
      expected: 200_00,
      actual: 0,
    });
  });

  it('a claim of an ID naming no person → reference_missing, naming the person id and the columns', async () => {
    const run = await tampered(
      (owner) => sql`INSERT INTO person_claims (id_index, person_id) VALUES ('tampered', 999999999)`.execute(owner),
      (owner) => sql`DELETE FROM person_claims WHERE id_index = 'tampered'`.execute(owner),
    );
    expect(run.ok).toBe(false);
    expect(run.differences).toEqual([
      expect.objectContaining({
        kind: 'reference_missing',
        personId: 999999999,
        detail: 'person_claims.person_id 999999999: no persons.person_id',
      }),
    ]);
    expect(run.checks.reference_missing?.differences).toBe(1);
  });

  it('stores every difference of the run, numbered, with the counts in checks', async () => {
    const bank = await accountId('medical', 'bank_income');
    const run = await tampered(
      (owner) => sql`UPDATE ledger_balances SET balance_fen = 0 WHERE account_id = ${bank}`.execute(owner),
      (owner) =>
        sql`UPDATE ledger_balances SET balance_fen = debit_fen - credit_fen WHERE account_id = ${bank}`.execute(owner),
    );
    const rows = await t.ctx.db
      .selectFrom('reconcile_differences')
      .select(['seq', 'kind', 'account_id', 'expected_fen', 'actual_fen'])
      .where('run_id', '=', run.id)
      .execute();
    expect(rows).toEqual([{ seq: 1, kind: 'balance_cache', account_id: bank, expected_fen: 2400_00, actual_fen: 0 }]);
    const stored = await t.ctx.db
      .selectFrom('reconcile_runs')
      .select(['ok', 'checks'])
      .where('id', '=', run.id)
      .executeTakeFirstOrThrow();
    expect(stored.ok).toBe(false);
    expect(stored.checks).toMatchObject({ balance_cache: { checked: 48, differences: 1 } });
  });
});

describe('control reconciliation, bounds', () => {
  it(`keeps the first ${DIFFERENCES_PER_CHECK_MAX} differences of a check and counts them all`, async () => {
    const extra = await insertPersons(t.ctx.db, DIFFERENCES_PER_CHECK_MAX + 5);
    await sql`INSERT INTO individual_accounts (person_id, fund, region_code, opened_on, balance_fen)
              SELECT person_id, 'pension', ${REGION}, '2020-01-01', 1 FROM persons
               WHERE person_id = ANY(${extra}::bigint[])`.execute(t.ctx.db);
    try {
      const run = await reconcile(t.ctx, 'cli');
      expect(run.checks.individual_cache).toEqual({ checked: 6 + extra.length, differences: extra.length });
      const listed = run.differences.filter((d) => d.kind === 'individual_cache');
      expect(listed).toHaveLength(DIFFERENCES_PER_CHECK_MAX);
      expect(listed[0]).toMatchObject({ personId: extra[0], expected: 0, actual: 1 });
      const stored = await t.ctx.db
        .selectFrom('reconcile_differences')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('run_id', '=', run.id)
        .where('kind', '=', 'individual_cache')
        .executeTakeFirstOrThrow();
      expect(Number(stored.n)).toBe(DIFFERENCES_PER_CHECK_MAX);
    } finally {
      await t.ctx.db.deleteFrom('individual_accounts').where('person_id', 'in', extra).execute();
    }
    expect((await reconcile(t.ctx, 'cli')).ok).toBe(true);
  });
});

describe('control reconciliation, property', () => {
  it('any balanced contributions reconcile; one changed cache row is exactly one balance_cache difference', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            person: fc.integer({ min: 0, max: 2 }),
            scheme: fc.constantFrom('pension' as const, 'medical' as const, 'unemployment' as const),
            employer: fc.integer({ min: 1, max: 5_000_00 }),
            employee: fc.integer({ min: 0, max: 2_000_00 }),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        fc.integer({ min: 1, max: 1_000_00 }),
        async (payments, delta) => {
          round += 1;
          await post(
            payments.map((p, i) =>
              contributionPosting({
                personId: persons[p.person]!,
                scheme: p.scheme,
                region: REGION,
                employerAmount: fen(p.employer),
                employeeAmount: fen(p.employee),
                accountCredit: fen(p.scheme === 'unemployment' ? 0 : p.employee),
                effectiveOn: '2025-06-30' as CalendarDate,
                period: '202506' as Period,
                sourceModule: 'test',
                sourceRef: `property:${round}:${i}`,
                reason: '缴费到账',
              }),
            ),
          );
          expect((await reconcile(t.ctx, 'cli')).ok).toBe(true);
          const bank = await accountId(payments[0]!.scheme, 'bank_income');
          const run = await (async () => {
            await sql`UPDATE ledger_balances SET balance_fen = balance_fen + ${delta} WHERE account_id = ${bank}`.execute(
              t.ctx.db,
            );
            try {
              return await reconcile(t.ctx, 'cli');
            } finally {
              await sql`UPDATE ledger_balances SET balance_fen = balance_fen - ${delta} WHERE account_id = ${bank}`.execute(
                t.ctx.db,
              );
            }
          })();
          expect(run.differences.map((d) => [d.kind, d.accountId, (d.actual ?? 0) - (d.expected ?? 0)])).toEqual([
            ['balance_cache', bank, delta],
          ]);
        },
      ),
      { numRuns: 8 },
    );
  });
});
