/** `shebao holidays list | add <file.json>`: next year's public holidays without a release. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { today } from '../kernel/calendar-date.ts';
import { systemActor } from '../modules/audit/index.ts';
import {
  addHolidayYear,
  checkHolidayNotice,
  holidayYearsOverview,
  type DeadlineRecounter,
} from '../modules/calendar/index.ts';

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`cannot read ${file} as JSON: ${(error as Error).message}`, { cause: error });
  }
}

const origins = { built_in: 'built-in', added: 'added', provisional: 'PROVISIONAL' } as const;

/**
 * Registers the `holidays` command group. `recount` counts the provisional deadlines again after a
 * notice is added (the modules that keep deadlines sit above the platform: the caller passes it).
 */
export function registerHolidayCommands(program: Command, recount: () => Promise<DeadlineRecounter>): void {
  const holidays = program.command('holidays').description('the public-holiday calendar behind working-day deadlines');
  holidays
    .command('list')
    .description('print the years the calendar knows, where each comes from, and those answered provisionally')
    .action(async () => {
      const { openSystem } = await import('../system.ts');
      const system = await openSystem();
      for (const y of await holidayYearsOverview(system.ctx.db, today(system.ctx.clock)))
        console.log(`${y.year}\t${origins[y.origin]}\t${y.source}`);
      await system.close();
    });
  holidays
    .command('add <file>')
    .description("add a year's State Council notice from a JSON file (format: docs/operations.md)")
    .action(async (file: string) => {
      const notice = await readJson(file);
      const { openSystem } = await import('../system.ts');
      const system = await openSystem(); // loads the years stored before, so the check sees them
      try {
        const checked = checkHolidayNotice(notice);
        if (!checked.ok) {
          console.error(`not added: ${checked.problem}`);
          process.exitCode = 1;
          return;
        }
        const who = { ...systemActor, name: 'cli:holidays add' };
        await addHolidayYear(system.ctx, who, checked.year);
        console.log(`added ${checked.year.year}: ${checked.year.source}`);
        const recounted = await (await recount())(system.ctx, who);
        for (const [kind, r] of Object.entries(recounted))
          console.log(
            `${kind}: ${r.checked} provisional deadlines counted again, ${r.moved} moved, ${r.settled} settled`,
          );
        console.log('running servers load the notice at their next SLA sweep');
      } finally {
        await system.close();
      }
    });
}
