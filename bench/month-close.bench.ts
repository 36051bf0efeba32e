/**
 * `npm run bench -- month-close [--scale F]`: the month close (issue 6) of a synthetic region of
 * 1,000,000 × F insured persons and 50,000 × F employers (20 employees each, enrolled in the four
 * schemes; 90 % declared the month, the rest are assessed at 110 % of the previous month), most
 * payers holding prepaid credit, so that the close assesses, bills, posts the collected
 * contributions, rolls the rest into arrears and reports.
 *
 * ratio = the time of a raw COPY of the ledger and rights-record rows the close wrote (captured
 * after it, taken out, loaded back by COPY: bench/ledger/raw.ts) ÷ the time of `closeMonth`;
 * required ≥ 0.25.
 *
 * Crash test: a second, identically generated database is closed by a child process
 * (bench/month-close/child.ts) killed with SIGKILL once its cursor has passed half the payers; the
 * close is then run again here and must end with the same journal (entries' idempotency keys,
 * dates, lines and amounts) and rights records as the uninterrupted close: row counts and an
 * order-free digest per part (bench/month-close/fingerprint.ts), streamed through a cursor.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, type Connection } from '../src/db/connection.ts';
import { closeMonth, type MonthCloseView } from '../src/jobs/month-close/index.ts';
import { captureSince, journalMark, removeSince, settle } from './ledger/raw.ts';
import { ledgerDigest } from './month-close/fingerprint.ts';
import { benchContext, BENCH_PERIOD, BENCH_REGION, buildWorld } from './month-close/setup.ts';
import type { Benchmark } from './run.ts';
import { openScratch, pgliteScratch, postgresScratch, type Scratch } from './support/scratch.ts';

const REQUIRED_RATIO = 0.25;
const TABLES = [
  'journal_batches',
  'journal_entries',
  'journal_lines',
  'rights_records',
  'rights_record_versions',
] as const;

const secs = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const fmt = (n: number): string => Math.round(n).toLocaleString('en');

function close(db: Connection['db'], startedBy: string): Promise<MonthCloseView> {
  return closeMonth(benchContext(db), { region: BENCH_REGION, period: BENCH_PERIOD, trigger: 'bench', startedBy });
}

/** The timed close on `scratch`, then the raw COPY of the same rows. */
async function ratioFigure(scratch: Scratch) {
  const db = scratch.connection.db;
  await settle(scratch);
  const mark = await journalMark(db);
  const started = performance.now();
  const run = await close(db, 'bench');
  const closeMs = performance.now() - started;
  const captured = await captureSince(scratch, mark, TABLES);
  const rows = captured.rows;
  const total = TABLES.reduce((n, t) => n + (rows[t] ?? 0), 0);
  console.log(
    `closeMonth ${BENCH_REGION} ${BENCH_PERIOD}: ${fmt(run.payersDone)} payers, counts ${JSON.stringify(run.counts)}: ` +
      `${secs(closeMs)} → ${fmt(rows.journal_entries!)} entries, ${fmt(rows.journal_lines!)} lines, ` +
      `${fmt(rows.rights_records!)} rights records, ${fmt(rows.rights_record_versions!)} versions, ` +
      `${rows.journal_batches} batches`,
  );
  const t = run.report?.total;
  if (t) console.log(`report: due ${t.due}, collected ${t.collected}, arrears ${t.arrears}, rate ${t.rate}`);
  await removeSince(db, mark, TABLES);
  await settle(scratch);
  const copyStarted = performance.now();
  await scratch.copyIn(captured.batches);
  const copyMs = performance.now() - copyStarted;
  const ratio = copyMs / closeMs;
  console.log(
    `raw COPY of the same ${fmt(total)} rows: ${secs(copyMs)} → ratio ${ratio.toFixed(3)} (required ≥ ${REQUIRED_RATIO})`,
  );
  return { run, closeMs, copyMs, ratio, rows: total };
}

