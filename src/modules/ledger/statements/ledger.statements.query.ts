/**
 * What a statement is computed from. Read from the ledger in ONE SQL
 * statement (`statementFactsSql`): the person, the agency, the cumulative months, the year's
 * records, the opening balances and the year's lines, as one JSON document the driver parses once:
 * one round trip, one plan, one snapshot. The current statement's ledger parts are then kept in
 * statement_summaries with the person's watermark (0022_statement_summaries.sql), and the next
 * reader takes them from there while the watermark stands (`keptStatementSql`: a few buffers).
 * A statement as issued is read as known (`StatementKnowledge`): from the rights records' versions
 * and the journal lines its marks cover. The rules of `ledger.statements.rules.ts` build the
 * statement from these facts.
 */
import { sql } from 'kysely';
import { PREPARED_QUERY, type Executor } from '../../../db/connection.ts';
import { centsFromInteger, type Cents } from '../../../kernel/cents.ts';
import { rejectRegistration } from '../../registration/index.ts';
import { FUNDS, type Fund, type IndividualFund, type RightsStatus, type Side } from '../ledger.model.ts';
import { COUNTING_STATUSES } from '../rights/ledger.rights.rules.ts';
import {
  movementCategory,
  type AccountLineFact,
  type MovementCategory,
  type StatementRecordFact,
} from './ledger.statements.rules.ts';

type EntryKind = 'posting' | 'reversal';

/** The counting statuses of the rights rules as an SQL list (it matches rights_records_counting_idx). */
const countingStatuses = sql.join([...COUNTING_STATUSES].map((status) => sql.lit(status)));

/**
 * What a statement as issued knew (docs/decisions.md 35). `marks`, read in the snapshot its content
 * was read in: the person's rights version (the versions at or below it, exactly) and the newest
 * journal entry on the person's individual accounts (the person's lines at or below it). Without
 * marks (statements issued before they were kept), the instant: versions recorded and lines booked
 * by then.
 */
export interface StatementKnowledge {
  readonly at: Date;
  readonly marks?: StatementMarks | undefined;
}

/** The marks a statement keeps (rights_statements.rights_version, entry_mark). */
export interface StatementMarks {
  readonly rightsVersion: number;
  readonly entryMark: number;
}

/** The knowledge as SQL parameters: the instant, and the marks or nulls. */
function knowledgeParams(known: StatementKnowledge) {
  return { at: known.at, version: known.marks?.rightsVersion ?? null, entry: known.marks?.entryMark ?? null };
}

/**
 * `cumulativeMonths` of the rights rules over the records up to December of `year`, counted by the
 * database: the distinct periods per scheme with a counting status. Current: an index-only scan of
 * rights_records_counting_idx. As known (`known`): per key the latest version within the knowledge,
 * withdrawn ones left out (a scan of the person's versions by primary key). ledger.statements.db.test.ts
 * checks both against the rules.
 */
function cumulativeMonthsSql(personId: number, year: number, known: StatementKnowledge | undefined) {
  if (known === undefined)
    return sql<{ scheme: Fund; months: number }>`
      SELECT r.scheme, count(DISTINCT r.period)::int AS months
        FROM rights_records r
       WHERE r.person_id = ${personId} AND r.period <= ${`${year}12`} AND r.status IN (${countingStatuses})
       GROUP BY r.scheme`;
  return sql<{ scheme: Fund; months: number }>`
    SELECT k.scheme, count(DISTINCT k.period)::int AS months
      FROM (${knownVersionsSql(personId, known, sql`v.period <= ${`${year}12`}`)}) k
     WHERE k.status IN (${countingStatuses})
     GROUP BY k.scheme`;
}

/**
 * The person's records as known: per (scheme, period, payer) the latest version at or below the
 * rights version (or recorded by the instant), `where` narrowing the periods; withdrawn ones are
 * returned (a withdrawn month is no record), the callers filter on status.
 */
