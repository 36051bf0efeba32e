/**
 * The assessment with the database: who is covered, at which wage, under which parameters.
 *
 * - `assessDeclaration`: a declaration's current revision. Only the persons it lists are assessed
 *   (each on the schemes they are covered for with the payer in the period); a covered employee the
 *   declaration leaves out is not assessed by it (the submit answer lists them as `notDeclared`).
 * - `assessUndeclared` (the 110 % rule, 社会保险法 第六十二条): every covered person at the last wage
 *   the payer declared for them × `collection.undeclared_assessment_ratio`; a person the payer never
 *   declared is assessed at the average wage (the base a person without a known wage gets; not
 *   × 1.1, since there is no "last month" to raise). Where bases are declared annually, the annual
 *   base of the year is used before the 110 % rule.
 * - `assessBackPayment` (补缴): the given wage at the parameters, class and float of each period.
 * - `assessPayers`: the month close's bulk path, a handful of set-based reads for any number of
 *   payers (declared → the declaration, else the 110 % rule).
 */
import type { Executor } from '../../db/connection.ts';
import { type Cents } from '../../kernel/cents.ts';
import { isPeriod, parsePeriod, periodParts, type Period } from '../../kernel/period.ts';
import { rejectAssessment } from './contributions.assessment.rejections.ts';
import { rejectPayment, payerKey, type Assessment, type CollectionScheme, type Payer } from '../collection/index.ts';
import {
  loadAnnualBases,
  loadCoverage,
  loadDeclaration,
  loadDeclarations,
  loadEmployers,
  loadLastWages,
  splitPayers,
  type DeclarationFacts,
  type EmployerFacts,
} from './contributions.assessment.queries.ts';
import {
  assessLines,
  riskClassOf,
  undeclaredWage,
  type AssessInput,
  type CollectionParameters,
} from './contributions.assessment.rules.ts';
import { collectionParameters, parametersCache, type ParametersCache } from './contributions.parameters.ts';
import { employerPoolingRegion, personPoolingRegion } from '../registration/index.ts';

/** The region a flexible worker without an enrolment in the period is looked up under (nothing to assess). */
const NO_REGION = '000000';

/** One person's wage for the period and whether they chose it (a flexible worker's declared base). */
interface PersonWage {
  readonly wage: Cents;
  readonly chosen: boolean;
}

/** The input of one person on their covered schemes. */
function inputOf(
  payer: Payer,
  personId: number,
  schemes: readonly CollectionScheme[],
  wage: PersonWage,
  employer?: EmployerFacts,
): AssessInput {
  if (payer.kind === 'flexible') return { kind: 'flexible', personId, base: wage.wage, chosen: wage.chosen, schemes };
  return {
    kind: 'employee',
    personId,
    wage: wage.wage,
    schemes,
    // The class matters only for work injury; an employee line never reads it otherwise.
    riskClass: schemes.includes('work_injury') ? riskClassOf(employer!.riskClass) : 'I',
    float: employer!.float,
  };
}

function assessmentOf(
  payer: Payer,
  period: Period,
  region: string,
  basis: Assessment['basis'],
  declaration: DeclarationFacts | null,
  lines: Assessment['lines'],
): Assessment {
  return {
    payer,
    period,
    region,
    basis,
    declarationId: declaration?.id ?? null,
    declarationRevision: declaration?.revision ?? null,
    lines,
  };
}

/** The declared persons who are covered, at their declared wage (a flexible worker chose it). */
function declaredInputs(
  payer: Payer,
  covered: Map<number, CollectionScheme[]>,
  declaration: DeclarationFacts,
  employer?: EmployerFacts,
): AssessInput[] {
  const inputs: AssessInput[] = [];
  for (const [personId, wage] of [...declaration.wages].sort(([a], [b]) => a - b)) {
    const schemes = covered.get(personId);
    if (schemes) inputs.push(inputOf(payer, personId, schemes, { wage, chosen: true }, employer));
  }
  return inputs;
}

