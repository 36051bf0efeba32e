/**
 * 滞纳金: the late fee on contributions paid late (RULES §3, 社会保险法 第八十六条). Pure.
 *
 * - start = the first day of the month after the period; end = the day before the payment (or the
 *   back payment) is assessed; days = end − start + 1, none when that is ≤ 0.
 * - Each day accrues at the daily rate in force on that day (0.2 % before 2011-07-01, 0.05 % from
 *   then on): the range is split at every `validFrom` inside it. Days before the earliest rate given
 *   accrue at that earliest rate (the 0.2 % of 1999 applied to older debts as well).
 * - Days covered by an active deferral agreement (缓缴协议) accrue nothing: the agency agreed that
 *   the payer may pay later, so the payer is not late on those days.
 * - Rounding: fee = Σ arrears × rate × days over the segments, computed exactly (integer arithmetic
 *   on the decimal rates) and rounded half-up to the fen ONCE at the end. Rounding every segment
 *   would make a fee depend on how many rate changes or deferrals fall into its range.
 */
import { assert } from '../../kernel/assert.ts';
import { addDays, compareDates, diffDays, type CalendarDate } from '../../kernel/calendar-date.ts';
import { centsFromBigInt, isRate, type Cents } from '../../kernel/cents.ts';
import type { Period } from '../../kernel/period.ts';
import { dayBefore, lateFeeStart } from './collection.model.ts';

/** A daily rate in force from a date until the next one (policy `collection.late_fee_daily_rate`). */
export interface LateFeeRate {
  readonly validFrom: CalendarDate;
  readonly rate: string;
}

/** A range of days (both ends included) that accrues no late fee. */
export interface DateRange {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

export interface LateFeeInput {
  readonly arrears: Cents;
  readonly period: Period;
  readonly assessedOn: CalendarDate;
  readonly rates: ReadonlyArray<LateFeeRate>;
  readonly deferred?: ReadonlyArray<DateRange>;
}

/** Days of one rate that accrue; deferred days are left out of the segments. */
export interface LateFeeSegment {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly days: number;
  readonly rate: string;
}

export interface LateFeeResult {
  /** First day that can accrue (the first day of the month after the period). */
  readonly start: CalendarDate;
  /** The day before the assessment. */
  readonly end: CalendarDate;
  /** Days that accrue (end − start + 1 less the deferred days; 0 when the range is empty). */
  readonly days: number;
  /** Days inside deferral agreements that accrue nothing. */
  readonly deferredDays: number;
  readonly fee: Cents;
  readonly segments: readonly LateFeeSegment[];
}

/** The national daily rates of RULES §3, for the calculator when no rates are given. */
export const DEFAULT_LATE_FEE_RATES: readonly LateFeeRate[] = [
  { validFrom: '1999-01-22' as CalendarDate, rate: '0.002' },
  { validFrom: '2011-07-01' as CalendarDate, rate: '0.0005' },
];

/** The late fee on `arrears` of `period` assessed on `assessedOn`. */
export function lateFee(input: LateFeeInput): LateFeeResult {
  assert(input.arrears >= 0, 'arrears cannot be negative');
  const rates = sortedRates(input.rates);
  const start = lateFeeStart(input.period);
  const end = dayBefore(input.assessedOn);
  const total = diffDays(start, end) + 1;
  if (total <= 0) return { start, end, days: 0, deferredDays: 0, fee: 0 as Cents, segments: [] };
  const segments = accruingSegments(start, end, rates, input.deferred ?? []);
  const days = segments.reduce((sum, s) => sum + s.days, 0);
  return { start, end, days, deferredDays: total - days, fee: exactFee(input.arrears, segments), segments };
}

function sortedRates(rates: ReadonlyArray<LateFeeRate>): LateFeeRate[] {
  assert(rates.length > 0, 'a late fee needs at least one daily rate');
  for (const r of rates) assert(isRate(r.rate), `late fee rate ${JSON.stringify(r.rate)} is not an exact decimal`);
  return [...rates].sort((a, b) => compareDates(a.validFrom, b.validFrom));
}

/** The rate in force on `day`: the last one starting on or before it, else the earliest. */
function rateOn(day: CalendarDate, rates: readonly LateFeeRate[]): string {
  let rate = rates[0]!.rate;
  for (const r of rates) if (compareDates(r.validFrom, day) <= 0) rate = r.rate;
  return rate;
}

function isDeferred(day: CalendarDate, deferred: ReadonlyArray<DateRange>): boolean {
  return deferred.some((d) => compareDates(d.from, day) <= 0 && compareDates(day, d.to) <= 0);
}

/**
 * Cuts [start, end] at every rate change and deferral edge, so each piece has one rate and is
 * either wholly deferred or not; keeps the accruing pieces, joining neighbours of equal rate.
 * Works on the edges, not day by day, so decades of arrears cost a handful of steps.
 */
function accruingSegments(
  start: CalendarDate,
  end: CalendarDate,
  rates: readonly LateFeeRate[],
  deferred: ReadonlyArray<DateRange>,
): LateFeeSegment[] {
  const after = addDays(end, 1);
  const cuts = new Set<CalendarDate>([start, after]);
  const inside = (d: CalendarDate) => compareDates(start, d) < 0 && compareDates(d, after) < 0;
  for (const r of rates) if (inside(r.validFrom)) cuts.add(r.validFrom);
  for (const d of deferred) {
    if (inside(d.from)) cuts.add(d.from);
    const resume = addDays(d.to, 1);
    if (inside(resume)) cuts.add(resume);
  }
  const edges = [...cuts].sort(compareDates);
  const segments: LateFeeSegment[] = [];
  for (let i = 0; i + 1 < edges.length; i += 1) {
    const from = edges[i]!;
    if (isDeferred(from, deferred)) continue;
    const to = addDays(edges[i + 1]!, -1);
    const rate = rateOn(from, rates);
    const last = segments.at(-1);
    if (last && last.rate === rate && addDays(last.to, 1) === from) {
      segments[segments.length - 1] = { ...last, to, days: last.days + diffDays(from, to) + 1 };
    } else segments.push({ from, to, days: diffDays(from, to) + 1, rate });
  }
  return segments;
}

/** Σ arrears × rate × days exactly (rates scaled to a common denominator), rounded half-up once. */
function exactFee(arrears: Cents, segments: readonly LateFeeSegment[]): Cents {
  const scale = Math.max(0, ...segments.map((s) => (s.rate.split('.')[1] ?? '').length));
  const denominator = 10n ** BigInt(scale);
  let numerator = 0n;
  for (const s of segments) numerator += BigInt(arrears) * scaledRate(s.rate, scale) * BigInt(s.days);
  return centsFromBigInt((2n * numerator + denominator) / (2n * denominator));
}

function scaledRate(rate: string, scale: number): bigint {
  const [whole = '0', decimals = ''] = rate.split('.');
  return BigInt(whole + decimals.padEnd(scale, '0'));
}
