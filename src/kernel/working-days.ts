/**
 * Working-day arithmetic for statutory and promised time limits. A day is a working day when it
 * is Monday–Friday and not a day off of a holiday, or when it is a make-up working day (调休上班).
 *
 * Counting convention (as 经办 time limits are counted): the day a matter is accepted does not
 * count; the limit of n working days ends on the n-th working day after it. Only the days that are
 * counted are looked up, and looking up a day outside the covered years throws, because a silently
 * wrong deadline is worse than a crash that says the holiday table needs next year's notice.
 */
import { assert } from './assert.ts';
import { type CalendarDate, calendarDate, dayOfWeek, fromEpochDay, toEpochDay } from './calendar-date.ts';
import type { HolidayBlock, HolidayCalendar, HolidayYear } from './holidays.ts';
import { nationalHolidays } from './holidays.ts';

/** Longest plausible holiday block; a longer one is a typo in the table. */
const blockLengthMaxDays = 31;

/**
 * A working-day calendar built from a holiday table. Years can be added later (next year's notice,
 * loaded at start from the database), never changed or removed.
 */
export class WorkingDays {
  /** Epoch day → whether it is a working day, for every day of every covered year. */
  private readonly working = new Map<number, boolean>();
  private readonly years: HolidayYear[] = [];

  constructor(calendar: HolidayCalendar) {
    this.addYears(calendar);
  }

  /** The years this calendar knows, ascending; any other year throws. */
  get coveredYears(): readonly number[] {
    return this.years.map((entry) => entry.year);
  }

  /** The holiday table behind the calendar, by year ascending. */
  get holidayYears(): HolidayCalendar {
    return this.years;
  }

  /**
   * Adds whole years of notices. A year already covered is a programmer error; all checks run
   * before anything changes, so a bad table leaves the calendar as it was.
   */
  addYears(calendar: HolidayCalendar): void {
    const years = calendar.map((entry) => entry.year);
    const known = new Set(this.coveredYears);
    assert(
      new Set(years).size === years.length && years.every((y) => !known.has(y)),
      `holiday table repeats a year: ${[...this.coveredYears, ...years].join(', ')}`,
    );
    const staged = new WorkingDaysDraft(this.working, years);
    const blocks = calendar.flatMap((entry) => entry.blocks);
    const daysOff = new Set<number>();
    // Days off first, make-up days second, so a day listed as both is caught whatever the order.
    for (const block of blocks) staged.markDaysOff(block, daysOff);
    for (const block of blocks) {
      for (const date of block.makeUpWorkdays) staged.markMakeUp(date, block.name.en, daysOff);
    }
    for (const [day, working] of staged.days) this.working.set(day, working);
    this.years.push(...calendar);
    this.years.sort((a, b) => a.year - b.year);
  }

  /** Whether the calendar knows `date`'s year, for callers that check before counting. */
  covers(date: CalendarDate): boolean {
    return this.working.has(toEpochDay(date));
  }

  /** Whether `date` is a working day; throws outside the covered years. */
  isWorkingDay(date: CalendarDate): boolean {
    return this.isWorkingEpochDay(toEpochDay(date));
  }

  /** The n-th working day after `date` (n ≥ 0; `date` itself does not count, n = 0 gives `date`). */
  addWorkingDays(date: CalendarDate, n: number): CalendarDate {
    assert(Number.isSafeInteger(n) && n >= 0, `working day count ${n} is not a non-negative integer`);
    let day = toEpochDay(date);
    for (let remaining = n; remaining > 0;) {
      day += 1;
      if (this.isWorkingEpochDay(day)) remaining -= 1;
    }
    return fromEpochDay(day);
  }

  /** Working days in (from, to]; negative (−count of (to, from]) when `to` is before `from`. */
  workingDaysBetween(from: CalendarDate, to: CalendarDate): number {
    const start = toEpochDay(from);
    const end = toEpochDay(to);
    // `0 - n`, not `-n`: an empty span must give +0, never −0.
    if (end < start) return 0 - this.workingDaysBetween(to, from);
    let count = 0;
    for (let day = start + 1; day <= end; day++) if (this.isWorkingEpochDay(day)) count += 1;
    return count;
  }

  private isWorkingEpochDay(day: number): boolean {
    const working = this.working.get(day);
    assert(
      working !== undefined,
      `${fromEpochDay(day)} is outside the working-day calendar (years ${this.coveredYears.join(', ')})`,
    );
    return working;
  }
}

/** The days of the years being added, checked and marked before the calendar takes them. */
class WorkingDaysDraft {
  readonly days = new Map<number, boolean>();

  constructor(
    private readonly existing: ReadonlyMap<number, boolean>,
    years: readonly number[],
  ) {
    for (const year of years) this.fillWeekdays(year);
  }

  private has(day: number): boolean {
    return this.days.has(day) || this.existing.has(day);
  }

  private fillWeekdays(year: number): void {
    const first = toEpochDay(calendarDate(year, 1, 1));
    const last = toEpochDay(calendarDate(year, 12, 31));
    for (let day = first; day <= last; day++) this.days.set(day, dayOfWeek(fromEpochDay(day)) <= 5);
  }

  markDaysOff(block: HolidayBlock, daysOff: Set<number>): void {
    const first = toEpochDay(block.firstDayOff);
    const last = toEpochDay(block.lastDayOff);
    const label = `${block.name.en} ${block.firstDayOff}`;
    assert(first <= last && last - first < blockLengthMaxDays, `holiday ${label} has an impossible span`);
    for (let day = first; day <= last; day++) {
      assert(this.has(day), `holiday ${label} reaches ${fromEpochDay(day)}, outside the covered years`);
      this.days.set(day, false);
      daysOff.add(day);
    }
  }

  markMakeUp(date: CalendarDate, label: string, daysOff: Set<number>): void {
    const day = toEpochDay(date);
    // A make-up day on a weekday would change nothing: it is a typo in the table.
    assert(dayOfWeek(date) >= 6, `make-up day ${date} of ${label} is not a weekend day`);
    assert(!daysOff.has(day), `make-up day ${date} of ${label} is also a day off`);
    assert(this.has(day), `make-up day ${date} of ${label} is outside the covered years`);
    this.days.set(day, true);
  }
}

/** The national working-day calendar: 2024–2026 built in, later years added from the database at start. */
export const nationalWorkingDays = new WorkingDays(nationalHolidays);
