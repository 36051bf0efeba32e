/**
 * The set-based checks of control reconciliation. Each is one SQL statement over the whole ledger
 * that returns how many things it compared, how many differ, and the first differences (bounded).
 * Nothing here writes; the caller runs every check inside one snapshot. `runReconcileCheck` is
 * the same runner for the checks of other modules (collection's, handed to `reconcile`).
 */
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../../db/connection.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import type { ReconcileDifferenceKind } from '../../../db/schema.ts';

/** Differences kept per check; the count of all of them is kept too. */
export const DIFFERENCES_PER_CHECK_MAX = 1_000;

/** One difference as found (before it is numbered and stored). */
export interface FoundDifference {
  readonly kind: ReconcileDifferenceKind;
  readonly accountId: number | null;
  readonly personId: number | null;
  readonly fund: string | null;
  readonly entryId: number | null;
  readonly batchNo: number | null;
  readonly expected: number | null;
  readonly actual: number | null;
  readonly detail: string;
  /** The bill, payment and employer a collection check names (null for the ledger's own checks). */
  readonly billId?: number | null;
  readonly paymentId?: number | null;
  readonly employerId?: number | null;
}

/** The outcome of one check. */
export interface CheckOutcome {
  readonly kind: ReconcileDifferenceKind;
  readonly checked: number;
  readonly differences: number;
  readonly listed: readonly FoundDifference[];
}

/** A check another module adds to the run: it reads the run's snapshot and the day it runs on (China date). */
export interface ReconcileCheck {
  readonly kind: ReconcileDifferenceKind;
  run(db: Db, on: CalendarDate): Promise<CheckOutcome>;
}

/** The columns a difference row of `diffs` may have; those a check does not name are absent. */
interface DiffRow {
  account_id?: number | null;
  person_id?: number | null;
  fund?: string | null;
  entry_id?: number | null;
  bill_id?: number | null;
  payment_id?: number | null;
  employer_id?: number | null;
  expected_fen?: number | string | null;
  actual_fen?: number | string | null;
  detail?: string | null;
}

interface CheckRow {
  checked: number | string;
  total: number | string;
  diff: DiffRow | string | null;
}

const idOf = (value: number | string | null | undefined): number | null =>
  value === null || value === undefined ? null : Number(value);

/**
 * Runs a check written as CTEs `compared` (every thing compared) and `diffs` (those that differ,
 * with an `ord` to list them by, a `detail` and any of the DiffRow columns): always one row at
 * least, so the counts arrive even when nothing differs.
 */
export async function runReconcileCheck(
  db: Db,
  kind: ReconcileDifferenceKind,
  ctes: RawBuilder<unknown>,
): Promise<CheckOutcome> {
  const { rows } = await sql<CheckRow>`
    WITH ${ctes}
    SELECT t.checked, t.total, CASE WHEN d.ord IS NULL THEN NULL ELSE to_jsonb(d) END AS diff
    FROM (SELECT (SELECT count(*) FROM compared) AS checked, (SELECT count(*) FROM diffs) AS total) t
    LEFT JOIN LATERAL (SELECT * FROM diffs ORDER BY ord LIMIT ${DIFFERENCES_PER_CHECK_MAX}) d ON true`.execute(db);
  const first = rows[0];
  const listed = rows.flatMap((row) => {
    if (row.diff === null) return [];
    const d: DiffRow = typeof row.diff === 'string' ? (JSON.parse(row.diff) as DiffRow) : row.diff;
    return [
      {
        kind,
        accountId: idOf(d.account_id),
        personId: idOf(d.person_id),
        fund: d.fund ?? null,
        entryId: idOf(d.entry_id),
        batchNo: null,
        expected: idOf(d.expected_fen),
        actual: idOf(d.actual_fen),
        detail: d.detail ?? '',
        billId: idOf(d.bill_id),
        paymentId: idOf(d.payment_id),
        employerId: idOf(d.employer_id),
      },
    ];
  });
  return { kind, checked: Number(first?.checked ?? 0), differences: Number(first?.total ?? 0), listed };
}

