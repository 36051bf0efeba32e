/**
 * Money in the browser, by the kernel's rules (src/kernel/cents.ts): the API sends and takes
 * decimal yuan strings, the kernel reads them straight to integer fen, so the browser accepts
 * exactly the amounts the server accepts and no figure a person reads ever passes through a float.
 */
import {
  type Cents,
  centsToDecimal,
  formatCents,
  parseCents,
  subCents,
  sumCents,
  zeroCents,
} from '../../../src/kernel/cents.ts';
import { assert } from '../../../src/kernel/assert.ts';
import { Rejection } from '../../../src/kernel/rejection.ts';

export type { Cents };

/** Which amounts a form takes: any, zero or more, or more than zero. */
export type AmountSign = 'any' | 'nonNegative' | 'positive';

/** Why a typed amount was refused. */
export type AmountProblem = 'unreadable' | 'negative' | 'notPositive';

/** A typed amount read by the kernel: its fen and the decimal the API takes, or why it was refused. */
export type AmountReading =
  | { readonly ok: true; readonly cents: Cents; readonly decimal: string }
  | { readonly ok: false; readonly problem: AmountProblem };

/**
 * Reads what a person typed as an amount in yuan: the kernel's `parseCents` after trimming the
 * field's surrounding spaces, then the form's sign. An unreadable amount is refused, never read as 0.
 */
export function readAmount(text: string, sign: AmountSign = 'nonNegative'): AmountReading {
  const cents = parseOrNull(text.trim());
  if (cents === null) return { ok: false, problem: 'unreadable' };
  if (sign !== 'any' && cents < 0) return { ok: false, problem: 'negative' };
  if (sign === 'positive' && cents === zeroCents) return { ok: false, problem: 'notPositive' };
  return { ok: true, cents, decimal: centsToDecimal(cents) };
}

/**
 * The decimal the API takes ('5200' → '5200.00', '1,234.5' → '1234.50') for a typed amount that
 * a form's `amountRule` has already accepted; a refused one reaching here is a programmer error.
 */
export function amountDecimal(text: string): string {
  const reading = readAmount(text, 'any');
  assert(reading.ok, 'amountDecimal takes only amounts the form rule accepted');
  return reading.decimal;
}

/** An amount the server sent (decimal yuan) in fen; a malformed one breaks the API contract and throws. */
export function centsOf(decimal: string): Cents {
  return parseCents(decimal);
}

/** The exact sum of decimal yuan strings (absent values count for nothing), as a decimal. */
export function sumDecimals(values: ReadonlyArray<string | null | undefined>): string {
  return centsToDecimal(sumCents(values.filter((v): v is string => v !== null && v !== undefined).map(parseCents)));
}

/** a − b on decimal yuan strings, exactly (an absent value is zero). */
export function subtractDecimals(a: string | null | undefined, b: string | null | undefined): string {
  return centsToDecimal(subCents(a ? parseCents(a) : zeroCents, b ? parseCents(b) : zeroCents));
}

/**
 * An amount the server sent, for display: '1234567.8' → '1,234,567.80' by the kernel's
 * `formatCents`; absent → '—'; a text the kernel cannot read is shown as it came, never as 0.
 */
export function formatDecimal(decimal: string | null | undefined): string {
  if (decimal === null || decimal === undefined) return '—';
  const cents = parseOrNull(decimal);
  return cents === null ? decimal : formatCents(cents);
}

/** Yuan as a chart value: ECharts draws numbers and a bar is read by eye; tables keep the exact strings. */
export function yuanForChart(decimal: string | null | undefined): number {
  return decimal ? Number(decimal) : 0;
}

/** The kernel's reading, or null when it refuses the text (only its `invalid_amount` is caught). */
function parseOrNull(text: string): Cents | null {
  try {
    return parseCents(text);
  } catch (error) {
    if (error instanceof Rejection && error.code === 'invalid_amount') return null;
    throw error;
  }
}
