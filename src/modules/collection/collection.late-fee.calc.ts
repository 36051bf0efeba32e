/**
 * `shebao calc late-fee '<json>'`: the late fee (滞纳金) of an amount in arrears, for checking by
 * hand or by another system. Input amounts are decimal strings in yuan; the rates default to the
 * national ones of RULES §3 (0.2 % a day before 2011-07-01, 0.05 % after) or are given as
 * `"rates": [{"validFrom": "YYYY-MM-DD", "rate": "0.0005"}, …]`.
 */
import { z } from 'zod';
import { isCalendarDate, type CalendarDate } from '../../kernel/calendar-date.ts';
import { centsToDecimal, isRate, parseCents, type Cents } from '../../kernel/cents.ts';
import { isPeriod, type Period } from '../../kernel/period.ts';
import { Rejection } from '../../kernel/rejection.ts';
import { DEFAULT_LATE_FEE_RATES, lateFee } from './collection.late-fee.rules.ts';

const date = z
  .string()
  .max(10)
  .refine(isCalendarDate, 'a date YYYY-MM-DD')
  .transform((s) => s as CalendarDate);
const rate = z
  .string()
  .max(20)
  .refine((r) => isRate(r) && Number(r) < 1, 'an exact decimal daily rate below 1, e.g. "0.0005"');

const lateFeeInput = z.strictObject({
  arrears: z.string().max(24),
  period: z
    .string()
    .refine(isPeriod, 'a period YYYYMM')
    .transform((s) => s as Period),
  assessedOn: date,
  rates: z
    .array(z.strictObject({ validFrom: date, rate }))
    .min(1)
    .max(50)
    .optional(),
  deferred: z
    .array(z.strictObject({ from: date, to: date }))
    .max(50)
    .optional(),
});

export type LateFeeCalcOutcome =
  { ok: true; output: Record<string, unknown> } | { ok: false; error: { error: string; message: string } };

/** Parses the JSON input, calculates, and answers the output object or the reason it cannot. */
export function calcLateFee(json: string): LateFeeCalcOutcome {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: { error: 'invalid_json', message: 'The input is not JSON' } };
  }
  const parsed = lateFeeInput.safeParse(value);
  if (!parsed.success) return { ok: false, error: { error: 'invalid_input', message: z.prettifyError(parsed.error) } };
  const arrears = arrearsOf(parsed.data.arrears);
  if (arrears === null)
    return {
      ok: false,
      error: { error: 'invalid_input', message: 'arrears: a non-negative amount such as "3250.00"' },
    };
  const result = lateFee({
    arrears,
    period: parsed.data.period,
    assessedOn: parsed.data.assessedOn,
    rates: parsed.data.rates ?? DEFAULT_LATE_FEE_RATES,
    deferred: parsed.data.deferred ?? [],
  });
  return {
    ok: true,
    output: {
      days: result.days,
      lateFee: centsToDecimal(result.fee),
      arrears: centsToDecimal(arrears),
      period: parsed.data.period,
      start: result.start,
      end: result.end,
      deferredDays: result.deferredDays,
      segments: result.segments,
    },
  };
}

function arrearsOf(text: string): Cents | null {
  try {
    const amount = parseCents(text);
    return amount >= 0 ? amount : null;
  } catch (error) {
    if (error instanceof Rejection) return null;
    throw error;
  }
}
