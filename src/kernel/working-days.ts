/**
 * Working-day arithmetic for statutory and promised time limits. A day is a working day when it
 * is Monday–Friday and not a day off of a holiday, or when it is a make-up working day (调休上班).
 *
 * Counting convention (as 经办 time limits are counted): the day a matter is accepted does not
 * count; the limit of n working days ends on the n-th working day after it. Only the days that are
 * counted are looked up.
 *
 * A year is known from its State Council notice. A year without one is answered from a
 * provisional rule when the calendar has one (the statutory holidays, `provisional-holidays.ts`),
 * and every answer that used such a day says so (`deadline(…).provisional`), so that intake never
 * stops for a notice that is late, and the deadlines can be counted again once it is loaded.
 * Outside both (before the first notice, past the rule's last year) a lookup throws: a silently
 * wrong deadline is worse than a crash.
 */
import { assert } from './assert.ts';
import { type CalendarDate, calendarDate, dateParts, dayOfWeek, fromEpochDay, toEpochDay } from './calendar-date.ts';
import type { HolidayBlock, HolidayCalendar, HolidayYear } from './holidays.ts';
import { nationalHolidays } from './holidays.ts';
import { type ProvisionalRule, statutoryHolidays } from './provisional-holidays.ts';

/** Longest plausible holiday block; a longer one is a typo in the table. */
const blockLengthMaxDays = 31;

/** A date n working days on, and whether any day counted came from a year without a notice. */
export interface Deadline {
  readonly dueOn: CalendarDate;
  readonly provisional: boolean;
}

/**
 * A working-day calendar built from a holiday table. Notices can be added later (next year's,
 * loaded at start from the database), never changed or removed; a notice replaces the provisional
 * derivation of its year.
 */
export class WorkingDays {
  /** Epoch day → whether it is a working day, for every day of every year with a notice. */
  private readonly working = new Map<number, boolean>();
  /** The same for the days of years derived by the provisional rule, filled a year at a time. */
  private readonly provisionalWorking = new Map<number, boolean>();
  private readonly derived = new Map<number, HolidayYear>();
  private readonly years: HolidayYear[] = [];

  constructor(
    calendar: HolidayCalendar,
    private readonly provisional: ProvisionalRule | null = null,
  ) {
    this.addYears(calendar);
  }

  /** The years with a notice, ascending. */
  get noticeYears(): readonly number[] {
    return this.years.map((entry) => entry.year);
  }

  /** The notices behind the calendar, by year ascending. */
  get holidayYears(): HolidayCalendar {
    return this.years;
  }

  /** The years the provisional rule answers (those of them with a notice excepted), or null. */
  get provisionalRange(): { readonly firstYear: number; readonly lastYear: number } | null {
    return this.provisional && { firstYear: this.provisional.firstYear, lastYear: this.provisional.lastYear };
  }

  /**
   * Adds whole years of notices. A year already noticed is a programmer error; all checks run
   * before anything changes, so a bad table leaves the calendar as it was.
   */
  addYears(calendar: HolidayCalendar): void {
    const years = calendar.map((entry) => entry.year);
    const known = new Set(this.noticeYears);
    assert(
      new Set(years).size === years.length && years.every((y) => !known.has(y)),
      `holiday table repeats a year: ${[...this.noticeYears, ...years].join(', ')}`,
    );
    const staged = stage(this.working, calendar);
    for (const [day, working] of staged) this.working.set(day, working);
    for (const year of years) this.forgetDerived(year);
    this.years.push(...calendar);
    this.years.sort((a, b) => a.year - b.year);
  }

  /** The holiday table of `year`: its notice, else its provisional derivation, else null. */
  tableFor(year: number): { readonly table: HolidayYear; readonly provisional: boolean } | null {
    const notice = this.years.find((entry) => entry.year === year);
    if (notice) return { table: notice, provisional: false };
    return this.derivable(year) ? { table: this.derive(year), provisional: true } : null;
  }

