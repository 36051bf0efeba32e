/**
 * The crash test's child: `node --import tsx bench/month-close/child.ts <PGlite dir | PostgreSQL url>`
 * runs the month close of the bench region and prints `progress <done> <total>` after each
 * committed chunk; the parent kills it (SIGKILL) halfway.
 */
import { connect } from '../../src/db/connection.ts';
import { closeMonth } from '../../src/jobs/month-close/index.ts';
import { pgliteScratch } from '../support/scratch.ts';
import { benchContext, BENCH_PERIOD, BENCH_REGION } from './setup.ts';

const target = process.argv[2]!;
const connection = target.startsWith('postgres')
  ? await connect({ databaseUrl: target, poolSize: 2 })
  : (await pgliteScratch(target)).connection;
await closeMonth(benchContext(connection.db), {
  region: BENCH_REGION,
  period: BENCH_PERIOD,
  trigger: 'bench',
  startedBy: 'bench:child',
  onProgress: (run) => process.stdout.write(`progress ${run.payersDone} ${run.payersTotal} ${run.step}\n`),
});
process.stdout.write('done\n');
await connection.close();
