/** `shebao policy get <key> --region R --on D`: one parameter in force, printed as one JSON object. */
import type { Command } from 'commander';
import type { Executor } from '../db/connection.ts';
import { isCalendarDate, today, type CalendarDate } from '../kernel/calendar-date.ts';
import { systemClock } from '../kernel/clock.ts';
import { Rejection } from '../kernel/rejection.ts';
import { NATIONAL_REGION, policyValue } from '../modules/policy/index.ts';

/** The JSON the command prints: the value and where it came from, or the refusal. */
export async function policyGetJson(
  db: Executor,
  query: { key: string; region: string; on: string },
): Promise<{ ok: boolean; json: Record<string, unknown> }> {
  if (!isCalendarDate(query.on)) return { ok: false, json: { error: 'invalid_date', on: query.on } };
  try {
    const value = await policyValue(db, { key: query.key, region: query.region, on: query.on as CalendarDate });
    return { ok: true, json: { ...value, requestedRegion: query.region, on: query.on } };
  } catch (error) {
    if (error instanceof Rejection) return { ok: false, json: { error: error.code, ...query } };
    throw error;
  }
}

/** Registers the `policy` command group. */
export function registerPolicyCommands(program: Command): void {
  const policy = program.command('policy').description('effective-dated policy parameters per region');
  policy
    .command('get <key>')
    .description('print the value of a key in force for a region on a day, as one JSON object')
    .option('--region <code>', '6-digit region code; falls back to city, province, national', NATIONAL_REGION)
    .option('--on <date>', 'YYYY-MM-DD (default: today in China)')
    .action(async (key: string, options: { region: string; on?: string }) => {
      const { openSystem } = await import('../system.ts');
      const system = await openSystem();
      const on = options.on ?? today(systemClock);
      const result = await policyGetJson(system.ctx.db, { key, region: options.region, on }).finally(() =>
        system.close(),
      );
      (result.ok ? console.log : console.error)(JSON.stringify(result.json));
      process.exitCode = result.ok ? 0 : 1;
    });
}
