/**
 * Annual rights statements (个人权益记录单, GB/T 27768 §7.2.3 "reconcile regularly with the person"):
 * the canonical statement of a person's year read from the rights records and the journal, its
 * issue (number, verification code, SM3 digest of the content), the PDF rendered again on demand
 * from the ledger as known when it was issued, the hall's and the staff's downloads and the public
 * check by number and code.
 */
import { sql, type Selectable } from 'kysely';
import type { AppContext } from '../../../app-context.ts';
import type { Executor, Trx } from '../../../db/connection.ts';
import type { PersonTable, RightsStatementTable } from '../../../db/schema.ts';
import { dateParts, startOfChinaDay, today } from '../../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal, parseCents } from '../../../kernel/cents.ts';
import { appendAudit, lockAuditHead, recordAudit, type AuditActor } from '../../audit/index.ts';
import type { StaffActor } from '../../auth/index.ts';
import { lockRegistration, personInScope } from '../../registration/index.ts';
import { renderStatementPdf, statementVerifyUrl } from './ledger.statements.pdf.ts';
import { statementFacts, type StatementKnowledge, type StatementMarks } from './ledger.statements.query.ts';
import { rejectStatement } from './ledger.statements.rejections.ts';
import {
  buildStatement,
  differingParts,
  maskName,
  newStatementCode,
  statementCodeMatches,
  statementHash,
  statementNumber,
  statementPartHashes,
  STATEMENT_NUMBER_PATTERN,
  type Statement,
  type StatementPart,
} from './ledger.statements.rules.ts';

export { cumulativeMonthsOf, type StatementKnowledge, type StatementMarks } from './ledger.statements.query.ts';

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

/** A statement with the marks of the snapshot it was read in (what an issued one keeps). */
interface ReadStatement {
  readonly statement: Statement;
  readonly marks: StatementMarks;
}

/** The statement and the marks it was read at (`statementOf`). */
async function readStatement(
  db: Executor,
  personId: number,
  year: number,
  known?: StatementKnowledge,
): Promise<ReadStatement> {
  const facts = await statementFacts(db, personId, year, known);
  const statement = buildStatement({
    year,
    person: { personId, name: facts.name, idMasked: facts.idMasked },
    agencyName: facts.agencyName,
    records: facts.records,
    balances: facts.balances,
    lines: facts.lines,
    cumulativeMonths: facts.cumulativeMonths,
  });
  return { statement, marks: facts.marks };
}

/**
 * The canonical statement of a person's year: the months by scheme from the rights records, each
 * individual account's year from the journal, the cumulative months to December. With `known`,
 * what the ledger knew then (the rights records' versions and the journal lines an issued
 * statement's marks cover): a statement re-rendered later prints exactly what it printed then.
 * One SQL statement (`statementFacts`: one round trip, one plan, one snapshot) whose indexed parts
 * return few rows as one JSON document; none scans the journal. The current statement (no
 * `known`) reuses its history aggregates (cumulative months, opening balances) while the person's
 * rights records and individual accounts are unchanged (0022_statement_summaries.sql).
 */
export async function statementOf(
  db: Executor,
  personId: number,
  year: number,
  known?: StatementKnowledge,
): Promise<Statement> {
  return (await readStatement(db, personId, year, known)).statement;
}

