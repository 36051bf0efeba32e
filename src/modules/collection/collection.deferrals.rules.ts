/**
 * 缓缴协议 (deferral agreements), the pure part. Choice (documented in docs/api-collection-arrears.md):
 * while an agreement is in force the periods it covers accrue no late fee from the day their late
 * fee would start until the pay-by date; if the pay-by date passes with arrears left the agreement
 * is breached and late fees run again from the day after the pay-by date (the relief already given
 * is not clawed back). A cancelled or rejected agreement gives no relief at all.
 */
import { compareDates, type CalendarDate } from '../../kernel/calendar-date.ts';
import type { Period } from '../../kernel/period.ts';
import type { DateRange } from './collection.late-fee.rules.ts';
import { lateFeeStart } from './collection.model.ts';

/** An agreement as the late fee needs it. */
export interface DeferralTerm {
  readonly id: number;
  readonly agreementNo: string;
  readonly fromPeriod: Period;
  readonly toPeriod: Period;
  readonly payBy: CalendarDate;
  readonly status: 'active' | 'completed';
}

/** The days of `period` that accrue no late fee under the payer's agreements. */
export function deferredRanges(terms: readonly DeferralTerm[], period: Period): DateRange[] {
  return terms
    .filter((t) => t.fromPeriod <= period && period <= t.toPeriod)
    .map((t) => ({ from: lateFeeStart(period), to: t.payBy }));
}

/** The statuses of an agreement: as stored, and 'breached' / 'completed' as computed on read. */
export const DEFERRAL_STATUSES = ['proposed', 'active', 'rejected', 'completed', 'breached', 'cancelled'] as const;
export type DeferralStatus = (typeof DEFERRAL_STATUSES)[number];

/**
 * The status shown: an active agreement whose pay-by date has passed is 'breached' while arrears
 * of its periods are left; an agreement whose arrears are all paid is 'completed'. Computed on read, so no job is needed.
 */
export function deferralStatusOn(
  stored: DeferralStatus,
  payBy: CalendarDate,
  today: CalendarDate,
  arrearsLeft: boolean,
): DeferralStatus {
  if (stored !== 'active') return stored;
  if (!arrearsLeft) return 'completed';
  return compareDates(today, payBy) > 0 ? 'breached' : 'active';
}
