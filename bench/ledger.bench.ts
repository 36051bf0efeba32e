/**
 * `npm run bench -- ledger [--scale F]`: the rights ledger's three figures (issue 5), N = 1,000,000
 * × scale individual accounts.
 *
 * (a) posting: N paid contribution months (one journal entry with its 3 lines and its rights
 *     record each) through the real `postContributions`, 5,000 per call and transaction, against a
 *     raw COPY of the very rows it wrote (entries, lines, rights records and their versions,
 *     batches) into the same tables. ratio = real rate ÷ COPY rate, required ≥ 0.30.
 * (b) interest: the year-end crediting of the N accounts through the real `runInterest` (chunks of
 *     5,000, one batch and transaction each) against a raw COPY of the interest rows it wrote
 *     (entries, lines, batches). Required ≥ 0.30.
 * (c) statement: `statementOf` (the annual statement of 2024 with its cumulative months over the
 *     whole record) for random persons with 30-year histories (360 months × 4 schemes, posted
 *     through `postContributions`, interest credited 2016–2024) with the N accounts loaded, under
 *     32 concurrent clients on the server's pool of 10 connections (PGlite: one connection). p99 < 50 ms.
 *     After a warm-up, as a running server is warm: every pooled connection has prepared the
 *     statement queries, and each person's statement has been read once, so what it read from the
 *     ledger is kept at the person's watermark (0022_statement_summaries.sql) and the measured
 *     reads check the watermark and take the kept parts.
 *
 * Raw baseline: the real run goes first; its rows are captured (COPY … TO), taken out again and
 * loaded back with one COPY per table in one transaction (pg-copy-streams `COPY … FROM STDIN` on
 * PostgreSQL, `COPY … FROM '/dev/blob'` on PGlite), so both paths write identical rows into tables
 * of the same size with the same indexes. PostgreSQL: a scratch database next to DATABASE_URL.
 */
import crypto from 'node:crypto';
import v8 from 'node:v8';
import vm from 'node:vm';
import { sql } from 'kysely';
import type { AppContext } from '../src/app-context.ts';
import { loadConfig } from '../src/config.ts';
import { parseCalendarDate } from '../src/kernel/calendar-date.ts';
import { fixedClock } from '../src/kernel/clock.ts';
import { benchKeys } from './support/keys.ts';
import { memoryBlobStore } from '../src/modules/archive/index.ts';
import {
  ensureChart,
  postContributions,
  runInterest,
  statementOf,
  type ContributionItem,
} from '../src/modules/ledger/index.ts';
import { outboxOnlyProviders } from '../src/modules/outbox/index.ts';
import { closedLoop, type LatencyFigures } from './ledger/latency.ts';
import { insertPersons, seedPayers } from './ledger/population.ts';
import { BULK_REGION, HISTORY_REGION } from './ledger/regions.ts';
import { captureSince, journalMark, removeSince, settle } from './ledger/raw.ts';
import { openScratch, type Scratch } from './support/scratch.ts';
import { BULK_PERIOD, bulkItem, chunked, historyItems, HISTORY_FIRST_YEAR, HISTORY_YEARS } from './ledger/workload.ts';
import type { Benchmark } from './run.ts';

const ACCOUNTS_AT_SCALE_1 = 1_000_000;
const REQUIRED_RATIO = 0.3;
const STATEMENT_P99_MAX_MS = 50;
const CLIENTS = 32;
/** The server's own pool (`connect` opens 10 connections unless told otherwise): clients queue for them. */
const SERVER_POOL = 10;
const CHUNK = 5_000;
const INTEREST_YEAR = 2024;
/** Interest of the history persons' accounts: the years with a published national rate. */
const HISTORY_INTEREST_YEARS = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const CLOCK = fixedClock(new Date('2025-01-20T02:00:00Z'));

const rate = (rows: number, ms: number): number => Math.round((rows / ms) * 1000);
const fmt = (n: number): string => Math.round(n).toLocaleString('en');
const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

interface Ratio {
  readonly realMs: number;
  readonly rawMs: number;
  readonly entries: number;
  readonly ratio: number;
}

