/**
 * Annual statements on the real database and HTTP stack: the content of a seeded person's year
 * (exact figures), a re-render after later postings prints what was known at issue, the public
 * check (valid, wrong code, unknown), the hall's list and PDF (reused while unchanged), the staff
 * PDF (scope, audit), discrepancy → case at the person's agency, the access log, and bulk runs
 * (resumable after a failure, nothing issued twice; the API in the background).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureEmployer, citizenId } from '../../../../test/fixtures/registration/imports.ts';
import { ok, publicLogin, refused, testApp, type Caller, type TestApp } from '../../../../test/support/http.ts';
import type { Db } from '../../../db/connection.ts';
import { DEMO_PUBLIC_ACCOUNTS } from '../../../demo/demo-data.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import { centsFromInteger } from '../../../kernel/cents.ts';
import type { Period } from '../../../kernel/period.ts';
import { systemActor } from '../../audit/index.ts';
import { personIndex, sealedCitizenId } from '../../registration/index.ts';
import { ensureChart } from '../journal/ledger.accounts.ts';
import { individualBalance } from '../journal/ledger.balances.ts';
import { postEntries } from '../journal/ledger.journal.ts';
import { interestPosting } from '../journal/ledger.postings.ts';
import {
  FUNDS,
  INDIVIDUAL_FUNDS,
  RIGHTS_STATUSES,
  type Fund,
  type IndividualFund,
  type RightsStatus,
} from '../ledger.model.ts';
import { cumulativeMonths } from '../rights/ledger.rights.rules.ts';
import { postContributions, recordDue, type ContributionItem } from '../rights/ledger.rights.ts';
import { bumpRightsVersions } from '../rights/ledger.rights.versions.ts';
import { runStatements } from './ledger.statements-run.ts';
import { DISCREPANCIES_PER_DAY_MAX } from './ledger.statements.discrepancies.ts';
import {
  buildStatement,
  movementCategory,
  statementHash,
  type AccountLineFact,
  type Statement,
  type StatementRecordFact,
} from './ledger.statements.rules.ts';
import {
  checkStatement,
  cumulativeMonthsOf,
  issueStatement,
  knowledgeOf,
  reRenderStatement,
  renderIssuedStatement,
  statementOf,
  type StatementKnowledge,
} from './ledger.statements.ts';

const c = centsFromInteger;
const REGION = '330106';
const LI_MING = DEMO_PUBLIC_ACCOUNTS.find((a) => a.name === '李明')!.identifier;

let t: TestApp;
let clerk: Caller;
let employerId: number;
let seeded: number;
let liMingId: number;

function pdfText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-statement-'));
  try {
    fs.writeFileSync(path.join(dir, 's.pdf'), bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 's.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function item(
  personId: number,
  scheme: ContributionItem['scheme'],
  period: string,
  over: Partial<ContributionItem> = {},
) {
  const amounts = {
    pension: { employerAmount: c(80_000), employeeAmount: c(40_000), accountCredit: c(40_000) },
    medical: { employerAmount: c(45_000), employeeAmount: c(10_000), accountCredit: c(10_000) },
    unemployment: { employerAmount: c(2_500), employeeAmount: c(2_500), accountCredit: c(0) },
    work_injury: { employerAmount: c(1_000), employeeAmount: c(0), accountCredit: c(0) },
  }[scheme];
  return {
    personId,
    employerId,
    scheme,
    period: period as Period,
    region: REGION,
    base: c(500_000),
    ...amounts,
    paidOn: `${period.slice(0, 4)}-${period.slice(4)}-15` as CalendarDate,
    status: 'paid' as const,
    source: 'declaration',
    sourceRef: 'bill:stmt',
    ...over,
  } satisfies ContributionItem;
}

async function post(items: ContributionItem[]) {
  await t.ctx.db.transaction().execute((trx) => postContributions(trx, t.ctx.clock, items));
}

async function newPerson(n: number, name: string, agencyCode?: string): Promise<number> {
  const agency = agencyCode
    ? await t.ctx.db.selectFrom('agencies').select('id').where('code', '=', agencyCode).executeTakeFirstOrThrow()
    : await t.ctx.db
        .selectFrom('staff')
        .select('agency_id as id')
        .where('username', '=', 'clerk')
        .executeTakeFirstOrThrow();
  const now = t.clock.now();
  const row = await t.ctx.db
    .insertInto('persons')
    .values({
      ...sealedCitizenId(t.ctx.keys, citizenId(n, '19880808')),
      name,
      gender: 'male',
      birth_date: '1988-08-08',
      agency_id: agency.id,
      source_channel: 'window',
      created_at: now,
      updated_at: now,
    })
    .returning('person_id')
    .executeTakeFirstOrThrow();
  return row.person_id;
}

const advance = (minutes: number) => t.clock.advance(minutes * 60_000);

beforeAll(async () => {
  t = await testApp();
  clerk = await t.as('clerk');
  employerId = (await ensureEmployer(t.ctx, '91110000600037341L')).id;
  liMingId = (
    await t.ctx.db
      .selectFrom('persons')
      .select('person_id')
      .where('id_index', '=', personIndex(t.ctx.keys, LI_MING))
      .executeTakeFirstOrThrow()
  ).person_id;
  seeded = await newPerson(701, '周记录');
  await post([item(seeded, 'pension', '202412')]);
  await post([
    item(seeded, 'pension', '202501'),
    item(seeded, 'pension', '202502'),
    item(seeded, 'pension', '202503'),
    item(seeded, 'medical', '202501'),
    item(seeded, 'work_injury', '202501'),
  ]);
  await t.ctx.db
    .transaction()
    .execute((trx) =>
      postEntries(
        trx,
        t.ctx.clock,
        [interestPosting({ personId: seeded, fund: 'pension', region: REGION, amount: c(2_358), year: 2025 })],
        { source: 'interest' },
      ),
    );
  advance(5);
}, 120_000);
afterAll(() => t.dispose());

describe('statementOf', () => {
  it('prints the months by scheme, the account movements and the cumulative months of a seeded person', async () => {
    const statement = await statementOf(t.ctx.db, seeded, 2025);
    expect(statement.person).toEqual({
      personId: seeded,
      name: '周记录',
      idMasked: expect.stringMatching(/^330106\*+\d{3}[\dX]$/),
    });
    expect(
      statement.months.map(
        (m) => `${m.month} ${m.scheme} ${m.base} ${m.employer} ${m.employee} ${m.accountCredit} ${m.status}`,
      ),
    ).toEqual([
      '2025-01 pension 5000.00 800.00 400.00 400.00 paid',
      '2025-01 medical 5000.00 450.00 100.00 100.00 paid',
      '2025-01 work_injury 5000.00 10.00 0.00 0.00 paid',
      '2025-02 pension 5000.00 800.00 400.00 400.00 paid',
      '2025-03 pension 5000.00 800.00 400.00 400.00 paid',
    ]);
    expect(statement.months[0]!.employerName).toBe('杭州示范科技有限公司');
    expect(statement.accounts).toEqual([
      {
        fund: 'pension',
        opening: '400.00',
        contributions: '1200.00',
        interest: '23.58',
        transfers: '0.00',
        other: '0.00',
        closing: '1623.58',
      },
      {
        fund: 'medical',
        opening: '0.00',
        contributions: '100.00',
        interest: '0.00',
        transfers: '0.00',
        other: '0.00',
        closing: '100.00',
      },
    ]);
    expect(statement.cumulativeMonths).toEqual({ pension: 4, medical: 1, unemployment: 0, work_injury: 1 });
    // The year before: only December 2024.
    const before = await statementOf(t.ctx.db, seeded, 2024);
    expect(before.accounts[0]).toMatchObject({ opening: '0.00', contributions: '400.00', closing: '400.00' });
    expect(before.cumulativeMonths.pension).toBe(1);
  });

  it('re-renders an issued statement with the figures known at issue, after later postings', async () => {
    const row = await t.ctx.db.transaction().execute((trx) => issueStatement(trx, t.ctx, seeded, 2025, 'staff:1'));
    expect(row.statement_no).toMatch(/^S2025\d{8}$/);
    expect(row.verification_code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(row.closing_fen).toBe(162_358);
    advance(10);
    // April is paid late, with its value date in 2025: the year's closing grows, the statement's does not.
    await post([item(seeded, 'pension', '202504', { sourceRef: 'bill:late' })]);
    advance(10);
    const now = await statementOf(t.ctx.db, seeded, 2025);
    expect(now.accounts[0]!.closing).toBe('2023.58');
    expect(row.rights_version).toEqual(expect.any(Number));
    expect(row.entry_mark).toEqual(expect.any(Number));
    const then = await reRenderStatement(t.ctx.db, row);
    expect(then).toEqual(await statementOf(t.ctx.db, seeded, 2025, knowledgeOf(row)));
    expect(then.accounts[0]!.closing).toBe('1623.58');
    expect(then.months.some((m) => m.month === '2025-04')).toBe(false);
    expect(statementHash(then)).toBe(row.content_hash);
    const text = pdfText(await renderIssuedStatement(t.ctx, t.ctx.db, row));
    expect(text).toContain('1623.58');
    expect(text).not.toContain('2023.58');
    expect(text).toContain(row.statement_no);
  });
});

describe('the kept history aggregates of the current statement', () => {
  let person: number;

  /** Overwrites the kept aggregates, leaving the watermark alone: a reader that uses them shows 99. */
  async function tamper(): Promise<void> {
    const { numUpdatedRows } = await t.ctx.db
      .updateTable('statement_summaries')
      .set({ cumulative: JSON.stringify({ pension: 99 }) })
      .where('person_id', '=', person)
      .where('year', '=', 2025)
      .executeTakeFirst();
    expect(numUpdatedRows).toBe(1n);
  }

  beforeAll(async () => {
    person = await newPerson(731, '郑汇总');
    await post([item(person, 'pension', '202412'), item(person, 'pension', '202501')]);
  });

  it('are kept at the watermark, reused while it holds and read again after any change', async () => {
    expect((await statementOf(t.ctx.db, person, 2025)).cumulativeMonths.pension).toBe(2);
    const kept = await t.ctx.db
      .selectFrom('statement_summaries')
      .selectAll()
      .where('person_id', '=', person)
      .executeTakeFirstOrThrow();
    expect(kept).toMatchObject({ year: 2025, cumulative: { pension: 2 }, opening: { pension: 40_000 } });
    await tamper();
    expect((await statementOf(t.ctx.db, person, 2025)).cumulativeMonths.pension).toBe(99);
    // Never as known at an instant: those read the history themselves.
    expect((await statementOf(t.ctx.db, person, 2025, { at: t.clock.now() })).cumulativeMonths.pension).toBe(2);

    // A paid month (journal and rights records) moves both marks.
    await post([item(person, 'pension', '202502')]);
    expect((await statementOf(t.ctx.db, person, 2025)).cumulativeMonths.pension).toBe(3);

    // A month owed (a rights record without money) moves the rights version.
    await tamper();
    await t.ctx.db.transaction().execute((trx) =>
      recordDue(trx, t.ctx.clock, [
        {
          personId: person,
          employerId,
          scheme: 'unemployment',
          period: '202503' as Period,
          region: REGION,
          base: c(500_000),
          employerAmount: c(2_500),
          employeeAmount: c(2_500),
          accountCredit: c(0),
          status: 'due',
          dueOn: '2025-03-31' as CalendarDate,
          source: 'declaration',
        },
      ]),
    );
    expect((await statementOf(t.ctx.db, person, 2025)).cumulativeMonths.pension).toBe(3);

    // Interest (a journal entry without rights records) moves the journal mark.
    await tamper();
    await t.ctx.db
      .transaction()
      .execute((trx) =>
        postEntries(
          trx,
          t.ctx.clock,
          [interestPosting({ personId: person, fund: 'pension', region: REGION, amount: c(111), year: 2024 })],
          { source: 'interest' },
        ),
      );
    const after = await statementOf(t.ctx.db, person, 2025);
    expect(after.cumulativeMonths.pension).toBe(3);
    expect(after.accounts[0]).toMatchObject({ opening: '401.11', closing: '1201.11' });
    expect(after).toEqual(await referenceStatement(t.ctx.db, person, 2025));
  });
});

