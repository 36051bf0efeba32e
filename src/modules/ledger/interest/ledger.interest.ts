/**
 * Interest on an individual account (RULES.md §1), both crediting methods, for a full year and pro
 * rata for the year in which the account closes (retirement, transfer out, death):
 *
 * - annual: B_end = B_prev × (1 + r) + C_year × (1 + r × 1.083 × 1/2)
 * - monthly-product: B_end = B_prev × (1 + r) + C_year + Σ credit_n × (13 − n) × r / 12
 *
 * Pro rata (RULES.md §1 leaves the rule to the region; this is ours, documented in
 * docs/api-interest.md): when the account closes after month m (1…12) of the year,
 *
 * - opening balance: B_prev × r × m / 12
 * - monthly-product: Σ_{n≤m} credit_n × (m + 1 − n) × r / 12 (each credit earns the months it was held)
 * - annual: C × r × 1.083 × 1/2 × (m + 1) / 13. The annual method's 1.083/2 is the average of the
 *   monthly weights (13 − n)/12 over the year, compounded; (m + 1)/13 scales it to m months so that
 *   m = 12 gives back the full-year formula exactly.
 *
 * Each interest component (on the opening balance, on the year's credits) is computed exactly and
 * rounded half-up to the fen, then the rounded components are added (RULES.md, Money). The widely
 * copied misprint that multiplies the whole year's credits by 1.083 does not appear here.
 */
import { assert } from '../../../kernel/assert.ts';
import { addCents, centsFromBigInt, isRate, sumCents, type Cents } from '../../../kernel/cents.ts';

export const INTEREST_METHODS = ['annual', 'monthly-product'] as const;
export type InterestMethod = (typeof INTEREST_METHODS)[number];

export const MONTHS_IN_YEAR = 12;

export interface InterestInput {
  readonly openingBalance: Cents;
  /** The year's crediting rate (记账利率) as an exact decimal, e.g. '0.0262'. */
  readonly rate: string;
  readonly method: InterestMethod;
  /** Amounts credited to the account in months 1…12 of the year. */
  readonly monthlyCredits: readonly Cents[];
  /**
   * Months of the year the account was held: 12 (default) for the year-end crediting, m < 12 when
   * it closed after month m. Credits after month m must be zero.
   */
  readonly months?: number;
}

export interface InterestResult {
  /** Interest on the opening balance: B_prev × r (× m / 12 pro rata). */
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

/** Interest on the credits of months 1…m: the annual method's 1.083/2 factor or the monthly product. */
function creditInterestOf(method: InterestMethod, credits: readonly Cents[], rate: string, m: number): Cents {
  const r = fraction(rate);
  const months = BigInt(m);
  if (method === 'annual') {
    // C × r × 1.083 / 2 × (m + 1) / 13 = C × r × 1083 × (m + 1) / (2000 × 13)
    const total = credits.reduce((sum, c) => sum + BigInt(c), 0n);
    return divideHalfUp(total * r.numerator * 1083n * (months + 1n), r.denominator * 2000n * 13n);
  }
  // Σ credit_n × (m + 1 − n) × r / 12, n = 1…m
  const weighted = credits.reduce((sum, c, i) => sum + BigInt(c) * (months - BigInt(i)), 0n);
  return divideHalfUp(weighted * r.numerator, r.denominator * 12n);
}

/** The crediting of one account for a year, or for the first `months` months of it (pro rata). */
export function creditInterest(input: InterestInput): InterestResult {
  const m = input.months ?? MONTHS_IN_YEAR;
  assert(input.monthlyCredits.length === MONTHS_IN_YEAR, 'a year has twelve monthly credits');
  assert(Number.isInteger(m) && m >= 1 && m <= MONTHS_IN_YEAR, `months ${m} is not 1…12`);
  assert(
    input.monthlyCredits.slice(m).every((c) => c === 0),
    'an account closed after month m has no credits after it',
  );
  const r = fraction(input.rate);
  const openingInterest = divideHalfUp(BigInt(input.openingBalance) * r.numerator * BigInt(m), r.denominator * 12n);
  const creditInterest = creditInterestOf(input.method, input.monthlyCredits.slice(0, m), input.rate, m);
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

/**
 * Twelve monthly credits with everything after month m moved into month m: money that reached an
 * account after the month it closed in (a late posting dated after closing) earns nothing beyond it.
 */
export function foldCreditsAfter(credits: readonly Cents[], m: number): Cents[] {
  assert(credits.length === MONTHS_IN_YEAR && m >= 1 && m <= MONTHS_IN_YEAR, 'twelve credits, m in 1…12');
  const folded = credits.map((c, i) => (i < m ? c : (0 as Cents)));
  folded[m - 1] = addCents(folded[m - 1]!, sumCents(credits.slice(m)));
  return folded;
}
