/** `shebao serve`: migrate, seed on a first demo start, listen, and stop cleanly on a signal. */
import type { Config } from '../config.ts';
import { seedLiveDemo } from '../demo/seed.ts';
import { buildApp } from '../http/app.ts';
import { addDays, today } from '../kernel/calendar-date.ts';
import { nationalWorkingDays } from '../kernel/working-days.ts';
import { openSystem } from '../system.ts';

/** Deadlines need next year's public holidays; warn well before the calendar runs out. */
function warnIfHolidayCalendarEnding(system: Awaited<ReturnType<typeof openSystem>>): void {
  const horizon = addDays(today(system.ctx.clock), 60);
  if (nationalWorkingDays.covers(horizon)) return;
  const last = Math.max(...nationalWorkingDays.coveredYears);
  console.warn(
    `WARNING: the public-holiday calendar ends with ${last}. Add the State Council notice for ${last + 1} with ` +
      '`shebao holidays add <notice.json>` (docs/operations.md); until then deadlines that reach into it are ' +
      'refused (case_calendar_not_covered).',
  );
}

export async function serve(config: Config): Promise<void> {
  const system = await openSystem(config, { keyChains: true });
  warnIfHolidayCalendarEnding(system);
  if (config.demo && (await seedLiveDemo(system.ctx))) console.log('Seeded the demo province (accounts in README.md).');
  const app = await buildApp(system.ctx, { logger: { level: config.logLevel }, serveWeb: true });
  const stop = async (): Promise<void> => {
    await app.close();
    await system.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  console.log(`Shebao is serving http://localhost:${config.port} on ${where}${config.demo ? ' (demo mode)' : ''}.`);
}