/** One state of a record as the property and the named cases write it (source 'prop'). */
interface PropVersion {
  readonly scheme: Fund;
  readonly period: string;
  readonly payer: boolean;
  readonly status: RightsStatus | 'withdrawn';
  readonly rightsVersion: number;
  readonly recordedAt: Date;
  readonly entryId: number | null;
  readonly base: number;
}

/** The key of a version: scheme, period, payer. */
const keyOf = (v: { scheme: string; period: string; employer_id: number | null }) =>
  `${v.scheme}:${v.period}:${v.employer_id ?? 0}`;

/**
 * The records as known, the obvious way: per key, the version with the highest rights version among
 * those within the knowledge (all of them for the current record), withdrawn ones left out.
 */
function latestKnown<V extends { scheme: string; period: string; employer_id: number | null; status: string }>(
  versions: ReadonlyArray<V & { rights_version: number; recorded_at: Date | string }>,
  known: StatementKnowledge | undefined,
): V[] {
  const latest = new Map<string, V & { rights_version: number }>();
  for (const v of versions) {
    if (known?.marks !== undefined && v.rights_version > known.marks.rightsVersion) continue;
    if (known !== undefined && known.marks === undefined && new Date(v.recorded_at) > known.at) continue;
    const seen = latest.get(keyOf(v));
    if (!seen || v.rights_version > seen.rights_version) latest.set(keyOf(v), v);
  }
  return [...latest.values()].filter((v) => v.status !== 'withdrawn');
}

