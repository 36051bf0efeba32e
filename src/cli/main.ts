/** The `shebao` command line. */
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { today } from '../kernel/calendar-date.ts';
import { systemClock } from '../kernel/clock.ts';
import { runIdentifierCheck } from './check-identifiers.ts';

const program = new Command();
program.name('shebao').description('Shebao social insurance agency platform').showHelpAfterError();

program
  .command('serve')
  .description('start the HTTP server (migrates first; seeds the demo data on a first start in demo mode)')
  .action(async () => {
    const { serve } = await import('./serve.ts');
    await serve(loadConfig());
  });

program
  .command('migrate')
  .description('apply pending database migrations')
  .action(async () => {
    const { openSystem } = await import('../system.ts');
    // The one command (with serve) that keys chains written before decision 35.
    const system = await openSystem(undefined, { keyChains: true });
    console.log(system.migrated.length ? `applied: ${system.migrated.join(', ')}` : 'database is up to date');
    await system.close();
  });

program
  .command('seed')
  .description('load data into an empty database')
  .requiredOption('--demo', 'the demo province, its halls and one staff member per role')
  .action(async () => {
    const { openSystem } = await import('../system.ts');
    const { seedLiveDemo } = await import('../demo/seed.ts');
    const system = await openSystem();
    console.log(
      (await seedLiveDemo(system.ctx)) ? 'demo data seeded' : 'database already has agencies; nothing seeded',
    );
    await system.close();
  });

program
  .command('verify-audit')
  .description('check the hash chain of the audit log; exits 1 naming the first bad entry')
  .action(async () => {
    const { openSystem } = await import('../system.ts');
    const { verifyAudit } = await import('../modules/audit/index.ts');
    const system = await openSystem();
    const result = await verifyAudit(system.ctx.db);
    await system.close();
    if (result.ok) console.log(`audit chain intact: ${result.checked} entries`);
    else
      console.error(
        `audit chain broken at entry ${result.firstBadSeq}: ${result.reason} (${result.checked} entries before it are intact)`,
      );
    process.exitCode = result.ok ? 0 : 1;
  });

program
  .command('verify-archive')
  .description('re-hash every archived file and check every document row; exits 1 listing faults')
  .action(async () => {
    const [{ openSystem }, { runVerifyArchive }] = await Promise.all([
      import('../system.ts'),
      import('./verify-archive.ts'),
    ]);
    const system = await openSystem();
    process.exitCode = await runVerifyArchive(system).finally(() => system.close());
  });

program
  .command('verify-ledger')
  .description('check the hash chain of the ledger journal; exits 1 naming the first break')
  .action(async () => (await import('./ledger.ts')).verifyLedgerCommand());

for (const [name, kind, what] of [
  ['check-id', 'id', 'citizen ID number (GB 11643)'],
  ['check-uscc', 'uscc', 'unified social credit code (GB 32100)'],
] as const) {
  program
    .command(`${name} <value>`)
    .description(`check a ${what}; "-" reads one value a line from stdin; exits 1 if any is invalid`)
    .action(async (value: string) => {
      // `shebao check-id - | head` closes the pipe early; that is not an error worth a stack trace.
      process.stdout.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
        throw error;
      });
      process.exitCode = await runIdentifierCheck(kind, value, {
        stdin: process.stdin,
        stdout: process.stdout,
        today: today(systemClock),
      });
    });
}

program
  .command('bench <name>')
  .description('run a benchmark from bench/ (see bench/README.md)')
  .option('--scale <factor>', 'shrink or grow the workload', '1')
  .action(async (name: string, options: { scale: string }) => {
    const { runBench } = await import('../../bench/run.ts');
    process.exitCode = await runBench(name, Number(options.scale));
  });

(await import('../jobs/sla-sweep-cli.ts')).registerSlaSweepCommand(program);
(await import('./holidays.ts')).registerHolidayCommands(
  program,
  async () => (await import('../jobs/deadline-recount.ts')).recountProvisionalDeadlines,
);
(await import('./calc.ts')).registerCalcCommands(program);
(await import('./import.ts')).registerImportCommand(program);
(await import('./reconcile.ts')).registerReconcileCommand(program);
(await import('./interest.ts')).registerInterestCommand(program);
(await import('./close-month.ts')).registerCloseMonthCommand(program);
(await import('./statements.ts')).registerStatementsCommand(program);
(await import('./policy.ts')).registerPolicyCommands(program);
await program.parseAsync(process.argv).catch((error: unknown) => {
  // A refusal over the chains says what to do; a stack trace would only hide that. Known by name:
  // importing src/chains.ts here would load the modules for every command, check-id too.
  if (!(error instanceof Error && error.name === 'ChainsRefused')) throw error;
  console.error(`shebao: ${error.message}`);
  process.exitCode = 1;
});
