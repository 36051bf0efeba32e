/**
 * Reconciliation of payments: every payment's money went somewhere (its allocations and
 * the credit it left), the credit spent is what its allocations took, no payer's credit is
 * overdrawn; and the ledger's income bank account moved by exactly the payments, per payment and
 * per region (payments less approved refunds).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { runReconcileCheck, type CheckOutcome, type ReconcileCheck } from '../ledger/index.ts';
import { paymentName, yuan } from './collection.reconcile.sql.ts';

type Executor = Kysely<Database>;

/** The payer of a credit row `alias` as a difference names it: 'employer 3', 'flexible worker 42'. */
function creditPayer(alias: string) {
  return sql.raw(`CASE WHEN ${alias}.payer_kind = 'employer' THEN 'employer ' || ${alias}.employer_id
                       ELSE 'flexible worker ' || ${alias}.person_id END`);
}

/**
 * `payment_allocation`: a payment's amount = its allocations + the credit it left (and the
 * payment row's own allocated and held columns say the same); each application of credit took
 * what its allocations paid; a payer's credit never goes below zero.
 */
function checkPaymentAllocation(db: Executor): Promise<CheckOutcome> {
  return runReconcileCheck(
    db,
    'payment_allocation',
    sql`alloc AS (
      SELECT payment_id, sum(amount_fen)::bigint AS fen FROM payment_allocations
       WHERE payment_id IS NOT NULL GROUP BY 1
    ), held AS (
      SELECT payment_id, sum(amount_fen)::bigint AS fen FROM payer_credits
       WHERE movement = 'held' AND payment_id IS NOT NULL GROUP BY 1
    ), pay AS (
      SELECT p.*, coalesce(a.fen, 0) AS allocations, coalesce(h.fen, 0) AS held
        FROM payments p LEFT JOIN alloc a ON a.payment_id = p.id LEFT JOIN held h ON h.payment_id = p.id
    ), spent AS (
      SELECT credit_id, sum(amount_fen)::bigint AS fen FROM payment_allocations WHERE credit_id IS NOT NULL GROUP BY 1
    ), applied AS (
      SELECT coalesce(c.id, s.credit_id) AS credit_id, c.payer_kind, c.employer_id, c.person_id,
             coalesce(-c.amount_fen, 0) AS movement, coalesce(s.fen, 0) AS allocations
        FROM (SELECT * FROM payer_credits WHERE movement = 'applied') c
        FULL JOIN spent s ON s.credit_id = c.id
    ), balances AS (
      SELECT payer_kind, employer_id, person_id, sum(amount_fen)::bigint AS balance
        FROM payer_credits GROUP BY 1, 2, 3
    ), compared AS (
      SELECT 'payment' FROM pay UNION ALL SELECT 'credit' FROM applied UNION ALL SELECT 'payer' FROM balances
    ), diffs AS (
      SELECT p.id * 2 AS ord, p.id AS payment_id, p.employer_id, p.person_id, p.amount_fen AS expected_fen,
             p.allocations + p.held AS actual_fen,
             ${paymentName('p')} || ': amount ' || ${yuan('p.amount_fen')} || ', allocated ' || ${yuan('p.allocations')}
               || ' + held as credit ' || ${yuan('p.held')} AS detail
        FROM pay p WHERE p.amount_fen <> p.allocations + p.held
      UNION ALL
      SELECT p.id * 2 + 1, p.id, p.employer_id, p.person_id, p.allocations + p.held, p.allocated_fen + p.held_fen,
             ${paymentName('p')} || ': recorded as allocated ' || ${yuan('p.allocated_fen')} || ' and held '
               || ${yuan('p.held_fen')} || ', its allocations ' || ${yuan('p.allocations')} || ' and credit held '
               || ${yuan('p.held')}
        FROM pay p WHERE p.allocated_fen <> p.allocations OR p.held_fen <> p.held
      UNION ALL
      SELECT 1e15::bigint + a.credit_id, NULL::bigint, a.employer_id, a.person_id, a.allocations, a.movement,
             'credit applied ' || a.credit_id || coalesce(' (' || ${creditPayer('a')} || ')', '')
               || ': movement ' || ${yuan('a.movement')} || ', its allocations ' || ${yuan('a.allocations')}
        FROM applied a WHERE a.movement <> a.allocations
      UNION ALL
      SELECT 2e15::bigint + row_number() OVER (ORDER BY c.payer_kind, c.employer_id, c.person_id), NULL::bigint,
             c.employer_id, c.person_id, 0, c.balance,
             ${creditPayer('c')} || ': credit overdrawn, balance ' || ${yuan('c.balance')}
        FROM balances c WHERE c.balance < 0
    )`,
  );
}

