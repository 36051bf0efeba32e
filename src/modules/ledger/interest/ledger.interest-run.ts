/**
 * Interest crediting as a service: the year-end run over a region's individual accounts of one
 * fund (resumable, chunked, one journal batch per chunk) and the pro-rata crediting when an account
 * closes in the middle of a year (retirement, transfer out, death). The formulas are pure, in
 * ledger.interest.ts; the SQL is in ledger.interest.repository.ts.
 */
import type { Selectable } from 'kysely';
import type { AppContext } from '../../../app-context.ts';
import type { Db, Trx } from '../../../db/connection.ts';
import type { InterestRunTable } from '../../../db/tables/ledger.ts';
import { assert } from '../../../kernel/assert.ts';
import { compareDates, today, type CalendarDate } from '../../../kernel/calendar-date.ts';
import { centsToDecimal, sumCents, zeroCents, type Cents } from '../../../kernel/cents.ts';
import type { Clock } from '../../../kernel/clock.ts';
import { periodOf } from '../../../kernel/period.ts';
import { appendAudit, systemActor, type AuditActor } from '../../audit/index.ts';
import { policyValueOrNull } from '../../policy/index.ts';
import {
  creditInterest,
  foldCreditsAfter,
  INTEREST_METHODS,
  MONTHS_IN_YEAR,
  type InterestMethod,
} from './ledger.interest.ts';
import { rejectInterest } from './ledger.interest.rejections.ts';
import {
  countRunAccounts,
  INTEREST_SOURCE,
  interestKey,
  monthlyCredits,
  nextRunAccounts,
  openingBalances,
} from './ledger.interest.repository.ts';
import { postEntries } from '../journal/ledger.journal.ts';
import { ledgerLimits, type IndividualFund, type PostingRequest } from '../ledger.model.ts';
import { interestPosting } from '../journal/ledger.postings.ts';

type RunRow = Selectable<InterestRunTable>;

/** Accounts per chunk, and so per journal batch and per transaction. */
export const INTEREST_CHUNK_SIZE = ledgerLimits.entriesPerBatchMax;
const ERROR_LENGTH_MAX = 500;
/** Most runs one list answers (one per region, fund and year: years of a province fit). */
export const INTEREST_RUNS_LISTED_MAX = 200;

export type InterestRunTrigger = 'cli' | 'api' | 'schedule' | 'demo';

/** What starts (or resumes) the year-end crediting of one region, fund and year. */
export interface InterestRunRequest {
  readonly year: number;
  readonly region: string;
  readonly fund: IndividualFund;
  readonly trigger: InterestRunTrigger;
  /** Who started it, as stored on the run: 'staff:<id>', 'cli:<user>'. */
  readonly startedBy: string;
  /** Who the audit entries name; the system by default. */
  readonly actor?: AuditActor;
  /** Called after every committed chunk with the run as it stands. */
  readonly onProgress?: (run: InterestRunView) => void;
  /** Accounts per chunk (default 5,000, the journal's batch limit). */
  readonly chunkSize?: number;
  /** Test hook: fail after this many committed chunks, as a crash would. */
  readonly failAfterChunks?: number;
}

/** A run as the API and the CLI show it; money as decimal strings. */
export interface InterestRunView {
  readonly id: number;
  readonly region: string;
  readonly fund: IndividualFund;
  readonly year: number;
  readonly method: InterestMethod;
  readonly rate: string;
  readonly status: 'running' | 'completed' | 'failed';
  readonly accountsTotal: number;
  readonly accountsDone: number;
  readonly interest: string;
  readonly startedBy: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly error: string | null;
}

/** The API and CLI shape of a run row. */
export function runView(row: RunRow): InterestRunView {
  return {
    id: row.id,
    region: row.region_code,
    fund: row.fund,
    year: row.year,
    method: row.method,
    rate: row.rate,
    status: row.status,
    accountsTotal: row.accounts_total,
    accountsDone: row.accounts_done,
    interest: centsToDecimal(row.interest_fen as Cents),
    startedBy: row.started_by,
    startedAt: new Date(row.started_at).toISOString(),
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at).toISOString(),
    error: row.error,
  };
}