async function setup(scratch: Scratch, ctx: AppContext, n: number, historyPersons: number) {
  const { db } = scratch.connection;
  const payers = await seedPayers(db, ctx.keys, [BULK_REGION, HISTORY_REGION], CLOCK.now());
  for (const region of [BULK_REGION, HISTORY_REGION]) await ensureChart(db, region, parseCalendarDate('1990-01-01'));
  const now = CLOCK.now();
  const bulk = await insertPersons(db, ctx.keys, { group: 'bulk', count: n, agencyId: payers.agencyId, now });
  const history = await insertPersons(db, ctx.keys, {
    group: 'history',
    count: historyPersons,
    agencyId: payers.agencyId,
    now,
  });
  // The N pension accounts exist before the month is posted (opened when the persons enrolled),
  // as they do when a month's collection is booked; postContributions would open missing ones.
  await sql`
    INSERT INTO individual_accounts (person_id, fund, region_code, opened_on)
    SELECT unnest(${bulk}::bigint[]), 'pension', ${BULK_REGION}, date '2020-01-01'`.execute(db);
  return { payers, bulk, history };
}

/** Posts items through the real API, one call and one transaction per chunk of 5,000. */
async function postAll(scratch: Scratch, chunks: readonly (readonly ContributionItem[])[]): Promise<number> {
  const started = performance.now();
  for (const chunk of chunks)
    await scratch.connection.db.transaction().execute((trx) => postContributions(trx, CLOCK, chunk));
  return performance.now() - started;
}

