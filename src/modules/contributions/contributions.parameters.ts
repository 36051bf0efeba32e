/**
 * `collectionParameters(db, region, period)`: every policy parameter an assessment needs, in force
 * on the first day of the period for the payer's pooling region (the policy store falls back from
 * the region to its city, province and the national default).
 *
 * Choices (documented in docs/api-collection-declarations.md):
 * - required (else `collection_parameter_missing` naming the key): the average wage, floor and
 *   ceiling ratios, the employer and employee rates of pension, medical and unemployment, the
 *   pension account share;
 * - `medical.account_share` missing (before the 2021 reform the store has none): 0, no credit;
 * - work-injury tables or flexible rates missing: null, refused only when a line needs them;
 * - `collection.undeclared_assessment_ratio` missing (before 2011-07-01): null, the 110 % rule is
 *   refused (`collection_undeclared_ratio_missing`);
 * - `collection.base_declaration` missing: 'monthly'.
 */
import type { Executor } from '../../db/connection.ts';
import { parseCents } from '../../kernel/cents.ts';
import { firstDayOf, type Period } from '../../kernel/period.ts';
import { policyValueOrNull, TABLE_SCHEMAS } from '../policy/index.ts';
import { rejectAssessment } from './contributions.assessment.rejections.ts';
import type { CollectionParameters, SchemeRates } from './contributions.assessment.rules.ts';

/** Parameters already read in this call, by region and period (a bulk assessment reads each once). */
export type ParametersCache = Map<string, Promise<CollectionParameters>>;

/** A fresh cache for one call that assesses many payers. */
export function parametersCache(): ParametersCache {
  return new Map();
}

/** Every parameter in force on the period's first day for `region`. */
export function collectionParameters(
  db: Executor,
  region: string,
  period: Period,
  cache?: ParametersCache,
): Promise<CollectionParameters> {
  if (!cache) return readParameters(db, region, period);
  const key = `${region}:${period}`;
  let hit = cache.get(key);
  if (!hit) {
    hit = readParameters(db, region, period);
    cache.set(key, hit);
    // A refusal is not cached: the next call asks the store again.
    hit.catch(() => cache.delete(key));
  }
  return hit;
}

const KEYS = [
  'base.average_monthly_wage',
  'base.floor_ratio',
  'base.ceiling_ratio',
  'pension.rate.employer',
  'pension.rate.employee',
  'pension.account_share',
  'medical.rate.employer',
  'medical.rate.employee',
  'medical.account_share',
  'unemployment.rate.employer',
  'unemployment.rate.employee',
  'work_injury.base_rates',
  'work_injury.float_multipliers',
  'pension.flexible.rate',
  'pension.flexible.account_share',
  'medical.flexible.rate',
  'medical.flexible.account_share',
  'collection.undeclared_assessment_ratio',
  'collection.base_declaration',
] as const;
type Key = (typeof KEYS)[number];

async function readParameters(db: Executor, region: string, period: Period): Promise<CollectionParameters> {
  const on = firstDayOf(period);
  const values = await Promise.all(KEYS.map((key) => policyValueOrNull(db, { region, key, on })));
  const found = new Map<Key, string>();
  KEYS.forEach((key, i) => {
    const value = values[i];
    if (value) found.set(key, value.value);
  });
  const required = (key: Key): string => {
    const value = found.get(key);
    if (value === undefined) throw rejectAssessment('collection_parameter_missing', { region, period, key });
    return value;
  };
  const scheme = (prefix: 'pension' | 'medical' | 'unemployment', accountShare: string): SchemeRates => ({
    employer: required(`${prefix}.rate.employer`),
    employee: required(`${prefix}.rate.employee`),
    accountShare,
  });
  return {
    region,
    period,
    averageWage: parseCents(required('base.average_monthly_wage')),
    floorRatio: required('base.floor_ratio'),
    ceilingRatio: required('base.ceiling_ratio'),
    pension: scheme('pension', required('pension.account_share')),
    medical: scheme('medical', found.get('medical.account_share') ?? '0'),
    unemployment: scheme('unemployment', '0'),
    workInjury: workInjuryTables(found),
    flexible: flexibleRates(found),
    undeclaredRatio: found.get('collection.undeclared_assessment_ratio') ?? null,
    baseDeclaration: found.get('collection.base_declaration') === 'annual' ? 'annual' : 'monthly',
  };
}

function workInjuryTables(found: Map<Key, string>): CollectionParameters['workInjury'] {
  const rates = found.get('work_injury.base_rates');
  const floats = found.get('work_injury.float_multipliers');
  if (rates === undefined || floats === undefined) return null;
  return {
    baseRates: TABLE_SCHEMAS['work_injury.base_rates'].parse(JSON.parse(rates)),
    floats: TABLE_SCHEMAS['work_injury.float_multipliers'].parse(JSON.parse(floats)),
  };
}

function flexibleRates(found: Map<Key, string>): CollectionParameters['flexible'] {
  const pension = found.get('pension.flexible.rate');
  const medical = found.get('medical.flexible.rate');
  if (pension === undefined || medical === undefined) return null;
  return {
    pension: { rate: pension, accountShare: found.get('pension.flexible.account_share') ?? '0' },
    medical: { rate: medical, accountShare: found.get('medical.flexible.account_share') ?? '0' },
  };
}