/** The region's crediting method (记账方法) on a day; null when it is not set. */
async function methodOn(db: Db, region: string, on: CalendarDate): Promise<InterestMethod | null> {
  const found = await policyValueOrNull(db, { region, key: 'pension.interest_method', on });
  return found && (INTEREST_METHODS as readonly string[]).includes(found.value)
    ? (found.value as InterestMethod)
    : null;
}

/**
 * The rate and method of a year's year-end crediting. A pension rate is published for its year
 * (valid from 1 January of it): an earlier year's rate still in force on 31 December is not that
 * year's and counts as missing. The medical rate is a deposit rate: the one in force at year end.
 */
export async function yearTerms(
  db: Db,
  region: string,
  fund: IndividualFund,
  year: number,
): Promise<{ rate: string; method: InterestMethod } | null> {
  const end = `${year}-12-31` as CalendarDate;
  const rate = await policyValueOrNull(db, { region, key: `${fund}.interest_rate`, on: end });
  if (!rate || (fund === 'pension' && rate.validFrom < `${year}-01-01`)) return null;
  const method = await methodOn(db, region, end);
  return method ? { rate: rate.value, method } : null;
}

async function findRun(db: Db, region: string, fund: IndividualFund, year: number): Promise<RunRow | undefined> {
  return db
    .selectFrom('interest_runs')
    .selectAll()
    .where('region_code', '=', region)
    .where('fund', '=', fund)
    .where('year', '=', year)
    .executeTakeFirst();
}

/** Runs, newest year first (the list of the fund accountant's page), optionally within some regions. */
export async function interestRuns(
  db: Db,
  filter: { year?: number; region?: string; regions?: readonly string[] } = {},
): Promise<InterestRunView[]> {
  if (filter.regions?.length === 0) return [];
  let query = db
    .selectFrom('interest_runs')
    .selectAll()
    .orderBy('year', 'desc')
    .orderBy('id', 'desc')
    .limit(INTEREST_RUNS_LISTED_MAX);
  if (filter.year !== undefined) query = query.where('year', '=', filter.year);
  if (filter.region !== undefined) query = query.where('region_code', '=', filter.region);
  if (filter.regions !== undefined) query = query.where('region_code', 'in', filter.regions);
  return (await query.execute()).map(runView);
}

/** Refuses a year whose 31 December is not yet past by the China date. */
export function refuseYearNotEnded(clock: Clock, year: number): void {
  assert(Number.isInteger(year) && year >= 1990 && year <= 9998, `year ${year} is out of range`);
  if (compareDates(`${year}-12-31` as CalendarDate, today(clock)) >= 0)
    throw rejectInterest('interest_year_not_ended', { year });
}

/**
 * Creates the run row, or takes up a running or failed one where it stopped. Refuses a year not
 * yet ended (by the China date), a year whose rate is not published, a completed run.
 */
export async function openInterestRun(ctx: AppContext, request: InterestRunRequest): Promise<RunRow> {
  const { year, region, fund } = request;
  refuseYearNotEnded(ctx.clock, year);
  const actor = request.actor ?? { ...systemActor, name: request.startedBy };
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await findRun(trx, region, fund, year);
    if (existing?.status === 'completed') throw rejectInterest('interest_run_completed', { id: existing.id });
    if (existing) {
      const resumed = await trx
        .updateTable('interest_runs')
        .set({ status: 'running', error: null, finished_at: null })
        .where('id', '=', existing.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, ctx.clock, actor, 'interest.run.resume', resumed, { trigger: request.trigger });
      return resumed;
    }
    const terms = await yearTerms(trx, region, fund, year);
    if (!terms) throw rejectInterest('interest_rate_missing', { year, region, fund });
    const created = await trx
      .insertInto('interest_runs')
      .values({
        region_code: region,
        fund,
        year,
        method: terms.method,
        rate: terms.rate,
        status: 'running',
        accounts_total: await countRunAccounts(trx, region, fund, year),
        started_by: request.startedBy,
        started_at: ctx.clock.now(),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, ctx.clock, actor, 'interest.run.start', created, { trigger: request.trigger });
    return created;
  });
}