/**
 * `payment_bank`: per payment, the income bank account lines of the entries it paid (its
 * allocations' contributions and late fees, its held credit) add up to its amount; per region, the
 * bank account's net of everything collection booked equals the payments less approved refunds.
 */
function checkPaymentBank(db: Executor): Promise<CheckOutcome> {
  return runReconcileCheck(
    db,
    'payment_bank',
    sql`entries AS (
      SELECT payment_id, entry_id FROM payment_allocations WHERE payment_id IS NOT NULL
      UNION
      SELECT payment_id, entry_id FROM payer_credits WHERE movement = 'held' AND payment_id IS NOT NULL
    ), bank AS (
      SELECT x.payment_id, sum(CASE WHEN l.side = 'debit' THEN l.amount_fen ELSE -l.amount_fen END)::bigint AS fen
        FROM entries x
        JOIN journal_lines l ON l.entry_id = x.entry_id
        JOIN ledger_accounts a ON a.id = l.account_id AND a.kind = 'bank_income'
       GROUP BY 1
    ), per_payment AS (
      SELECT p.*, coalesce(k.fen, 0) AS banked FROM payments p LEFT JOIN bank k ON k.payment_id = p.id
    ), booked AS (
      SELECT a.region_code, sum(CASE WHEN l.side = 'debit' THEN l.amount_fen ELSE -l.amount_fen END)::bigint AS fen
        FROM journal_entries e
        JOIN journal_lines l ON l.entry_id = e.id
        JOIN ledger_accounts a ON a.id = l.account_id AND a.kind = 'bank_income'
       WHERE e.source_module = 'collection'
       GROUP BY 1
    ), received AS (
      SELECT region_code, sum(amount_fen)::bigint AS fen FROM (
        SELECT region_code, amount_fen FROM payments
        UNION ALL
        SELECT region_code, -amount_fen FROM refunds WHERE status = 'approved') m
       GROUP BY 1
    ), per_region AS (
      SELECT coalesce(b.region_code, r.region_code) AS region_code, coalesce(r.fen, 0) AS received,
             coalesce(b.fen, 0) AS booked
        FROM booked b FULL JOIN received r ON r.region_code = b.region_code
    ), compared AS (
      SELECT 'payment' FROM per_payment UNION ALL SELECT 'region' FROM per_region
    ), diffs AS (
      SELECT p.id AS ord, p.id AS payment_id, p.employer_id, p.person_id, p.amount_fen AS expected_fen,
             p.banked AS actual_fen,
             ${paymentName('p')} || ': amount ' || ${yuan('p.amount_fen')} || ', income bank account lines of its entries '
               || ${yuan('p.banked')} AS detail
        FROM per_payment p WHERE p.amount_fen <> p.banked
      UNION ALL
      SELECT -row_number() OVER (ORDER BY r.region_code), NULL::bigint, NULL::bigint, NULL::bigint, r.received,
             r.booked,
             'region ' || r.region_code || ': payments less approved refunds ' || ${yuan('r.received')}
               || ', income bank account net of collection entries ' || ${yuan('r.booked')}
        FROM per_region r WHERE r.received <> r.booked
    )`,
  );
}

export const paymentAllocationCheck: ReconcileCheck = {
  kind: 'payment_allocation',
  run: (db) => checkPaymentAllocation(db),
};
export const paymentBankCheck: ReconcileCheck = { kind: 'payment_bank', run: (db) => checkPaymentBank(db) };
