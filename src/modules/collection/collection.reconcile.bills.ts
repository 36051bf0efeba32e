/**
 * Reconciliation of bills: every bill's amounts equal its lines, and what the open
 * lines owe is what the ledger holds as receivable, per bill and per account (region, fund, payer
 * kind), less the payers' credit the receivables hold in the pension fund.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { runReconcileCheck, type CheckOutcome, type ReconcileCheck } from '../ledger/index.ts';
import { billName, yuan } from './collection.reconcile.sql.ts';

type Executor = Kysely<Database>;

/**
 * `bill_lines`: a bill's total is the sum of its lines, its paid amount the sum of its paid lines,
 * and its status agrees (paid exactly when all is paid; a cancelled bill has nothing paid).
 */
function checkBillLines(db: Executor): Promise<CheckOutcome> {
  return runReconcileCheck(
    db,
    'bill_lines',
    sql`lines AS (
      SELECT bill_id, sum(employer_fen + employee_fen)::bigint AS total,
             coalesce(sum(employer_fen + employee_fen) FILTER (WHERE status = 'paid'), 0)::bigint AS paid
        FROM bill_lines GROUP BY bill_id
    ), compared AS (
      SELECT b.*, coalesce(l.total, 0) AS lines_total, coalesce(l.paid, 0) AS lines_paid
        FROM contribution_bills b LEFT JOIN lines l ON l.bill_id = b.id
    ), diffs AS (
      SELECT c.id * 3 AS ord, c.id AS bill_id, c.employer_id, c.person_id, c.lines_total AS expected_fen,
             c.total_fen AS actual_fen,
             ${billName('c')} || ': total ' || ${yuan('c.total_fen')} || ', its lines ' || ${yuan('c.lines_total')} AS detail
        FROM compared c WHERE c.total_fen <> c.lines_total
      UNION ALL
      SELECT c.id * 3 + 1, c.id, c.employer_id, c.person_id, c.lines_paid, c.paid_fen,
             ${billName('c')} || ': paid ' || ${yuan('c.paid_fen')} || ', its paid lines ' || ${yuan('c.lines_paid')}
        FROM compared c WHERE c.paid_fen <> c.lines_paid
      UNION ALL
      SELECT c.id * 3 + 2, c.id, c.employer_id, c.person_id, c.total_fen, c.paid_fen,
             ${billName('c')} || ': status ' || c.status || ' with ' || ${yuan('c.paid_fen')} || ' of '
               || ${yuan('c.total_fen')} || ' paid'
        FROM compared c
       WHERE (c.status = 'paid' AND c.paid_fen <> c.total_fen)
          OR (c.status = 'open' AND c.total_fen > 0 AND c.paid_fen = c.total_fen)
          OR (c.status = 'cancelled' AND c.paid_fen <> 0)
    )`,
  );
}

/** The open lines' amounts per bill and fund (lines of cancelled bills owe nothing). */
const OPEN_LINES = sql`open_lines AS (
  SELECT b.id AS bill_id, b.payer_kind, b.region_code, l.scheme AS fund,
         coalesce(sum(l.employer_fen + l.employee_fen)
                  FILTER (WHERE l.status = 'open' AND b.status <> 'cancelled'), 0)::bigint AS owed
    FROM contribution_bills b JOIN bill_lines l ON l.bill_id = b.id
   GROUP BY b.id, b.payer_kind, b.region_code, l.scheme
)`;

/**
 * `bill_receivable`: (1) per bill and fund, the receivable lines of the entries booked for the bill
 * (source 'bill:<id>') on the payer's kind of receivable equal its open lines, and none sit on the
 * other kind; (2) per account, the employer and person receivables equal the open lines of their
 * payers less those payers' credit (pension), and contributions billed equals all open lines.
 */
