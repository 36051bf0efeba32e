/** `shebao serve`: migrate, seed on a first demo start, listen, and stop cleanly on a signal. */
import type { Config } from '../config.ts';
import { seedLiveDemo } from '../demo/seed.ts';
import { buildApp } from '../http/app.ts';
import { addDays, dateParts, today } from '../kernel/calendar-date.ts';
import { nationalWorkingDays } from '../kernel/working-days.ts';
import { startSchedules } from '../jobs/schedules.ts';
import { openSystem } from '../system.ts';

/**
 * Deadlines reaching a year without its State Council notice are counted on the provisional
 * calendar (decision 32): say so once the horizon reaches such a year, so the notice gets loaded.
 */
function noticeIfProvisionalCalendarInUse(system: Awaited<ReturnType<typeof openSystem>>): void {
  const horizon = addDays(today(system.ctx.clock), 60);
  if (!nationalWorkingDays.covers(horizon) || !nationalWorkingDays.isProvisional(horizon)) return;
  const year = dateParts(horizon).year;
  console.warn(
    `NOTICE: no State Council holiday notice is loaded for ${year}. Deadlines that reach into it are counted on ` +
      'the provisional calendar derived from the statutory holidays and shown as provisional (暂定). Load the ' +
      'notice with `shebao holidays add <notice.json>` or on the holiday calendar page (docs/operations.md); ' +
      'the provisional deadlines are then counted again and their owners told when a date moves.',
  );
}

/** Outside demo mode, says plainly which messages cannot leave the system. */
function warnIfNoMessageProviders(system: Awaited<ReturnType<typeof openSystem>>): void {
  const { messages } = system.ctx;
  if (!messages.sms)
    console.warn(
      'WARNING: no SMS gateway is configured (SHEBAO_SMS_URL): one-time codes cannot be sent, so the self-service ' +
        'hall cannot open accounts or log anyone in; it tells users to come to a service window. See docs/operations.md.',
    );
  if (!messages.email)
    console.warn('WARNING: no SMTP server is configured (SHEBAO_SMTP_URL): e-mail messages are kept as undeliverable.');
}

export async function serve(config: Config): Promise<void> {
  const system = await openSystem(config, { keyChains: true });
  noticeIfProvisionalCalendarInUse(system);
  if (config.demo && (await seedLiveDemo(system.ctx))) console.log('Seeded the demo province (accounts in README.md).');
  warnIfNoMessageProviders(system);
  const app = await buildApp(system.ctx, { logger: { level: config.logLevel }, serveWeb: true });
  let stopSchedules = async (): Promise<void> => {};
  const stop = async (): Promise<void> => {
    await app.close();
    await stopSchedules();
    await system.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  await app.listen({ port: config.port, host: config.host });
  stopSchedules = startSchedules(system.ctx, app.log);
  const where = config.databaseUrl ? 'PostgreSQL' : `embedded PGlite in ${config.dataDir}`;
  console.log(`Shebao is serving http://localhost:${config.port} on ${where}${config.demo ? ' (demo mode)' : ''}.`);
}