/**
 * Replaces the person's 'prop' records: the versions as given (a test writes history directly; the
 * service never deletes one) and the current records as the versions replayed, so both agree; the
 * person's rights version moves, as with every writer, so no kept statement outlives them.
 */
async function writeProp(person: number, region: string, versions: readonly PropVersion[]): Promise<void> {
  await t.ctx.db.transaction().execute((trx) => bumpRightsVersions(trx, [person]));
  await t.database.asOwner((owner) =>
    owner.deleteFrom('rights_record_versions').where('person_id', '=', person).where('source', '=', 'prop').execute(),
  );
  await t.ctx.db.deleteFrom('rights_records').where('person_id', '=', person).where('source', '=', 'prop').execute();
  if (versions.length === 0) return;
  const rows = versions.map((v) => ({
    person_id: person,
    scheme: v.scheme,
    period: v.period,
    employer_id: v.payer ? employerId : null,
    rights_version: v.rightsVersion,
    recorded_at: v.recordedAt,
    status: v.status,
    region_code: region,
    base_fen: v.base,
    employer_fen: Math.floor(v.base / 5),
    employee_fen: Math.floor(v.base / 12),
    account_credit_fen: Math.floor(v.base / 12),
    source: 'prop',
    entry_id: v.entryId,
    paid_on: null,
    due_on: `${v.period.slice(0, 4)}-${v.period.slice(4)}-28`,
  }));
  await t.ctx.db.insertInto('rights_record_versions').values(rows).execute();
  const current = latestKnown(rows, undefined).map(({ rights_version: _v, recorded_at, status, ...rest }) => ({
    ...rest,
    status: status as RightsStatus,
    updated_at: recorded_at,
  }));
  if (current.length > 0) await t.ctx.db.insertInto('rights_records').values(current).execute();
}

