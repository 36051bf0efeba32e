/**
 * What a statement is computed from, read in ONE SQL statement (issue 5, performance (c)): the
 * person, the agency, the cumulative months, the year's records, the individual accounts' balances
 * and the year's lines, as one JSON document the driver parses once. One round trip, one plan, one
 * snapshot; the rules of `ledger.statements.rules.ts` then build the statement from these facts.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { centsFromInteger, type Cents } from '../../kernel/cents.ts';
import { rejectRegistration } from '../registration/index.ts';
import { FUNDS, type Fund, type IndividualFund, type RightsStatus, type Side } from './ledger.model.ts';
import { COUNTING_STATUSES } from './ledger.rights.rules.ts';
import { movementCategory, type AccountLineFact, type StatementRecordFact } from './ledger.statements.rules.ts';

type Executor = Kysely<Database> | Transaction<Database>;
type EntryKind = 'posting' | 'reversal';

/** The counting statuses of the rights rules as an SQL list (it matches rights_records_counting_idx). */
const countingStatuses = sql.join([...COUNTING_STATUSES].map((status) => sql.lit(status)));

/**
 * `cumulativeMonths(recordsKnownAt(records up to December of year, knownAt))` of the rights rules,
 * counted by the database: the distinct periods per scheme of the records with a counting status
 * that were known at `knownAt` (a record without a paying entry when last changed by then, one with
 * an entry when that entry was booked by then; a back-paid month whose payment came later was still
 * in arrears, so it does not count). An index-only scan of rights_records_counting_idx. The paying
 * entry is looked up only when some entry of the journal was booked after `knownAt` (one probe of
 * journal_entries_booked_idx per query), so a statement issued now never reads the person's entries.
 * ledger.statements.db.test.ts checks it against the rules.
 */
function cumulativeMonthsSql(personId: number, year: number, knownAt: Date | undefined) {
  const k = knownAt ?? null;
  return sql<{ scheme: Fund; months: number }>`
    SELECT r.scheme, count(DISTINCT r.period)::int AS months
      FROM rights_records r
     WHERE r.person_id = ${personId}
       AND r.period <= ${`${year}12`}
       AND r.status IN (${countingStatuses})
       AND CASE WHEN ${k}::timestamptz IS NULL THEN true
                WHEN r.entry_id IS NULL THEN r.updated_at <= ${k}::timestamptz
                WHEN NOT EXISTS (SELECT 1 FROM journal_entries l WHERE l.booked_at > ${k}::timestamptz) THEN true
                ELSE (SELECT j.booked_at FROM journal_entries j WHERE j.id = r.entry_id) <= ${k}::timestamptz END
     GROUP BY r.scheme`;
}

function monthsByScheme(counted: ReadonlyArray<readonly [string, number]>): Record<Fund, number> {
  const months: Record<Fund, number> = { pension: 0, medical: 0, unemployment: 0, work_injury: 0 };
  for (const [scheme, n] of counted) months[scheme as Fund] = Number(n);
  return months;
}

/** The cumulative months of `cumulativeMonthsSql` on their own (statementOf reads them with the rest). */
export async function cumulativeMonthsOf(
  db: Executor,
  personId: number,
  year: number,
  knownAt?: Date,
): Promise<Record<Fund, number>> {
  const { rows } = await cumulativeMonthsSql(personId, year, knownAt).execute(db);
  return monthsByScheme(rows.map((r) => [r.scheme, r.months] as const));
}

/** A record of the year: scheme, period, status, employer name, base, employer, employee, account credit, updated_at, booked_at. */
type RecordTuple = [Fund, string, RightsStatus, string | null, number, number, number, number, string, string | null];
/** An individual account the person has: fund, opening, closing (fen, credit-normal). */
type BalanceTuple = [string, number, number];
/** A line of the year on an individual account: fund, side, amount, the entry's kind, source and key. */
type LineTuple = [string, Side, number, [EntryKind, string, string]];

interface StatementDocument {
  readonly person: [name: string, idMasked: string, agencyName: string] | null;
  readonly cumulative: Partial<Record<Fund, number>> | null;
  readonly records: RecordTuple[] | null;
  readonly balances: BalanceTuple[] | null;
  readonly lines: LineTuple[] | null;
}

/** The facts of a statement, before the rules build it (records not yet taken as known at `knownAt`). */
export interface StatementFacts {
  readonly name: string;
  readonly idMasked: string;
  readonly agencyName: string;
  readonly cumulativeMonths: Record<Fund, number>;
  readonly records: StatementRecordFact[];
  readonly balances: Array<{ fund: IndividualFund; opening: Cents; closing: Cents }>;
  readonly lines: AccountLineFact[];
}

/**
 * One statement, as known at `knownAt` (every part filters on it, as the rules say):
 * - `person`: the name, masked ID and the name of the agency that keeps the registration (one join
 *   by primary key);
 * - `cumulative`: the cumulative months by scheme (`cumulativeMonthsSql`);
 * - `records`: the year's records (`rights_records_period_idx` with `scheme = ANY(every scheme)`,
 *   one descent per scheme), the employer's name and, only with `knownAt`, the paying entry's
 *   `booked_at`, each by primary key per row;
 * - `balances`: per individual account the person has, the balance of the lines of its fund
 *   effective by the end of the previous year (opening) and of the year (closing), credit-normal, as
 *   `individualBalance` computes it (accounts the person lacks are left out: zero on the statement);
 * - `lines`: the lines on the individual accounts effective within the year, with their entry's
 *   kind, source and key (a primary-key lookup per line) for `movementCategory`.
 * The journal is read by `person_id` only (index-only scans of journal_lines_person_idx).
 * Timestamps travel as JSON text with microseconds; `new Date` keeps the milliseconds, as the
 * drivers' timestamptz parsers do.
 */
