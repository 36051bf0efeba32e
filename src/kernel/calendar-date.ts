/**
 * Calendar days as branded `YYYY-MM-DD` strings (years 0001–9999): they sort as strings, go to
 * and from SQL `date` and JSON unchanged, and carry no time zone to get wrong. Arithmetic runs on
 * day numbers (days since 1970-01-01), never on `Date`, so the host time zone cannot leak in.
 */
import { assert } from './assert.ts';
import type { Clock } from './clock.ts';
import { kernelRejections } from './kernel-rejections.ts';

declare const calendarDateBrand: unique symbol;
/** A real day of the proleptic Gregorian calendar, written `YYYY-MM-DD`. */
export type CalendarDate = string & { readonly [calendarDateBrand]: 'CalendarDate' };

/** Day of the week, ISO 8601 numbering: 1 = Monday … 7 = Sunday. */
export type DayOfWeek = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const msPerDay = 86_400_000;
/** China Standard Time is UTC+8 all year: no daylight saving since 1991. */
const shanghaiOffsetMs = 8 * 3_600_000;
const yearMin = 1;
const yearMax = 9999;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  assert(Number.isInteger(month) && month >= 1 && month <= 12, `month ${month} is not 1–12`);
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `value` is a real date written exactly `YYYY-MM-DD`. */
export function isCalendarDate(value: string): value is CalendarDate {
  const match = datePattern.exec(value);
  if (!match) return false;
  return isValidParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Parses a date from outside; throws the `invalid_date` rejection when it is not a real date. */
export function parseCalendarDate(value: string): CalendarDate {
  if (!isCalendarDate(value)) throw kernelRejections.reject('invalid_date', { value: value.slice(0, 64) });
  return value;
}

/** Builds a date from its parts; impossible parts are a programmer error. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  assert(isValidParts(year, month, day), `${year}-${month}-${day} is not a real date`);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as CalendarDate;
}

/** Year, month (1–12) and day of a date. */
export function dateParts(date: CalendarDate): DateParts {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** Days since 1970-01-01 (negative before it). */
export function toEpochDay(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  // Howard Hinnant's days_from_civil: years start on 1 March so the leap day comes last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date `epochDay` days after 1970-01-01; outside years 0001–9999 is a programmer error. */
export function fromEpochDay(epochDay: number): CalendarDate {
  assert(
    Number.isSafeInteger(epochDay) && epochDay >= epochDayMin && epochDay <= epochDayMax,
    `day number ${epochDay} is outside years 0001–9999`,
  );
  // Howard Hinnant's civil_from_days, the inverse of toEpochDay.
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return calendarDate(year, month, day);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  assert(Number.isSafeInteger(days), `day count ${days} is not an integer`);
  return fromEpochDay(toEpochDay(date) + days);
}

/** Days from `from` to `to`: positive when `to` is later. */
export function diffDays(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** ISO day of the week: 1 = Monday … 7 = Sunday. */
export function dayOfWeek(date: CalendarDate): DayOfWeek {
  // 1970-01-01 was a Thursday (4); the double modulo keeps days before 1970 positive.
  return (((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1) as DayOfWeek;
}

/** Orders two dates: −1 when `a` is earlier, 1 when later, 0 when equal. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  // Fixed-width YYYY-MM-DD strings sort like the dates they name.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The calendar day in Asia/Shanghai (UTC+8) at `instant`. */
export function dateOfInstant(instant: Date): CalendarDate {
  const ms = instant.getTime();
  assert(Number.isFinite(ms), 'instant is an invalid Date');
  return fromEpochDay(Math.floor((ms + shanghaiOffsetMs) / msPerDay));
}

/** Today in Asia/Shanghai according to `clock`. */
export function today(clock: Clock): CalendarDate {
  return dateOfInstant(clock.now());
}

/** This year in Asia/Shanghai according to `clock` (on 1 January before 08:00 UTC it is already the new year). */
export function thisYear(clock: Clock): number {
  return dateParts(today(clock)).year;
}

/**
 * The day of an instant that stands for a whole day at UTC midnight, as spreadsheet readers
 * (exceljs) give date cells: read in UTC on purpose, since the cell carries no time zone.
 */
export function dateOfUtcMidnight(instant: Date): CalendarDate {
  const ms = instant.getTime();
  assert(Number.isFinite(ms), 'instant is an invalid Date');
  return fromEpochDay(Math.floor(ms / msPerDay));
}

/** The instant a day begins in Asia/Shanghai (00:00 China time, 16:00 UTC the day before). */
export function startOfChinaDay(date: CalendarDate): Date {
  return new Date(toEpochDay(date) * msPerDay - shanghaiOffsetMs);
}

function isValidParts(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < yearMin || year > yearMax) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

const epochDayMin = toEpochDay('0001-01-01' as CalendarDate);
const epochDayMax = toEpochDay('9999-12-31' as CalendarDate);
