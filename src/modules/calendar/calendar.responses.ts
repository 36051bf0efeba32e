/** What the calendar's routes answer (the shapes served in the OpenAPI document). */
import { z } from 'zod';
import { calendarDay, instantText, listOf, localText } from '../../http/response-pieces.ts';

const holidayBlock = z.object({
  name: localText,
  firstDayOff: calendarDay,
  lastDayOff: calendarDay,
  makeUpWorkdays: listOf(calendarDay).describe('Weekend days worked in exchange (调休上班)'),
});

/** A year of the calendar: from a notice built in or added, or derived provisionally. */
export const holidayYearView = z
  .object({
    year: z.number().int(),
    source: z.string(),
    origin: z.enum(['built_in', 'added', 'provisional']),
    addedAt: instantText.nullable(),
    addedBy: z.string().nullable(),
    blocks: listOf(holidayBlock),
  })
  .meta({ id: 'HolidayYearView' });

/** `GET /api/calendar/holiday-years`. */
export const holidayYearsAnswer = z.object({ years: listOf(holidayYearView) });

/** `POST /api/calendar/holiday-years`: the year loaded and the deadlines counted again, per kind. */
export const noticeLoadedAnswer = z.object({
  year: z.number().int(),
  source: z.string(),
  recounted: z.record(z.string(), z.object({ checked: z.number(), moved: z.number(), settled: z.number() })),
});