function audit(
  trx: Trx,
  clock: Clock,
  actor: AuditActor,
  action: string,
  run: RunRow,
  details: Record<string, unknown>,
): Promise<number> {
  return appendAudit(trx, clock, actor, {
    action,
    entity: 'interest_run',
    entityId: run.id,
    details: { year: run.year, region: run.region_code, fund: run.fund, ...details },
  });
}

/** Credits the next chunk of a run in one transaction; `finished` once nothing is left. */
async function creditChunk(
  trx: Trx,
  clock: Clock,
  runId: number,
  chunkSize: number,
  actor: AuditActor,
): Promise<{ finished: boolean; run: RunRow }> {
  // The row lock serialises two workers on one run (a CLI and a server): each chunk starts at the cursor.
  const run = await trx
    .selectFrom('interest_runs')
    .selectAll()
    .where('id', '=', runId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  if (run.status !== 'running') return { finished: true, run };
  const { region_code: region, fund, year } = run;
  const chunk = await nextRunAccounts(trx, { region, fund, year, cursor: run.cursor_person, limit: chunkSize });
  if (chunk.last === null) {
    const done = await trx
      .updateTable('interest_runs')
      .set({ status: 'completed', finished_at: clock.now() })
      .where('id', '=', runId)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, clock, actor, 'interest.run.complete', done, {
      accounts: done.accounts_done,
      interest: centsToDecimal(done.interest_fen as Cents),
    });
    return { finished: true, run: done };
  }
  const postings = await chunkPostings(trx, run, chunk.accounts);
  if (postings.length > 0) await postEntries(trx, clock, postings, { source: `interest:run:${runId}` });
  const credited = sumCents(postings.map((p) => p.lines[0]!.amount));
  const moved = await trx
    .updateTable('interest_runs')
    .set((eb) => ({
      cursor_person: chunk.last!,
      accounts_done: eb('accounts_done', '+', chunk.walked),
      interest_fen: eb('interest_fen', '+', credited),
    }))
    .where('id', '=', runId)
    .returningAll()
    .executeTakeFirstOrThrow();
  // After postEntries: the journal head lock is taken before the audit head, in every transaction.
  await audit(trx, clock, actor, 'interest.credit', moved, {
    fromPerson: run.cursor_person + 1,
    toPerson: chunk.last,
    accounts: chunk.walked,
    entries: postings.length,
    interest: centsToDecimal(credited),
  });
  return { finished: false, run: moved };
}

/** The interest postings of a chunk: two aggregate queries, the pure formula, zero interest left out. */
async function chunkPostings(
  trx: Db,
  run: RunRow,
  accounts: readonly { personId: number; region: string }[],
): Promise<PostingRequest[]> {
  if (accounts.length === 0) return [];
  const ids = accounts.map((a) => a.personId);
  const opening = await openingBalances(trx, run.fund, ids, `${run.year - 1}-12-31`);
  const credits = await monthlyCredits(trx, { fund: run.fund, personIds: ids, year: run.year });
  const postings: PostingRequest[] = [];
  for (const account of accounts) {
    const { interest } = creditInterest({
      openingBalance: opening.get(account.personId) ?? zeroCents,
      rate: run.rate,
      method: run.method,
      monthlyCredits: credits.get(account.personId) ?? noCredits(),
    });
    if (interest > 0)
      postings.push(
        yearEndPosting({ ...account, fund: run.fund, year: run.year, amount: interest, sourceRef: `run:${run.id}` }),
      );
  }
  return postings;
}

const noCredits = (): Cents[] => Array.from({ length: MONTHS_IN_YEAR }, () => zeroCents);

function yearEndPosting(credit: {
  personId: number;
  region: string;
  fund: IndividualFund;
  year: number;
  amount: Cents;
  sourceRef: string;
  effectiveOn?: CalendarDate;
  reason?: string;
}): PostingRequest {
  const effectiveOn = credit.effectiveOn ?? (`${credit.year}-12-31` as CalendarDate);
  return {
    ...interestPosting({ ...credit, effectiveOn, sourceModule: INTEREST_SOURCE }),
    period: periodOf(effectiveOn),
  };
}