function knownVersionsSql(personId: number, known: StatementKnowledge, where: ReturnType<typeof sql>) {
  const { at, version } = knowledgeParams(known);
  return sql`
    SELECT DISTINCT ON (v.scheme, v.period, v.payer_id) v.scheme, v.period, v.status, v.employer_id, v.base_fen,
           v.employer_fen, v.employee_fen, v.account_credit_fen
      FROM rights_record_versions v
     WHERE v.person_id = ${personId} AND ${where}
       AND CASE WHEN ${version}::bigint IS NULL THEN v.recorded_at <= ${at}::timestamptz
                ELSE v.rights_version <= ${version}::bigint END
     ORDER BY v.scheme, v.period, v.payer_id, v.rights_version DESC`;
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
  known?: StatementKnowledge,
): Promise<Record<Fund, number>> {
  const { rows } = await cumulativeMonthsSql(personId, year, known).execute(db);
  return monthsByScheme(rows.map((r) => [r.scheme, r.months] as const));
}

/** A record of the year: scheme, period, status, employer id, base, employer, employee, account credit. */
type RecordTuple = [Fund, string, RightsStatus, number | null, number, number, number, number];
/** A line of the year on an individual account: fund, side, amount, the entry's kind, source and key. */
type LineTuple = [string, Side, number, [EntryKind, string, string]];
/** Per scheme or fund: months, or fen. */
type ByKey = Partial<Record<string, number>>;
/** The year's movements of an individual account by class: fund, category, credit − debit in fen. */
type MovementTuple = [string, MovementCategory, number];
/** What statement_summaries keeps: cumulative months, opening balances, movements, the year's records. */
type Kept = [cumulative: ByKey, opening: ByKey, movements: MovementTuple[], records: RecordTuple[]];
type Names = Partial<Record<string, string>>;

/** What every statement reads live: the person, the agency, the payers' names, the watermark. */
interface LiveDocument {
  readonly person: [name: string, idMasked: string, agencyName: string] | null;
  /**
   * The watermark (0022_statement_summaries.sql: rights version, journal mark) and the newest entry
   * on the person's individual accounts (with the rights version, the marks a statement keeps).
   */
  readonly mark: [rightsVersion: number, journalMark: number, entryMark: number];
  /** The funds of the person's individual accounts (the others are zero on the statement). */
  readonly accounts: string[] | null;
  /** The names of the year's payers by id. */
  readonly employers: Names | null;
}

interface KeptDocument extends LiveDocument {
  /** The kept parts, when they were read at the current watermark. */
  readonly kept: Kept | null;
}

interface FullDocument extends LiveDocument {
  readonly cumulative: ByKey | null;
  readonly opening: ByKey | null;
  readonly records: RecordTuple[] | null;
  readonly lines: LineTuple[] | null;
}

/** The facts of a statement, before the rules build it, with the marks they were read at. */
export interface StatementFacts {
  readonly name: string;
  readonly idMasked: string;
  readonly agencyName: string;
  readonly cumulativeMonths: Record<Fund, number>;
  readonly records: StatementRecordFact[];
  readonly balances: Array<{ fund: IndividualFund; opening: Cents; closing: Cents }>;
  readonly lines: AccountLineFact[];
  /** The marks of the snapshot read (for an as-known read, the current ones, not the knowledge's). */
  readonly marks: StatementMarks;
}

/** The person's watermark and individual accounts, as a CTE named `mark`. */
function markCte(personId: number) {
  return sql`mark AS MATERIALIZED (
      SELECT coalesce((SELECT v.version FROM person_rights_versions v WHERE v.person_id = ${personId}), 0)::bigint
               AS rights_version,
             coalesce(ia.mark, 0)::bigint AS journal_mark, coalesce(ia.newest, 0)::bigint AS entry_mark, ia.funds
        FROM (SELECT sum(ia.last_entry_id) AS mark, max(ia.last_entry_id) AS newest, json_agg(ia.fund) AS funds
                FROM individual_accounts ia
               WHERE ia.person_id = ${personId}) ia)`;
}

/**
 * The names as they were at `at` (registration's change history: a name changed since then was
 * the change's old value; the agency's state in force then), or as they are now without `at`.
 */
