/**
 * Contribution periods (所属期) as branded `YYYYMM` strings, years 0001–9999.
 *
 * A string rather than the number 202501: a number invites `p + 1`, which turns 202512 into the
 * non-period 202513; a string only changes through the functions below. `YYYYMM` strings also sort
 * in time order, match the house convention for periods and go to SQL `char(6)` and JSON unchanged.
 */
import { assert } from './assert.ts';
import { type CalendarDate, calendarDate, dateParts, daysInMonth } from './calendar-date.ts';
import { kernelRejections } from './kernel-rejections.ts';

declare const periodBrand: unique symbol;
/** A calendar month written `YYYYMM`. */
export type Period = string & { readonly [periodBrand]: 'Period' };

export interface PeriodParts {
  readonly year: number;
  readonly month: number;
}

const periodPattern = /^(\d{4})(\d{2})$/;
const yearMin = 1;
const yearMax = 9999;
/** Month index (year × 12 + month − 1) bounds, so arithmetic cannot leave years 0001–9999. */
const indexMin = yearMin * 12;
const indexMax = yearMax * 12 + 11;

/** Whether `value` is a real month written exactly `YYYYMM`. */
export function isPeriod(value: string): value is Period {
  const match = periodPattern.exec(value);
  return match !== null && isValidParts(Number(match[1]), Number(match[2]));
}

/** Parses a period from outside; throws the `invalid_period` rejection when it is not one. */
export function parsePeriod(value: string): Period {
  if (!isPeriod(value)) throw kernelRejections.reject('invalid_period', { value: value.slice(0, 64) });
  return value;
}

/** Builds a period from its parts; impossible parts are a programmer error. */
export function period(year: number, month: number): Period {
  assert(isValidParts(year, month), `${year}/${month} is not a valid period`);
  return `${String(year).padStart(4, '0')}${String(month).padStart(2, '0')}` as Period;
}

/** Year and month (1–12) of a period. */
export function periodParts(p: Period): PeriodParts {
  return { year: Number(p.slice(0, 4)), month: Number(p.slice(4, 6)) };
}

/** The period `months` months after `p` (before it when negative). */
export function addMonths(p: Period, months: number): Period {
  assert(Number.isSafeInteger(months), `month count ${months} is not an integer`);
  const index = toIndex(p) + months;
  assert(index >= indexMin && index <= indexMax, `period ${p} + ${months} months is outside years 0001–9999`);
  return period(Math.floor(index / 12), (index % 12) + 1);
}

/** The following month. */
export function nextPeriod(p: Period): Period {
  return addMonths(p, 1);
}

/** The preceding month. */
export function previousPeriod(p: Period): Period {
  return addMonths(p, -1);
}

/** Months from `from` to `to`: positive when `to` is later (202401 → 202503 is 14). */
export function diffMonths(from: Period, to: Period): number {
  return toIndex(to) - toIndex(from);
}

/** Orders two periods: −1 when `a` is earlier, 1 when later, 0 when equal. */
export function comparePeriods(a: Period, b: Period): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first day of the period's month. */
export function firstDayOf(p: Period): CalendarDate {
  const { year, month } = periodParts(p);
  return calendarDate(year, month, 1);
}

/** The last day of the period's month (leap years included). */
export function lastDayOf(p: Period): CalendarDate {
  const { year, month } = periodParts(p);
  return calendarDate(year, month, daysInMonth(year, month));
}

/** The period (month) that contains `date`. */
export function periodOf(date: CalendarDate): Period {
  const { year, month } = dateParts(date);
  return period(year, month);
}

function toIndex(p: Period): number {
  const { year, month } = periodParts(p);
  return year * 12 + month - 1;
}

function isValidParts(year: number, month: number): boolean {
  return (
    Number.isInteger(year) && year >= yearMin && year <= yearMax && Number.isInteger(month) && month >= 1 && month <= 12
  );
}
