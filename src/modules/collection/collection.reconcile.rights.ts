/**
 * Reconciliation of rights records against collection and the journal: a month a
 * person's record shows paid points at the journal entry that booked it, with the same money, and
 * a paid bill line points at that same entry; a month shown owed (due or in arrears) is owed by an
 * open bill line with the same amounts, and every open bill line shows as owed on the record.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { runReconcileCheck, type CheckOutcome, type ReconcileCheck } from '../ledger/index.ts';
import { yuan } from './collection.reconcile.sql.ts';

type Executor = Kysely<Database>;

/** A rights record's month as a difference names it: 'person 7 pension 202601 (employer 3)'. */
function monthName(alias: string) {
  return sql.raw(`'person ' || ${alias}.person_id || ' ' || ${alias}.scheme || ' ' || ${alias}.period || ' ('
    || CASE WHEN ${alias}.employer_id IS NULL THEN 'as a flexible worker' ELSE 'employer ' || ${alias}.employer_id END
    || ')'`);
}

/**
 * `rights_paid`: (1) every paid or back-paid month has an entry of its period whose income bank
 * account lines are its employer + employee amounts and whose individual-account line for the
 * person is its account credit; (2) every paid bill line's month is recorded paid by that entry.
 */
function checkRightsPaid(db: Executor): Promise<CheckOutcome> {
  return runReconcileCheck(
    db,
    'rights_paid',
    sql`paid AS (
      SELECT r.person_id, r.scheme, r.period, r.employer_id, r.entry_id, r.employer_fen + r.employee_fen AS total,
             r.account_credit_fen AS credit
        FROM rights_records r WHERE r.status IN ('paid', 'back_paid')
    ), entries AS (
      SELECT e.id, e.period,
             sum(CASE WHEN a.kind <> 'bank_income' THEN 0 WHEN l.side = 'debit' THEN l.amount_fen
                      ELSE -l.amount_fen END)::bigint AS bank,
             array_agg(DISTINCT a.fund) AS funds
        FROM journal_entries e
        JOIN journal_lines l ON l.entry_id = e.id
        JOIN ledger_accounts a ON a.id = l.account_id
       WHERE e.id IN (SELECT entry_id FROM paid)
       GROUP BY e.id, e.period
    ), credits AS (
      SELECT l.entry_id, l.person_id,
             sum(CASE WHEN l.side = 'credit' THEN l.amount_fen ELSE -l.amount_fen END)::bigint AS fen
        FROM journal_lines l JOIN ledger_accounts a ON a.id = l.account_id AND a.kind = 'individual_liability'
       WHERE l.entry_id IN (SELECT entry_id FROM paid)
       GROUP BY 1, 2
    ), records AS (
      SELECT p.*, e.id AS found, e.period AS entry_period, e.bank, e.funds, coalesce(c.fen, 0) AS credited
        FROM paid p
        LEFT JOIN entries e ON e.id = p.entry_id
        LEFT JOIN credits c ON c.entry_id = p.entry_id AND c.person_id = p.person_id
    ), lines AS (
      SELECT l.bill_id, l.person_id, l.scheme, b.period, b.employer_id, l.entry_id, r.status, r.entry_id AS record_entry
        FROM bill_lines l
        JOIN contribution_bills b ON b.id = l.bill_id
        LEFT JOIN rights_records r ON r.person_id = l.person_id AND r.scheme = l.scheme AND r.period = b.period
                                  AND coalesce(r.employer_id, 0) = coalesce(b.employer_id, 0)
       WHERE l.status = 'paid'
    ), compared AS (
      SELECT 'record' FROM records UNION ALL SELECT 'line' FROM lines
    ), diffs AS (
      SELECT row_number() OVER (ORDER BY r.person_id, r.scheme, r.period) AS ord, r.person_id, r.employer_id,
             r.scheme AS fund, r.entry_id, NULL::bigint AS bill_id, r.total AS expected_fen,
             CASE WHEN r.bank <> r.total THEN r.bank ELSE r.credited END AS actual_fen,
             ${monthName('r')} || CASE
               WHEN r.entry_id IS NULL THEN ': paid without a journal entry'
               WHEN r.found IS NULL THEN ': paid by entry ' || r.entry_id || ', which does not exist'
               WHEN r.entry_period IS DISTINCT FROM r.period THEN ': paid by entry ' || r.entry_id || ' of period '
                 || coalesce(r.entry_period, 'none')
               WHEN NOT r.funds = ARRAY[r.scheme] THEN ': paid by entry ' || r.entry_id || ' of another fund'
               WHEN r.bank <> r.total THEN ': paid ' || ${yuan('r.total')} || ', entry ' || r.entry_id
                 || ' received ' || ${yuan('r.bank')}
               ELSE ': account credit ' || ${yuan('r.credit')} || ', entry ' || r.entry_id || ' credited '
                 || ${yuan('r.credited')} END AS detail
        FROM records r
       WHERE r.found IS NULL OR r.entry_period IS DISTINCT FROM r.period OR NOT r.funds = ARRAY[r.scheme]
          OR r.bank <> r.total OR r.credited <> r.credit
      UNION ALL
      SELECT 1e15::bigint + row_number() OVER (ORDER BY l.bill_id, l.person_id, l.scheme), l.person_id, l.employer_id,
             l.scheme, l.entry_id, l.bill_id, l.entry_id, l.record_entry,
             'bill ' || l.bill_id || ': the paid line of ' || ${monthName('l')} || ' was booked by entry ' || l.entry_id
               || ', its rights record is ' || coalesce(l.status || ' by entry ' || coalesce(l.record_entry::text, 'none'),
                                                         'missing')
        FROM lines l
       WHERE l.status IS NULL OR l.status NOT IN ('paid', 'back_paid') OR l.record_entry IS DISTINCT FROM l.entry_id
    )`,
  );
}

