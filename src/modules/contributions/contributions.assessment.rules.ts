/**
 * The assessment (核定), pure: from a wage (or a flexible worker's chosen base) and the parameters
 * in force for the period, each scheme's base, employer and employee amounts and account credit.
 *
 * Money is exact: every component is `mulRateHalfUp(base, rate)` on its own (RULES: round each
 * component half-up to the fen, then add), and a rate made of two factors (work injury: the class's
 * base rate × the employer's float) is multiplied exactly first (`multiplyRates`), never rounded.
 */
import { mulRateHalfUp, type Cents } from '../../kernel/cents.ts';
import type { Period } from '../../kernel/period.ts';
import { rejectAssessment } from './contributions.assessment.rejections.ts';
import { FLEXIBLE_SCHEMES, multiplyRates, type AssessedLine, type CollectionScheme } from '../collection/index.ts';

/** The industry classes of work-injury insurance (行业风险类别), I–VIII. */
export const RISK_CLASSES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];

/** The multiplier of an employer without a float on record (its class's base rate as it is). */
export const DEFAULT_FLOAT = '1';

/** Rates of one scheme for employees: employer, employee, and the share of the base credited to the account. */
export interface SchemeRates {
  readonly employer: string;
  readonly employee: string;
  readonly accountShare: string;
}

/** A flexible worker's rate on the chosen base (all paid by the person) and the account share. */
export interface FlexibleRates {
  readonly rate: string;
  readonly accountShare: string;
}

/** Every parameter an assessment needs, in force on the period's first day for one region. */
export interface CollectionParameters {
  readonly region: string;
  readonly period: Period;
  /** 全口径城镇单位就业人员月平均工资, fen. */
  readonly averageWage: Cents;
  readonly floorRatio: string;
  readonly ceilingRatio: string;
  readonly pension: SchemeRates;
  readonly medical: SchemeRates;
  readonly unemployment: SchemeRates;
  /** Null where the region has no work-injury tables for the period: refused when a line needs them. */
  readonly workInjury: {
    readonly baseRates: Readonly<Record<RiskClass, string>>;
    readonly floats: Readonly<Record<RiskClass, readonly string[]>>;
  } | null;
  /** Null before flexible workers' rates existed (2006): refused when a flexible worker is assessed. */
  readonly flexible: { readonly pension: FlexibleRates; readonly medical: FlexibleRates } | null;
  /** The 110 % rule's ratio; null before it existed (2011-07-01), when the rule does not apply. */
  readonly undeclaredRatio: string | null;
  readonly baseDeclaration: 'monthly' | 'annual';
}

/** The lowest and highest base of the period. */
export interface BaseBounds {
  readonly floor: Cents;
  readonly ceiling: Cents;
}

/** Floor and ceiling: the average wage × each ratio, rounded half-up to the fen. */
export function baseBounds(
  params: Pick<CollectionParameters, 'averageWage' | 'floorRatio' | 'ceilingRatio'>,
): BaseBounds {
  return {
    floor: mulRateHalfUp(params.averageWage, params.floorRatio),
    ceiling: mulRateHalfUp(params.averageWage, params.ceilingRatio),
  };
}

/** An employee's base: the wage clamped to [floor, ceiling]. */
export function clampBase(wage: Cents, bounds: BaseBounds): Cents {
  if (wage < bounds.floor) return bounds.floor;
  if (wage > bounds.ceiling) return bounds.ceiling;
  return wage;
}

/** The class of a risk-class number 1–8 as stored on the employer. */
export function riskClassOf(n: number): RiskClass {
  const cls = RISK_CLASSES[n - 1];
  if (!Number.isInteger(n) || !cls) throw rejectAssessment('collection_risk_class_invalid', { riskClass: n });
  return cls;
}

/** Whether two decimal strings are the same number ('1.0' and '1'). */
function sameDecimal(a: string, b: string): boolean {
  const norm = (s: string) => {
    const [whole = '', fraction = ''] = s.split('.');
    const f = fraction.replace(/0+$/, '');
    const w = whole.replace(/^0+(?=\d)/, '');
    return f === '' ? w : `${w}.${f}`;
  };
  return norm(a) === norm(b);
}

/**
 * The employer's work-injury rate: its class's base rate × its float, exact. A float the class
 * does not allow is refused; the default float 1 is always allowed (no float decided yet).
 */