/**
 * Walks a run from its cursor to the end, one transaction per chunk, so a crash loses at most the
 * chunk in flight; the run is marked failed with the error, and running it again resumes it.
 */
async function walkRun(ctx: AppContext, runId: number, request: InterestRunRequest): Promise<InterestRunView> {
  const chunkSize = request.chunkSize ?? INTEREST_CHUNK_SIZE;
  assert(Number.isInteger(chunkSize) && chunkSize >= 1 && chunkSize <= INTEREST_CHUNK_SIZE, 'chunk size out of range');
  const actor = request.actor ?? { ...systemActor, name: request.startedBy };
  let chunks = 0;
  try {
    for (;;) {
      const step = await ctx.db.transaction().execute((trx) => creditChunk(trx, ctx.clock, runId, chunkSize, actor));
      request.onProgress?.(runView(step.run));
      if (step.finished) return runView(step.run);
      chunks += 1;
      if (request.failAfterChunks !== undefined && chunks >= request.failAfterChunks)
        throw new Error(`interest run ${runId} stopped after ${chunks} chunks (test hook)`);
    }
  } catch (error) {
    await ctx.db
      .updateTable('interest_runs')
      .set({
        status: 'failed',
        finished_at: ctx.clock.now(),
        error: String((error as Error).message ?? error).slice(0, ERROR_LENGTH_MAX),
      })
      .where('id', '=', runId)
      .where('status', '=', 'running')
      .execute();
    throw error;
  }
}

/** Starts or resumes the year-end crediting and runs it to the end (the CLI; tests). */
export async function runInterest(ctx: AppContext, request: InterestRunRequest): Promise<InterestRunView> {
  const run = await openInterestRun(ctx, request);
  request.onProgress?.(runView(run));
  return walkRun(ctx, run.id, request);
}

/** Runs under way in this process, by region, fund and year. */
const active = new Map<string, { opened: Promise<number>; done: Promise<void> }>();

/**
 * Starts (or resumes) a run in the background and answers the run row at once; progress is read
 * from the row. A second start while this process runs it answers the same run.
 */
export async function startInterestRun(ctx: AppContext, request: InterestRunRequest): Promise<InterestRunView> {
  const key = `${request.region}:${request.fund}:${request.year}`;
  const running = active.get(key);
  if (running) return runView(await runById(ctx.db, await running.opened));
  const opened = openInterestRun(ctx, request);
  const openedId = opened.then((run) => run.id);
  openedId.catch(() => undefined); // the caller below gets the refusal; a concurrent caller too
  const done = opened
    .then((run) => walkRun(ctx, run.id, request))
    .then(
      () => undefined,
      () => undefined, // a failure is on the run row (status failed, error)
    )
    .finally(() => active.delete(key));
  active.set(key, { opened: openedId, done });
  return runView(await runById(ctx.db, (await opened).id));
}

/** Waits for every background run of this process (shutdown, tests). */
export async function settleInterestRuns(): Promise<void> {
  await Promise.all([...active.values()].map((a) => a.done));
}

