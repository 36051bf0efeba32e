/**
 * Year-end interest on an individual pension account (RULES.md §1), both crediting methods:
 *
 * - annual: B_end = B_prev × (1 + r) + C_year × (1 + r × 1.083 × 1/2)
 * - monthly-product: B_end = B_prev × (1 + r) + C_year + Σ credit_n × (13 − n) × r / 12
 *
 * Each interest component (on the opening balance, on the year's credits) is computed exactly and
 * rounded half-up to the fen, then the rounded components are added (RULES.md, Money). The widely
 * copied misprint that multiplies the whole year's credits by 1.083 does not appear here.
 */
import { assert } from '../../kernel/assert.ts';
import { addCents, centsFromBigInt, isRate, sumCents, type Cents } from '../../kernel/cents.ts';

export const INTEREST_METHODS = ['annual', 'monthly-product'] as const;
export type InterestMethod = (typeof INTEREST_METHODS)[number];

export interface InterestInput {
  readonly openingBalance: Cents;
  /** The year's crediting rate (记账利率) as an exact decimal, e.g. '0.0262'. */
  readonly rate: string;
  readonly method: InterestMethod;
  /** Amounts credited to the account in months 1…12 of the year. */
  readonly monthlyCredits: readonly Cents[];
}

export interface InterestResult {
  /** Interest on the opening balance: B_prev × r. */
  readonly openingInterest: Cents;
  /** Interest on the year's credits, by the method. */
  readonly creditInterest: Cents;
  readonly interest: Cents;
  readonly credits: Cents;
  readonly closingBalance: Cents;
}

/** numerator ÷ denominator rounded half-up (halves away from zero) to an integer number of fen. */
export function divideHalfUp(numerator: bigint, denominator: bigint): Cents {
  assert(denominator > 0n, 'the denominator must be positive');
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = remainder < 0n ? -2n * remainder : 2n * remainder;
  return centsFromBigInt(twice >= denominator ? quotient + (numerator < 0n ? -1n : 1n) : quotient);
}

/** An exact decimal rate as a fraction: '0.0262' → 262 / 10000. */
function fraction(rate: string): { numerator: bigint; denominator: bigint } {
  assert(isRate(rate), `rate ${JSON.stringify(rate)} is not an exact decimal`);
  const [whole = '0', decimals = ''] = rate.split('.');
  return { numerator: BigInt(whole + decimals), denominator: 10n ** BigInt(decimals.length) };
}

/** Interest on the year's credits: the annual method's 1.083/2 factor or the monthly product. */
function creditInterestOf(method: InterestMethod, credits: readonly Cents[], rate: string): Cents {
  const r = fraction(rate);
  if (method === 'annual') {
    // C × r × 1.083 / 2 = C × r × 1083 / 2000
    const total = credits.reduce((sum, c) => sum + BigInt(c), 0n);
    return divideHalfUp(total * r.numerator * 1083n, r.denominator * 2000n);
  }
  // Σ credit_n × (13 − n) × r / 12, n = 1…12
  const weighted = credits.reduce((sum, c, i) => sum + BigInt(c) * BigInt(12 - i), 0n);
  return divideHalfUp(weighted * r.numerator, r.denominator * 12n);
}

/** The year-end crediting of one account. */
export function creditInterest(input: InterestInput): InterestResult {
  assert(input.monthlyCredits.length === 12, 'a year has twelve monthly credits');
  const r = fraction(input.rate);
  const openingInterest = divideHalfUp(BigInt(input.openingBalance) * r.numerator, r.denominator);
  const creditInterest = creditInterestOf(input.method, input.monthlyCredits, input.rate);
  const credits = sumCents(input.monthlyCredits);
  const interest = addCents(openingInterest, creditInterest);
  return {
    openingInterest,
    creditInterest,
    interest,
    credits,
    closingBalance: addCents(addCents(input.openingBalance, credits), interest),
  };
}
