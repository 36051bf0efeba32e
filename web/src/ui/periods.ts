/**
 * Contribution periods (所属期, `YYYYMM`) and today's date in the browser, by the kernel's rules
 * (src/kernel/period.ts, calendar-date.ts): "now" is China's, read from the kernel's clock, so a
 * device set to another time zone still offers the month the server takes.
 */
import { today } from '../../../src/kernel/calendar-date.ts';
import { type Clock, systemClock } from '../../../src/kernel/clock.ts';
import { addMonths, isPeriod, type Period, periodOf, periodParts } from '../../../src/kernel/period.ts';

export type { Period };

/** '202611' → '2026-11'; absent → '—'; a text that is no period is shown as it came. */
export function periodLabel(value: string | null | undefined): string {
  if (!value) return '—';
  if (!isPeriod(value)) return value;
  const { year, month } = periodParts(value);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** This month in China (the period of the kernel's `today`). */
export function currentPeriod(clock: Clock = systemClock): Period {
  return periodOf(today(clock));
}

/** `current` and the `count − 1` periods before it, newest first (for a period picker). */
export function recentPeriods(current: Period, count: number): Period[] {
  return Array.from({ length: count }, (_, i) => addMonths(current, -i));
}

/** The text as a period when it is one (the kernel's `isPeriod`: 202613 is not), else undefined. */
export function periodOrUndefined(text: string | null | undefined): Period | undefined {
  const trimmed = text?.trim() ?? '';
  return isPeriod(trimmed) ? trimmed : undefined;
}
