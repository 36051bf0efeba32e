/**
 * Reconciliation of arrears: what the arrears page lists (the open lines of open bills
 * past their due day) is what the ledger holds as receivable for periods past due, per region, fund
 * and payer kind; and every late fee's paid amount is what its allocations paid and what the
 * ledger booked into the fund. A late fee still open is not in the ledger (it is booked when paid,
 * decision in docs/decisions.md), so only paid amounts are compared.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { runReconcileCheck, type CheckOutcome, type ReconcileCheck } from '../ledger/index.ts';
import { yuan } from './collection.reconcile.sql.ts';

type Executor = Kysely<Database>;

/**
 * `arrears_receivable` on the day `on`: (1) arrears against the receivable lines of the bills'
 * entries whose period ended before `on` (the ledger's own reading of "past due": a bill is due on
 * the last day of its period); (2) per late fee, paid = allocated = booked into the pooled fund,
 * and its status says whether it is paid.
 */
function checkArrearsReceivable(db: Executor, on: CalendarDate): Promise<CheckOutcome> {
  return runReconcileCheck(
    db,
    'arrears_receivable',
    sql`arrears AS (
      SELECT b.region_code, l.scheme AS fund, b.payer_kind, sum(l.employer_fen + l.employee_fen)::bigint AS fen
        FROM contribution_bills b JOIN bill_lines l ON l.bill_id = b.id
       WHERE b.status = 'open' AND l.status = 'open' AND b.due_on < ${on}::date
       GROUP BY 1, 2, 3
    ), overdue AS (
      SELECT a.region_code, a.fund, CASE a.kind WHEN 'employer_receivable' THEN 'employer' ELSE 'flexible' END AS payer_kind,
             sum(CASE WHEN l.side = 'debit' THEN l.amount_fen ELSE -l.amount_fen END)::bigint AS fen
        FROM journal_entries e
        JOIN journal_lines l ON l.entry_id = e.id
        JOIN ledger_accounts a ON a.id = l.account_id AND a.kind IN ('employer_receivable', 'person_receivable')
       WHERE e.source_module = 'collection' AND e.source_ref LIKE 'bill:%' AND e.period IS NOT NULL
         AND (to_date(e.period, 'YYYYMM') + interval '1 month' - interval '1 day')::date < ${on}::date
       GROUP BY 1, 2, 3
    ), owed AS (
      SELECT coalesce(x.region_code, o.region_code) AS region_code, coalesce(x.fund, o.fund) AS fund,
             coalesce(x.payer_kind, o.payer_kind) AS payer_kind, coalesce(x.fen, 0) AS arrears,
             coalesce(o.fen, 0) AS receivable
        FROM arrears x FULL JOIN overdue o
          ON o.region_code = x.region_code AND o.fund = x.fund AND o.payer_kind = x.payer_kind
    ), fee_alloc AS (
      SELECT late_fee_id, sum(amount_fen)::bigint AS fen FROM payment_allocations
       WHERE late_fee_id IS NOT NULL GROUP BY 1
    ), fee_booked AS (
      SELECT x.late_fee_id, sum(CASE WHEN l.side = 'credit' THEN l.amount_fen ELSE -l.amount_fen END)::bigint AS fen
        FROM (SELECT DISTINCT late_fee_id, entry_id FROM payment_allocations WHERE late_fee_id IS NOT NULL) x
        JOIN journal_lines l ON l.entry_id = x.entry_id
        JOIN ledger_accounts a ON a.id = l.account_id AND a.kind = 'pooled_fund'
       GROUP BY 1
    ), fees AS (
      SELECT f.*, b.employer_id, b.person_id AS payer_person, coalesce(a.fen, 0) AS allocated,
             coalesce(k.fen, 0) AS booked
        FROM late_fees f JOIN contribution_bills b ON b.id = f.bill_id
        LEFT JOIN fee_alloc a ON a.late_fee_id = f.id LEFT JOIN fee_booked k ON k.late_fee_id = f.id
    ), compared AS (
      SELECT 'owed' FROM owed UNION ALL SELECT 'fee' FROM fees
    ), diffs AS (
      SELECT -row_number() OVER (ORDER BY o.region_code, o.fund, o.payer_kind) AS ord, NULL::bigint AS bill_id,
             NULL::bigint AS employer_id, o.fund, o.arrears AS expected_fen, o.receivable AS actual_fen,
             'region ' || o.region_code || ' ' || o.fund || ', ' || CASE o.payer_kind WHEN 'employer' THEN 'employers'
               ELSE 'flexible workers' END || ': arrears (open lines past due) ' || ${yuan('o.arrears')}
               || ', ledger receivable past due ' || ${yuan('o.receivable')} AS detail
        FROM owed o WHERE o.arrears <> o.receivable
      UNION ALL
      SELECT f.id, f.bill_id, f.employer_id, f.scheme, f.paid_fen, f.booked,
             'late fee ' || f.id || ' (bill ' || f.bill_id || ', person ' || f.person_id || ', ' || f.scheme
               || '): paid ' || ${yuan('f.paid_fen')} || ' of ' || ${yuan('f.fee_fen')} || ' (' || f.status
               || '), its allocations ' || ${yuan('f.allocated')} || ', booked into the fund ' || ${yuan('f.booked')}
        FROM fees f
       WHERE f.paid_fen <> f.allocated OR f.allocated <> f.booked
          OR (f.status = 'paid' AND f.paid_fen < f.fee_fen) OR (f.status = 'open' AND f.paid_fen >= f.fee_fen)
    )`,
  );
}

export const arrearsReceivableCheck: ReconcileCheck = {
  kind: 'arrears_receivable',
  run: (db, on) => checkArrearsReceivable(db, on),
};