export function workInjuryRate(params: CollectionParameters, riskClass: RiskClass, float: string): string {
  const tables = params.workInjury;
  if (!tables) throw missing(params, 'work_injury.base_rates');
  const allowed = tables.floats[riskClass];
  if (!sameDecimal(float, DEFAULT_FLOAT) && !allowed.some((m) => sameDecimal(m, float)))
    throw rejectAssessment('collection_rate_float_not_allowed', { riskClass, float, allowed });
  return multiplyRates(tables.baseRates[riskClass], float);
}

function missing(params: CollectionParameters, key: string): Error {
  return rejectAssessment('collection_parameter_missing', { region: params.region, period: params.period, key });
}

/** An employee covered by an employer: the wage and the schemes enrolled with that employer. */
export interface EmployeeInput {
  readonly kind: 'employee';
  readonly personId: number;
  readonly wage: Cents;
  readonly schemes: readonly CollectionScheme[];
  readonly riskClass: RiskClass;
  readonly float: string;
}

/**
 * A flexible worker: the base they chose. `chosen` (declared by the person) must lie within the
 * bounds; an assessed base (the 110 % rule) is clamped instead, as the person chose nothing.
 */
export interface FlexibleInput {
  readonly kind: 'flexible';
  readonly personId: number;
  readonly base: Cents;
  readonly chosen: boolean;
  readonly schemes: readonly CollectionScheme[];
}

export type AssessInput = EmployeeInput | FlexibleInput;

function line(
  personId: number,
  scheme: CollectionScheme,
  wage: Cents,
  base: Cents,
  rates: { employer: string; employee: string; accountShare: string },
): AssessedLine {
  return {
    personId,
    scheme,
    wage,
    base,
    employer: mulRateHalfUp(base, rates.employer),
    employee: mulRateHalfUp(base, rates.employee),
    accountCredit: mulRateHalfUp(base, rates.accountShare),
    employerRate: rates.employer,
    employeeRate: rates.employee,
  };
}

function employeeLines(params: CollectionParameters, bounds: BaseBounds, input: EmployeeInput): AssessedLine[] {
  if (input.wage <= 0) throw rejectAssessment('collection_wage_invalid', { personId: input.personId });
  const base = clampBase(input.wage, bounds);
  return input.schemes.map((scheme) => {
    if (scheme === 'work_injury') {
      const rate = workInjuryRate(params, input.riskClass, input.float);
      return line(input.personId, scheme, input.wage, base, { employer: rate, employee: '0', accountShare: '0' });
    }
    return line(input.personId, scheme, input.wage, base, params[scheme]);
  });
}

function flexibleLines(params: CollectionParameters, bounds: BaseBounds, input: FlexibleInput): AssessedLine[] {
  if (input.base <= 0) throw rejectAssessment('collection_wage_invalid', { personId: input.personId });
  if (input.chosen && (input.base < bounds.floor || input.base > bounds.ceiling))
    throw rejectAssessment('collection_flexible_base_out_of_range', {
      personId: input.personId,
      floor: bounds.floor,
      ceiling: bounds.ceiling,
    });
  const rates = params.flexible;
  if (!rates) throw missing(params, 'pension.flexible.rate');
  const base = clampBase(input.base, bounds);
  const schemes = FLEXIBLE_SCHEMES.filter((s) => input.schemes.includes(s));
  return schemes.map((scheme) => {
    const { rate, accountShare } = rates[scheme];
    return line(input.personId, scheme, input.base, base, { employer: '0', employee: rate, accountShare });
  });
}

/** Every line of the inputs, in input order and scheme order. */
export function assessLines(params: CollectionParameters, inputs: readonly AssessInput[]): AssessedLine[] {
  const bounds = baseBounds(params);
  return inputs.flatMap((input) =>
    input.kind === 'employee' ? employeeLines(params, bounds, input) : flexibleLines(params, bounds, input),
  );
}

/**
 * The 110 % rule: an undeclared month is assessed at the last declared wage × the ratio, rounded
 * half-up to the fen. Refused (`collection_undeclared_ratio_missing`) where the rule is not in force.
 */
export function undeclaredWage(lastWage: Cents, ratio: string | null): Cents {
  if (ratio === null) throw rejectAssessment('collection_undeclared_ratio_missing');
  return mulRateHalfUp(lastWage, ratio);
}