/** What an issued statement knew: its marks, or (issued before marks were kept) its instant. */
export function knowledgeOf(row: StatementRow): StatementKnowledge {
  const at = new Date(row.issued_at);
  if (row.rights_version === null || row.entry_mark === null) return { at };
  return { at, marks: { rightsVersion: Number(row.rights_version), entryMark: Number(row.entry_mark) } };
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
export async function reserveStatementNumbers(trx: Trx, year: number, count: number): Promise<number> {
  const { rows } = await sql<{ last_no: number }>`
    INSERT INTO statement_sequences (year, last_no) VALUES (${year}, ${count})
    ON CONFLICT (year) DO UPDATE SET last_no = statement_sequences.last_no + ${count}
    RETURNING last_no`.execute(trx);
  return Number(rows[0]!.last_no) - count + 1;
}

/** Stores one statement of an already computed content, numbered `sequence`, with the marks it was read at. */
export async function insertStatement(
  trx: Trx,
  input: ReadStatement & {
    sequence: number;
    issuedAt: Date;
    issuedBy: string;
    runId: number | null;
  },
): Promise<StatementRow> {
  const { statement, marks } = input;
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
      rights_version: marks.rightsVersion,
      entry_mark: marks.entryMark,
      part_hashes: JSON.stringify(statementPartHashes(statement)),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}

/**
 * The statement of a person's year as the ledger stands in the caller's transaction, with the marks
 * it was read at: what a statement issued in that transaction keeps, so it re-renders the same.
 */
export function currentStatementOf(trx: Trx, personId: number, year: number): Promise<ReadStatement> {
  return readStatement(trx, personId, year);
}

/**
 * Issues a statement of a person's year in the caller's transaction (who issued it: 'person',
 * 'staff:<id>' or 'run:<id>'). The caller appends the audit entry that says why.
 */
export async function issueStatement(
  trx: Trx,
  ctx: AppContext,
  personId: number,
  year: number,
  issuedBy: string,
  runId?: number,
): Promise<StatementRow> {
  const read = await currentStatementOf(trx, personId, year);
  return issueComputed(trx, { ...read, issuedAt: ctx.clock.now(), issuedBy, runId: runId ?? null });
}

/** Numbers and stores a statement already computed with its marks. */
async function issueComputed(
  trx: Trx,
  input: ReadStatement & { issuedAt: Date; issuedBy: string; runId: number | null },
): Promise<StatementRow> {
  await lockAuditHead(trx);
  const sequence = await reserveStatementNumbers(trx, input.statement.year, 1);
  return insertStatement(trx, { ...input, sequence });
}

/** An issued statement's content, rendered again from the ledger as known when it was issued. */
export function reRenderStatement(db: Executor, row: StatementRow): Promise<Statement> {
  return statementOf(db, row.person_id, row.year, knowledgeOf(row));
}

/** A statement's PDF, rendered from the ledger as known when it was issued. */
export async function renderIssuedStatement(ctx: AppContext, db: Executor, row: StatementRow): Promise<Buffer> {
  return renderStatementPdf({
    statement: await reRenderStatement(db, row),
    statementNo: row.statement_no,
    verificationCode: row.verification_code,
    url: statementVerifyUrl(ctx.config.publicBaseUrl, row.statement_no, row.verification_code),
    issuedAt: new Date(row.issued_at),
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

/**
 * Refuses a person who already had the day's number of new statements. Counted under a lock on the
 * person's row, held to commit, so parallel requests wait and count what the first issued; the
 * audit head first, as registration takes it before the person's row (and issuing takes it anyway).
 */
async function withinDailyLimit(trx: Trx, ctx: AppContext, personId: number): Promise<void> {
  await lockAuditHead(trx);
  await lockRegistration(trx, { personId }, 'noKeyUpdate');
  const row = await trx
    .selectFrom('rights_statements')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('person_id', '=', personId)
    .where('issued_by', '=', 'person')
    .where('issued_at', '>=', startOfChinaDay(today(ctx.clock)))
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
    // The current statement (its history aggregates kept between requests) with the marks it was
    // read at: a statement issued here keeps them, so it renders again as it is now.
    const read = await currentStatementOf(trx, personId, year);
    const { statement } = read;
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
    const row = found ?? (await issueComputed(trx, { ...read, issuedAt, issuedBy, runId: null }));
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
  /**
   * The statement rendered again from the ledger as known when it was issued, compared with the
   * digest kept at issue: 'identical' (与签发时一致), or 'different' with the parts that differ.
   */
  readonly content: 'identical' | 'different';
  readonly differences: readonly StatementPart[];
}

/** The issued statement of a typed number, or undefined when the number is malformed or unknown. */
async function statementByNumber(ctx: AppContext, number: string): Promise<StatementRow | undefined> {
  if (!STATEMENT_NUMBER_PATTERN.test(number)) return undefined;
  return ctx.db.selectFrom('rights_statements').selectAll().where('statement_no', '=', number).executeTakeFirst();
}

/**
 * Anyone's check of a statement by number and code: a genuine statement is rendered again as known
 * when it was issued and compared with its digest. An unknown number, a malformed one and a wrong
 * code give the same refusal, so the check reveals nothing about which numbers exist; every
 * attempt is audited (with the comparison's outcome).
 */
export async function checkStatement(
  ctx: AppContext,
  who: AuditActor,
  statementNo: string,
  code: string,
): Promise<StatementCheck> {
  const number = statementNo.trim().toUpperCase();
  const row = await statementByNumber(ctx, number);
  const found = row !== undefined && statementCodeMatches(row.verification_code, code);
  const rendered = found ? await reRenderStatement(ctx.db, row) : null;
  const differences =
    found && rendered ? differingParts({ contentHash: row.content_hash, partHashes: row.part_hashes }, rendered) : [];
  await recordAudit(ctx.db, ctx.clock, who, {
    action: 'statement.check',
    entity: 'rights_statement',
    entityId: found ? row.id : null,
    outcome: found ? 'success' : 'denied',
    details: { statementNo: number.slice(0, 40), ...(found ? { differences } : {}) },
  });
  if (!found || rendered === null) throw rejectStatement('statement_not_found');
  return {
    status: 'valid',
    statementNo: row.statement_no,
    year: row.year,
    issuedAt: new Date(row.issued_at).toISOString(),
    holder: maskName(rendered.person.name),
    content: differences.length === 0 ? 'identical' : 'different',
    differences,
  };
}
