/** Pure rules of the dashboard: the date range, shares and time-to-completion in working days. */
import { addDays, diffDays, startOfChinaDay, type CalendarDate } from '../../kernel/calendar-date.ts';
import type { WorkingDays } from '../../kernel/working-days.ts';

export const RANGE_DEFAULT_DAYS = 30;
export const RANGE_MAX_DAYS = 366;

export interface DayRange {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/** The range asked for (inclusive days), defaulting to the last 30 days; null when invalid. */
export function dayRange(
  today: CalendarDate,
  from: CalendarDate | undefined,
  to: CalendarDate | undefined,
): DayRange | null {
  const end = to ?? today;
  const start = from ?? addDays(end, 1 - RANGE_DEFAULT_DAYS);
  if (start > end || diffDays(start, end) + 1 > RANGE_MAX_DAYS) return null;
  return { from: start, to: end };
}

/** The instants [from 00:00, the day after `to` 00:00) in China time (UTC+8, no daylight saving). */
export function instantsOf(range: DayRange): { from: Date; to: Date } {
  return {
    from: startOfChinaDay(range.from),
    to: startOfChinaDay(addDays(range.to, 1)),
  };
}

/** part / whole, or null when there is no whole. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/**
 * Working days a case took: accepted (not counted) to finished, less the days the clock stood still
 * for materials; null when the calendar does not cover the span.
 */
export function workingDaysTaken(
  calendar: WorkingDays,
  acceptedOn: CalendarDate,
  finishedOn: CalendarDate,
  pausedWorkdays: number,
): number | null {
  if (!calendar.covers(acceptedOn) || !calendar.covers(finishedOn)) return null;
  return Math.max(0, calendar.workingDaysBetween(acceptedOn, finishedOn) - pausedWorkdays);
}
