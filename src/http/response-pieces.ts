/**
 * Zod pieces that response schemas share, named once so that the OpenAPI document and the
 * generated web client call a day, a period or an amount the same on every route.
 */
import { z } from 'zod';

/** A calendar day `YYYY-MM-DD`. */
export const calendarDay = z.string().meta({ id: 'CalendarDay', format: 'date', example: '2026-12-07' });
/** An instant, sent as ISO 8601 text (a `Date` in the handler). */
export const instant = z.date().meta({ id: 'Instant', description: 'An instant, ISO 8601 with offset' });
/** An instant the handler already holds as ISO text. */
export const instantText = z.string().meta({ id: 'InstantText', format: 'date-time' });
/** A contribution period `YYYYMM`. */
export const period = z.string().meta({ id: 'Period', description: 'A contribution period YYYYMM', example: '202612' });
/** An amount in yuan as a decimal string with two places (`"1234.56"`): exact, never a float. */
export const money = z
  .string()
  .meta({ id: 'Money', description: 'Yuan as a decimal string, two places', example: '1234.56' });
/** Text in both interface languages. */
export const localText = z.object({ zh: z.string(), en: z.string() }).meta({ id: 'LocalText' });
/** A record id. */
export const recordId = z.number().int().positive();
/**
 * A list in an answer. Read-only, so a handler may return the `readonly` arrays its services
 * build (the JSON is the same).
 */
export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item).readonly();
}