/** Every covered person at the 110 % rule (or the annual base, or the average wage). */
function undeclaredInputs(
  payer: Payer,
  covered: Map<number, CollectionScheme[]>,
  params: CollectionParameters,
  lastWages: Map<number, Cents> | undefined,
  annualBases: Map<number, Cents> | undefined,
  employer?: EmployerFacts,
): AssessInput[] {
  return [...covered]
    .sort(([a], [b]) => a - b)
    .map(([personId, schemes]) => {
      const annual = annualBases?.get(personId);
      const last = lastWages?.get(personId);
      const wage = annual ?? (last === undefined ? params.averageWage : undeclaredWage(last, params.undeclaredRatio));
      return inputOf(payer, personId, schemes, { wage, chosen: false }, employer);
    });
}

/** What one bulk call has read, shared by every payer of it. */
interface BulkFacts {
  readonly coverage: Awaited<ReturnType<typeof loadCoverage>>;
  readonly employers: Map<number, EmployerFacts>;
  readonly declarations: Map<string, DeclarationFacts>;
  readonly lastWages: Map<string, Map<number, Cents>>;
  readonly annualBases: Map<string, Map<number, Cents>>;
}

function regionOf(payer: Payer, facts: BulkFacts): string {
  if (payer.kind === 'employer') {
    const employer = facts.employers.get(payer.employerId);
    if (!employer) throw rejectPayment('collection_payer_not_found', { employerId: payer.employerId });
    return employer.region;
  }
  return (
    facts.declarations.get(payerKey(payer))?.region ?? facts.coverage.flexibleRegions.get(payer.personId) ?? NO_REGION
  );
}

async function assessOne(
  db: Executor,
  payer: Payer,
  period: Period,
  facts: BulkFacts,
  cache: ParametersCache,
): Promise<Assessment> {
  const key = payerKey(payer);
  const region = regionOf(payer, facts);
  const covered = facts.coverage.coverage.get(key) ?? new Map<number, CollectionScheme[]>();
  const declaration = facts.declarations.get(key) ?? null;
  const basis = declaration ? 'declared' : 'undeclared';
  // Nobody covered: nothing to assess, and no parameters to need.
  if (covered.size === 0) return assessmentOf(payer, period, region, basis, declaration, []);
  const params = await collectionParameters(db, region, period, cache);
  const employer = payer.kind === 'employer' ? facts.employers.get(payer.employerId) : undefined;
  const inputs = declaration
    ? declaredInputs(payer, covered, declaration, employer)
    : undeclaredInputs(payer, covered, params, facts.lastWages.get(key), facts.annualBases.get(key), employer);
  return assessmentOf(payer, period, region, basis, declaration, assessLines(params, inputs));
}

/**
 * Every payer's assessment of the period, in the order given: its declaration where it declared,
 * else the 110 % rule. Reads coverage, employers, declarations, last wages and annual bases with one
 * statement each for all payers, and each region's parameters once.
 */
export async function assessPayers(
  db: Executor,
  payers: readonly Payer[],
  period: Period,
  cache: ParametersCache = parametersCache(),
): Promise<Assessment[]> {
  if (payers.length === 0) return [];
  const { employerIds } = splitPayers(payers);
  const [coverage, employers, declarations, lastWages, annualBases] = await Promise.all([
    loadCoverage(db, payers, period),
    loadEmployers(db, employerIds, period),
    loadDeclarations(db, payers, period),
    loadLastWages(db, payers, period),
    loadAnnualBases(db, employerIds, String(periodParts(period).year)),
  ]);
  const facts: BulkFacts = { coverage, employers, declarations, lastWages, annualBases };
  const assessments: Assessment[] = [];
  for (const payer of payers) assessments.push(await assessOne(db, payer, period, facts, cache));
  return assessments;
}