/** Every ledger_balances row equals its account's lines replayed; accounts with lines need a row. */
export function checkBalanceCache(db: Db): Promise<CheckOutcome> {
  return runReconcileCheck(
    db,
    'balance_cache',
    sql`replay AS (
      SELECT account_id,
        sum(CASE WHEN side = 'debit' THEN amount_fen ELSE 0 END)::bigint AS debit_fen,
        sum(CASE WHEN side = 'credit' THEN amount_fen ELSE 0 END)::bigint AS credit_fen
      FROM journal_lines GROUP BY account_id
    ), compared AS (
      SELECT a.id, a.fund, a.code, a.normal_side, b.account_id IS NOT NULL AS cached,
        coalesce(r.debit_fen, 0) AS exp_debit, coalesce(r.credit_fen, 0) AS exp_credit,
        b.debit_fen AS act_debit, b.credit_fen AS act_credit, b.balance_fen AS act_balance
      FROM ledger_accounts a
      LEFT JOIN replay r ON r.account_id = a.id
      LEFT JOIN ledger_balances b ON b.account_id = a.id
      WHERE r.account_id IS NOT NULL OR b.account_id IS NOT NULL
    ), expected AS (
      SELECT c.*, CASE WHEN c.normal_side = 'debit' THEN c.exp_debit - c.exp_credit
                       ELSE c.exp_credit - c.exp_debit END AS exp_balance
      FROM compared c
    ), diffs AS (
      SELECT e.id AS ord, e.id AS account_id, NULL::bigint AS person_id, e.fund, NULL::bigint AS entry_id,
        e.exp_balance AS expected_fen, e.act_balance AS actual_fen,
        CASE WHEN NOT e.cached THEN 'account ' || e.code || ' has journal lines but no balance row'
             ELSE 'account ' || e.code || ' cache debit ' || e.act_debit || ' credit ' || e.act_credit
                  || ' balance ' || e.act_balance || ', journal debit ' || e.exp_debit || ' credit '
                  || e.exp_credit || ' balance ' || e.exp_balance END AS detail
      FROM expected e
      WHERE NOT e.cached OR e.act_debit <> e.exp_debit OR e.act_credit <> e.exp_credit
         OR e.act_balance <> e.exp_balance
    )`,
  );
}

/**
 * Every individual account's cached balance equals its lines replayed: the lines naming the person
 * on the fund's individual_liability accounts (credit-normal). Lines for a person without an
 * account of that fund are differences too.
 */
export function checkIndividualCache(db: Db): Promise<CheckOutcome> {
  return runReconcileCheck(
    db,
    'individual_cache',
    sql`replay AS (
      SELECT l.person_id, a.fund,
        sum(CASE WHEN l.side = 'credit' THEN l.amount_fen ELSE -l.amount_fen END)::bigint AS balance_fen
      FROM journal_lines l JOIN ledger_accounts a ON a.id = l.account_id
      WHERE l.person_id IS NOT NULL AND a.kind = 'individual_liability'
      GROUP BY l.person_id, a.fund
    ), compared AS (
      SELECT coalesce(i.person_id, r.person_id) AS person_id, coalesce(i.fund, r.fund) AS fund,
        i.person_id IS NOT NULL AS has_account, coalesce(r.balance_fen, 0) AS exp_balance, i.balance_fen AS act_balance
      FROM individual_accounts i
      FULL JOIN replay r ON r.person_id = i.person_id AND r.fund = i.fund
    ), diffs AS (
      SELECT row_number() OVER (ORDER BY c.person_id, c.fund) AS ord, NULL::bigint AS account_id, c.person_id,
        c.fund, NULL::bigint AS entry_id, c.exp_balance AS expected_fen, c.act_balance AS actual_fen,
        CASE WHEN NOT c.has_account THEN 'person ' || c.person_id || ' has ' || c.fund
                  || ' individual lines but no individual account'
             ELSE 'person ' || c.person_id || ' ' || c.fund || ' individual account cache ' || c.act_balance
                  || ', journal ' || c.exp_balance END AS detail
      FROM compared c
      WHERE NOT c.has_account OR c.act_balance <> c.exp_balance
    )`,
  );
}

/**
 * Per fund and region, the individual accounts add up to the individual_liability control account:
 * the cached individual balances against the control account's cached balance, and the lines that
 * name a person against all the control account's lines (a line without a person breaks it).
 */
export function checkControlTotals(db: Db): Promise<CheckOutcome> {
  return runReconcileCheck(
    db,
    'control_total',
    sql`control AS (
      SELECT a.id, a.code, a.fund, a.region_code FROM ledger_accounts a WHERE a.kind = 'individual_liability'
    ), cached_individual AS (
      SELECT fund, region_code, sum(balance_fen)::bigint AS balance_fen FROM individual_accounts GROUP BY fund, region_code
    ), replayed AS (
      SELECT l.account_id,
        sum(CASE WHEN l.side = 'credit' THEN l.amount_fen ELSE -l.amount_fen END)::bigint AS all_fen,
        sum(CASE WHEN l.person_id IS NULL THEN 0 WHEN l.side = 'credit' THEN l.amount_fen ELSE -l.amount_fen END)::bigint
          AS person_fen
      FROM journal_lines l JOIN control c ON c.id = l.account_id GROUP BY l.account_id
    ), compared AS (
      SELECT c.id, c.code, c.fund, c.region_code, coalesce(b.balance_fen, 0) AS control_cached,
        coalesce(ci.balance_fen, 0) AS individual_cached, coalesce(r.all_fen, 0) AS control_replayed,
        coalesce(r.person_fen, 0) AS individual_replayed
      FROM control c
      LEFT JOIN ledger_balances b ON b.account_id = c.id
      LEFT JOIN cached_individual ci ON ci.fund = c.fund AND ci.region_code = c.region_code
      LEFT JOIN replayed r ON r.account_id = c.id
    ), diffs AS (
      SELECT c.id * 2 AS ord, c.id AS account_id, NULL::bigint AS person_id, c.fund, NULL::bigint AS entry_id,
        c.control_cached AS expected_fen, c.individual_cached AS actual_fen,
        'cached: control account ' || c.code || ' ' || c.control_cached || ', individual accounts of '
          || c.region_code || ' ' || c.individual_cached AS detail
      FROM compared c WHERE c.control_cached <> c.individual_cached
      UNION ALL
      SELECT c.id * 2 + 1, c.id, NULL::bigint, c.fund, NULL::bigint, c.control_replayed, c.individual_replayed,
        'replayed: control account ' || c.code || ' ' || c.control_replayed || ', lines naming a person '
          || c.individual_replayed
      FROM compared c WHERE c.control_replayed <> c.individual_replayed
    )`,
  );
}