/**
 * `rights_owed`: the open lines of live bills and the months recorded due or in arrears are the
 * same set (person, scheme, period, payer), with the same employer, employee and account-credit
 * amounts.
 */
function checkRightsOwed(db: Executor): Promise<CheckOutcome> {
  return runReconcileCheck(
    db,
    'rights_owed',
    sql`lines AS (
      SELECT l.bill_id, l.person_id, l.scheme, b.period, b.employer_id, l.employer_fen, l.employee_fen,
             l.account_credit_fen
        FROM bill_lines l JOIN contribution_bills b ON b.id = l.bill_id
       WHERE l.status = 'open' AND b.status <> 'cancelled'
    ), owed AS (
      SELECT r.person_id, r.scheme, r.period, r.employer_id, r.status, r.employer_fen, r.employee_fen,
             r.account_credit_fen
        FROM rights_records r WHERE r.status IN ('due', 'arrears')
    ), compared AS (
      SELECT coalesce(l.person_id, o.person_id) AS person_id, coalesce(l.scheme, o.scheme) AS scheme,
             coalesce(l.period, o.period) AS period, coalesce(l.employer_id, o.employer_id) AS employer_id,
             l.bill_id, o.status, l.person_id IS NOT NULL AS billed, o.person_id IS NOT NULL AS recorded,
             coalesce(l.employer_fen + l.employee_fen, 0) AS line_total,
             coalesce(o.employer_fen + o.employee_fen, 0) AS record_total,
             l.employer_fen AS l_employer, o.employer_fen AS o_employer, l.account_credit_fen AS l_credit,
             o.account_credit_fen AS o_credit
        FROM lines l
        FULL JOIN owed o ON o.person_id = l.person_id AND o.scheme = l.scheme AND o.period = l.period
                        AND coalesce(o.employer_id, 0) = coalesce(l.employer_id, 0)
    ), diffs AS (
      SELECT row_number() OVER (ORDER BY c.person_id, c.scheme, c.period, c.employer_id) AS ord, c.person_id,
             c.employer_id, c.scheme AS fund, c.bill_id, c.line_total AS expected_fen, c.record_total AS actual_fen,
             ${monthName('c')} || CASE
               WHEN NOT c.recorded THEN ': owed on bill ' || c.bill_id || ' (' || ${yuan('c.line_total')}
                 || '), but the rights record does not show it due or in arrears'
               WHEN NOT c.billed THEN ': recorded ' || c.status || ' (' || ${yuan('c.record_total')}
                 || '), but no open bill line owes it'
               ELSE ': bill ' || c.bill_id || ' owes ' || ${yuan('c.line_total')} || ' (account credit '
                 || ${yuan('c.l_credit')} || '), the rights record ' || ${yuan('c.record_total')} || ' (account credit '
                 || ${yuan('c.o_credit')} || ')' END AS detail
        FROM compared c
       WHERE NOT c.billed OR NOT c.recorded OR c.line_total <> c.record_total OR c.l_employer <> c.o_employer
          OR c.l_credit <> c.o_credit
    )`,
  );
}

export const rightsPaidCheck: ReconcileCheck = { kind: 'rights_paid', run: (db) => checkRightsPaid(db) };
export const rightsOwedCheck: ReconcileCheck = { kind: 'rights_owed', run: (db) => checkRightsOwed(db) };