function checkBillReceivable(db: Executor): Promise<CheckOutcome> {
  return runReconcileCheck(
    db,
    'bill_receivable',
    sql`${OPEN_LINES}, booked AS (
      SELECT substr(e.source_ref, 6)::bigint AS bill_id, a.fund, a.kind,
             sum(CASE WHEN l.side = 'debit' THEN l.amount_fen ELSE -l.amount_fen END)::bigint AS fen
        FROM journal_entries e
        JOIN journal_lines l ON l.entry_id = e.id
        JOIN ledger_accounts a ON a.id = l.account_id AND a.kind IN ('employer_receivable', 'person_receivable')
       WHERE e.source_module = 'collection' AND e.source_ref LIKE 'bill:%'
       GROUP BY 1, 2, 3
    ), per_bill AS (
      SELECT coalesce(o.bill_id, k.bill_id) AS bill_id, coalesce(o.fund, k.fund) AS fund, coalesce(o.owed, 0) AS owed,
             coalesce(sum(k.fen) FILTER (WHERE k.kind = CASE WHEN b.payer_kind = 'employer' THEN 'employer_receivable'
                                                             ELSE 'person_receivable' END), 0)::bigint AS booked,
             coalesce(sum(k.fen) FILTER (WHERE b.id IS NULL OR k.kind <> CASE WHEN b.payer_kind = 'employer'
                                          THEN 'employer_receivable' ELSE 'person_receivable' END), 0)::bigint AS astray
        FROM open_lines o
        FULL JOIN booked k ON k.bill_id = o.bill_id AND k.fund = o.fund
        LEFT JOIN contribution_bills b ON b.id = coalesce(o.bill_id, k.bill_id)
       GROUP BY 1, 2, 3
    ), owed_by AS (
      SELECT region_code, fund, payer_kind, sum(owed)::bigint AS owed FROM open_lines GROUP BY 1, 2, 3
    ), credit_by AS (
      SELECT region_code, payer_kind, sum(amount_fen)::bigint AS credit FROM payer_credits GROUP BY 1, 2
    ), accounts AS (
      SELECT a.id, a.code, a.fund, a.kind, coalesce(bal.balance_fen, 0) AS balance,
             CASE a.kind
               WHEN 'contributions_billed' THEN (SELECT coalesce(sum(o.owed), 0) FROM owed_by o
                                                  WHERE o.region_code = a.region_code AND o.fund = a.fund)
               ELSE coalesce((SELECT o.owed FROM owed_by o WHERE o.region_code = a.region_code AND o.fund = a.fund
                                AND o.payer_kind = CASE a.kind WHEN 'employer_receivable' THEN 'employer'
                                                               ELSE 'flexible' END), 0)
                    - CASE WHEN a.fund = 'pension' THEN coalesce((SELECT c.credit FROM credit_by c
                        WHERE c.region_code = a.region_code AND c.payer_kind = CASE a.kind
                          WHEN 'employer_receivable' THEN 'employer' ELSE 'flexible' END), 0) ELSE 0 END
             END::bigint AS expected
        FROM ledger_accounts a LEFT JOIN ledger_balances bal ON bal.account_id = a.id
       WHERE a.kind IN ('employer_receivable', 'person_receivable', 'contributions_billed')
    ), compared AS (
      SELECT bill_id::text AS what FROM per_bill UNION ALL SELECT code FROM accounts
    ), diffs AS (
      SELECT p.bill_id * 8 + ${sql.raw(fundOrder('p.fund'))} AS ord, NULL::bigint AS account_id, p.bill_id,
             b.employer_id, b.person_id, p.fund, p.owed AS expected_fen, p.booked AS actual_fen,
             coalesce(${billName('b')}, 'bill ' || p.bill_id || ' (not found)') || ' ' || p.fund || ': open lines '
               || ${yuan('p.owed')} || ', ledger receivable ' || ${yuan('p.booked')}
               || CASE WHEN p.astray <> 0 THEN ', and ' || ${yuan('p.astray')} || ' on the other payer kind''s receivable'
                       ELSE '' END AS detail
        FROM per_bill p LEFT JOIN contribution_bills b ON b.id = p.bill_id
       WHERE p.owed <> p.booked OR p.astray <> 0
      UNION ALL
      SELECT -a.id, a.id, NULL::bigint, NULL::bigint, NULL::bigint, a.fund, a.expected, a.balance,
             'account ' || a.code || ': balance ' || ${yuan('a.balance')} || ', open bill lines'
               || CASE WHEN a.kind <> 'contributions_billed' AND a.fund = 'pension' THEN ' less credit held ' ELSE ' ' END
               || ${yuan('a.expected')} AS detail
        FROM accounts a WHERE a.balance <> a.expected
    )`,
  );
}

/** `ord` position of a fund (so differences list in ledger order within a bill). */
function fundOrder(column: string): string {
  return `CASE ${column} WHEN 'pension' THEN 0 WHEN 'medical' THEN 1 WHEN 'unemployment' THEN 2 ELSE 3 END`;
}

export const billLinesCheck: ReconcileCheck = { kind: 'bill_lines', run: (db) => checkBillLines(db) };
export const billReceivableCheck: ReconcileCheck = { kind: 'bill_receivable', run: (db) => checkBillReceivable(db) };