/** A person's individual-account balance of a fund effective by `asOf`, counting the lines within the knowledge. */
async function balanceKnown(
  personId: number,
  fund: IndividualFund,
  asOf: string,
  known: StatementKnowledge | undefined,
) {
  if (known?.marks === undefined)
    return (
      await individualBalance(t.ctx.db, personId, fund, {
        asOf: asOf as CalendarDate,
        ...(known === undefined ? {} : { knownAt: known.at }),
      })
    ).balance;
  const lines = await t.ctx.db
    .selectFrom('journal_lines as l')
    .innerJoin('ledger_accounts as a', 'a.id', 'l.account_id')
    .select(['l.side', 'l.amount_fen'])
    .where('l.person_id', '=', personId)
    .where('a.fund', '=', fund)
    .where('a.kind', '=', 'individual_liability')
    .where('l.effective_on', '<=', asOf)
    .where('l.entry_id', '<=', known.marks.entryMark)
    .execute();
  return c(lines.reduce((sum, l) => sum + (l.side === 'credit' ? l.amount_fen : -l.amount_fen), 0));
}

/**
 * The statement as first written: every version of the person's records up to December taken as
 * known by `latestKnown`, the cumulative months by the rights rule in JavaScript, each balance by
 * `individualBalance` (or, under an entry mark, the lines up to it summed). Slow (it reads the
 * person's whole record), and obviously what the rules say: the reference the indexed queries of
 * `statementOf` must match.
 */
async function referenceStatement(db: Db, personId: number, year: number, known?: StatementKnowledge) {
  const person = await db.selectFrom('persons').selectAll().where('person_id', '=', personId).executeTakeFirstOrThrow();
  const agency = await db
    .selectFrom('agencies')
    .select('name')
    .where('id', '=', person.agency_id)
    .executeTakeFirstOrThrow();
  const versions = await db
    .selectFrom('rights_record_versions as v')
    .leftJoin('employers as e', 'e.id', 'v.employer_id')
    .select(['v.scheme', 'v.period', 'v.status', 'v.employer_id', 'e.name as employer_name', 'v.base_fen'])
    .select(['v.employer_fen', 'v.employee_fen', 'v.account_credit_fen', 'v.rights_version', 'v.recorded_at'])
    .where('v.person_id', '=', personId)
    .where('v.period', '<=', `${year}12`)
    .execute();
  const records: StatementRecordFact[] = latestKnown(versions, known).map((r) => ({
    scheme: r.scheme,
    period: r.period,
    status: r.status as RightsStatus,
    employerName: r.employer_name,
    base: c(r.base_fen),
    employer: c(r.employer_fen),
    employee: c(r.employee_fen),
    accountCredit: c(r.account_credit_fen),
  }));
  const accounts = await db
    .selectFrom('individual_accounts')
    .select('fund')
    .where('person_id', '=', personId)
    .execute();
  const balances = [];
  for (const fund of INDIVIDUAL_FUNDS) {
    if (!accounts.some((a) => a.fund === fund)) continue;
    const opening = await balanceKnown(personId, fund, `${year - 1}-12-31`, known);
    const closing = await balanceKnown(personId, fund, `${year}-12-31`, known);
    balances.push({ fund, opening, closing });
  }
  let lineQuery = db
    .selectFrom('journal_lines as l')
    .innerJoin('ledger_accounts as a', 'a.id', 'l.account_id')
    .innerJoin('journal_entries as j', 'j.id', 'l.entry_id')
    .select(['a.fund', 'l.side', 'l.amount_fen', 'j.kind', 'j.source_module', 'j.idempotency_key'])
    .where('l.person_id', '=', personId)
    .where('a.kind', '=', 'individual_liability')
    .where('l.effective_on', '>=', `${year}-01-01`)
    .where('l.effective_on', '<=', `${year}-12-31`);
  if (known?.marks !== undefined) lineQuery = lineQuery.where('l.entry_id', '<=', known.marks.entryMark);
  else if (known !== undefined) lineQuery = lineQuery.where('l.booked_at', '<=', known.at);
  const lines: AccountLineFact[] = (await lineQuery.execute())
    .filter((r): r is typeof r & { fund: IndividualFund } => r.fund === 'pension' || r.fund === 'medical')
    .map((r) => ({
      fund: r.fund,
      side: r.side,
      amount: c(r.amount_fen),
      category: movementCategory({ kind: r.kind, sourceModule: r.source_module, idempotencyKey: r.idempotency_key }),
    }));
  const statement: Statement = buildStatement({
    year,
    person: { personId, name: person.name, idMasked: person.id_masked },
    agencyName: agency.name,
    records: records.filter((r) => r.period.startsWith(String(year))),
    balances,
    lines,
    cumulativeMonths: cumulativeMonths(records),
  });
  return statement;
}

