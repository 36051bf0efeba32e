/**
 * Annual rights statements (个人权益记录单, GB/T 27768 §7.2.3 "reconcile regularly with the person"):
 * the canonical statement of a person's year read from the rights records and the journal, its
 * issue (number, verification code, SM3 digest of the content), the PDF rendered again on demand
 * from the ledger as known when it was issued, the hall's and the staff's downloads and the public
 * check by number and code.
 */
import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Database, PersonTable, RightsStatementTable } from '../../db/schema.ts';
import { dateParts, today } from '../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal, parseCents, type Cents } from '../../kernel/cents.ts';
import { appendAudit, lockAuditHead, recordAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { personInScope, rejectRegistration } from '../registration/index.ts';
import { FUNDS, type Fund, type IndividualFund, type RightsStatus, type Side } from './ledger.model.ts';
import { COUNTING_STATUSES } from './ledger.rights.rules.ts';
import { renderStatementPdf, statementVerifyUrl } from './ledger.statements.pdf.ts';
import { rejectStatement } from './ledger.statements.rejections.ts';
import {
  buildStatement,
  maskName,
  movementCategory,
  newStatementCode,
  recordsKnownAt,
  statementCodeMatches,
  statementHash,
  statementNumber,
  STATEMENT_NUMBER_PATTERN,
  type AccountLineFact,
  type Statement,
  type StatementRecordFact,
} from './ledger.statements.rules.ts';

type Executor = Kysely<Database> | Transaction<Database>;
type EntryKind = 'posting' | 'reversal';
type StatementRow = Selectable<RightsStatementTable>;
/** A person's registration row, as the hall and the statement read it. */
export type PersonRow = Selectable<PersonTable>;

/** Statements one self-service account may issue per day (each issue takes a number). */
export const HALL_STATEMENTS_PER_DAY_MAX = 10;
/** Statements listed for one person (a lifetime of yearly statements fits well within it). */
export const STATEMENTS_LISTED_MAX = 200;

/** An issued statement as its holder and staff see it. */
export interface StatementView {
  readonly statementNo: string;
  readonly year: number;
  readonly verificationCode: string;
  readonly contentHash: string;
  readonly closing: string;
  readonly issuedAt: string;
  readonly issuedBy: string;
}

/** A row as the API answers it. */
export function statementViewOf(row: StatementRow): StatementView {
  return {
    statementNo: row.statement_no,
    year: row.year,
    verificationCode: row.verification_code,
    contentHash: row.content_hash,
    closing: centsToDecimal(centsFromInteger(row.closing_fen)),
    issuedAt: new Date(row.issued_at).toISOString(),
    issuedBy: row.issued_by,
  };
}

/**
 * The person's records of `year`, with the booking time of the paying entry when `knownAt` asks
 * for it (only then: without an instant every record counts as it stands). Scalar subqueries, so
 * the employer and the entry are looked up by primary key for each of the few rows, whatever the
 * planner thinks of the tables' sizes; `scheme = ANY(every scheme)` lets the year's range be read
 * from `rights_records_period_idx` (person_id, scheme, period, payer) with one descent per scheme.
 */
async function yearRecordFacts(
  db: Executor,
  personId: number,
  year: number,
  knownAt: Date | undefined,
): Promise<StatementRecordFact[]> {
  const { rows } = await sql<{
    scheme: Fund;
    period: string;
    status: RightsStatus;
    employer_name: string | null;
    base_fen: number;
    employer_fen: number;
    employee_fen: number;
    account_credit_fen: number;
    updated_at: Date;
    booked_at: Date | null;
  }>`
    SELECT r.scheme, r.period, r.status,
           (SELECT e.name FROM employers e WHERE e.id = r.employer_id) AS employer_name,
           r.base_fen, r.employer_fen, r.employee_fen, r.account_credit_fen, r.updated_at,
           CASE WHEN ${knownAt ?? null}::timestamptz IS NULL OR r.entry_id IS NULL THEN NULL
                ELSE (SELECT j.booked_at FROM journal_entries j WHERE j.id = r.entry_id) END AS booked_at
      FROM rights_records r
     WHERE r.person_id = ${personId}
       AND r.scheme = ANY(${[...FUNDS]}::text[])
       AND r.period BETWEEN ${`${year}01`} AND ${`${year}12`}`.execute(db);
  return rows.map((r) => ({
    scheme: r.scheme,
    period: r.period,
    status: r.status,
    employerName: r.employer_name,
    base: centsFromInteger(Number(r.base_fen)),
    employer: centsFromInteger(Number(r.employer_fen)),
    employee: centsFromInteger(Number(r.employee_fen)),
    accountCredit: centsFromInteger(Number(r.account_credit_fen)),
    updatedAt: new Date(r.updated_at),
    paidBookedAt: r.booked_at === null ? null : new Date(r.booked_at),
  }));
}

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
 * One statement, one snapshot. ledger.statements.db.test.ts checks it against the rules.
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

/** The cumulative months of `cumulativeMonthsSql` on their own (statementOf reads them with the person). */
export async function cumulativeMonthsOf(
  db: Executor,
  personId: number,
  year: number,
  knownAt?: Date,
): Promise<Record<Fund, number>> {
  const { rows } = await cumulativeMonthsSql(personId, year, knownAt).execute(db);
  return monthsByScheme(rows.map((r) => [r.scheme, r.months] as const));
}

/**
 * The person's name, masked ID, the name of the agency that keeps the registration and the
 * cumulative months (`cumulativeMonthsSql`), in one statement.
 */
async function personOf(db: Executor, personId: number, year: number, knownAt: Date | undefined) {
  const { rows } = await sql<{
    name: string;
    id_masked: string;
    agency_name: string;
    cumulative: Partial<Record<Fund, number>> | null;
  }>`
    SELECT p.name, p.id_masked, a.name AS agency_name,
           (SELECT json_object_agg(c.scheme, c.months) FROM (${cumulativeMonthsSql(personId, year, knownAt)}) c)
             AS cumulative
      FROM persons p
      JOIN agencies a ON a.id = p.agency_id
     WHERE p.person_id = ${personId}`.execute(db);
  const row = rows[0];
  if (!row) throw rejectRegistration('person_not_found');
  return { ...row, cumulativeMonths: monthsByScheme(Object.entries(row.cumulative ?? {})) };
}

type Balances = Array<{ fund: IndividualFund; opening: Cents; closing: Cents }>;

/**
 * In one statement over the person's lines (index-only scans of journal_lines_person_idx), as
 * known at `knownAt`:
 * - per individual account the person has, the balance of the lines of its fund effective by the
 *   end of the previous year (opening) and of the year (closing), credit-normal, as
 *   `individualBalance` computes it (accounts the person lacks are left out: zero on the statement);
 * - the lines on the individual accounts effective within the year, with their entry's kind, source
 *   and key (a primary-key lookup per line) for `movementCategory`.
 */
async function accountFacts(
  db: Executor,
  personId: number,
  year: number,
  knownAt: Date | undefined,
): Promise<{ balances: Balances; lines: AccountLineFact[] }> {
  const k = knownAt ?? null;
  const yearStart = `${year}-01-01`;
  const yearEnd = `${year}-12-31`;
  const previousEnd = `${year - 1}-12-31`;
  const { rows } = await sql<{
    what: 'balance' | 'line';
    fund: string;
    opening: number | null;
    closing: number | null;
    side: Side | null;
    amount_fen: number | null;
    entry: [EntryKind, string, string] | null;
  }>`
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
    SELECT 'balance' AS what, ia.fund, coalesce(f.opening, 0)::bigint AS opening,
           coalesce(f.closing, 0)::bigint AS closing, NULL AS side, NULL::bigint AS amount_fen, NULL::json AS entry
      FROM individual_accounts ia
      LEFT JOIN by_fund f ON f.fund = ia.fund
     WHERE ia.person_id = ${personId}
    UNION ALL
    SELECT 'line', a.fund, NULL, NULL, l.side, l.amount_fen,
           (SELECT json_build_array(j.kind, j.source_module, j.idempotency_key)
              FROM journal_entries j WHERE j.id = l.entry_id)
      FROM journal_lines l
      JOIN ledger_accounts a ON a.id = l.account_id
     WHERE l.person_id = ${personId}
       AND l.effective_on BETWEEN ${yearStart}::date AND ${yearEnd}::date
       AND (${k}::timestamptz IS NULL OR l.booked_at <= ${k}::timestamptz)
       AND a.kind = 'individual_liability'`.execute(db);
  const balances: Balances = [];
  const lines: AccountLineFact[] = [];
  for (const r of rows) {
    if (r.fund !== 'pension' && r.fund !== 'medical') continue;
    if (r.what === 'balance') {
      balances.push({
        fund: r.fund,
        opening: centsFromInteger(Number(r.opening)),
        closing: centsFromInteger(Number(r.closing)),
      });
      continue;
    }
    const [kind, sourceModule, idempotencyKey] = r.entry!;
    lines.push({
      fund: r.fund,
      side: r.side!,
      amount: centsFromInteger(Number(r.amount_fen)),
      category: movementCategory({ kind, sourceModule, idempotencyKey }),
    });
  }
  return { balances, lines };
}

/**
 * The canonical statement of a person's year: the months by scheme from the rights records, each
 * individual account's year from the journal, the cumulative months to December. With `knownAt`,
 * what the ledger knew at that instant (a statement re-rendered later prints what it printed then).
 * Three indexed queries that return few rows (the person with the cumulative months counted in the
 * database, the year's records, the accounts' balances and year lines); none scans the journal.
 */
export async function statementOf(db: Executor, personId: number, year: number, knownAt?: Date): Promise<Statement> {
  const person = await personOf(db, personId, year, knownAt);
  const records = recordsKnownAt(await yearRecordFacts(db, personId, year, knownAt), knownAt);
  const { balances, lines } = await accountFacts(db, personId, year, knownAt);
  return buildStatement({
    year,
    person: { personId, name: person.name, idMasked: person.id_masked },
    agencyName: person.agency_name,
    records,
    balances,
    lines,
    cumulativeMonths: person.cumulativeMonths,
  });
}

/** The pension account's year-end balance in fen, the figure a statement row keeps. */
function closingFenOf(statement: Statement): number {
  const pension = statement.accounts.find((a) => a.fund === 'pension');
  return pension === undefined ? 0 : parseCents(pension.closing);
}

/**
 * Takes the next `count` numbers of the year's sequence; the caller holds the audit head lock
 * first (the house lock order), and the row lock keeps numbers unique and gapless.
 */
export async function reserveStatementNumbers(
  trx: Transaction<Database>,
  year: number,
  count: number,
): Promise<number> {
  const { rows } = await sql<{ last_no: number }>`
    INSERT INTO statement_sequences (year, last_no) VALUES (${year}, ${count})
    ON CONFLICT (year) DO UPDATE SET last_no = statement_sequences.last_no + ${count}
    RETURNING last_no`.execute(trx);
  return Number(rows[0]!.last_no) - count + 1;
}

/** Stores one statement of an already computed content, numbered `sequence`. */
export async function insertStatement(
  trx: Transaction<Database>,
  input: {
    statement: Statement;
    sequence: number;
    issuedAt: Date;
    issuedBy: string;
    runId: number | null;
  },
): Promise<StatementRow> {
  const { statement } = input;
  return trx
    .insertInto('rights_statements')
    .values({
      person_id: statement.person.personId,
      statement_no: statementNumber(statement.year, input.sequence),
      year: statement.year,
      verification_code: newStatementCode(),
      content_hash: statementHash(statement),
      closing_fen: closingFenOf(statement),
      issued_at: input.issuedAt,
      issued_by: input.issuedBy,
      run_id: input.runId,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * Issues a statement of a person's year in the caller's transaction (who issued it: 'person',
 * 'staff:<id>' or 'run:<id>'). The caller appends the audit entry that says why.
 */
export async function issueStatement(
  trx: Transaction<Database>,
  ctx: AppContext,
  personId: number,
  year: number,
  issuedBy: string,
  runId?: number,
): Promise<StatementRow> {
  const issuedAt = ctx.clock.now();
  const statement = await statementOf(trx, personId, year, issuedAt);
  return issueComputed(trx, { statement, issuedAt, issuedBy, runId: runId ?? null });
}

/** Numbers and stores a statement already computed as known at `issuedAt`. */
async function issueComputed(
  trx: Transaction<Database>,
  input: { statement: Statement; issuedAt: Date; issuedBy: string; runId: number | null },
): Promise<StatementRow> {
  await lockAuditHead(trx);
  const sequence = await reserveStatementNumbers(trx, input.statement.year, 1);
  return insertStatement(trx, { ...input, sequence });
}

/** A statement's PDF, rendered from the ledger as known when it was issued. */
export async function renderIssuedStatement(ctx: AppContext, db: Executor, row: StatementRow): Promise<Buffer> {
  const issuedAt = new Date(row.issued_at);
  const statement = await statementOf(db, row.person_id, row.year, issuedAt);
  return renderStatementPdf({
    statement,
    statementNo: row.statement_no,
    verificationCode: row.verification_code,
    url: statementVerifyUrl(ctx.config.publicBaseUrl, row.statement_no, row.verification_code),
    issuedAt,
  });
}

/** Refuses a year that has not ended yet, or one without records. */
async function assertIssuable(db: Executor, ctx: AppContext, personId: number, year: number): Promise<void> {
  if (year >= dateParts(today(ctx.clock)).year) throw rejectStatement('statement_year_not_closed');
  const any = await db
    .selectFrom('rights_records')
    .select('id')
    .where('person_id', '=', personId)
    .where('period', '>=', `${year}01`)
    .where('period', '<=', `${year}12`)
    .limit(1)
    .executeTakeFirst();
  if (!any) throw rejectStatement('statement_no_records', { year });
}

/** The start of today in China (UTC+8, no daylight saving), for daily limits. */
export function startOfChinaDay(ctx: AppContext): Date {
  return new Date(`${today(ctx.clock)}T00:00:00+08:00`);
}

async function withinDailyLimit(trx: Transaction<Database>, ctx: AppContext, personId: number): Promise<void> {
  const row = await trx
    .selectFrom('rights_statements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .where('issued_by', '=', 'person')
    .where('issued_at', '>=', startOfChinaDay(ctx))
    .executeTakeFirstOrThrow();
  if (Number(row.n) >= HALL_STATEMENTS_PER_DAY_MAX)
    throw rejectStatement('statement_daily_limit_reached', { max: HALL_STATEMENTS_PER_DAY_MAX });
}

/**
 * The statement of a person's year as the ledger stands: an earlier statement with the same
 * content is reused (same number, same code); otherwise a new one is issued. Audited on the person.
 */
async function currentStatement(
  ctx: AppContext,
  who: AuditActor,
  personId: number,
  year: number,
  issuedBy: string,
): Promise<{ row: StatementRow; statement: Statement; reused: boolean }> {
  await assertIssuable(ctx.db, ctx, personId, year);
  return ctx.db.transaction().execute(async (trx) => {
    const issuedAt = ctx.clock.now();
    const statement = await statementOf(trx, personId, year, issuedAt);
    const hash = statementHash(statement);
    const found = await trx
      .selectFrom('rights_statements')
      .selectAll()
      .where('person_id', '=', personId)
      .where('year', '=', year)
      .where('content_hash', '=', hash)
      .orderBy('issued_at', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (issuedBy === 'person' && !found) await withinDailyLimit(trx, ctx, personId);
    const row = found ?? (await issueComputed(trx, { statement, issuedAt, issuedBy, runId: null }));
    await appendAudit(trx, ctx.clock, who, {
      action: found ? 'statement.print' : 'statement.issue',
      entity: 'person',
      entityId: personId,
      details: { statementNo: row.statement_no, year },
    });
    return { row, statement, reused: found !== undefined };
  });
}

/** The PDF of a statement and the file name it is sent under. */
export interface StatementFile {
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly statement: StatementView;
}

async function fileOf(ctx: AppContext, row: StatementRow, statement: Statement): Promise<StatementFile> {
  const bytes = await renderStatementPdf({
    statement,
    statementNo: row.statement_no,
    verificationCode: row.verification_code,
    url: statementVerifyUrl(ctx.config.publicBaseUrl, row.statement_no, row.verification_code),
    issuedAt: new Date(row.issued_at),
  });
  return { fileName: `个人权益记录单-${row.statement_no}.pdf`, bytes, statement: statementViewOf(row) };
}

/** The hall person's own statement of a year (issued now, or the earlier one with the same content). */
export async function statementPdfForPerson(
  ctx: AppContext,
  who: AuditActor,
  person: PersonRow,
  year: number,
): Promise<StatementFile> {
  const { row, statement } = await currentStatement(ctx, who, person.person_id, year, 'person');
  return fileOf(ctx, row, statement);
}

/** A statement printed at the window for a person in the staff member's scope. */
export async function statementPdfForStaff(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  personId: number,
  year: number,
): Promise<StatementFile> {
  await personInScope(ctx.db, actor, personId);
  const { row, statement } = await currentStatement(ctx, who, personId, year, `staff:${actor.id}`);
  return fileOf(ctx, row, statement);
}

/** What the hall's statements page lists: the years with records and the statements issued. */
export interface PersonStatements {
  readonly years: ReadonlyArray<{ year: number; closed: boolean }>;
  readonly statements: readonly StatementView[];
}

/** The years with rights records (newest first) and the person's issued statements. */
export async function statementsOfPerson(db: Executor, ctx: AppContext, personId: number): Promise<PersonStatements> {
  const current = dateParts(today(ctx.clock)).year;
  const years = await db
    .selectFrom('rights_records')
    .select(sql<string>`substr(period, 1, 4)`.as('year'))
    .distinct()
    .where('person_id', '=', personId)
    .execute();
  const rows = await db
    .selectFrom('rights_statements')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('issued_at', 'desc')
    .orderBy('id', 'desc')
    .limit(STATEMENTS_LISTED_MAX)
    .execute();
  return {
    years: years
      .map((y) => Number(y.year))
      .sort((a, b) => b - a)
      .map((year) => ({ year, closed: year < current })),
    statements: rows.map(statementViewOf),
  };
}

/** The public answer of a check: enough to trust the paper, nothing more about the holder. */
export interface StatementCheck {
  readonly status: 'valid';
  readonly statementNo: string;
  readonly year: number;
  readonly issuedAt: string;
  readonly holder: string;
}

/**
 * Anyone's check of a statement by number and code. An unknown number, a malformed one and a wrong
 * code give the same refusal, so the check reveals nothing about which numbers exist; every
 * attempt is audited.
 */
export async function checkStatement(
  ctx: AppContext,
  who: AuditActor,
  statementNo: string,
  code: string,
): Promise<StatementCheck> {
  const number = statementNo.trim().toUpperCase();
  const row = STATEMENT_NUMBER_PATTERN.test(number)
    ? await ctx.db
        .selectFrom('rights_statements')
        .innerJoin('persons', 'persons.person_id', 'rights_statements.person_id')
        .select([
          'rights_statements.id',
          'rights_statements.statement_no',
          'rights_statements.year',
          'rights_statements.issued_at',
          'rights_statements.verification_code',
          'persons.name',
        ])
        .where('rights_statements.statement_no', '=', number)
        .executeTakeFirst()
    : undefined;
  const found = row !== undefined && statementCodeMatches(row.verification_code, code);
  await recordAudit(ctx.db, ctx.clock, who, {
    action: 'statement.check',
    entity: 'rights_statement',
    entityId: found ? row.id : null,
    outcome: found ? 'success' : 'denied',
    details: { statementNo: number.slice(0, 40) },
  });
  if (!found) throw rejectStatement('statement_not_found');
  return {
    status: 'valid',
    statementNo: row.statement_no,
    year: row.year,
    issuedAt: new Date(row.issued_at).toISOString(),
    holder: maskName(row.name),
  };
}
