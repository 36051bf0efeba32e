/**
 * The Chinese calendar days the statutory holidays hang on: the first day of a lunar month and the
 * day of the Qingming solar term, in China time.
 *
 * Which lunar month is which (the numbering, and the leap months) comes from ICU's Chinese
 * calendar through `Intl`. The day a month begins does not: ICU's lunar theory is a few minutes
 * off, enough to put a new moon that falls just before midnight on the next day (it starts the
 * 2027 and 2030 Spring Festivals a day late, 2027-02-07 and 2030-02-02 instead of 02-06 and 02-03).
 * So each month begins on the China day of its true new moon (Meeus, `astronomy.ts`), and `Intl`
 * is asked only for the month that day belongs to, two weeks in, far from either boundary.
 */
import { assert } from './assert.ts';
import { addDays, type CalendarDate, dateParts, toEpochDay } from './calendar-date.ts';
import { chinaDateOfJde, lunationNear, newMoonJde, solarLongitudeJde } from './astronomy.ts';

/** A lunar month as `Intl` names it: the Gregorian year its lunar year begins in, number, leap. */
export interface LunarMonth {
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
}

/** Longitude of the Sun at 清明, in degrees. */
const qingmingLongitude = 15;
/** New moons to look through for a month of one lunar year: a year has at most 13, plus slack. */
const lunationsPerSearch = 16;
const msPerDay = 86_400_000;

let formatter: Intl.DateTimeFormat | null = null;

/** The ICU formatter, made once; a Node built without full ICU has no Chinese calendar. */
function chineseFormatter(): Intl.DateTimeFormat {
  // English parts, because they are numeric ("2", and "2bis" for a leap month) where Chinese
  // names the months (正月 … 腊月); the calendar is the same.
  formatter ??= new Intl.DateTimeFormat('en-u-ca-chinese', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  assert(formatter.resolvedOptions().calendar === 'chinese', 'this Node has no Chinese calendar (full ICU needed)');
  return formatter;
}

/** The lunar month `date` falls in, as `Intl` reads it. */
export function lunarMonthOf(date: CalendarDate): LunarMonth {
  return lunarMonthOfParts(chineseFormatter().formatToParts(new Date(toEpochDay(date) * msPerDay)));
}

/** Reads ICU's parts: `relatedYear` 2023, `month` "2" or "2bis" (the leap month after the 2nd). */
export function lunarMonthOfParts(parts: ReadonlyArray<{ type: string; value: string }>): LunarMonth {
  // `relatedYear` (the Gregorian year a lunar year begins in) is missing from TypeScript's part types.
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const year = /^\d{4}$/.exec(value('relatedYear'));
  const month = /^(\d{1,2})(bis)?$/.exec(value('month'));
  assert(year !== null && month !== null, `Intl gave no lunar month in ${JSON.stringify(parts)}`);
  return { year: Number(year[0]), month: Number(month[1]), leap: month[2] !== undefined };
}

/**
 * The first day (初一) of the ordinary (not leap) lunar month `month` of the lunar year that
 * begins in `year`: the China day of its new moon.
 */
export function lunarMonthStart(year: number, month: number): CalendarDate {
  assert(Number.isInteger(month) && month >= 1 && month <= 12, `lunar month ${month} is not 1–12`);
  const first = lunationNear(year);
  const newMoons = Array.from({ length: lunationsPerSearch }, (_, i) => chinaDateOfJde(newMoonJde(first + i)));
  const start = newMoons.find((day) => {
    const named = lunarMonthOf(addDays(day, 14));
    return named.year === year && named.month === month && !named.leap;
  });
  assert(start !== undefined, `lunar month ${month} of ${year} not found`);
  return start;
}

/** The day of the Qingming solar term (the Sun at 15°) in China, 4 or 5 April. */
export function qingmingDay(year: number): CalendarDate {
  const day = chinaDateOfJde(solarLongitudeJde(year, qingmingLongitude));
  assert(dateParts(day).year === year, `Qingming of ${year} computed in another year`);
  return day;
}
