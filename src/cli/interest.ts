/**
 * `shebao credit-interest --year 2025 [--region 330106] [--fund pension|medical|all]`: the year-end
 * interest of individual accounts, with a progress bar on stderr and one JSON line on stdout
 * ({year, region, fund, accounts, interest, status}). Resumable: run it again after a crash and it
 * continues. Exit 0 done, 1 refused (a named rejection or a bad option), 2 failed.
 */
import os from 'node:os';
import type { Command } from 'commander';

const EXIT_DONE = 0;
const EXIT_REFUSED = 1;
const EXIT_FAILED = 2;
const FUND_CHOICES = ['pension', 'medical', 'all'] as const;

interface CreditInterestOptions {
  readonly year: string;
  readonly region?: string;
  readonly fund: string;
}

function refuse(message: string): number {
  console.error(`shebao credit-interest: ${message}`);
  return EXIT_REFUSED;
}

async function creditInterestCommand(options: CreditInterestOptions): Promise<number> {
  const year = Number(options.year);
  if (!/^[0-9]{4}$/.test(options.year) || year < 1990) return refuse('--year must be a year like 2025');
  if (options.region !== undefined && !/^[0-9]{6}$/.test(options.region))
    return refuse('--region must be a 6-digit region code');
  const fund = FUND_CHOICES.find((f) => f === options.fund);
  if (!fund) return refuse('--fund must be pension, medical or all');
  const [{ openSystem }, { creditInterestJob }, { Rejection, rejectionMessage }, { MultiBar, Presets }] =
    await Promise.all([
      import('../system.ts'),
      import('../jobs/interest-run.ts'),
      import('../kernel/rejection.ts'),
      import('cli-progress'),
    ]);
  const system = await openSystem();
  const bars = new MultiBar(
    {
      stream: process.stderr,
      clearOnComplete: false,
      hideCursor: true,
      format: ' {run} [{bar}] {percentage}% {value}/{total}',
    },
    Presets.shades_classic,
  );
  const barOf = new Map<number, ReturnType<typeof bars.create>>();
  try {
    const summary = await creditInterestJob(system.ctx, {
      year,
      fund,
      ...(options.region === undefined ? {} : { region: options.region }),
      trigger: 'cli',
      startedBy: `cli:${os.userInfo().username}`,
      onProgress: (run) => {
        let bar = barOf.get(run.id);
        if (!bar) barOf.set(run.id, (bar = bars.create(run.accountsTotal, 0, { run: `${run.region} ${run.fund}` })));
        bar.setTotal(Math.max(run.accountsTotal, run.accountsDone));
        bar.update(run.accountsDone);
      },
    });
    bars.stop();
    const { runs: _runs, ...line } = summary;
    console.log(JSON.stringify(line));
    return EXIT_DONE;
  } catch (error) {
    bars.stop();
    if (error instanceof Rejection) {
      console.error(`${error.code}: ${rejectionMessage(error.code, 'zh-CN')} / ${rejectionMessage(error.code, 'en')}`);
      console.log(JSON.stringify({ year, region: options.region ?? 'all', fund, status: 'refused', code: error.code }));
      return EXIT_REFUSED;
    }
    console.error(`interest run failed (run the command again to resume): ${(error as Error).message}`);
    console.log(JSON.stringify({ year, region: options.region ?? 'all', fund, status: 'failed' }));
    return EXIT_FAILED;
  } finally {
    await system.close();
  }
}

/** Registers `shebao credit-interest`. */
export function registerInterestCommand(program: Command): void {
  program
    .command('credit-interest')
    .description('credit the year-end interest of individual accounts (resumable; rerun to continue)')
    .requiredOption('--year <year>', 'the year to credit, e.g. 2025 (it must have ended)')
    .option('--region <code>', 'one pooling region (6 digits); every region with accounts when left out')
    .option('--fund <fund>', 'pension, medical or all', 'all')
    .action(async (options: CreditInterestOptions) => {
      process.exitCode = await creditInterestCommand(options);
    });
}
