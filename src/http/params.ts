/**
 * Zod pieces that request schemas share: ids, pages, days, instants, periods and amounts. A route
 * declares its own fields from these, so that an id or a page means the same on every route.
 */
import { z } from 'zod';
import { addDays, parseCalendarDate, startOfChinaDay } from '../kernel/calendar-date.ts';

/** A record id in a path or a query string (text, coerced): a positive safe integer. */
export const id = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** `/:id` path parameters. */
export const idParams = z.strictObject({ id });
/** A record id in a JSON body (a number, not coerced). */
export const refId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
/** A row's version as last read, sent back with a change (an `integer` column: at most 2^31 - 1). */
export const version = z.number().int().positive().max(2_147_483_647);

/** The highest page number a list answers: far past any real list, low enough to bound the offset. */
export const PAGE_MAX = 100_000;
/** A page number of a list, from 1. */
export const page = z.coerce.number().int().min(1).max(PAGE_MAX).default(1);
/** Rows per page, at most `max` (the list's own limit), `byDefault` (20) when the query names none. */
export function pageSizeUpTo(max: number, byDefault = 20) {
  return z.coerce.number().int().min(1).max(max).default(byDefault);
}

/** A calendar day `YYYY-MM-DD`. */
export const isoDate = z.iso.date();
/** An instant with its offset, or a bare day standing for the whole day in China time (see `instantOf`). */
export const instantOrDay = z.iso.datetime({ offset: true }).or(z.iso.date());

/**
 * The instant a filter value names: a bare day is the whole day in China time, so it starts at
 * 00:00 China time, or ends at 00:00 of the next day with `endOfDay`; an instant is itself.
 */
export function instantOf(value: string | undefined, endOfDay: boolean): Date | undefined {
  if (!value) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return new Date(value);
  const day = parseCalendarDate(value);
  return startOfChinaDay(endOfDay ? addDays(day, 1) : day);
}

/** A contribution period `YYYYMM`. */
export const periodText = z.string().regex(/^\d{4}(0[1-9]|1[0-2])$/, 'a period is YYYYMM');
/** An amount of money as a decimal string, fen at most: `6000`, `6000.5`, `6000.50`. */
export const moneyText = z.string().regex(/^\d{1,13}(\.\d{1,2})?$/);