/** A declaration's current revision, assessed (only the persons it lists). */
export async function assessDeclaration(db: Executor, declarationId: number): Promise<Assessment> {
  const found = await loadDeclaration(db, declarationId);
  if (!found || found.kind !== 'monthly') throw rejectAssessment('collection_declaration_not_found', { declarationId });
  const { payer, period, facts: declaration } = found;
  const [coverage, employers] = await Promise.all([
    loadCoverage(db, [payer], period),
    loadEmployers(db, payer.kind === 'employer' ? [payer.employerId] : [], period),
  ]);
  const covered = coverage.coverage.get(payerKey(payer)) ?? new Map<number, CollectionScheme[]>();
  const employer = payer.kind === 'employer' ? employers.get(payer.employerId) : undefined;
  const params = await collectionParameters(db, declaration.region, period);
  const inputs = declaredInputs(payer, covered, declaration, employer);
  return assessmentOf(payer, period, declaration.region, 'declared', declaration, assessLines(params, inputs));
}

/** The 110 % rule for one payer and period (ignores any declaration of the period). */
export async function assessUndeclared(db: Executor, payer: Payer, period: Period): Promise<Assessment> {
  const { employerIds } = splitPayers([payer]);
  const [coverage, employers, lastWages, annualBases] = await Promise.all([
    loadCoverage(db, [payer], period),
    loadEmployers(db, employerIds, period),
    loadLastWages(db, [payer], period),
    loadAnnualBases(db, employerIds, String(periodParts(period).year)),
  ]);
  const facts: BulkFacts = { coverage, employers, declarations: new Map(), lastWages, annualBases };
  return assessOne(db, payer, period, facts, parametersCache());
}

/** A back payment (补缴) of one person for some periods, at one wage, on the given schemes. */
export interface BackPaymentInput {
  readonly payer: Payer;
  readonly personId: number;
  readonly periods: readonly string[];
  readonly wage: Cents;
  readonly schemes: readonly CollectionScheme[];
}

function checkPeriods(periods: readonly string[]): Period[] {
  if (periods.length === 0 || new Set(periods).size !== periods.length || !periods.every((p) => isPeriod(p)))
    throw rejectAssessment('collection_back_payment_periods_invalid', { periods: periods.slice(0, 20) });
  return periods.map((p) => parsePeriod(p)).sort();
}

/**
 * One assessment per period (basis 'back_payment'), each at that period's parameters and, for an
 * employer, its class and the float in force then. Coverage is not consulted: the back payment is
 * for months that were not paid (and often not enrolled); the approved case says they are owed. A
 * flexible worker's base is clamped to the period's bounds (the wage may come from another year).
 */
export async function assessBackPayment(db: Executor, input: BackPaymentInput): Promise<Assessment[]> {
  if (input.wage <= 0) throw rejectAssessment('collection_wage_invalid', { personId: input.personId });
  const periods = checkPeriods(input.periods);
  const cache = parametersCache();
  const region = await payerRegion(db, input.payer, input.personId);
  const assessments: Assessment[] = [];
  for (const period of periods) {
    const employer =
      input.payer.kind === 'employer'
        ? (await loadEmployers(db, [input.payer.employerId], period)).get(input.payer.employerId)
        : undefined;
    const params = await collectionParameters(db, region, period, cache);
    const lines = assessLines(params, [
      inputOf(input.payer, input.personId, input.schemes, { wage: input.wage, chosen: false }, employer),
    ]);
    assessments.push(assessmentOf(input.payer, period, region, 'back_payment', null, lines));
  }
  return assessments;
}

/** The pooling region of a payer: the employer's, or the flexible worker's latest flexible enrolment's. */
async function payerRegion(db: Executor, payer: Payer, personId: number): Promise<string> {
  if (payer.kind === 'employer') {
    const region = await employerPoolingRegion(db, payer.employerId);
    if (region === undefined) throw rejectPayment('collection_payer_not_found', { employerId: payer.employerId });
    return region;
  }
  const region = await personPoolingRegion(db, personId, 'flexibleFirst');
  if (region === undefined) throw rejectAssessment('collection_parameter_missing', { personId, key: 'pooling_region' });
  return region;
}