function namesAt(at: Date | null) {
  const changedSince = (table: 'person_changes' | 'employer_changes', column: string, id: ReturnType<typeof sql>) =>
    sql`(SELECT c.old_value FROM ${sql.table(table)} c
          WHERE ${sql.ref(`c.${column}`)} = ${id} AND c.field = 'name' AND c.changed_at > ${at}::timestamptz
          ORDER BY c.changed_at, c.id LIMIT 1)`;
  if (at === null) return { person: sql`p.name`, agency: sql`a.name`, employer: sql`e.name` };
  return {
    person: sql`coalesce(${changedSince('person_changes', 'person_id', sql`p.person_id`)}, p.name)`,
    agency: sql`coalesce((SELECT h.name FROM agency_history h
                           WHERE h.agency_id = a.id AND h.valid_from <= ${at}::timestamptz
                             AND (h.valid_to IS NULL OR h.valid_to > ${at}::timestamptz)
                           ORDER BY h.version DESC LIMIT 1), a.name)`,
    employer: sql`coalesce(${changedSince('employer_changes', 'employer_id', sql`e.id`)}, e.name)`,
  };
}

/**
 * The live parts of both documents; `payers` is a query of the year's employer ids. Names are read
 * as they are now, or as they were at `at` (a statement as issued prints the names it printed).
 */
function liveParts(personId: number, payers: ReturnType<typeof sql>, at: Date | null = null) {
  const names = namesAt(at);
  return sql`
      'person', (SELECT json_build_array(${names.person}, p.id_masked, ${names.agency})
                   FROM persons p
                   JOIN agencies a ON a.id = p.agency_id
                  WHERE p.person_id = ${personId}),
      'mark', (SELECT json_build_array(m.rights_version, m.journal_mark, m.entry_mark) FROM mark m),
      'accounts', (SELECT m.funds FROM mark m),
      'employers', (SELECT json_object_agg(e.id, ${names.employer}) FROM employers e WHERE e.id IN (${payers}))`;
}

/**
 * The current statement from what statement_summaries keeps, when it was read at the person's
 * watermark as it stands (both compared in this one statement): the person, the agency, the
 * watermark and the payers' names by primary key, and the kept row. A few buffers, planned once
 * (a named prepared statement on PostgreSQL, `PREPARED_QUERY`: its planning costs more than its run).
 */
export function keptStatementSql(personId: number, year: number) {
  return sql<{ doc: KeptDocument }>`${sql.raw(PREPARED_QUERY)}
    WITH ${markCte(personId)},
    kept AS MATERIALIZED (
      SELECT s.cumulative, s.opening, s.movements, s.records, s.payers
        FROM statement_summaries s
        JOIN mark m ON s.rights_version = m.rights_version AND s.journal_mark = m.journal_mark
       WHERE s.person_id = ${personId} AND s.year = ${year}
    )
    SELECT json_build_object(
      ${liveParts(personId, sql`SELECT jsonb_array_elements_text(k.payers)::bigint FROM kept k`)},
      'kept', (SELECT json_build_array(k.cumulative, k.opening, k.movements, k.records) FROM kept k)
    ) AS doc`;
}

/** The year's records: current from the projection, as known from the versions. */
function yearRecordsSql(personId: number, year: number, known: StatementKnowledge | undefined) {
  const years = sql`v.scheme = ANY(${[...FUNDS]}::text[]) AND v.period BETWEEN ${`${year}01`} AND ${`${year}12`}`;
  if (known === undefined)
    return sql`
      SELECT v.scheme, v.period, v.status, v.employer_id, v.base_fen, v.employer_fen, v.employee_fen,
             v.account_credit_fen
        FROM rights_records v
       WHERE v.person_id = ${personId} AND ${years}`;
  return sql`SELECT k.* FROM (${knownVersionsSql(personId, known, years)}) k WHERE k.status <> 'withdrawn'`;
}

/** The person's journal lines as known: all (current), at or below the entry mark, or booked by the instant. */
function knownLinesSql(known: StatementKnowledge | undefined) {
  if (known === undefined) return sql`true`;
  const { at, entry } = knowledgeParams(known);
  return sql`CASE WHEN ${entry}::bigint IS NULL THEN l.booked_at <= ${at}::timestamptz
                  ELSE l.entry_id <= ${entry}::bigint END`;
}

