/**
 * `shebao calc contribution '<json>'`: the assessment of one wage for checking by hand or by another
 * system. Either `{wage, period, region}` (the parameters in force from the database) or
 * `{wage, period, params: {...}}` (explicit, no database). Amounts in and out are decimal strings.
 */
import { z } from 'zod';
import { centsToDecimal, isRate, parseCents, sumCents, type Cents } from '../../kernel/cents.ts';
import { isPeriod, parsePeriod, type Period } from '../../kernel/period.ts';
import { Rejection, rejectionMessage } from '../../kernel/rejection.ts';
import {
  assessLines,
  baseBounds,
  DEFAULT_FLOAT,
  RISK_CLASSES,
  riskClassOf,
  type CollectionParameters,
} from './contributions.assessment.rules.ts';
import { COLLECTION_SCHEMES, FLEXIBLE_SCHEMES } from '../collection/index.ts';

const rate = z.string().max(20).refine(isRate, 'an exact decimal rate, e.g. "0.16"');
const amount = z.string().max(20);
const schemeRates = z.strictObject({ employer: rate, employee: rate, accountShare: rate.optional() });
const flexibleRates = z.strictObject({ rate, accountShare: rate.optional() });

const explicitParams = z.strictObject({
  averageWage: amount,
  floorRatio: rate,
  ceilingRatio: rate,
  rates: z.strictObject({
    pension: schemeRates,
    medical: schemeRates,
    unemployment: schemeRates,
    /** The class's base rate; the float comes from the input's `float`. */
    workInjury: z.strictObject({ baseRate: rate }).optional(),
  }),
  flexible: z.strictObject({ pension: flexibleRates, medical: flexibleRates }).optional(),
});

const contributionInput = z
  .strictObject({
    /** The monthly wage (a flexible worker: the chosen base). */
    wage: amount,
    period: z.string().refine(isPeriod, 'a period YYYYMM'),
    region: z
      .string()
      .regex(/^\d{6}$/)
      .optional(),
    params: explicitParams.optional(),
    /** Work-injury industry class 1–8 (default 1) and the employer's float (default 1). */
    riskClass: z.number().int().min(1).max(8).optional(),
    float: rate.optional(),
    /** A flexible worker (灵活就业人员): pension and medical on the chosen base, all paid by the person. */
    flexible: z.boolean().optional(),
  })
  .refine((input) => (input.region === undefined) !== (input.params === undefined), {
    message: 'give either region (parameters from the database) or params (explicit), not both',
  });

export type ContributionInput = z.infer<typeof contributionInput>;
export type CalcOutcome = { ok: true; output: Record<string, unknown> } | { ok: false; error: Record<string, unknown> };
/** Reads the parameters of a region and period (from the database in the CLI). */
export type ParametersSource = (region: string, period: Period) => Promise<CollectionParameters>;

class CalcInputError extends Error {}

function money(text: string, field: string): Cents {
  try {
    return parseCents(text);
  } catch (error) {
    if (error instanceof Rejection) throw new CalcInputError(`${field}: ${rejectionMessage(error.code, 'en')}`);
    throw error;
  }
}

/** The explicit parameters as the assessment's parameters (work injury: every class the given rate). */
function fromExplicit(period: Period, p: z.infer<typeof explicitParams>, float: string): CollectionParameters {
  const scheme = (r: z.infer<typeof schemeRates>) => ({
    employer: r.employer,
    employee: r.employee,
    accountShare: r.accountShare ?? '0',
  });
  const wi = p.rates.workInjury;
  const flex = (r: z.infer<typeof flexibleRates>) => ({ rate: r.rate, accountShare: r.accountShare ?? '0' });
  return {
    region: '000000',
    period,
    averageWage: money(p.averageWage, 'params.averageWage'),
    floorRatio: p.floorRatio,
    ceilingRatio: p.ceilingRatio,
    pension: scheme(p.rates.pension),
    medical: scheme(p.rates.medical),
    unemployment: { ...scheme(p.rates.unemployment), accountShare: '0' },
    workInjury: wi
      ? {
          baseRates: Object.fromEntries(RISK_CLASSES.map((c) => [c, wi.baseRate])) as Record<
            (typeof RISK_CLASSES)[number],
            string
          >,
          floats: Object.fromEntries(RISK_CLASSES.map((c) => [c, [float]])) as Record<
            (typeof RISK_CLASSES)[number],
            string[]
          >,
        }
      : null,
    flexible: p.flexible ? { pension: flex(p.flexible.pension), medical: flex(p.flexible.medical) } : null,
    undeclaredRatio: null,
    baseDeclaration: 'monthly',
  };
}

function parseInput(json: string): ContributionInput | CalcOutcome {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: { error: 'invalid_json', message: 'The input is not JSON' } };
  }
  const parsed = contributionInput.safeParse(value);
  if (!parsed.success) return { ok: false, error: { error: 'invalid_input', message: z.prettifyError(parsed.error) } };
  return parsed.data;
}

/** Parses the JSON input, assesses, and answers the output object or the reason it cannot. */
export async function calcContribution(json: string, source?: ParametersSource): Promise<CalcOutcome> {
  const input = parseInput(json);
  if ('ok' in input) return input;
  try {
    const period = parsePeriod(input.period);
    const wage = money(input.wage, 'wage');
    if (wage <= 0) throw new CalcInputError('wage: must be above zero');
    const float = input.float ?? DEFAULT_FLOAT;
    let params: CollectionParameters;
    if (input.params) params = fromExplicit(period, input.params, float);
    else if (source) params = await source(input.region!, period);
    else throw new CalcInputError('region: no database to read the parameters from; give params instead');
    return { ok: true, output: assessOne(params, input, wage, float) };
  } catch (error) {
    if (error instanceof CalcInputError)
      return { ok: false, error: { error: 'invalid_input', message: error.message } };
    if (error instanceof Rejection)
      return {
        ok: false,
        error: { error: error.code, message: rejectionMessage(error.code, 'en'), details: error.details },
      };
    throw error;
  }
}

function assessOne(
  params: CollectionParameters,
  input: ContributionInput,
  wage: Cents,
  float: string,
): Record<string, unknown> {
  const schemes = input.flexible
    ? FLEXIBLE_SCHEMES
    : COLLECTION_SCHEMES.filter((s) => s !== 'work_injury' || params.workInjury !== null);
  const lines = assessLines(params, [
    input.flexible
      ? { kind: 'flexible', personId: 0, base: wage, chosen: true, schemes }
      : { kind: 'employee', personId: 0, wage, schemes, riskClass: riskClassOf(input.riskClass ?? 1), float },
  ]);
  const { floor, ceiling } = baseBounds(params);
  const employer = sumCents(lines.map((l) => l.employer));
  const employee = sumCents(lines.map((l) => l.employee));
  return {
    period: params.period,
    ...(input.region === undefined ? {} : { region: input.region }),
    wage: centsToDecimal(wage),
    averageWage: centsToDecimal(params.averageWage),
    floor: centsToDecimal(floor),
    ceiling: centsToDecimal(ceiling),
    base: centsToDecimal(lines[0]!.base),
    schemes: Object.fromEntries(
      lines.map((l) => [
        l.scheme,
        {
          employerRate: l.employerRate,
          employeeRate: l.employeeRate,
          employer: centsToDecimal(l.employer),
          employee: centsToDecimal(l.employee),
          accountCredit: centsToDecimal(l.accountCredit),
        },
      ]),
    ),
    employer: centsToDecimal(employer),
    employee: centsToDecimal(employee),
    total: centsToDecimal(sumCents([employer, employee])),
  };
}
