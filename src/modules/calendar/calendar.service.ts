/**
 * Next year's public holidays without a release: an operator adds the State Council notice as a
 * JSON file (`shebao holidays add`); it is checked against the calendar, stored, audited, and
 * loaded into the national working-day calendar at every start.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import type { Database, HolidayYearBlockJson } from '../../db/schema.ts';
import { AssertionError } from '../../kernel/assert.ts';
import { isCalendarDate, type CalendarDate } from '../../kernel/calendar-date.ts';
import type { HolidayYear } from '../../kernel/holidays.ts';
import { nationalWorkingDays, WorkingDays } from '../../kernel/working-days.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';

const date = z.string().refine(isCalendarDate, 'expected a real date YYYY-MM-DD');
const name = z.string().trim().min(1).max(50);

/** The file format: one notice, as transcribed. */
export const holidayNoticeSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    source: z.string().trim().min(1).max(300),
    blocks: z
      .array(
        z
          .object({
            name: z.object({ zh: name, en: name }).strict(),
            firstDayOff: date,
            lastDayOff: date,
            makeUpWorkdays: z.array(date).max(5),
          })
          .strict(),
      )
      .min(1)
      .max(20),
  })
  .strict();

function toHolidayYear(notice: { year: number; source: string; blocks: readonly HolidayYearBlockJson[] }): HolidayYear {
  return {
    year: notice.year,
    source: notice.source,
    blocks: notice.blocks.map((b) => ({
      name: b.name,
      firstDayOff: b.firstDayOff as CalendarDate,
      lastDayOff: b.lastDayOff as CalendarDate,
      makeUpWorkdays: b.makeUpWorkdays as CalendarDate[],
    })),
  };
}

/** Why a notice cannot be added, or null: the format, a year already known, or a table that does not add up. */
export function checkHolidayNotice(value: unknown): { ok: true; year: HolidayYear } | { ok: false; problem: string } {
  const parsed = holidayNoticeSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: z.prettifyError(parsed.error) };
  const year = toHolidayYear(parsed.data);
  try {
    new WorkingDays(nationalWorkingDays.holidayYears).addYears([year]);
  } catch (error) {
    if (error instanceof AssertionError) return { ok: false, problem: error.message };
    throw error;
  }
  return { ok: true, year };
}

/** Stores a checked notice (audited) and adds it to the running calendar. */
export async function addHolidayYear(ctx: AppContext, who: AuditActor, year: HolidayYear): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('holiday_years')
      .values({
        year: year.year,
        source: year.source,
        blocks: JSON.stringify(year.blocks),
        added_at: ctx.clock.now(),
        added_by: who.name,
      })
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'calendar.holiday_year_added',
      entity: 'holiday_year',
      entityId: year.year,
      details: { source: year.source, blocks: year.blocks.length },
    });
  });
  nationalWorkingDays.addYears([year]);
}

/** Loads the stored notices the built-in table does not have into the national calendar. */
export async function installHolidayYears(db: Kysely<Database>): Promise<number[]> {
  const rows = await db.selectFrom('holiday_years').selectAll().orderBy('year').execute();
  const known = new Set(nationalWorkingDays.noticeYears);
  const added = rows
    .filter((row) => !known.has(row.year))
    .map((row) => toHolidayYear({ year: row.year, source: row.source, blocks: row.blocks }));
  if (added.length > 0) nationalWorkingDays.addYears(added);
  return added.map((y) => y.year);
}

/** The years the calendar covers, with where each comes from. */
export async function holidayYearsOverview(
  db: Kysely<Database>,
): Promise<Array<{ year: number; source: string; stored: boolean }>> {
  const stored = new Set((await db.selectFrom('holiday_years').select('year').execute()).map((r) => r.year));
  return nationalWorkingDays.holidayYears.map((y) => ({ year: y.year, source: y.source, stored: stored.has(y.year) }));
}
