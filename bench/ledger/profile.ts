/**
 * Where the time of the ledger benchmark goes, statement by statement (PostgreSQL only): run
 * `SHEBAO_BENCH_KEEP=1 DATABASE_URL=… npm run bench -- ledger --scale 0.005` to keep its scratch
 * database, then
 *
 *   npx tsx bench/ledger/profile.ts <scratch-database-url> statement   # statementOf and rightsView, 20 persons
 *   npx tsx bench/ledger/profile.ts <scratch-database-url> posting     # one postContributions call of 5,000 months
 *   npx tsx bench/ledger/profile.ts <scratch-database-url> interest    # the bulk region's 2024 interest run again
 *
 * Every query of the real code is timed on the client (round trip, including result parsing);
 * what is left of the call's time is spent in JavaScript (hashing, building requests and rows).
 */
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { AppContext } from '../../src/app-context.ts';
import { loadConfig } from '../../src/config.ts';
import { parseInt8, type Db } from '../../src/db/connection.ts';
import type { Database } from '../../src/db/schema.ts';
import { parseCalendarDate } from '../../src/kernel/calendar-date.ts';
import { fixedClock } from '../../src/kernel/clock.ts';
import { period } from '../../src/kernel/period.ts';
import { benchKeys } from '../support/keys.ts';
import { memoryBlobStore } from '../../src/modules/archive/index.ts';
import { postContributions, rightsView, runInterest, statementOf } from '../../src/modules/ledger/index.ts';
import { outboxOnlyProviders } from '../../src/modules/outbox/index.ts';
import { BULK_REGION, HISTORY_REGION } from './regions.ts';
import { bulkItem } from './workload.ts';

const stats = new Map<string, { calls: number; ms: number }>();
let recording = false;

type Query = (...args: unknown[]) => unknown;

/** Wraps a client's `query` so that every promise-returning call is timed under its SQL text. */
function instrument(client: pg.PoolClient): void {
  const original = client.query.bind(client) as Query;
  const timed: Query = (...args) => {
    const first = args[0];
    const text = typeof first === 'string' ? first : ((first as { text?: string }).text ?? '?');
    const key = text.replace(/\s+/g, ' ').trim().slice(0, 110);
    const started = performance.now();
    const result = original(...args);
    if (!(result instanceof Promise)) return result;
    return result.then((value: unknown) => {
      if (recording) {
        const s = stats.get(key) ?? { calls: 0, ms: 0 };
        s.calls += 1;
        s.ms += performance.now() - started;
        stats.set(key, s);
      }
      return value;
    });
  };
  (client as unknown as { query: Query }).query = timed;
}

function open(url: string): Db {
  const identity = (text: string): string => text;
  const parsers: Record<number, (text: string) => unknown> = { 20: parseInt8, 1082: identity, 1700: identity };
  const pool = new pg.Pool({
    connectionString: url,
    max: 1,
    options: '-c TimeZone=UTC',
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('connect', instrument);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

async function measure(title: string, work: () => Promise<unknown>): Promise<void> {
  stats.clear();
  recording = true;
  const started = performance.now();
  await work();
  const total = performance.now() - started;
  recording = false;
  const rows = [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms);
  const inQueries = rows.reduce((sum, [, s]) => sum + s.ms, 0);
  console.log(
    `\n${title}: ${total.toFixed(1)} ms, of which queries ${inQueries.toFixed(1)} ms, ` +
      `JavaScript ${(total - inQueries).toFixed(1)} ms`,
  );
  for (const [text, s] of rows.slice(0, 15))
    console.log(`${s.ms.toFixed(1).padStart(9)} ms ${String(s.calls).padStart(4)}×  ${text}`);
}

async function profileStatements(db: Db): Promise<void> {
  const { rows } = await sql<{ person_id: number }>`
    SELECT DISTINCT person_id FROM individual_accounts WHERE region_code = ${HISTORY_REGION} LIMIT 20`.execute(db);
  const persons = rows.map((r) => r.person_id);
  for (const p of persons.slice(0, 3)) await statementOf(db, p, 2024);
  await measure(`statementOf × ${persons.length}`, async () => {
    for (const p of persons) await statementOf(db, p, 2024);
  });
  await measure(`rightsView × ${persons.length}`, async () => {
    for (const p of persons) await rightsView(db, p, parseCalendarDate('2025-01-20'));
  });
}

/** Posts a further month (November 2024, once per database) for the first 5,000 bulk persons. */
async function profilePosting(db: Db): Promise<void> {
  const { rows } = await sql<{ person_id: number }>`
    SELECT person_id FROM individual_accounts WHERE region_code = ${BULK_REGION} ORDER BY person_id LIMIT 5000`.execute(
    db,
  );
  const employer = await db
    .selectFrom('employers')
    .select('id')
    .where('pooling_region', '=', BULK_REGION)
    .executeTakeFirstOrThrow();
  const items = rows.map((r) => ({
    ...bulkItem(r.person_id, BULK_REGION, employer.id),
    period: period(2024, 11),
    sourceRef: 'bench:profile:202411',
  }));
  const clock = fixedClock(new Date('2025-01-20T02:00:00Z'));
  await measure(`postContributions × ${items.length}`, () =>
    db.transaction().execute((trx) => postContributions(trx, clock, items)),
  );
}

/**
 * Takes the bulk region's 2024 interest run out of the scratch journal (its entries, lines, batches
 * and run row; the caches are left as they are, the run does not read them) and runs it again.
 */
async function profileInterest(db: Db): Promise<void> {
  const run = await db
    .selectFrom('interest_runs')
    .select('id')
    .where('region_code', '=', BULK_REGION)
    .where('year', '=', 2024)
    .where('fund', '=', 'pension')
    .executeTakeFirstOrThrow();
  const ref = `run:${run.id}`;
  await sql`DELETE FROM journal_lines WHERE entry_id IN
    (SELECT id FROM journal_entries WHERE source_module = 'interest' AND source_ref = ${ref})`.execute(db);
  await sql`DELETE FROM journal_entries WHERE source_module = 'interest' AND source_ref = ${ref}`.execute(db);
  await sql`DELETE FROM journal_batches WHERE source = ${`interest:${ref}`}`.execute(db);
  await sql`DELETE FROM interest_runs WHERE id = ${run.id}`.execute(db);
  await sql`VACUUM ANALYZE`.execute(db);
  const ctx: AppContext = {
    db,
    clock: fixedClock(new Date('2025-01-20T02:00:00Z')),
    keys: benchKeys(),
    config: loadConfig({}),
    messages: outboxOnlyProviders,
    blobs: memoryBlobStore(),
  };
  await measure('runInterest 2024', () =>
    runInterest(ctx, { year: 2024, region: BULK_REGION, fund: 'pension', trigger: 'cli', startedBy: 'cli:profile' }),
  );
}

const modes: Record<string, (db: Db) => Promise<void>> = {
  statement: profileStatements,
  posting: profilePosting,
  interest: profileInterest,
};
const [url, mode] = process.argv.slice(2);
const profile = mode === undefined ? undefined : modes[mode];
if (!url || !profile) {
  console.error('usage: npx tsx bench/ledger/profile.ts <scratch-database-url> statement|posting|interest');
  process.exitCode = 2;
} else {
  const db = open(url);
  try {
    await profile(db);
  } finally {
    await db.destroy();
  }
}
