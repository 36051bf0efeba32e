/**
 * The public holidays of a year whose State Council notice is not loaded yet, derived from the
 * statutory holidays alone, so that deadlines reaching into it can still be counted (and are
 * marked provisional until the notice comes).
 *
 * The rules are those of the 全国年节及纪念日放假办法 as amended by State Council decree No. 795,
 * in force since 2025-01-01: New Year's Day 1 day; Spring Festival 4 days, the eve (the last day
 * of the 12th lunar month) to the 3rd day of the 1st; Qingming 1 day, the day of the solar term;
 * Labour Day 1–2 May; Dragon Boat the 5th day of the 5th lunar month; Mid-Autumn the 15th of the
 * 8th; National Day 1–3 October. What only a notice says is left out: the bridging days off
 * around a holiday and the weekend days worked in exchange (调休), so weekends stay days off.
 */
import { assert } from './assert.ts';
import { addDays, calendarDate, type CalendarDate } from './calendar-date.ts';
import { lunarMonthStart, qingmingDay } from './chinese-calendar.ts';
import { type HolidayBlock, type HolidayName, type HolidayYear, holidayNames } from './holidays.ts';

/** A way to derive the holidays of a year without a notice, within a range of years. */
export interface ProvisionalRule {
  readonly firstYear: number;
  readonly lastYear: number;
  /** The derived holidays of `year` (firstYear ≤ year ≤ lastYear). */
  derive(year: number): HolidayYear;
}

/** The first year of the current rules (decree No. 795); earlier years followed other rules. */
export const provisionalYearFirst = 2025;
/** The last year the astronomy behind the lunar dates and Qingming is checked for. */
export const provisionalYearLast = 2100;

/** What a derived year says it comes from, in place of a notice. */
export const provisionalSource = '暂定：依据《全国年节及纪念日放假办法》推算，待国务院办公厅节假日安排通知公布后调整';

function days(name: HolidayName, first: CalendarDate, count: number): HolidayBlock {
  return { name, firstDayOff: first, lastDayOff: addDays(first, count - 1), makeUpWorkdays: [] };
}

/** The statutory holidays of `year` under the 2025 rules, as a holiday table without make-up days. */
export function provisionalHolidayYear(year: number): HolidayYear {
  assert(
    Number.isInteger(year) && year >= provisionalYearFirst && year <= provisionalYearLast,
    `no provisional holidays for year ${year} (only ${provisionalYearFirst}–${provisionalYearLast})`,
  );
  const lunarNewYear = lunarMonthStart(year, 1);
  return {
    year,
    source: provisionalSource,
    blocks: [
      days(holidayNames.newYear, calendarDate(year, 1, 1), 1),
      days(holidayNames.springFestival, addDays(lunarNewYear, -1), 4),
      days(holidayNames.qingming, qingmingDay(year), 1),
      days(holidayNames.labourDay, calendarDate(year, 5, 1), 2),
      days(holidayNames.dragonBoat, addDays(lunarMonthStart(year, 5), 4), 1),
      days(holidayNames.midAutumn, addDays(lunarMonthStart(year, 8), 14), 1),
      days(holidayNames.nationalDay, calendarDate(year, 10, 1), 3),
    ],
  };
}

/** The national rule: the statutory holidays, 2025–2100. */
export const statutoryHolidays: ProvisionalRule = {
  firstYear: provisionalYearFirst,
  lastYear: provisionalYearLast,
  derive: provisionalHolidayYear,
};
