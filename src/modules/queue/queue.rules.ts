/** Pure decisions of the window queue: numbering, opening hours, estimates, ticket transitions. */
import type { OpeningHours } from '../../db/schema.ts';
import { type CalendarDate, dateParts, dayOfWeek, toEpochDay } from '../../kernel/calendar-date.ts';
import type { HolidayCalendar } from '../../kernel/holidays.ts';
import { nationalWorkingDays } from '../../kernel/working-days.ts';
import { ISSUE_BEFORE_OPENING_MINUTES, RECALLS_MAX, STATS_RANGE_DAYS_MAX, type TicketStatus } from './queue.model.ts';
import type { queueRejections } from './queue.rejections.ts';

type QueueCode = keyof typeof queueRejections.codes;

const msPerMinute = 60_000;
const msPerDay = 86_400_000;
/** China Standard Time is UTC+8 all year. */
const shanghaiOffsetMs = 8 * 3_600_000;

/** The printed ticket code: the category letter and the day's number in three digits, `A001`. */
export function ticketCode(letter: string, number: number): string {
  return `${letter}${String(number).padStart(3, '0')}`;
}

/**
 * The holiday tables that can hold `date`: its year's and the next year's (a New Year's Day break
 * may begin in December), each the notice or, before it is loaded, the provisional derivation.
 */
function holidayTablesAround(date: CalendarDate): HolidayCalendar {
  const year = dateParts(date).year;
  return [year, year + 1].flatMap((y) => nationalWorkingDays.tableFor(y)?.table ?? []);
}

/**
 * The opening hours of a hall on `date`, sorted: none on the days off of a public holiday; a
 * make-up working day (调休上班) keeps Monday's hours; any other day the hours listed for its weekday.
 */
export function hoursOn(
  date: CalendarDate,
  hours: readonly OpeningHours[],
  calendar: HolidayCalendar = holidayTablesAround(date),
): Array<{ open: string; close: string }> {
  const blocks = calendar.flatMap((year) => year.blocks);
  if (blocks.some((b) => date >= b.firstDayOff && date <= b.lastDayOff)) return [];
  const makeUp = blocks.some((b) => b.makeUpWorkdays.includes(date));
  const weekday = makeUp ? 1 : dayOfWeek(date);
  return hours
    .filter((h) => h.days.includes(weekday))
    .map((h) => ({ open: h.open, close: h.close }))
    .sort((a, b) => (a.open < b.open ? -1 : a.open > b.open ? 1 : 0));
}

/** Minutes since midnight China time at `instant`. */
export function minuteOfDay(instant: Date): number {
  const local = instant.getTime() + shanghaiOffsetMs;
  return Math.floor((((local % msPerDay) + msPerDay) % msPerDay) / msPerMinute);
}

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/** Whether the kiosk issues tickets at `instant`: from shortly before opening until closing. */
export function issuingAt(instant: Date, today: ReadonlyArray<{ open: string; close: string }>): boolean {
  const now = minuteOfDay(instant);
  return today.some((h) => now >= minutes(h.open) - ISSUE_BEFORE_OPENING_MINUTES && now < minutes(h.close));
}

/**
 * Minutes until a new ticket is called: the tickets ahead share the windows that serve the category,
 * each taking the average service time. Unknown (null) when no open window serves the category.
 */
export function estimateWaitMinutes(ahead: number, avgServiceSeconds: number, windowsServing: number): number | null {
  if (windowsServing <= 0) return null;
  return Math.ceil((ahead * avgServiceSeconds) / 60 / windowsServing);
}

/** The instant a China calendar day begins. */
export function chinaDayStart(day: CalendarDate): Date {
  return new Date(toEpochDay(day) * msPerDay - shanghaiOffsetMs);
}

/** The half-open instants [from, to) covering the days `fromDay` … `toDay`; null when not a valid range. */
export function statsRange(fromDay: CalendarDate, toDay: CalendarDate): { from: Date; to: Date } | null {
  const days = toEpochDay(toDay) - toEpochDay(fromDay) + 1;
  if (days < 1 || days > STATS_RANGE_DAYS_MAX) return null;
  return { from: chinaDayStart(fromDay), to: new Date(toEpochDay(toDay) * msPerDay + msPerDay - shanghaiOffsetMs) };
}

export type TicketAction = 'recall' | 'no_show' | 'start' | 'finish';

/**
 * Why a window may not apply `action` to a ticket, or null when it may. Only today's called tickets
 * are recalled, marked no-show or started; a serving ticket may be finished whatever its day.
 */
export function refuseTicketAction(
  ticket: { status: TicketStatus; day: string; recallCount: number },
  action: TicketAction,
  today: CalendarDate,
): QueueCode | null {
  if (action === 'finish') return ticket.status === 'serving' ? null : 'ticket_not_serving';
  if (ticket.day !== today) return 'ticket_expired';
  if (ticket.status !== 'called') return 'ticket_not_called';
  if (action === 'recall' && ticket.recallCount >= RECALLS_MAX) return 'ticket_recall_limit';
  return null;
}

/** Why a case may not be linked to a ticket, 'same' when it already is, or null when it may. */
export function refuseCaseLink(
  ticket: { status: TicketStatus; caseId: number | null },
  caseId: number,
): QueueCode | 'same' | null {
  if (ticket.status === 'waiting' || ticket.status === 'no_show') return 'ticket_not_served';
  if (ticket.caseId === caseId) return 'same';
  if (ticket.caseId !== null) return 'ticket_case_already_linked';
  return null;
}

/** What the hall reads out when a ticket is called. */
export function announcementText(code: string, windowNumber: string): { textZh: string; textEn: string } {
  return {
    textZh: `请 ${code} 号到 ${windowNumber} 号窗口办理`,
    textEn: `Ticket ${code}, please go to window ${windowNumber}`,
  };
}

/** Seconds between two instants, rounded; null when either is missing. */
export function secondsBetween(from: Date | null, to: Date | null): number | null {
  if (!from || !to) return null;
  return Math.round((to.getTime() - from.getTime()) / 1000);
}
