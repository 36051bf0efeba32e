/**
 * Money as integer fen (分). `Cents` is a branded safe integer; every operation asserts that its
 * result is still a safe integer, so an overflow crashes instead of silently losing a fen.
 *
 * Error style: `parseCents` reads text from outside and throws the `invalid_amount` Rejection
 * (the house style for refusals: `http/` maps it, an import collects it per row). Everything else
 * takes values the code already holds, so misuse there is a programmer error (assertion).
 */
import { assert } from './assert.ts';
import { kernelRejections } from './kernel-rejections.ts';

declare const centsBrand: unique symbol;
/** An amount of money in fen (1/100 yuan), a safe integer. */
export type Cents = number & { readonly [centsBrand]: 'Cents' };

/**
 * Sign, integer part (either plain digits or correctly grouped by commas in threes, no leading
 * zeros except a lone 0) and up to two decimals.
 */
const amountPattern = /^(-?)(0|[1-9]\d{0,2}(?:,\d{3})+|[1-9]\d*)(?:\.(\d{1,2}))?$/;
/** Longest accepted amount text; a safe integer of fen needs at most 26 characters with commas. */
const amountLengthMax = 32;
/** An exact non-negative decimal rate such as 0.16, 0.0005 or 1.083 (at most 12 decimals). */
const ratePattern = /^(\d{1,6})(?:\.(\d{1,12}))?$/;
const safeMax = BigInt(Number.MAX_SAFE_INTEGER);

/** The zero amount. */
export const zeroCents = 0 as Cents;

/** Brands an integer number of fen; a non-safe-integer is a programmer error. */
export function centsFromInteger(fen: number): Cents {
  assert(Number.isSafeInteger(fen), `${fen} is not a safe integer amount of fen`);
  // `+ 0` turns −0 into 0 so that equal amounts are always Object.is-equal.
  return (fen + 0) as Cents;
}

/** Brands a bigint of fen (as SQL drivers return BIGINT); outside the safe range is a programmer error. */
export function centsFromBigInt(fen: bigint): Cents {
  assert(fen >= -safeMax && fen <= safeMax, `${fen} fen is outside the safe integer range`);
  return centsFromInteger(Number(fen));
}

/**
 * Parses a decimal amount in yuan ('1234.5', '-0.01', '1,234.50') straight to fen without floats.
 * Throws the `invalid_amount` Rejection for anything else (more than 2 decimals, misplaced commas,
 * spaces, '+', '.5', out of the safe range).
 */
export function parseCents(text: string): Cents {
  const match = text.length <= amountLengthMax ? amountPattern.exec(text) : null;
  if (!match) throw invalidAmount(text);
  const [, sign, whole = '', decimals = ''] = match;
  const magnitude = BigInt(whole.replaceAll(',', '')) * 100n + BigInt(decimals.padEnd(2, '0'));
  if (magnitude > safeMax) throw invalidAmount(text);
  return centsFromInteger(Number(sign === '-' ? -magnitude : magnitude));
}

/** Formats for display with thousands separators and two decimals: '1,234.50', '-0.01'. */
export function formatCents(amount: Cents): string {
  const { sign, whole, decimals } = splitCents(amount);
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${decimals}`;
}

/** Formats as a plain decimal for files and APIs: '1234.50', '-0.01'. */
export function centsToDecimal(amount: Cents): string {
  const { sign, whole, decimals } = splitCents(amount);
  return `${sign}${whole}.${decimals}`;
}

/** a + b. */
export function addCents(a: Cents, b: Cents): Cents {
  return checked(a + b, 'addition');
}

/** a − b. */
export function subCents(a: Cents, b: Cents): Cents {
  return checked(a - b, 'subtraction');
}

/** −a, for reversing entries. */
export function negateCents(a: Cents): Cents {
  return checked(-a, 'negation');
}

/** The sum of all amounts (0 for none). */
export function sumCents(amounts: Iterable<Cents>): Cents {
  let total = zeroCents;
  for (const amount of amounts) total = addCents(total, amount);
  return total;
}

/** Whether `rate` is an exact decimal rate that `mulRateHalfUp` accepts. */
export function isRate(rate: string): boolean {
  return ratePattern.test(rate);
}

/**
 * amount × rate, computed exactly and rounded half-up to the fen (四舍五入: halves go away from
 * zero, so a refund rounds like the charge it reverses). `rate` is an exact decimal string; a
 * malformed one is a programmer error, because rates come from validated policy parameters.
 */
export function mulRateHalfUp(amount: Cents, rate: string): Cents {
  const match = ratePattern.exec(rate);
  assert(match, `rate ${JSON.stringify(rate)} is not an exact decimal`);
  const [, whole = '', decimals = ''] = match;
  const denominator = 10n ** BigInt(decimals.length);
  const product = BigInt(amount) * BigInt(whole + decimals);
  const quotient = product / denominator; // BigInt division truncates toward zero
  const remainder = product % denominator; // and the remainder takes the sign of the product
  const twiceRemainder = remainder < 0n ? -2n * remainder : 2n * remainder;
  const rounded = twiceRemainder >= denominator ? quotient + (product < 0n ? -1n : 1n) : quotient;
  assert(rounded >= -safeMax && rounded <= safeMax, `${amount} × ${rate} overflows the safe integer range`);
  return centsFromInteger(Number(rounded));
}

function checked(result: number, operation: string): Cents {
  assert(Number.isSafeInteger(result), `${operation} of amounts left the safe integer range`);
  return (result + 0) as Cents;
}

function splitCents(amount: Cents): { sign: string; whole: string; decimals: string } {
  assert(Number.isSafeInteger(amount), `${amount} is not a safe integer amount of fen`);
  // String slicing, not division, so no float rounding can touch the digits.
  const digits = String(Math.abs(amount)).padStart(3, '0');
  return { sign: amount < 0 ? '-' : '', whole: digits.slice(0, -2), decimals: digits.slice(-2) };
}

function invalidAmount(text: string): Error {
  return kernelRejections.reject('invalid_amount', { value: text.slice(0, 64) });
}