/**
 * One statement read from the ledger, current or as known (`known`), with the live parts and the
 * marks in the same snapshot:
 * - `cumulative`: the cumulative months by scheme (`cumulativeMonthsSql`);
 * - `opening`: per fund, the balance of the person's lines effective by the end of the previous
 *   year, credit-normal, as `individualBalance` computes it (index-only over journal_lines_person_idx
 *   for the current statement);
 * - `records`: the year's records (`yearRecordsSql`: the projection by `rights_records_period_idx`
 *   with `scheme = ANY(every scheme)`, one descent per scheme; as known, the versions' primary key);
 * - `lines`: the lines on the individual accounts effective within the year, with their entry's
 *   kind, source and key (a primary-key lookup per line) for `movementCategory`; the closing
 *   balance is the opening plus these.
 * The current and the as-known statement are two texts, so each is prepared with its own plan.
 */
export function statementFactsSql(personId: number, year: number, known: StatementKnowledge | undefined) {
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const previousEnd = `${year - 1}-12-31`;
  return sql<{ doc: FullDocument }>`${sql.raw(PREPARED_QUERY)}
    WITH ${markCte(personId)},
    year_records AS MATERIALIZED (${yearRecordsSql(personId, year, known)}),
    by_account AS (
      SELECT l.account_id, sum(CASE WHEN l.side = 'credit' THEN l.amount_fen ELSE -l.amount_fen END) AS opening
        FROM journal_lines l
       WHERE l.person_id = ${personId}
         AND l.effective_on <= ${previousEnd}::date
         AND ${knownLinesSql(known)}
       GROUP BY l.account_id
    )
    SELECT json_build_object(
      ${liveParts(personId, sql`SELECT r.employer_id FROM year_records r`, known?.at ?? null)},
      'cumulative', (SELECT json_object_agg(c.scheme, c.months)
                       FROM (${cumulativeMonthsSql(personId, year, known)}) c),
      'opening', (SELECT json_object_agg(f.fund, f.opening)
                    FROM (SELECT a.fund, sum(b.opening)::bigint AS opening
                            FROM by_account b
                            JOIN ledger_accounts a ON a.id = b.account_id
                           GROUP BY a.fund) f),
      'records', (SELECT json_agg(json_build_array(
                           r.scheme, r.period, r.status, r.employer_id,
                           r.base_fen, r.employer_fen, r.employee_fen, r.account_credit_fen)
                           ORDER BY r.period, r.scheme, r.employer_id)
                    FROM year_records r),
      'lines', (SELECT json_agg(json_build_array(a.fund, l.side, l.amount_fen,
                         (SELECT json_build_array(j.kind, j.source_module, j.idempotency_key)
                            FROM journal_entries j WHERE j.id = l.entry_id)))
                  FROM journal_lines l
                  JOIN ledger_accounts a ON a.id = l.account_id
                 WHERE l.person_id = ${personId}
                   AND l.effective_on BETWEEN ${yearStart}::date AND ${yearEnd}::date
                   AND ${knownLinesSql(known)}
                   AND a.kind = 'individual_liability')
    ) AS doc`;
}

/** Keeps the parts read at `mark` (a later reader at a newer mark replaces them). */
async function keepSummary(db: Executor, personId: number, mark: [number, number], year: number, kept: Kept) {
  const payers = [...new Set(kept[3].map((r) => r[3]).filter((id) => id !== null))];
  const [cumulative, opening, movements, records] = kept.map((part) => JSON.stringify(part));
  await sql`
    INSERT INTO statement_summaries (person_id, year, rights_version, journal_mark, cumulative, opening, movements,
                                     records, payers)
    VALUES (${personId}, ${year}, ${mark[0]}, ${mark[1]}, ${cumulative}::jsonb, ${opening}::jsonb, ${movements}::jsonb,
            ${records}::jsonb, ${JSON.stringify(payers)}::jsonb)
    ON CONFLICT (person_id, year) DO UPDATE
       SET rights_version = excluded.rights_version, journal_mark = excluded.journal_mark,
           cumulative = excluded.cumulative, opening = excluded.opening, movements = excluded.movements,
           records = excluded.records, payers = excluded.payers, computed_at = excluded.computed_at`.execute(db);
}