describe('statementOf against the rules', () => {
  const region = '330198';
  let person: number;
  let entries: Array<{ id: number; bookedAt: Date }>;

  beforeAll(async () => {
    await t.ctx.db.transaction().execute((trx) => ensureChart(trx, region, '2020-01-01' as CalendarDate));
    person = await newPerson(721, '吴规则');
    // Real entries (and individual-account lines) booked at three instants, in 2023 and 2024.
    const months = ['202311', '202312', '202401', '202402', '202403', '202404'];
    for (const [i, period] of months.entries()) {
      const over = { region, sourceRef: `bill:rules:${i}` };
      await post([item(person, 'pension', period, over), item(person, 'medical', period, over)]);
      if (i % 2 === 1) t.clock.advance(1_000);
    }
    await t.ctx.db
      .transaction()
      .execute((trx) =>
        postEntries(
          trx,
          t.ctx.clock,
          [interestPosting({ personId: person, fund: 'pension', region, amount: c(1_234), year: 2023 })],
          { source: 'interest' },
        ),
      );
    t.clock.advance(1_000);
    entries = (
      await t.ctx.db.selectFrom('journal_entries').select(['id', 'booked_at']).orderBy('id', 'desc').limit(40).execute()
    ).map((e) => ({ id: e.id, bookedAt: new Date(e.booked_at) }));
  }, 60_000);

  it('property: the indexed queries give the statement the rules give, current or as known', async () => {
    const instants = [...new Set(entries.map((e) => e.bookedAt.getTime()))].sort((a, b) => a - b);
    const around = instants.flatMap((ms) => [ms - 1, ms, ms + 1]);
    const moments = [around[0]! - 86_400_000, ...around, t.clock.now().getTime() + 86_400_000].map(
      (ms) => new Date(ms),
    );
    const entryIds = entries.map((e) => e.id);
    const entryMarks = [0, ...entryIds.flatMap((id) => [id - 1, id]), Math.max(...entryIds) + 1];
    // Versions of records of 2020–2022 (the posted months are 2023–2024): two payers may share a
    // month, a key may have several versions, the last may be a withdrawal.
    const version = fc.record({
      scheme: fc.constantFrom(...FUNDS),
      period: fc.constantFrom('202011', '202012', '202101', '202102', '202112', '202201', '202212'),
      payer: fc.boolean(),
      status: fc.constantFrom<RightsStatus | 'withdrawn'>(...RIGHTS_STATUSES, 'withdrawn'),
      rightsVersion: fc.integer({ min: 1, max: 12 }),
      recordedAt: fc.constantFrom(...moments),
      entryId: fc.option(fc.constantFrom(...entryIds), { nil: null }),
      base: fc.integer({ min: 0, max: 900_000 }),
    });
    const knowledge = fc.oneof(
      fc.constant(undefined),
      fc.record({ at: fc.constantFrom(...moments) }),
      fc.record({
        at: fc.constantFrom(...moments),
        marks: fc.record({ rightsVersion: fc.integer({ min: 0, max: 13 }), entryMark: fc.constantFrom(...entryMarks) }),
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(version, {
          maxLength: 30,
          selector: (v) => `${v.scheme}:${v.period}:${v.payer}:${v.rightsVersion}`,
        }),
        fc.constantFrom(2020, 2021, 2022, 2023, 2024),
        knowledge,
        async (versions, year, known) => {
          await writeProp(person, region, versions);
          const expected = await referenceStatement(t.ctx.db, person, year, known);
          expect(await statementOf(t.ctx.db, person, year, known)).toEqual(expected);
          expect(await cumulativeMonthsOf(t.ctx.db, person, year, known)).toEqual(expected.cumulativeMonths);
        },
      ),
      { numRuns: 60 },
    );
    await writeProp(person, region, []);
  }, 180_000);

  it('counts the same months as the rule in the named cases', async () => {
    const early = new Date('2026-01-10T02:00:00Z');
    const late = new Date('2026-02-10T02:00:00Z');
    const v = (
      scheme: Fund,
      period: string,
      status: PropVersion['status'],
      rightsVersion: number,
      payer = false,
    ): PropVersion => ({
      scheme,
      period,
      payer,
      status,
      rightsVersion,
      recordedAt: rightsVersion < 5 ? early : late,
      entryId: null,
      base: 500_000,
    });
    await writeProp(person, region, [
      // Two payers in one month count once; arrears, due and transferred out do not count.
      v('unemployment', '202101', 'paid', 1, true),
      v('unemployment', '202101', 'paid', 1),
      v('unemployment', '202102', 'arrears', 1),
      v('unemployment', '202103', 'due', 1),
      v('unemployment', '202104', 'transferred_out', 1),
      v('unemployment', '202105', 'transferred_in', 1),
      // Due at version 2, rolled into arrears at 4, back-paid at 6.
      v('work_injury', '202106', 'due', 2),
      v('work_injury', '202106', 'arrears', 4),
      v('work_injury', '202106', 'back_paid', 6),
      // Paid at version 3; due at 1, withdrawn at 7 (a reissued bill dropped it).
      v('work_injury', '202107', 'due', 1),
      v('work_injury', '202107', 'paid', 3),
      v('medical', '202108', 'due', 1),
      v('medical', '202108', 'withdrawn', 7),
    ]);
    const at = (rightsVersion: number): StatementKnowledge => ({ at: late, marks: { rightsVersion, entryMark: 0 } });
    expect(await cumulativeMonthsOf(t.ctx.db, person, 2021)).toMatchObject({ unemployment: 2, work_injury: 2 });
    expect(await cumulativeMonthsOf(t.ctx.db, person, 2021, at(5))).toMatchObject({ unemployment: 2, work_injury: 1 });
    expect(await cumulativeMonthsOf(t.ctx.db, person, 2021, at(2))).toMatchObject({ work_injury: 0 });
    expect(await cumulativeMonthsOf(t.ctx.db, person, 2021, { at: early })).toMatchObject({ work_injury: 1 });
    expect(await cumulativeMonthsOf(t.ctx.db, person, 2020)).toMatchObject({ unemployment: 0, work_injury: 0 });
    const statusOf = (statement: Statement, month: string, scheme: Fund) =>
      statement.months.find((m) => m.month === month && m.scheme === scheme)?.status;
    const then = await statementOf(t.ctx.db, person, 2021, at(5));
    expect(statusOf(then, '2021-06', 'work_injury')).toBe('arrears');
    expect(statusOf(then, '2021-08', 'medical')).toBe('due');
    expect(then).toEqual(await referenceStatement(t.ctx.db, person, 2021, at(5)));
    const now = await statementOf(t.ctx.db, person, 2021);
    expect(statusOf(now, '2021-06', 'work_injury')).toBe('back_paid');
    expect(statusOf(now, '2021-08', 'medical')).toBeUndefined();
    expect(statusOf(await statementOf(t.ctx.db, person, 2021, at(1)), '2021-06', 'work_injury')).toBeUndefined();
    await writeProp(person, region, []);
  });
});

describe('public check', () => {
  it('answers valid with a masked holder; a wrong code and an unknown number alike are not found, all audited', async () => {
    const row = await t.ctx.db.transaction().execute((trx) => issueStatement(trx, t.ctx, seeded, 2024, 'staff:1'));
    const checked = ok(
      await t.anonymous(
        'GET',
        `/api/public/statements/check?no=${row.statement_no}&code=${row.verification_code.toLowerCase()}`,
      ),
    );
    expect(checked).toEqual({
      status: 'valid',
      statementNo: row.statement_no,
      year: 2024,
      issuedAt: new Date(row.issued_at).toISOString(),
      holder: '周**',
      content: 'identical',
      differences: [],
    });
    const wrong = refused(
      await t.anonymous('GET', `/api/public/statements/check?no=${row.statement_no}&code=AAAAAAAA`),
      'statement_not_found',
      404,
    );
    const unknown = refused(
      await t.anonymous('GET', '/api/public/statements/check?no=S202599999999&code=AAAAAAAA'),
      'statement_not_found',
      404,
    );
    expect(wrong.message).toBe(unknown.message);
    refused(await t.anonymous('GET', '/api/public/statements/check?no=x'), 'invalid_request', 400);
    const audits = await t.ctx.db
      .selectFrom('audit_log')
      .select(['outcome'])
      .where('action', '=', 'statement.check')
      .orderBy('seq')
      .execute();
    expect(audits.map((a) => a.outcome)).toEqual(['success', 'denied', 'denied']);
    await expect(checkStatement(t.ctx, systemActor, row.statement_no, row.verification_code)).resolves.toMatchObject({
      year: 2024,
    });
  });
});

describe('hall', () => {
  let liMing: Caller;
  beforeAll(async () => {
    liMing = await publicLogin(t, 'person', LI_MING);
  });

  it('lists the years with records and downloads the last full year, reusing the statement while nothing changed', async () => {
    const list = ok(await liMing.call('GET', '/api/hall/person/statements'));
    expect(list.years[0]).toEqual({ year: 2026, closed: false });
    expect(list.years).toContainEqual({ year: 2025, closed: true });
    expect(list.statements).toEqual([]);
    const first = await liMing.call('GET', '/api/hall/person/statements/2025/pdf');
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toBe('application/pdf');
    const text = pdfText(first.rawPayload);
    for (let m = 1; m <= 12; m++) expect(text).toContain(`2025-${String(m).padStart(2, '0')}`);
    const expected = await statementOf(t.ctx.db, liMingId, 2025);
    expect(text).toContain(expected.accounts[0]!.closing);
    expect(text).toContain('个人权益记录单');
    const second = await liMing.call('GET', '/api/hall/person/statements/2025/pdf');
    expect(second.headers['x-statement-no']).toBe(first.headers['x-statement-no']);
    const after = ok(await liMing.call('GET', '/api/hall/person/statements'));
    expect(after.statements).toHaveLength(1);
    expect(after.statements[0]).toMatchObject({
      statementNo: first.headers['x-statement-no'],
      year: 2025,
      closing: expected.accounts[0]!.closing,
    });
  });

  it('refuses the running year, a year without records, an employer account and nonsense', async () => {
    refused(await liMing.call('GET', '/api/hall/person/statements/2026/pdf'), 'statement_year_not_closed', 409);
    refused(await liMing.call('GET', '/api/hall/person/statements/1990/pdf'), 'statement_no_records', 404);
    refused(await liMing.call('GET', '/api/hall/person/statements/abc/pdf'), 'invalid_request', 400);
    const employer = await publicLogin(
      t,
      'employer',
      DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'employer')!.identifier,
    );
    refused(await employer.call('GET', '/api/hall/person/statements'), 'forbidden', 403);
    refused(await t.anonymous('GET', '/api/hall/person/statements'), 'unauthenticated', 401);
  });

  it('opens a rights-record-query case at the person’s agency that the clerk finds by its number', async () => {
    const answer = ok(
      await liMing.call('POST', '/api/hall/person/rights/discrepancies', {
        year: 2025,
        period: '202503',
        scheme: 'pension',
        description: '2025年3月单位已扣缴养老保险，但记录显示欠缴。',
      }),
      201,
    );
    expect(answer.caseNumber).toEqual(expect.any(String));
    const row = await t.ctx.db
      .selectFrom('cases')
      .innerJoin('case_bundles', 'case_bundles.id', 'cases.bundle_id')
      .select(['cases.item_code', 'cases.channel', 'cases.agency_id', 'case_bundles.note'])
      .where('cases.case_number', '=', answer.caseNumber)
      .executeTakeFirstOrThrow();
    const person = await t.ctx.db
      .selectFrom('persons')
      .select('agency_id')
      .where('person_id', '=', liMingId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ item_code: 'rights-record-query', channel: 'web', agency_id: person.agency_id });
    expect(row.note).toBe('【权益记录疑问：2025-03 养老保险】2025年3月单位已扣缴养老保险，但记录显示欠缴。');
    const found = ok(await clerk.call('GET', `/api/cases?caseNumber=${answer.caseNumber}`));
    expect(JSON.stringify(found)).toContain(answer.caseNumber);
    // The clerk reads what the person wrote on the case itself.
    const detail = ok(await clerk.call('GET', `/api/cases/by-number/${answer.caseNumber}`));
    expect(detail.applicationNote).toBe(row.note);
    refused(
      await liMing.call('POST', '/api/hall/person/rights/discrepancies', {
        year: 2024,
        period: '202503',
        description: 'x',
      }),
      'statement_discrepancy_period_outside_year',
      400,
    );
    refused(
      await liMing.call('POST', '/api/hall/person/rights/discrepancies', { description: '' }),
      'invalid_request',
      400,
    );
    refused(
      await liMing.call('POST', '/api/hall/person/rights/discrepancies', { description: 'x'.repeat(1001) }),
      'invalid_request',
      400,
    );
    refused(
      await liMing.call('POST', '/api/hall/person/rights/discrepancies', { description: 'x', extra: 1 }),
      'invalid_request',
      400,
    );
  });

  it('opens at most five queries a day, however many arrive at once', async () => {
    const raisedToday = async () =>
      Number(
        (
          await t.ctx.db
            .selectFrom('cases')
            .innerJoin('public_accounts', 'public_accounts.id', 'cases.public_account_id')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('cases.item_code', '=', 'rights-record-query')
            .where('public_accounts.display_name', '=', '李明')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await raisedToday();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        liMing.call('POST', '/api/hall/person/rights/discrepancies', { description: `并发疑问 ${i}` }),
      ),
    );
    // The lock makes the count and the new case one step: never more than the day's five.
    expect(answers.filter((a) => a.statusCode === 201)).toHaveLength(DISCREPANCIES_PER_DAY_MAX - before);
    for (const refusal of answers.filter((a) => a.statusCode !== 201))
      refused(refusal, 'statement_discrepancies_per_day_exceeded', 429);
    expect(await raisedToday()).toBe(DISCREPANCIES_PER_DAY_MAX);
  });

  it('lists who viewed the record: the clerk’s read, newest first, not another person’s, never the IP', async () => {
    ok(await clerk.call('GET', `/api/ledger/persons/${liMingId}/rights`));
    ok(await clerk.call('GET', `/api/ledger/persons/${seeded}/rights`));
    const log = ok(await liMing.call('GET', '/api/hall/person/access-log'));
    expect(log.items[0]).toMatchObject({
      action: 'rights.read',
      labelKey: 'viewed_rights',
      staffName: expect.any(String),
      agencyName: expect.any(String),
    });
    expect(Object.keys(log.items[0]).sort()).toEqual(['action', 'agencyName', 'at', 'labelKey', 'staffName']);
    expect(JSON.stringify(log)).not.toMatch(/127\.0\.0\.1|"ip"/);
    const rightsReads = log.items.filter((i: { action: string }) => i.action === 'rights.read');
    expect(rightsReads).toHaveLength(1);
    // Only staff actions: the person's own downloads and discrepancy case are not "who viewed my
    // record"; the clerk's reading of that case is.
    const caseEntries = log.items.filter((i: { action: string }) => i.action.startsWith('case.'));
    expect(caseEntries.map((i: { action: string; labelKey: string }) => [i.action, i.labelKey])).toEqual([
      ['case.read', 'viewed_case'],
    ]);
    refused(await liMing.call('GET', '/api/hall/person/access-log?page=0'), 'invalid_request', 400);
  });
});