function statementFactsSql(personId: number, year: number, knownAt: Date | undefined) {
  const k = knownAt ?? null;
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const previousEnd = `${year - 1}-12-31`;
  return sql<{ doc: StatementDocument }>`
    WITH by_account AS (
      SELECT l.account_id,
             sum(CASE WHEN l.side = 'credit' THEN l.amount_fen ELSE -l.amount_fen END)
               FILTER (WHERE l.effective_on <= ${previousEnd}::date) AS opening,
             sum(CASE WHEN l.side = 'credit' THEN l.amount_fen ELSE -l.amount_fen END) AS closing
        FROM journal_lines l
       WHERE l.person_id = ${personId}
         AND l.effective_on <= ${yearEnd}::date
         AND (${k}::timestamptz IS NULL OR l.booked_at <= ${k}::timestamptz)
       GROUP BY l.account_id
    ), by_fund AS (
      SELECT a.fund, sum(b.opening) AS opening, sum(b.closing) AS closing
        FROM by_account b
        JOIN ledger_accounts a ON a.id = b.account_id
       GROUP BY a.fund
    )
    SELECT json_build_object(
      'person', (SELECT json_build_array(p.name, p.id_masked, a.name)
                   FROM persons p
                   JOIN agencies a ON a.id = p.agency_id
                  WHERE p.person_id = ${personId}),
      'cumulative', (SELECT json_object_agg(c.scheme, c.months)
                       FROM (${cumulativeMonthsSql(personId, year, knownAt)}) c),
      'records', (SELECT json_agg(json_build_array(
                           r.scheme, r.period, r.status,
                           (SELECT e.name FROM employers e WHERE e.id = r.employer_id),
                           r.base_fen, r.employer_fen, r.employee_fen, r.account_credit_fen, r.updated_at,
                           CASE WHEN ${k}::timestamptz IS NULL OR r.entry_id IS NULL THEN NULL
                                ELSE (SELECT j.booked_at FROM journal_entries j WHERE j.id = r.entry_id) END))
                    FROM rights_records r
                   WHERE r.person_id = ${personId}
                     AND r.scheme = ANY(${[...FUNDS]}::text[])
                     AND r.period BETWEEN ${`${year}01`} AND ${`${year}12`}),
      'balances', (SELECT json_agg(json_build_array(ia.fund, coalesce(f.opening, 0)::bigint,
                                                    coalesce(f.closing, 0)::bigint))
                     FROM individual_accounts ia
                     LEFT JOIN by_fund f ON f.fund = ia.fund
                    WHERE ia.person_id = ${personId}),
      'lines', (SELECT json_agg(json_build_array(a.fund, l.side, l.amount_fen,
                         (SELECT json_build_array(j.kind, j.source_module, j.idempotency_key)
                            FROM journal_entries j WHERE j.id = l.entry_id)))
                  FROM journal_lines l
                  JOIN ledger_accounts a ON a.id = l.account_id
                 WHERE l.person_id = ${personId}
                   AND l.effective_on BETWEEN ${yearStart}::date AND ${yearEnd}::date
                   AND (${k}::timestamptz IS NULL OR l.booked_at <= ${k}::timestamptz)
                   AND a.kind = 'individual_liability')
    ) AS doc`;
}

const isIndividual = (fund: string): fund is IndividualFund => fund === 'pension' || fund === 'medical';

/** The facts of a person's statement of `year` as known at `knownAt`, in one round trip. */
export async function statementFacts(
  db: Executor,
  personId: number,
  year: number,
  knownAt: Date | undefined,
): Promise<StatementFacts> {
  const { rows } = await statementFactsSql(personId, year, knownAt).execute(db);
  const doc = rows[0]!.doc;
  if (doc.person === null) throw rejectRegistration('person_not_found');
  const [name, idMasked, agencyName] = doc.person;
  const records: StatementRecordFact[] = (doc.records ?? []).map((r) => ({
    scheme: r[0],
    period: r[1],
    status: r[2],
    employerName: r[3],
    base: centsFromInteger(r[4]),
    employer: centsFromInteger(r[5]),
    employee: centsFromInteger(r[6]),
    accountCredit: centsFromInteger(r[7]),
    updatedAt: new Date(r[8]),
    paidBookedAt: r[9] === null ? null : new Date(r[9]),
  }));
  const balances: StatementFacts['balances'] = [];
  for (const [fund, opening, closing] of doc.balances ?? [])
    if (isIndividual(fund))
      balances.push({ fund, opening: centsFromInteger(opening), closing: centsFromInteger(closing) });
  const lines: AccountLineFact[] = [];
  for (const [fund, side, amount, [kind, sourceModule, idempotencyKey]] of doc.lines ?? [])
    if (isIndividual(fund))
      lines.push({
        fund,
        side,
        amount: centsFromInteger(amount),
        category: movementCategory({ kind, sourceModule, idempotencyKey }),
      });
  return {
    name,
    idMasked,
    agencyName,
    cumulativeMonths: monthsByScheme(Object.entries(doc.cumulative ?? {})),
    records,
    balances,
    lines,
  };
}
