import type { Executor } from '../../db/connection.ts';
/**
 * Registration rules per pooling region, effective-dated: a region's own row wins over the
 * national default ('*'); within a region the latest `valid_from` on or before the day applies.
 */

export interface RegionRule {
  readonly regionCode: string;
  readonly validFrom: string;
  readonly allowConcurrentEmployment: boolean;
  readonly certificateVerifyMonths: number;
}

/** What applies when no row covers the day (before the first rule): the strict national default. */
export const FALLBACK_REGION_RULE: RegionRule = {
  regionCode: '*',
  validFrom: '0001-01-01',
  allowConcurrentEmployment: false,
  certificateVerifyMonths: 12,
};

/** The rule of `region` on `day` among `rules` (pure): the region's own rows first, then '*'. */
export function regionRuleOn(rules: readonly RegionRule[], region: string, day: string): RegionRule {
  const latest = (code: string) =>
    rules
      .filter((r) => r.regionCode === code && r.validFrom <= day)
      .reduce<RegionRule | null>((best, r) => (best === null || r.validFrom > best.validFrom ? r : best), null);
  return latest(region) ?? latest('*') ?? FALLBACK_REGION_RULE;
}

/** Loads every row of `region` and of the national default, for `regionRuleOn`. */
export async function loadRegionRules(db: Executor, region: string): Promise<RegionRule[]> {
  const rows = await db
    .selectFrom('registration_region_rules')
    .selectAll()
    .where('region_code', 'in', [region, '*'])
    .execute();
  return rows.map((r) => ({
    regionCode: r.region_code,
    validFrom: r.valid_from,
    allowConcurrentEmployment: r.allow_concurrent_employment,
    certificateVerifyMonths: r.certificate_verify_months,
  }));
}

/** The rule of `region` on `day`, read from the database. */
export async function regionRule(db: Executor, region: string, day: string): Promise<RegionRule> {
  return regionRuleOn(await loadRegionRules(db, region), region, day);
}
