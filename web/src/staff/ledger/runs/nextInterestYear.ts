import type { InterestRun } from '../ledgerTypes.ts';

type RunFacts = Pick<InterestRun, 'region' | 'fund' | 'year' | 'status'>;

/**
 * The year the interest form proposes: the year after the newest completed run of the fund in the
 * user's region, so the accountant is led to the next year still to credit rather than to a year
 * whose rate may not be published yet. A province's own code is no pooling region: when the
 * user's region has no run, every region's runs count. Never later than last year (a year is
 * credited after it ends); last year when there is no completed run at all.
 */
export function nextInterestYear(
  runs: readonly RunFacts[],
  region: string | undefined,
  fund: InterestRun['fund'],
  currentYear: number,
): number {
  const lastYear = currentYear - 1;
  const completed = runs.filter((r) => r.fund === fund && r.status === 'completed');
  const own = completed.filter((r) => r.region === region);
  const done = (own.length > 0 ? own : completed).map((r) => r.year);
  if (done.length === 0) return lastYear;
  return Math.min(Math.max(...done) + 1, lastYear);
}
