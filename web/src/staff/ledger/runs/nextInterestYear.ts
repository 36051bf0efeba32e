import type { InterestRun } from '../ledgerTypes.ts';

/**
 * The year the interest form proposes: the year after the newest completed run of the region and
 * fund, so a clerk is led to the next year still to credit rather than to a year whose rate may not
 * be published yet; never later than last year (a year is credited after it ends); last year when
 * the region has no completed run.
 */
export function nextInterestYear(
  runs: readonly Pick<InterestRun, 'region' | 'fund' | 'year' | 'status'>[],
  region: string,
  fund: InterestRun['fund'],
  currentYear: number,
): number {
  const lastYear = currentYear - 1;
  const done = runs
    .filter((r) => r.region === region && r.fund === fund && r.status === 'completed')
    .map((r) => r.year);
  if (done.length === 0) return lastYear;
  return Math.min(Math.max(...done) + 1, lastYear);
}
