import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/kernel/clock.ts';
import { parsePeriod } from '../../../src/kernel/period.ts';
import { currentPeriod, periodLabel, periodOrUndefined, recentPeriods } from './periods.ts';

describe('periods in the browser', () => {
  it('labels a period and leaves what is not one as it came', () => {
    expect(periodLabel('202611')).toBe('2026-11');
    expect(periodLabel(null)).toBe('—');
    expect(periodLabel('202613')).toBe('202613');
  });

  it("takes this month from China's day, not the device's", () => {
    // 16:30 UTC on 31 January is 00:30 on 1 February in China.
    expect(currentPeriod(fixedClock(new Date('2026-01-31T16:30:00Z')))).toBe('202602');
  });

  it('lists recent periods newest first across a year', () => {
    expect(recentPeriods(parsePeriod('202602'), 3)).toEqual(['202602', '202601', '202512']);
  });

  it('takes a typed period only when the kernel does', () => {
    expect(periodOrUndefined(' 202611 ')).toBe('202611');
    expect(periodOrUndefined('202613')).toBeUndefined();
    expect(periodOrUndefined('2026-11')).toBeUndefined();
    expect(periodOrUndefined(undefined)).toBeUndefined();
  });
});
