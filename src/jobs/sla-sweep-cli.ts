/** Registers `shebao sla-sweep`; kept light so that loading the CLI stays fast. */
import type { Command } from 'commander';

export function registerSlaSweepCommand(program: Command): void {
  program
    .command('sla-sweep')
    .description('run the SLA sweep once: move running cases to on track / due soon / overdue and raise alerts')
    .action(async () => {
      const { slaSweepCommand } = await import('./sla-sweep.ts');
      process.exitCode = await slaSweepCommand();
    });
}
