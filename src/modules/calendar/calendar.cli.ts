/** `shebao holidays list | add <file.json>`: next year's public holidays without a release. */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { systemActor } from '../audit/index.ts';
import { addHolidayYear, checkHolidayNotice, holidayYearsOverview } from './calendar.service.ts';

async function readJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`cannot read ${file} as JSON: ${(error as Error).message}`, { cause: error });
  }
}

/** Registers the `holidays` command group. */
export function registerHolidayCommands(program: Command): void {
  const holidays = program.command('holidays').description('the public-holiday calendar behind working-day deadlines');
  holidays
    .command('list')
    .description('print the years the calendar covers and where each comes from')
    .action(async () => {
      const { openSystem } = await import('../../system.ts');
      const system = await openSystem();
      for (const y of await holidayYearsOverview(system.ctx.db))
        console.log(`${y.year}\t${y.stored ? 'added' : 'built-in'}\t${y.source}`);
      await system.close();
    });
  holidays
    .command('add <file>')
    .description("add a year's State Council notice from a JSON file (format: docs/operations.md)")
    .action(async (file: string) => {
      const notice = await readJson(file);
      const { openSystem } = await import('../../system.ts');
      const system = await openSystem(); // loads the years stored before, so the check sees them
      const checked = checkHolidayNotice(notice);
      if (checked.ok) {
        await addHolidayYear(system.ctx, { ...systemActor, name: 'cli:holidays add' }, checked.year);
        console.log(`added ${checked.year.year}: ${checked.year.source}; restart running servers to use it`);
      } else console.error(`not added: ${checked.problem}`);
      process.exitCode = checked.ok ? 0 : 1;
      await system.close();
    });
}
