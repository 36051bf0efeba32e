/**
 * `shebao statements --year 2025 [--region 330106] [--out DIR]`: the annual rights statements of a
 * region (or of every region with records in the year), with a progress bar per region on stderr
 * and one JSON line on stdout ({year, runs: [{region, status, persons}], written}). Resumable: run
 * it again after a failure and it continues where it stopped, issuing nobody twice. With --out,
 * every statement of the runs is written as DIR/<statement no>.pdf (files already there are kept).
 * Exit 0 done, 1 refused (a named rejection or a bad option), 2 failed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import type { AppContext } from '../app-context.ts';

const EXIT_DONE = 0;
const EXIT_REFUSED = 1;
const EXIT_FAILED = 2;
/** Statements read per page when writing the PDFs. */
const WRITE_PAGE = 200;

interface StatementsOptions {
  readonly year: string;
  readonly region?: string;
  readonly out?: string;
}

function refuse(message: string): number {
  console.error(`shebao statements: ${message}`);
  return EXIT_REFUSED;
}

async function regionsOf(ctx: AppContext, year: number, region: string | undefined): Promise<string[]> {
  if (region !== undefined) return [region];
  const rows = await ctx.db
    .selectFrom('rights_records')
    .select('region_code')
    .distinct()
    .where('period', '>=', `${year}01`)
    .where('period', '<=', `${year}12`)
    .orderBy('region_code')
    .execute();
  return rows.map((r) => r.region_code);
}

/** Writes the PDFs of the runs' statements that are not in `dir` yet; returns how many it wrote. */
async function writePdfs(ctx: AppContext, runIds: readonly number[], dir: string): Promise<number> {
  const { renderIssuedStatement } = await import('../modules/ledger/index.ts');
  fs.mkdirSync(dir, { recursive: true });
  let written = 0;
  let after = 0;
  for (;;) {
    const rows = await ctx.db
      .selectFrom('rights_statements')
      .selectAll()
      .where('run_id', 'in', runIds)
      .where('id', '>', after)
      .orderBy('id')
      .limit(WRITE_PAGE)
      .execute();
    for (const row of rows) {
      const file = path.join(dir, `${row.statement_no}.pdf`);
      if (fs.existsSync(file)) continue;
      // Written under a temporary name first, so an interrupted write never leaves a truncated PDF.
      fs.writeFileSync(`${file}.part`, await renderIssuedStatement(ctx, ctx.db, row));
      fs.renameSync(`${file}.part`, file);
      written += 1;
    }
    if (rows.length < WRITE_PAGE) return written;
    after = rows.at(-1)!.id;
  }
}

async function statementsCommand(options: StatementsOptions): Promise<number> {
  const year = Number(options.year);
  if (!/^[0-9]{4}$/.test(options.year) || year < 1990) return refuse('--year must be a year like 2025');
  if (options.region !== undefined && !/^[0-9]{6}$/.test(options.region))
    return refuse('--region must be a 6-digit region code');
  const [{ openSystem }, { runStatements }, { Rejection, rejectionMessage }, { systemActor }, { MultiBar, Presets }] =
    await Promise.all([
      import('../system.ts'),
      import('../modules/ledger/index.ts'),
      import('../kernel/rejection.ts'),
      import('../modules/audit/index.ts'),
      import('cli-progress'),
    ]);
  const system = await openSystem();
  const bars = new MultiBar(
    {
      stream: process.stderr,
      clearOnComplete: false,
      hideCursor: true,
      format: ' {region} [{bar}] {percentage}% {value}/{total}',
    },
    Presets.shades_classic,
  );
  const startedBy = `cli:${os.userInfo().username}`;
  const who = { ...systemActor, name: startedBy };
  const runs: Array<{ id: number; region: string; status: string; persons: number }> = [];
  try {
    for (const region of await regionsOf(system.ctx, year, options.region)) {
      const bar = bars.create(0, 0, { region });
      const run = await runStatements(system.ctx, {
        region,
        year,
        who,
        startedBy,
        resumeRunning: true,
        onChunk: ({ run: progress }) => {
          bar.setTotal(Math.max(progress.personsTotal, progress.personsDone));
          bar.update(progress.personsDone);
        },
      });
      bar.setTotal(Math.max(run.personsTotal, 1));
      bar.update(run.personsDone);
      runs.push({ id: run.id, region, status: run.status, persons: run.personsDone });
    }
    const ids = runs.map((r) => r.id);
    const written = options.out && ids.length > 0 ? await writePdfs(system.ctx, ids, options.out) : 0;
    bars.stop();
    console.log(JSON.stringify({ year, runs: runs.map(({ id: _id, ...r }) => r), written }));
    return EXIT_DONE;
  } catch (error) {
    bars.stop();
    if (error instanceof Rejection) {
      console.error(`${error.code}: ${rejectionMessage(error.code, 'zh-CN')} / ${rejectionMessage(error.code, 'en')}`);
      console.log(JSON.stringify({ year, status: 'refused', code: error.code }));
      return EXIT_REFUSED;
    }
    console.error(`statement run failed (run the command again to resume): ${(error as Error).message}`);
    console.log(JSON.stringify({ year, status: 'failed' }));
    return EXIT_FAILED;
  } finally {
    await system.close();
  }
}

/** Registers `shebao statements`. */
export function registerStatementsCommand(program: Command): void {
  program
    .command('statements')
    .description('issue the annual rights statements of a year (resumable; rerun to continue), optionally as PDFs')
    .requiredOption('--year <year>', 'the statement year, e.g. 2025 (it must have ended)')
    .option('--region <code>', 'one pooling region (6 digits); every region with records in the year when left out')
    .option('--out <dir>', 'write every statement of the run as <dir>/<statement no>.pdf')
    .action(async (options: StatementsOptions) => {
      process.exitCode = await statementsCommand(options);
    });
}
