/**
 * `shebao close-month 2025-11 [--region 330106]`: the month close (月结) of a period, for one pooling
 * region or for every region with employers, with a progress bar on stderr, the report per fund
 * on stderr as a table and one JSON line per region on stdout ({region, period, status, payers,
 * report}). Resumable: run it again after a crash and it continues where it stopped; a region
 * already closed is reported, not redone. Exit 0 done, 1 refused, 2 failed.
 */
import os from 'node:os';
import type { Command } from 'commander';

const EXIT_DONE = 0;
const EXIT_REFUSED = 1;
const EXIT_FAILED = 2;

interface CloseMonthOptions {
  readonly region?: string;
}

function refuse(message: string): number {
  console.error(`shebao close-month: ${message}`);
  return EXIT_REFUSED;
}

async function closeMonthCommand(periodText: string, options: CloseMonthOptions): Promise<number> {
  if (!/^\d{4}-?(0[1-9]|1[0-2])$/.test(periodText)) return refuse('the period must be like 2025-11');
  if (options.region !== undefined && !/^[0-9]{6}$/.test(options.region))
    return refuse('--region must be a 6-digit region code');
  const period = periodText.replace('-', '');
  const [{ openSystem }, monthClose, { Rejection, rejectionMessage }, { SingleBar, Presets }] = await Promise.all([
    import('../system.ts'),
    import('../jobs/month-close/index.ts'),
    import('../kernel/rejection.ts'),
    import('cli-progress'),
  ]);
  const system = await openSystem();
  const bar = new SingleBar(
    {
      stream: process.stderr,
      clearOnComplete: false,
      hideCursor: true,
      format: ' {region} {step} [{bar}] {percentage}% {value}/{total} payers',
    },
    Presets.shades_classic,
  );
  let region = options.region ?? '';
  try {
    const regions = options.region ? [options.region] : await regionsWithEmployers(system.ctx.db);
    for (region of regions) {
      const done = (await monthClose.monthCloses(system.ctx.db, { region })).find((r) => r.period === period);
      const run =
        done?.status === 'completed'
          ? done
          : await monthClose.closeMonth(system.ctx, {
              region,
              period: period as never,
              trigger: 'cli',
              startedBy: `cli:${os.userInfo().username}`,
              onProgress: (r) => {
                if (bar.getTotal() === 0 || r.step === 'payers')
                  bar.start(Math.max(r.payersTotal, 1), r.payersDone, { region, step: r.step });
                bar.update(r.payersDone, { region, step: r.step });
              },
            });
      bar.stop();
      printReport(run.report);
      console.log(
        JSON.stringify({
          region,
          period,
          status: run.status,
          payers: run.payersDone,
          report: run.report?.total ?? null,
        }),
      );
    }
    return EXIT_DONE;
  } catch (error) {
    bar.stop();
    if (error instanceof Rejection) {
      console.error(`${error.code}: ${rejectionMessage(error.code, 'zh-CN')} / ${rejectionMessage(error.code, 'en')}`);
      console.log(JSON.stringify({ region, period, status: 'refused', code: error.code }));
      return EXIT_REFUSED;
    }
    console.error(`month close failed (run the command again to resume): ${(error as Error).message}`);
    console.log(JSON.stringify({ region, period, status: 'failed' }));
    return EXIT_FAILED;
  } finally {
    await system.close();
  }
}

async function regionsWithEmployers(db: import('../db/connection.ts').Db): Promise<string[]> {
  const rows = await db.selectFrom('employers').select('pooling_region').distinct().orderBy('pooling_region').execute();
  return rows.map((r) => r.pooling_region);
}

/** The report per fund as a table on stderr (stdout keeps the one JSON line). */
function printReport(report: import('../jobs/month-close/index.ts').MonthCloseReport | null): void {
  if (!report) return;
  const rows = [...report.funds, report.total].map((f) => ({
    fund: f.fund,
    due: f.due,
    collected: f.collected,
    arrears: f.arrears,
    rate: f.rate ?? '-',
  }));
  console.error(
    `${report.region} ${report.period}: ${report.payers} payers, ${report.bills} bills (${report.billsPaid} paid)`,
  );
  for (const r of rows)
    console.error(
      `  ${r.fund.padEnd(13)} due ${r.due.padStart(16)}  collected ${r.collected.padStart(16)}  arrears ${r.arrears.padStart(16)}  rate ${r.rate}`,
    );
}

/** Registers `shebao close-month`. */
export function registerCloseMonthCommand(program: Command): void {
  program
    .command('close-month <period>')
    .description(
      'month close (月结) of a period, e.g. 2025-11: assess, bill, post credit, roll arrears, report (resumable)',
    )
    .option('--region <code>', 'one pooling region (6 digits); every region with employers when left out')
    .action(async (period: string, options: CloseMonthOptions) => {
      process.exitCode = await closeMonthCommand(period, options);
    });
}
