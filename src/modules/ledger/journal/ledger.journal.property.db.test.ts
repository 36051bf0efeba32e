import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../../../../test/support/context.ts';
import { chartWithAccounts, insertPersons, REGION } from '../../../../test/fixtures/ledger/journal.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import { Rejection } from '../../../kernel/rejection.ts';
import { systemActor } from '../../audit/index.ts';
import type { StaffActor } from '../../auth/index.ts';
import { approveCorrection, proposeCorrection } from './ledger.corrections.ts';
import { accountBalances, individualBalance } from './ledger.balances.ts';
import { postEntries } from './ledger.journal.ts';
import type { IndividualFund, PostingRequest } from '../ledger.model.ts';

let t: TestContext;
let persons: number[];
let maker: StaffActor;
let checker: StaffActor;
let serial = 0;

beforeAll(async () => {
  t = await testContext();
  persons = await insertPersons(t.ctx.db, 3);
  await chartWithAccounts(t.ctx.db, persons);
  const { rows } = await sql<{ id: number; agency_id: number }>`
    INSERT INTO staff (agency_id, username, display_name, password_hash)
    SELECT (SELECT min(id) FROM agencies), u, u, 'x' FROM unnest(ARRAY['maker', 'checker']) AS u
    RETURNING id, agency_id`.execute(t.ctx.db);
  const actor = (row: { id: number; agency_id: number }, name: string): StaffActor => ({
    kind: 'staff',
    id: row.id,
    username: name,
    displayName: name,
    agencyId: row.agency_id,
    agencyPath: '/',
    roles: [],
    permissions: new Set(['ledger.post', 'ledger.approve']),
    isDemo: false,
  });
  maker = actor(rows[0]!, 'maker');
  checker = actor(rows[1]!, 'checker');
}, 120_000);
afterAll(() => t?.dispose());

interface Spec {
  person: number;
  fund: IndividualFund;
  income: number;
  credit: number;
  day: number;
  /** Adds one fen to the debit line: the request no longer balances. */
  skew: boolean;
}

const spec = fc.record({
  person: fc.nat({ max: 2 }),
  fund: fc.constantFrom<IndividualFund>('pension', 'medical'),
  income: fc.integer({ min: 0, max: 5_000_000 }),
  credit: fc.integer({ min: 1, max: 1_000_000 }),
  day: fc.integer({ min: 1, max: 28 }),
  skew: fc.boolean(),
});

function requestOf(s: Spec, month = 6): PostingRequest {
  serial += 1;
  const region = REGION;
  const lines = [
    {
      account: { fund: s.fund, kind: 'bank_income', region },
      side: 'debit',
      amount: s.income + s.credit + (s.skew ? 1 : 0),
    },
    { account: { fund: s.fund, kind: 'contribution_income', region }, side: 'credit', amount: s.income },
    {
      account: { fund: s.fund, kind: 'individual_liability', region },
      side: 'credit',
      amount: s.credit,
      personId: persons[s.person],
    },
  ].filter((l) => l.amount > 0) as unknown as PostingRequest['lines'];
  return {
    idempotencyKey: `prop:${serial}`,
    effectiveOn: `2025-${String(month).padStart(2, '0')}-${String(s.day).padStart(2, '0')}` as CalendarDate,
    period: null,
    sourceModule: 'test',
    sourceRef: `prop:${serial}`,
    reason: '性质测试',
    lines,
  };
}

async function post(requests: PostingRequest[]) {
  return t.ctx.db.transaction().execute((trx) => postEntries(trx, t.ctx.clock, requests, { source: 'property' }));
}

async function entryCount(): Promise<number> {
  return (await sql<{ n: number }>`SELECT count(*)::int AS n FROM journal_entries`.execute(t.ctx.db)).rows[0]!.n;
}

