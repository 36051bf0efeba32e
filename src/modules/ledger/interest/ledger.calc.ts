/**
 * `shebao calc interest '<json>'`: the year-end interest calculation for checking by hand or by
 * another system, and with `"months": m` the pro-rata crediting of an account that closed after
 * month m. Input and output amounts are decimal strings in yuan, never floats.
 */
import { z } from 'zod';
import { centsToDecimal, isRate, parseCents, type Cents } from '../../../kernel/cents.ts';
import { Rejection, rejectionMessage } from '../../../kernel/rejection.ts';
import { creditInterest, INTEREST_METHODS, MONTHS_IN_YEAR } from './ledger.interest.ts';

const amount = z.string().max(20);
const interestInput = z.strictObject({
  openingBalance: amount,
  rate: z
    .string()
    .max(20)
    .refine((r) => isRate(r) && Number(r) < 1, 'an exact decimal rate below 1, e.g. "0.0262"'),
  method: z.enum(INTEREST_METHODS),
  monthlyCredits: z.array(amount).length(MONTHS_IN_YEAR),
  /** Months the account was held in the year (pro rata); 12 when left out. */
  months: z.number().int().min(1).max(MONTHS_IN_YEAR).optional(),
});

export type CalcOutcome = { ok: true; output: Record<string, string> } | { ok: false; error: Record<string, unknown> };

function money(text: string, field: string): Cents {
  try {
    return parseCents(text);
  } catch (error) {
    if (error instanceof Rejection) throw new CalcInputError(`${field}: ${rejectionMessage(error.code, 'en')}`);
    throw error;
  }
}

class CalcInputError extends Error {}

/** Parses the JSON input, calculates, and answers the output object or the reason it cannot. */
export function calcInterest(json: string): CalcOutcome {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: { error: 'invalid_json', message: 'The input is not JSON' } };
  }
  const parsed = interestInput.safeParse(value);
  if (!parsed.success) return { ok: false, error: { error: 'invalid_input', message: z.prettifyError(parsed.error) } };
  try {
    const opening = money(parsed.data.openingBalance, 'openingBalance');
    if (opening < 0) throw new CalcInputError('openingBalance: an account balance cannot be negative');
    const credits = parsed.data.monthlyCredits.map((c, i) => money(c, `monthlyCredits[${i}]`));
    const months = parsed.data.months ?? MONTHS_IN_YEAR;
    const late = credits.findIndex((c, i) => i >= months && c !== 0);
    if (late >= 0) throw new CalcInputError(`monthlyCredits[${late}]: the account closed after month ${months}`);
    const result = creditInterest({
      openingBalance: opening,
      rate: parsed.data.rate,
      method: parsed.data.method,
      monthlyCredits: credits,
      months,
    });
    return {
      ok: true,
      output: {
        method: parsed.data.method,
        rate: parsed.data.rate,
        months: String(months),
        openingBalance: centsToDecimal(opening),
        credits: centsToDecimal(result.credits),
        openingInterest: centsToDecimal(result.openingInterest),
        creditInterest: centsToDecimal(result.creditInterest),
        interest: centsToDecimal(result.interest),
        closingBalance: centsToDecimal(result.closingBalance),
      },
    };
  } catch (error) {
    if (error instanceof CalcInputError)
      return { ok: false, error: { error: 'invalid_input', message: error.message } };
    throw error;
  }
}