/** Runs the child on `target` and kills it once its cursor passed half the payers; the progress it reached. */
function killHalfway(target: string): Promise<{ done: number; total: number; finished: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/month-close/child.ts', target], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let seen = { done: 0, total: 0, finished: false };
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const m = /^progress (\d+) (\d+)/.exec(line);
        if (m) seen = { done: Number(m[1]), total: Number(m[2]), finished: false };
        if (line === 'done') seen = { ...seen, finished: true };
        if (m && seen.total > 0 && seen.done * 2 >= seen.total && !child.killed) child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', () => resolve(seen));
  });
}

/** A second database generated identically, closed by a child killed halfway, then closed again here. */
async function crashFigure(scale: number, reference: Scratch) {
  const url = process.env.DATABASE_URL;
  const dir = url ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-month-close-'));
  const twin = url ? await postgresScratch(url) : await pgliteScratch(dir!);
  try {
    await buildWorld(twin.connection.db, scale);
    if (dir) await twin.connection.close(); // the child opens the directory
    const killed = await killHalfway(twin.url ?? dir!);
    console.log(
      `crash: child killed (SIGKILL) at ${fmt(killed.done)}/${fmt(killed.total)} payers` +
        (killed.finished ? ' (it had finished: scale too small to kill halfway)' : ''),
    );
    const connection = url
      ? await connect({ databaseUrl: twin.url!, poolSize: 2 })
      : (await pgliteScratch(dir!)).connection;
    try {
      const resumed = await close(connection.db, 'bench:rerun');
      const left = await ledgerDigest(reference.connection.db);
      const right = await ledgerDigest(connection.db);
      const identical = (['entries', 'lines', 'records'] as const).every(
        (part) => left[part].rows === right[part].rows && left[part].digest === right[part].digest,
      );
      const shown = (d: typeof left) =>
        `${fmt(d.entries.rows)} entries, ${fmt(d.lines.rows)} lines, ${fmt(d.records.rows)} rights records ` +
        `(digests ${d.entries.digest} ${d.lines.digest} ${d.records.digest})`;
      console.log(
        `crash: rerun ${resumed.status} (${fmt(resumed.payersDone)} payers); journal ${shown(right)} vs uninterrupted ` +
          `${shown(left)} → ${identical ? 'identical' : 'DIFFERENT'}`,
      );
      return { identical: identical && resumed.status === 'completed', killedAt: killed.done, killedOf: killed.total };
    } finally {
      await connection.close();
    }
  } finally {
    if (url) await twin.dispose().catch(() => undefined);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

const bench: Benchmark = {
  description: 'month close vs a raw COPY of the ledger and rights-record rows it writes; crash halfway then rerun',
  async run(scale) {
    const scratch = await openScratch();
    try {
      const setupStarted = performance.now();
      const world = await buildWorld(scratch.connection.db, scale);
      console.log(
        `database: ${scratch.where}; ${fmt(world.persons)} persons, ${fmt(world.payers)} payers ` +
          `(${fmt(world.creditors)} with prepaid credit), built in ${secs(performance.now() - setupStarted)} (untimed)`,
      );
      const figure = await ratioFigure(scratch);
      const crash = await crashFigure(scale, scratch);
      const pass = figure.ratio >= REQUIRED_RATIO && crash.identical;
      console.log(
        `ratio ${figure.ratio.toFixed(3)} (required ≥ ${REQUIRED_RATIO}); crash rerun identical: ${crash.identical} → ${pass ? 'PASS' : 'FAIL'}`,
      );
      return {
        ratio: figure.ratio,
        required: REQUIRED_RATIO,
        pass,
        extra: {
          crashIdentical: crash.identical,
          killedAt: crash.killedAt,
          payers: world.payers,
          persons: world.persons,
          closeMs: Math.round(figure.closeMs),
          copyMs: Math.round(figure.copyMs),
          rows: figure.rows,
          driver: scratch.connection.driver,
        },
      };
    } finally {
      await scratch.dispose();
    }
  },
};

export default bench;