async function runById(db: Db, id: number): Promise<RunRow> {
  return db.selectFrom('interest_runs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export type ClosingReason = 'retired' | 'transferred_out' | 'died';

/** What `creditInterestOnClosing` credited, per year (the previous one too when it was still owed). */
export interface ClosingCredit {
  readonly year: number;
  readonly months: number;
  readonly rate: string;
  readonly method: InterestMethod;
  readonly interest: Cents;
  /** The journal entry; null when the interest was zero. */
  readonly entryId: number | null;
  /** True when the year's interest had already been credited (nothing new booked). */
  readonly already: boolean;
}

/**
 * Credits the interest an account has earned up to its closing, inside the caller's transaction and
 * before it closes the account (the journal refuses postings to closed accounts): the current year
 * pro rata to the month of closing, with the last rate published on or before `closedOn` (the
 * year's own is rarely out yet), and the previous year in full when its year-end run has not
 * credited it yet. Keys 'interest:<year>:<fund>:<personId>', so the year-end run skips them. The
 * caller writes the audit entry, after this (journal head before audit head).
 */
export async function creditInterestOnClosing(
  trx: Db,
  clock: Clock,
  input: { personId: number; fund: IndividualFund; closedOn: CalendarDate; reason: ClosingReason },
): Promise<ClosingCredit[]> {
  const account = await trx
    .selectFrom('individual_accounts')
    .select(['region_code', 'status', 'opened_on'])
    .where('person_id', '=', input.personId)
    .where('fund', '=', input.fund)
    .forUpdate()
    .executeTakeFirst();
  if (!account) throw rejectInterest('interest_account_not_found', { personId: input.personId, fund: input.fund });
  if (account.status !== 'open') throw rejectInterest('interest_account_not_open', { personId: input.personId });
  if (input.closedOn < account.opened_on || compareDates(input.closedOn, today(clock)) > 0)
    throw rejectInterest('interest_closing_date_invalid', { closedOn: input.closedOn, openedOn: account.opened_on });
  const year = Number(input.closedOn.slice(0, 4));
  const results: ClosingCredit[] = [];
  if (account.opened_on <= `${year - 1}-12-31`) {
    const end = `${year - 1}-12-31` as CalendarDate;
    results.push(
      await creditYear(trx, clock, { ...input, region: account.region_code, year: year - 1, until: end, rateOn: end }),
    );
  }
  const closing = { ...input, region: account.region_code, year, until: input.closedOn, rateOn: input.closedOn };
  results.push(await creditYear(trx, clock, closing));
  return results;
}

/** One year's crediting of one account up to `until` (31 December, or the closing day: pro rata). */
async function creditYear(
  trx: Db,
  clock: Clock,
  job: {
    personId: number;
    fund: IndividualFund;
    region: string;
    year: number;
    until: CalendarDate;
    rateOn: CalendarDate;
    reason: ClosingReason;
  },
): Promise<ClosingCredit> {
  const months = Number(job.until.slice(5, 7));
  const rate = await policyValueOrNull(trx, { region: job.region, key: `${job.fund}.interest_rate`, on: job.rateOn });
  const method = await methodOn(trx, job.region, job.rateOn);
  if (!rate || !method)
    throw rejectInterest('interest_rate_missing', { year: job.year, region: job.region, fund: job.fund });
  const terms = { year: job.year, months, rate: rate.value, method };
  const booked = await bookedInterest(trx, interestKey(job.year, job.fund, job.personId));
  if (booked) return { ...terms, interest: booked.amount, entryId: booked.id, already: true };
  const opening = await openingBalances(trx, job.fund, [job.personId], `${job.year - 1}-12-31`);
  const credits = await monthlyCredits(trx, {
    fund: job.fund,
    personIds: [job.personId],
    year: job.year,
    until: job.until,
  });
  const { interest } = creditInterest({
    openingBalance: opening.get(job.personId) ?? zeroCents,
    rate: rate.value,
    method,
    monthlyCredits: foldCreditsAfter(credits.get(job.personId) ?? noCredits(), months),
    months,
  });
  if (interest <= 0) return { ...terms, interest: zeroCents, entryId: null, already: false };
  const partial = months < MONTHS_IN_YEAR;
  const posting = yearEndPosting({
    personId: job.personId,
    region: job.region,
    fund: job.fund,
    year: job.year,
    amount: interest,
    effectiveOn: job.until,
    sourceRef: `closing:${job.reason}`,
    reason: partial
      ? `${job.year}年度个人账户记账利息（按${months}个月折算，账户终止）`
      : `${job.year}年度个人账户记账利息（账户终止时补记）`,
  });
  const [entry] = await postEntries(trx, clock, [posting], { source: 'interest:closing' });
  return { ...terms, interest, entryId: entry!.id, already: false };
}

/** The interest entry booked under a key, with its amount. */
async function bookedInterest(trx: Db, key: string): Promise<{ id: number; amount: Cents } | null> {
  const row = await trx
    .selectFrom('journal_entries as e')
    .innerJoin('journal_lines as l', 'l.entry_id', 'e.id')
    .select(['e.id', 'l.amount_fen'])
    .where('e.idempotency_key', '=', key)
    .where('l.side', '=', 'credit')
    .executeTakeFirst();
  return row ? { id: row.id, amount: row.amount_fen as Cents } : null;
}
