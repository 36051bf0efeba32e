import { describe, expect, it } from 'vitest';
import { FALLBACK_REGION_RULE, regionRuleOn, type RegionRule } from './registration.region-rules.ts';

const rule = (regionCode: string, validFrom: string, allowConcurrentEmployment: boolean): RegionRule => ({
  regionCode,
  validFrom,
  allowConcurrentEmployment,
  certificateVerifyMonths: 12,
});

const RULES = [
  rule('*', '1990-01-01', false),
  rule('*', '2024-01-01', false),
  rule('330106', '2020-01-01', true),
  rule('330106', '2023-07-01', false),
];

describe('region rules, effective-dated with a national default', () => {
  it.each([
    ['330106', '2019-12-31', '*', '1990-01-01'],
    ['330106', '2020-01-01', '330106', '2020-01-01'],
    ['330106', '2023-06-30', '330106', '2020-01-01'],
    ['330106', '2023-07-01', '330106', '2023-07-01'],
    ['330106', '2030-01-01', '330106', '2023-07-01'],
    ['330203', '2023-12-31', '*', '1990-01-01'],
    ['330203', '2024-01-01', '*', '2024-01-01'],
  ])('%s on %s → %s from %s', (region, day, code, from) => {
    const found = regionRuleOn(RULES, region, day);
    expect([found.regionCode, found.validFrom]).toEqual([code, from]);
  });

  it('falls back to the strict default before any rule', () => {
    expect(regionRuleOn(RULES, '330106', '1980-01-01')).toBe(FALLBACK_REGION_RULE);
    expect(regionRuleOn([], '330106', '2026-01-01').allowConcurrentEmployment).toBe(false);
  });
});