const isIndividual = (fund: string): fund is IndividualFund => fund === 'pension' || fund === 'medical';

/**
 * The facts of a person's statement of `year`, current or as known (`known`). The current statement
 * is first looked for among the kept ones (one small query); otherwise, and always as known, it is
 * read from the ledger in one statement, and the current one is kept.
 */
export async function statementFacts(
  db: Executor,
  personId: number,
  year: number,
  known: StatementKnowledge | undefined,
): Promise<StatementFacts> {
  if (known === undefined) {
    const { rows } = await keptStatementSql(personId, year).execute(db);
    const doc = rows[0]!.doc;
    if (doc.kept !== null) return factsOf(doc, doc.kept);
  }
  const { rows } = await statementFactsSql(personId, year, known).execute(db);
  const doc = rows[0]!.doc;
  const read: Kept = [doc.cumulative ?? {}, doc.opening ?? {}, movementsOf(doc.lines ?? []), doc.records ?? []];
  const facts = factsOf(doc, read);
  if (known === undefined) await keepSummary(db, personId, [Number(doc.mark[0]), Number(doc.mark[1])], year, read);
  return facts;
}

/** The facts from the live parts and the kept or just read ones. */
function factsOf(live: LiveDocument, [cumulative, opening, movements, records]: Kept): StatementFacts {
  if (live.person === null) throw rejectRegistration('person_not_found');
  const [name, idMasked, agencyName] = live.person;
  const lines: AccountLineFact[] = [];
  const movedBy = new Map<string, number>();
  for (const [fund, category, net] of movements) {
    movedBy.set(fund, (movedBy.get(fund) ?? 0) + net);
    if (isIndividual(fund))
      lines.push({ fund, category, side: net < 0 ? 'debit' : 'credit', amount: centsFromInteger(Math.abs(net)) });
  }
  const balances: StatementFacts['balances'] = [];
  for (const fund of live.accounts ?? [])
    if (isIndividual(fund)) {
      const start = Number(opening[fund] ?? 0);
      balances.push({
        fund,
        opening: centsFromInteger(start),
        closing: centsFromInteger(start + (movedBy.get(fund) ?? 0)),
      });
    }
  return {
    name,
    idMasked,
    agencyName,
    cumulativeMonths: monthsByScheme(Object.entries(cumulative).map(([scheme, n]) => [scheme, n ?? 0] as const)),
    records: records.map((r) => recordFact(r, live.employers ?? {})),
    balances,
    lines,
    marks: { rightsVersion: Number(live.mark[0]), entryMark: Number(live.mark[2]) },
  };
}

/** The year's lines summed by fund and movement class (credit − debit), in a stable order. */
function movementsOf(lines: readonly LineTuple[]): MovementTuple[] {
  const sums = new Map<string, MovementTuple>();
  for (const [fund, side, amount, [kind, sourceModule, idempotencyKey]] of lines) {
    const category = movementCategory({ kind, sourceModule, idempotencyKey });
    const key = `${fund}:${category}`;
    const sum = sums.get(key) ?? [fund, category, 0];
    sum[2] += side === 'credit' ? amount : -amount;
    sums.set(key, sum);
  }
  return [...sums.keys()].sort().map((key) => sums.get(key)!);
}

/** A record of the year as the rules take it. */
function recordFact(r: RecordTuple, employers: Names): StatementRecordFact {
  return {
    scheme: r[0],
    period: r[1],
    status: r[2],
    employerName: r[3] === null ? null : (employers[String(r[3])] ?? null),
    base: centsFromInteger(r[4]),
    employer: centsFromInteger(r[5]),
    employee: centsFromInteger(r[6]),
    accountCredit: centsFromInteger(r[7]),
  };
}