/** Every journal entry has lines, and its debits equal its credits. */
export function checkEntriesBalance(db: Db): Promise<CheckOutcome> {
  return runReconcileCheck(
    db,
    'entry_unbalanced',
    sql`compared AS (
      SELECT e.id, count(l.entry_id) AS lines,
        coalesce(sum(CASE WHEN l.side = 'debit' THEN l.amount_fen ELSE 0 END), 0)::bigint AS debit_fen,
        coalesce(sum(CASE WHEN l.side = 'credit' THEN l.amount_fen ELSE 0 END), 0)::bigint AS credit_fen
      FROM journal_entries e LEFT JOIN journal_lines l ON l.entry_id = e.id
      GROUP BY e.id
    ), diffs AS (
      SELECT c.id AS ord, NULL::bigint AS account_id, NULL::bigint AS person_id, NULL::text AS fund,
        c.id AS entry_id, c.debit_fen AS expected_fen, c.credit_fen AS actual_fen,
        CASE WHEN c.lines = 0 THEN 'entry ' || c.id || ' has no lines'
             ELSE 'entry ' || c.id || ' debits ' || c.debit_fen || ' credits ' || c.credit_fen END AS detail
      FROM compared c WHERE c.lines = 0 OR c.debit_fen <> c.credit_fen
    )`,
  );
}

/**
 * The current rights records equal their versions replayed (docs/decisions.md 35): per key, the
 * latest version, unless withdrawn, is the projection row field by field, and every projection row
 * has such a version. Compared: every key of either side.
 */
export function checkRightsProjection(db: Db): Promise<CheckOutcome> {
  return runReconcileCheck(
    db,
    'rights_projection',
    sql`latest AS (
      SELECT DISTINCT ON (v.person_id, v.scheme, v.period, v.payer_id) v.*
      FROM rights_record_versions v
      ORDER BY v.person_id, v.scheme, v.period, v.payer_id, v.rights_version DESC
    ), replayed AS (
      SELECT * FROM latest WHERE status <> 'withdrawn'
    ), compared AS (
      SELECT coalesce(r.person_id, v.person_id) AS person_id, coalesce(r.scheme, v.scheme) AS scheme,
        coalesce(r.period, v.period) AS period, coalesce(r.employer_id, v.employer_id) AS employer_id,
        r.person_id IS NOT NULL AS projected, v.person_id IS NOT NULL AS versioned,
        (r.status, r.region_code, r.base_fen, r.employer_fen, r.employee_fen, r.account_credit_fen, r.source,
         r.entry_id, r.paid_on, r.due_on)
          IS NOT DISTINCT FROM
        (v.status, v.region_code, v.base_fen, v.employer_fen, v.employee_fen, v.account_credit_fen, v.source,
         v.entry_id, v.paid_on, v.due_on) AS same,
        r.status AS projected_status, v.status AS replayed_status
      FROM rights_records r
      FULL JOIN replayed v ON v.person_id = r.person_id AND v.scheme = r.scheme AND v.period = r.period
                          AND v.payer_id = coalesce(r.employer_id, 0)
    ), diffs AS (
      SELECT row_number() OVER (ORDER BY c.person_id, c.scheme, c.period, c.employer_id) AS ord,
        NULL::bigint AS account_id, c.person_id, c.scheme AS fund, NULL::bigint AS entry_id,
        NULL::bigint AS expected_fen, NULL::bigint AS actual_fen,
        'person ' || c.person_id || ' ' || c.scheme || ' ' || c.period || ' payer ' || coalesce(c.employer_id, 0)
          || CASE WHEN NOT c.versioned THEN ': current record ' || c.projected_status || ' has no version'
                  WHEN NOT c.projected THEN ': latest version ' || c.replayed_status || ' has no current record'
                  ELSE ': current record (' || c.projected_status || ') differs from its latest version ('
                       || c.replayed_status || ')' END AS detail
      FROM compared c
      WHERE NOT (c.projected AND c.versioned AND c.same)
    )`,
  );
}