describe('staff PDF', () => {
  it('prints a statement of a person in scope, audited on the person; refuses one out of scope', async () => {
    const response = await clerk.call('GET', `/api/ledger/persons/${seeded}/statements/2025/pdf`);
    expect(response.statusCode, response.body).toBe(200);
    expect(pdfText(response.rawPayload)).toContain('2023.58');
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id', 'actor_kind'])
      .where('entity', '=', 'person')
      .where('entity_id', '=', String(seeded))
      .where('action', 'in', ['statement.issue', 'statement.print'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'statement.issue', actor_kind: 'staff' });
    const outsider = await newPerson(702, '上城人', '330102');
    refused(await clerk.call('GET', `/api/ledger/persons/${outsider}/statements/2025/pdf`), 'out_of_scope', 403);
    refused(
      await (await t.as('admin')).call('GET', `/api/ledger/persons/${seeded}/statements/2025/pdf`),
      'forbidden',
      403,
    );
  });
});

describe('bulk runs', () => {
  it('resumes a run that failed after its first chunk and issues nothing twice', async () => {
    const region = '330199';
    await t.ctx.db.transaction().execute((trx) => ensureChart(trx, region, '2020-01-01' as CalendarDate));
    const persons = [await newPerson(711, '批一'), await newPerson(712, '批二'), await newPerson(713, '批三')];
    await post(persons.map((p) => item(p, 'pension', '202406', { region, sourceRef: 'bill:run' })));
    const who = systemActor;
    let chunks = 0;
    await expect(
      runStatements(t.ctx, {
        region,
        year: 2024,
        who,
        startedBy: 'cli',
        chunkSize: 2,
        onChunk: () => {
          chunks += 1;
          throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');
    expect(chunks).toBe(1);
    const failed = await t.ctx.db
      .selectFrom('statement_runs')
      .selectAll()
      .where('region_code', '=', region)
      .executeTakeFirstOrThrow();
    expect(failed).toMatchObject({ status: 'failed', persons_total: 3, persons_done: 2, error: 'disk full' });
    const rerun = await runStatements(t.ctx, { region, year: 2024, who, startedBy: 'cli', chunkSize: 2 });
    expect(rerun).toMatchObject({ status: 'completed', personsTotal: 3, personsDone: 3 });
    const again = await runStatements(t.ctx, { region, year: 2024, who, startedBy: 'cli', chunkSize: 2 });
    expect(again.id).toBe(rerun.id);
    const issued = await t.ctx.db
      .selectFrom('rights_statements')
      .select(['person_id', 'statement_no'])
      .where('run_id', '=', rerun.id)
      .orderBy('person_id')
      .execute();
    expect(issued.map((s) => s.person_id)).toEqual(persons);
    expect(new Set(issued.map((s) => s.statement_no)).size).toBe(3);
  });

  it('starts a run in the background through the API and lists its progress', async () => {
    const accountant = await t.as('accountant');
    const started = ok(
      await accountant.call('POST', '/api/ledger/statement-runs', { region: REGION, year: 2024 }),
      202,
    );
    expect(started).toMatchObject({ region: REGION, year: 2024, status: 'running' });
    let run = started;
    for (let i = 0; i < 200 && run.status === 'running'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      const list = ok(await accountant.call('GET', '/api/ledger/statement-runs'));
      run = list.items.find((r: { id: number }) => r.id === started.id);
    }
    expect(run).toMatchObject({ status: 'completed' });
    expect(run.personsDone).toBe(run.personsTotal);
    expect(run.personsTotal).toBeGreaterThan(0);
    refused(
      await accountant.call('POST', '/api/ledger/statement-runs', { region: REGION, year: 2026 }),
      'statement_year_not_closed',
      409,
    );
    refused(
      await accountant.call('POST', '/api/ledger/statement-runs', { region: '33', year: 2024 }),
      'invalid_request',
      400,
    );
    refused(await clerk.call('POST', '/api/ledger/statement-runs', { region: REGION, year: 2024 }), 'forbidden', 403);
  }, 60_000);
});