  /** Whether the calendar can answer for `date`, from a notice or provisionally. */
  covers(date: CalendarDate): boolean {
    return this.working.has(toEpochDay(date)) || this.derivable(dateParts(date).year);
  }

  /** Whether the answer for `date` is provisional (its year has no notice); throws outside the calendar. */
  isProvisional(date: CalendarDate): boolean {
    const day = toEpochDay(date);
    if (this.working.has(day)) return false;
    this.provisionalDay(day);
    return true;
  }

  /** Whether `date` is a working day; throws outside the calendar. */
  isWorkingDay(date: CalendarDate): boolean {
    return this.isWorkingEpochDay(toEpochDay(date));
  }

  /** The n-th working day after `date` (n ≥ 0; `date` itself does not count, n = 0 gives `date`). */
  addWorkingDays(date: CalendarDate, n: number): CalendarDate {
    return this.deadline(date, n).dueOn;
  }

  /** The n-th working day after `date`, provisional when a day counted has no notice yet. */
  deadline(date: CalendarDate, n: number): Deadline {
    assert(Number.isSafeInteger(n) && n >= 0, `working day count ${n} is not a non-negative integer`);
    let day = toEpochDay(date);
    let provisional = false;
    for (let remaining = n; remaining > 0;) {
      day += 1;
      const known = this.working.get(day);
      if (known === undefined) provisional = true;
      if (known ?? this.provisionalDay(day)) remaining -= 1;
    }
    return { dueOn: fromEpochDay(day), provisional };
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
    return this.working.get(day) ?? this.provisionalDay(day);
  }

  private derivable(year: number): boolean {
    const rule = this.provisional;
    if (rule === null || year < rule.firstYear || year > rule.lastYear) return false;
    return !this.years.some((entry) => entry.year === year);
  }

  /** A day of a year without a notice, from the provisional rule (derived once per year). */
  private provisionalDay(day: number): boolean {
    const cached = this.provisionalWorking.get(day);
    if (cached !== undefined) return cached;
    const date = fromEpochDay(day);
    const range = this.provisional ? `, provisional ${this.provisional.firstYear}–${this.provisional.lastYear}` : '';
    assert(
      this.derivable(dateParts(date).year),
      `${date} is outside the working-day calendar (notices ${this.noticeYears.join(', ')}${range})`,
    );
    this.derive(dateParts(date).year);
    return this.provisionalWorking.get(day) as boolean;
  }

  private derive(year: number): HolidayYear {
    const cached = this.derived.get(year);
    if (cached) return cached;
    const table = (this.provisional as ProvisionalRule).derive(year);
    assert(table.year === year, `the provisional rule gave ${table.year} for ${year}`);
    for (const [day, working] of stage(new Map(), [table])) this.provisionalWorking.set(day, working);
    this.derived.set(year, table);
    return table;
  }

  private forgetDerived(year: number): void {
    if (!this.derived.delete(year)) return;
    const last = toEpochDay(calendarDate(year, 12, 31));
    for (let day = toEpochDay(calendarDate(year, 1, 1)); day <= last; day++) this.provisionalWorking.delete(day);
  }
}

/** The working days of whole years of a table, checked against themselves and `existing`. */
function stage(existing: ReadonlyMap<number, boolean>, calendar: HolidayCalendar): Map<number, boolean> {
  const staged = new WorkingDaysDraft(
    existing,
    calendar.map((entry) => entry.year),
  );
  const blocks = calendar.flatMap((entry) => entry.blocks);
  const daysOff = new Set<number>();
  // Days off first, make-up days second, so a day listed as both is caught whatever the order.
  for (const block of blocks) staged.markDaysOff(block, daysOff);
  for (const block of blocks) {
    for (const date of block.makeUpWorkdays) staged.markMakeUp(date, block.name.en, daysOff);
  }
  return staged.days;
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

/**
 * The national working-day calendar: 2024–2026 built in, later notices added from the database at
 * start, and the years without one derived from the statutory holidays until it comes.
 */
export const nationalWorkingDays = new WorkingDays(nationalHolidays, statutoryHolidays);