/** Entries whose debits differ from their credits, and caches that differ from the journal replayed. */
async function invariantBreaches() {
  const unbalanced = await sql<{ entry_id: number }>`
    SELECT entry_id FROM journal_lines GROUP BY entry_id
    HAVING sum(CASE WHEN side = 'debit' THEN amount_fen ELSE -amount_fen END) <> 0`.execute(t.ctx.db);
  const balances = await sql<{ account_id: number }>`
    SELECT b.account_id FROM ledger_balances b JOIN ledger_accounts a ON a.id = b.account_id
      LEFT JOIN (SELECT account_id, sum(amount_fen) FILTER (WHERE side = 'debit') AS d,
                        sum(amount_fen) FILTER (WHERE side = 'credit') AS c
                   FROM journal_lines GROUP BY account_id) j ON j.account_id = b.account_id
     WHERE b.debit_fen <> coalesce(j.d, 0) OR b.credit_fen <> coalesce(j.c, 0)
        OR b.balance_fen <> CASE WHEN a.normal_side = 'debit' THEN coalesce(j.d, 0) - coalesce(j.c, 0)
                                 ELSE coalesce(j.c, 0) - coalesce(j.d, 0) END`.execute(t.ctx.db);
  const individuals = await sql<{ person_id: number }>`
    SELECT ia.person_id FROM individual_accounts ia
      LEFT JOIN (SELECT l.person_id, a.fund, sum(CASE WHEN l.side = 'credit' THEN l.amount_fen ELSE -l.amount_fen END) AS net
                   FROM journal_lines l JOIN ledger_accounts a ON a.id = l.account_id
                  WHERE l.person_id IS NOT NULL GROUP BY l.person_id, a.fund) j
        ON j.person_id = ia.person_id AND j.fund = ia.fund
     WHERE ia.balance_fen <> coalesce(j.net, 0)`.execute(t.ctx.db);
  return { unbalanced: unbalanced.rows, balances: balances.rows, individuals: individuals.rows };
}

describe('journal properties', () => {
  it('books only balanced entries, all or nothing, and the caches equal the journal replayed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(spec, { minLength: 1, maxLength: 5 }), async (specs) => {
        t.clock.advance(60_000);
        const before = await entryCount();
        const anySkew = specs.some((s) => s.skew);
        const outcome = await post(specs.map((s) => requestOf(s))).catch((e: unknown) => e);
        if (anySkew) {
          expect(outcome).toBeInstanceOf(Rejection);
          expect((outcome as Rejection).code).toBe('ledger_entry_unbalanced');
          expect(await entryCount()).toBe(before);
        } else expect(await entryCount()).toBe(before + specs.length);
        expect(await invariantBreaches()).toEqual({ unbalanced: [], balances: [], individuals: [] });
      }),
      { numRuns: 25 },
    );
  });

  it('a balance as of D and known at T never changes when later entries are booked', async () => {
    const accounts = (await t.ctx.db.selectFrom('ledger_accounts').select('id').execute()).map((a) => a.id);
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          spec.map((s) => ({ ...s, skew: false })),
          { minLength: 1, maxLength: 4 },
        ),
        fc.integer({ min: 1, max: 12 }),
        async (later, month) => {
          t.clock.advance(60_000);
          const at = { asOf: `2025-0${(month % 9) + 1}-15` as CalendarDate, knownAt: t.ctx.clock.now() };
          const before = await accountBalances(t.ctx.db, accounts, at);
          const person = await individualBalance(t.ctx.db, persons[0]!, 'pension', at);
          t.clock.advance(1_000);
          await post(later.map((s) => requestOf(s, month)));
          expect(await accountBalances(t.ctx.db, accounts, at)).toEqual(before);
          expect(await individualBalance(t.ctx.db, persons[0]!, 'pension', at)).toEqual(person);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('an approved correction reverses exactly; its reversal cannot be reversed', async () => {
    await fc.assert(
      fc.asyncProperty(
        spec.map((s) => ({ ...s, skew: false })),
        async (s) => {
          t.clock.advance(60_000);
          const [entry] = await post([requestOf(s)]);
          const proposal = await proposeCorrection(t.ctx, maker, systemActor, entry!.id, { reason: '冲销' });
          const approved = await approveCorrection(t.ctx, checker, systemActor, proposal.id, '同意');
          const again = await proposeCorrection(t.ctx, maker, systemActor, approved.reversalEntryId!, {
            reason: '再冲',
          }).catch((e: unknown) => e);
          expect((again as Rejection).code).toBe('ledger_reversal_of_reversal');
          const sums = await sql<{ net: number }>`
          SELECT coalesce(sum(CASE WHEN l.side = 'debit' THEN l.amount_fen ELSE -l.amount_fen END), 0)::bigint AS net
            FROM journal_lines l WHERE l.entry_id IN (${entry!.id}, ${approved.reversalEntryId!})
           GROUP BY l.account_id, l.person_id HAVING sum(CASE WHEN l.side = 'debit' THEN l.amount_fen ELSE -l.amount_fen END) <> 0`.execute(
            t.ctx.db,
          );
          expect(sums.rows).toEqual([]);
          expect(await invariantBreaches()).toEqual({ unbalanced: [], balances: [], individuals: [] });
        },
      ),
      { numRuns: 10 },
    );
  });
});
