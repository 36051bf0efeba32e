import { describe, expect, it } from 'vitest';
import { nextInterestYear } from './nextInterestYear.ts';

const run = (year: number, status: 'completed' | 'failed' | 'running' = 'completed', region = '330106') => ({
  region,
  fund: 'pension' as const,
  year,
  status,
});

describe('nextInterestYear', () => {
  it.each([
    ['no run: last year', [], 2025],
    ['after the newest completed run', [run(2016), run(2023), run(2020)], 2024],
    ['a failed or running run does not count', [run(2023), run(2024, 'failed'), run(2024, 'running')], 2024],
    ['never later than last year', [run(2025)], 2025],
    ['another region counts only when mine has none', [run(2023, 'completed', '330102')], 2024],
    ['my region first', [run(2023, 'completed', '330102'), run(2020)], 2021],
  ])('%s', (_, runs, expected) => {
    expect(nextInterestYear(runs, '330106', 'pension', 2026)).toBe(expected);
  });

  it.each([undefined, '330000'])('looks at every region for a user of region %s (a province)', (region) => {
    const runs = [run(2021, 'completed', '330102'), run(2023, 'completed', '330106')];
    expect(nextInterestYear(runs, region, 'pension', 2026)).toBe(2024);
  });

  it('looks at the fund asked for', () => {
    expect(nextInterestYear([{ ...run(2020), fund: 'medical' }], '330106', 'pension', 2026)).toBe(2025);
  });
});
