/**
 * Times and days as the agency states them: always China time (Asia/Shanghai, UTC+8), whatever the
 * device's own time zone, so a window panel in Urumqi or a laptop set to UTC shows what the
 * ticket, the slip and the server say. Days and years come from the kernel (calendar-date.ts).
 */
import { type CalendarDate, thisYear, today } from '../../../src/kernel/calendar-date.ts';
import { systemClock } from '../../../src/kernel/clock.ts';

const chinaParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

interface ChinaParts {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly hour: string;
  readonly minute: string;
  readonly second: string;
}

/** The China-time fields of an instant (each a zero-padded string). */
export function chinaTimeParts(instant: Date): ChinaParts {
  const parts: Record<string, string> = {};
  for (const part of chinaParts.formatToParts(instant)) parts[part.type] = part.value;
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
    second: parts.second ?? '',
  };
}

/** An instant in China time as `YYYY-MM-DD HH:mm:ss` (the form Chinese forms use). */
export function formatInstant(iso: string, withSeconds = true): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = chinaTimeParts(d);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${withSeconds ? `:${p.second}` : ''}`;
}

/** The China-time hour and minute of an instant, `HH:mm` (or `HH:mm:ss`). */
export function formatChinaClock(instant: Date, withSeconds = false): string {
  const p = chinaTimeParts(instant);
  return `${p.hour}:${p.minute}${withSeconds ? `:${p.second}` : ''}`;
}

/** Today's calendar day in China, `YYYY-MM-DD` (the kernel's `today` on the device's clock). */
export function todayIso(): CalendarDate {
  return today(systemClock);
}

/** This year in China (the kernel's `thisYear`). */
export function thisChinaYear(): number {
  return thisYear(systemClock);
}