async function count(scratch: Scratch, table: string, where = 'true'): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM ${sql.raw(table)} WHERE ${sql.raw(where)}`.execute(scratch.connection.db);
  return rows[0]!.n;
}

/** (a): the bulk month through postContributions, then the same rows by COPY. */
async function postingFigure(scratch: Scratch, items: readonly ContributionItem[]): Promise<Ratio> {
  const tables = [
    'journal_batches',
    'journal_entries',
    'journal_lines',
    'rights_records',
    'rights_record_versions',
  ] as const;
  const chunks = chunked(items, CHUNK);
  await settle(scratch);
  const mark = await journalMark(scratch.connection.db);
  const realMs = await postAll(scratch, chunks);
  const captured = await captureSince(scratch, mark, tables);
  const rows = captured.rows;
  console.log(
    `(a) postContributions: ${items.length.toLocaleString('en')} entries in ${chunks.length} calls: ` +
      `${secs(realMs)}, ${fmt(rate(items.length, realMs))} entries/s ` +
      `(${fmt(rows.journal_entries!)} entries, ${fmt(rows.journal_lines!)} lines, ` +
      `${fmt(rows.rights_records!)} rights records and their versions, ${rows.journal_batches} batches)`,
  );
  const written = [rows.journal_entries, rows.rights_records, rows.rights_record_versions];
  if (written.some((n) => n !== items.length))
    throw new Error(`postContributions wrote ${written.join(' / ')} entries / records / versions`);
  await removeSince(scratch.connection.db, mark, tables);
  await settle(scratch);
  const started = performance.now();
  await scratch.copyIn(captured.batches);
  const rawMs = performance.now() - started;
  const reloaded = await count(scratch, 'journal_lines', `entry_id > ${mark.entryId}`);
  if (reloaded !== rows.journal_lines) throw new Error(`COPY loaded ${reloaded} lines of ${rows.journal_lines}`);
  const ratio = rawMs / realMs;
  console.log(
    `(a) raw COPY of the same rows: ${secs(rawMs)}, ${fmt(rate(items.length, rawMs))} entries/s` +
      ` → ratio ${ratio.toFixed(3)} (required ≥ ${REQUIRED_RATIO})`,
  );
  return { realMs, rawMs, entries: items.length, ratio };
}

/** (b): the year-end interest of the bulk region through runInterest, then the same rows by COPY. */
async function interestFigure(scratch: Scratch, ctx: AppContext, accounts: number): Promise<Ratio> {
  const tables = ['journal_batches', 'journal_entries', 'journal_lines'] as const;
  await settle(scratch);
  const mark = await journalMark(scratch.connection.db);
  const started = performance.now();
  const run = await runInterest(ctx, {
    year: INTEREST_YEAR,
    region: BULK_REGION,
    fund: 'pension',
    trigger: 'cli',
    startedBy: 'cli:bench',
  });
  const realMs = performance.now() - started;
  const captured = await captureSince(scratch, mark, tables);
  const entries = captured.rows.journal_entries!;
  console.log(
    `(b) runInterest ${INTEREST_YEAR} (${run.method}, rate ${run.rate}): ${fmt(run.accountsDone)} accounts, ` +
      `${fmt(entries)} entries, ${fmt(captured.rows.journal_lines!)} lines, ${captured.rows.journal_batches} batches: ` +
      `${secs(realMs)}, ${fmt(rate(entries, realMs))} entries/s (interest ${run.interest} yuan)`,
  );
  if (run.status !== 'completed' || run.accountsDone !== accounts || entries !== accounts)
    throw new Error(`runInterest: ${run.status}, ${run.accountsDone} accounts done, ${entries} entries`);
  await removeSince(scratch.connection.db, mark, tables);
  await settle(scratch);
  const copyStarted = performance.now();
  await scratch.copyIn(captured.batches);
  const rawMs = performance.now() - copyStarted;
  const ratio = rawMs / realMs;
  console.log(
    `(b) raw COPY of the same rows: ${secs(rawMs)}, ${fmt(rate(entries, rawMs))} entries/s` +
      ` → ratio ${ratio.toFixed(3)} (required ≥ ${REQUIRED_RATIO})`,
  );
  return { realMs, rawMs, entries, ratio };
}

/** The history persons' 30 years, posted through postContributions, and their interest (untimed). */
async function loadHistories(scratch: Scratch, ctx: AppContext, persons: readonly number[], employerId: number) {
  const items = persons.flatMap((p) => historyItems(p, HISTORY_REGION, employerId));
  const ms = await postAll(scratch, chunked(items, CHUNK));
  let credited = 0;
  for (const year of HISTORY_INTEREST_YEARS)
    for (const fund of ['pension', 'medical'] as const) {
      const run = await runInterest(ctx, {
        year,
        region: HISTORY_REGION,
        fund,
        trigger: 'cli',
        startedBy: 'cli:bench',
      });
      credited += run.accountsDone;
    }
  console.log(
    `histories: ${persons.length} persons × ${HISTORY_YEARS} years (${HISTORY_FIRST_YEAR}–` +
      `${HISTORY_FIRST_YEAR + HISTORY_YEARS - 1}) × 12 months × 4 schemes = ${fmt(items.length)} entries through ` +
      `postContributions in ${secs(ms)} (${fmt(rate(items.length, ms))} entries/s, untimed); ` +
      `${fmt(credited)} account-years of interest ${HISTORY_INTEREST_YEARS[0]}–${INTEREST_YEAR}`,
  );
}

/** Setup, (a) and (b), then the history persons of (c): the N bulk items live only in here. */
async function ratioFigures(scratch: Scratch, ctx: AppContext, n: number, historyPersons: number) {
  const setupStarted = performance.now();
  const { payers, bulk, history } = await setup(scratch, ctx, n, historyPersons);
  const items = bulk.map((p) => bulkItem(p, BULK_REGION, payers.employers.get(BULK_REGION)!));
  console.log(
    `setup: ${fmt(n + historyPersons)} persons, ${fmt(n)} pension accounts in ${secs(performance.now() - setupStarted)} (untimed); bulk month ${BULK_PERIOD}`,
  );
  const posting = await postingFigure(scratch, items);
  const interest = await interestFigure(scratch, ctx, n);
  await loadHistories(scratch, ctx, history, payers.employers.get(HISTORY_REGION)!);
  return { posting, interest, history };
}

/** A full collection now (V8's `gc`, exposed for this call only: the bench runs without --expose-gc). */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** (c): statementOf for random history persons under 32 concurrent clients. */
async function statementFigure(scratch: Scratch, persons: readonly number[], requests: number) {
  await settle(scratch);
  const pool = await scratch.readers(SERVER_POOL);
  try {
    const pick = () => persons[crypto.randomInt(persons.length)]!;
    const sample = await statementOf(pool.db, pick(), INTEREST_YEAR);
    const months = Object.values(sample.cumulativeMonths as Record<string, number>).reduce((a, b) => a + b, 0);
    // Warm-up, as a running server's pool is warm: every connection prepares the statement query
    // and the server settles on its generic plan after five executions; every person's history
    // aggregates are kept by the first statement read.
    await closedLoop({ clients: CLIENTS, requests: CLIENTS * 8 + persons.length }, () =>
      statementOf(pool.db, pick(), INTEREST_YEAR),
    );
    const figures = await closedLoop({ clients: CLIENTS, requests }, () => statementOf(pool.db, pick(), INTEREST_YEAR));
    report('(c) statementOf', figures, pool.connections, `${months} cumulative months over all schemes`);
    // The service time of one statement alone: what the 32 clients queue behind.
    const alone = await closedLoop({ clients: 1, requests: 50 }, () => statementOf(pool.db, pick(), INTEREST_YEAR));
    console.log(
      `(c) statementOf alone (1 client, 50 requests): p50 ${alone.p50Ms.toFixed(1)} ms, p99 ${alone.p99Ms.toFixed(1)} ms ` +
        `(${fmt(alone.perSecond)}/s)`,
    );
    return { figures, aloneP50Ms: alone.p50Ms };
  } finally {
    await pool.close();
  }
}

function report(what: string, f: LatencyFigures, connections: number, note: string): void {
  const on = connections === 1 ? 'one PGlite connection (clients queue on it)' : `a pool of ${connections} connections`;
  console.log(
    `${what} ${INTEREST_YEAR} (${note}): ${fmt(f.requests)} requests from ${f.clients} concurrent clients on ${on}: ` +
      `${fmt(f.perSecond)}/s; p50 ${f.p50Ms.toFixed(1)} ms, p95 ${f.p95Ms.toFixed(1)} ms, ` +
      `p99 ${f.p99Ms.toFixed(1)} ms, max ${f.maxMs.toFixed(1)} ms (required p99 < ${STATEMENT_P99_MAX_MS} ms)`,
  );
}

const bench: Benchmark = {
  description:
    'rights ledger: (a) postContributions and (b) runInterest vs a raw COPY of the same rows; (c) statement p99 under 32 clients',
  async run(scale) {
    const n = Math.max(CHUNK, Math.round(ACCOUNTS_AT_SCALE_1 * scale));
    const historyPersons = Math.min(200, Math.max(20, Math.round(2_000 * scale)));
    const scratch = await openScratch();
    try {
      const ctx: AppContext = {
        db: scratch.connection.db,
        clock: CLOCK,
        keys: benchKeys(),
        config: loadConfig({}),
        messages: outboxOnlyProviders,
        blobs: memoryBlobStore(),
      };
      console.log(
        `database: ${scratch.where}; N = ${fmt(n)} accounts (1,000,000 × ${scale}); ${historyPersons} persons with ` +
          `30-year histories; raw baseline: COPY … FROM ${scratch.connection.driver === 'postgres' ? 'STDIN (pg-copy-streams)' : "'/dev/blob'"}`,
      );
      const { posting, interest, history } = await ratioFigures(scratch, ctx, n, historyPersons);
      // The bulk workload (N items) is out of scope now: collect it, so that (c) measures the
      // statement and not the major collections of a heap no running server would hold.
      collectGarbage();
      const requests = scratch.connection.driver === 'postgres' ? CLIENTS * 40 : CLIENTS * 10;
      const { figures: statement, aloneP50Ms } = await statementFigure(scratch, history, requests);

      const ratio = Math.min(posting.ratio, interest.ratio);
      const p99 = Number(statement.p99Ms.toFixed(1));
      const pass = posting.ratio >= REQUIRED_RATIO && interest.ratio >= REQUIRED_RATIO && p99 < STATEMENT_P99_MAX_MS;
      console.log(
        `ratio = min(posting ${posting.ratio.toFixed(3)}, interest ${interest.ratio.toFixed(3)}) = ${ratio.toFixed(3)}, ` +
          `required ≥ ${REQUIRED_RATIO}; statement p99 ${p99} ms, required < ${STATEMENT_P99_MAX_MS} ms → ${pass ? 'PASS' : 'FAIL'}`,
      );
      return {
        ratio,
        required: REQUIRED_RATIO,
        pass,
        extra: {
          posting: Number(posting.ratio.toFixed(3)),
          interest: Number(interest.ratio.toFixed(3)),
          statementP99Ms: p99,
          statementAloneP50Ms: Number(aloneP50Ms.toFixed(1)),
          driver: scratch.connection.driver,
          accounts: n,
          statementVia: 'statementOf',
          statementConnections: scratch.connection.driver === 'postgres' ? SERVER_POOL : 1,
        },
      };
    } finally {
      await scratch.dispose();
    }
  },
};

export default bench;
