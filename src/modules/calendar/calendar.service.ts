/**
 * Next year's public holidays without a release: an operator adds the State Council notice as a
 * JSON file (`shebao holidays add`) or on the system administrator's page; it is checked against
 * the calendar, stored, audited, and loaded into the national working-day calendar at every
 * start. Until a year's notice comes, the calendar answers it provisionally (decision 32); loading
 * the notice is followed by counting the provisional deadlines again, which the modules that keep
 * deadlines do (`src/jobs/deadline-recount.ts`).
 */
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/connection.ts';
import type { HolidayYearBlockJson } from '../../db/schema.ts';
import { AssertionError } from '../../kernel/assert.ts';
import { dateParts, isCalendarDate, type CalendarDate } from '../../kernel/calendar-date.ts';
import type { HolidayBlock, HolidayYear } from '../../kernel/holidays.ts';
import { nationalWorkingDays, WorkingDays } from '../../kernel/working-days.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { rejectCalendar } from './calendar.rejections.ts';

/** What a recount did, per kind of deadline: looked at, moved, no longer provisional. */
export type RecountSummary = Readonly<Record<string, { checked: number; moved: number; settled: number }>>;

/**
 * Counting the provisional deadlines again after a notice is loaded. The modules that keep
 * deadlines sit above the platform, so the app passes it in (`src/jobs/deadline-recount.ts`).
 */
export type DeadlineRecounter = (ctx: AppContext, who: AuditActor) => Promise<RecountSummary>;

const date = z.string().refine(isCalendarDate, 'expected a real date YYYY-MM-DD');
/** No control characters: a NUL cannot be stored in PostgreSQL text, the others have no place in a notice. */
// eslint-disable-next-line no-control-regex
const printable = /^[^\u0000-\u001f\u007f]*$/;
const text = (max: number) => z.string().trim().min(1).max(max).regex(printable, 'no control characters');
const name = text(50);

/** The file format: one notice, as transcribed. */
export const holidayNoticeSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    source: text(300),
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

export type HolidayNotice = z.infer<typeof holidayNoticeSchema>;

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

/** Whether a notice can be added: the format, a year already noticed, a table that does not add up. */
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

/**
 * Stores a notice (audited) and adds it to the running calendar, where it replaces the year's
 * provisional derivation. A year already stored, here or by another node, is refused by name.
 */
export async function addHolidayYear(ctx: AppContext, who: AuditActor, year: HolidayYear): Promise<void> {
  if (nationalWorkingDays.noticeYears.includes(year.year)) throw rejectCalendar('calendar_year_exists');
  await ctx.db.transaction().execute(async (trx) => {
    const stored = await trx
      .insertInto('holiday_years')
      .values({
        year: year.year,
        source: year.source,
        blocks: JSON.stringify(year.blocks),
        added_at: ctx.clock.now(),
        added_by: who.name,
      })
      .onConflict((oc) => oc.column('year').doNothing())
      .returning('year')
      .executeTakeFirst();
    if (!stored) throw rejectCalendar('calendar_year_exists');
    await appendAudit(trx, ctx.clock, who, {
      action: 'calendar.holiday_year_added',
      entity: 'holiday_year',
      entityId: year.year,
      details: { source: year.source, blocks: year.blocks.length },
    });
  });
  nationalWorkingDays.addYears([year]);
}

/** Checks a notice in the file format and stores it; a year already loaded or a bad table is refused by name. */
export async function addHolidayNotice(ctx: AppContext, who: AuditActor, notice: HolidayNotice): Promise<HolidayYear> {
  if (nationalWorkingDays.noticeYears.includes(notice.year)) throw rejectCalendar('calendar_year_exists');
  const checked = checkHolidayNotice(notice);
  if (!checked.ok) throw rejectCalendar('calendar_notice_invalid', { problem: checked.problem });
  await addHolidayYear(ctx, who, checked.year);
  return checked.year;
}

/** Loads the stored notices the calendar does not have yet into the national calendar. */
export async function installHolidayYears(db: Db): Promise<number[]> {
  const rows = await db.selectFrom('holiday_years').selectAll().orderBy('year').execute();
  const known = new Set(nationalWorkingDays.noticeYears);
  const added = rows
    .filter((row) => !known.has(row.year))
    .map((row) => toHolidayYear({ year: row.year, source: row.source, blocks: row.blocks }));
  if (added.length > 0) nationalWorkingDays.addYears(added);
  return added.map((y) => y.year);
}

/** A year of the calendar: from a notice built in or added, or derived provisionally. */
export interface HolidayYearView {
  readonly year: number;
  readonly source: string;
  readonly origin: 'built_in' | 'added' | 'provisional';
  readonly addedAt: string | null;
  readonly addedBy: string | null;
  readonly blocks: readonly HolidayBlock[];
}

/**
 * The years of the calendar: every notice, then this year and the next where they have none
 * (answered provisionally until their notice is loaded).
 */
export async function holidayYearsOverview(db: Db, today: CalendarDate): Promise<HolidayYearView[]> {
  const stored = new Map(
    (await db.selectFrom('holiday_years').select(['year', 'added_at', 'added_by']).execute()).map((r) => [r.year, r]),
  );
  const notices = nationalWorkingDays.holidayYears.map((y): HolidayYearView => {
    const row = stored.get(y.year);
    return {
      year: y.year,
      source: y.source,
      origin: row ? 'added' : 'built_in',
      addedAt: row?.added_at.toISOString() ?? null,
      addedBy: row?.added_by ?? null,
      blocks: y.blocks,
    };
  });
  const thisYear = dateParts(today).year;
  const provisional = [thisYear, thisYear + 1].flatMap((year): HolidayYearView[] => {
    const entry = nationalWorkingDays.tableFor(year);
    if (!entry?.provisional) return [];
    return [
      {
        year,
        source: entry.table.source,
        origin: 'provisional',
        addedAt: null,
        addedBy: null,
        blocks: entry.table.blocks,
      },
    ];
  });
  return [...notices, ...provisional];
}
