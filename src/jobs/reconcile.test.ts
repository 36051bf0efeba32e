import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { msUntilNextRun, RECONCILE_HOUR_DEFAULT, reconcileHour } from './reconcile.ts';

const HOUR_MS = 3_600_000;

describe('the nightly reconciliation schedule', () => {
  it.each([
    // now (UTC)                  hour  wait (China time = UTC+8)
    ['2026-03-01T17:00:00.000Z', 2, HOUR_MS], // 01:00 CST → 02:00 CST
    ['2026-03-01T17:59:59.990Z', 2, 10], // 01:59:59.990 CST
    ['2026-03-01T18:00:00.000Z', 2, 24 * HOUR_MS], // exactly 02:00 CST: the next night
    ['2026-03-01T18:00:00.001Z', 2, 24 * HOUR_MS - 1],
    ['2026-03-01T16:00:00.000Z', 0, 0 + 24 * HOUR_MS], // 00:00 CST exactly, hour 0
    ['2026-03-01T15:30:00.000Z', 0, HOUR_MS / 2], // 23:30 CST → midnight
    ['2026-03-02T01:00:00.000Z', 2, 17 * HOUR_MS], // 09:00 CST → 02:00 next day
  ] as const)('from %s to %i:00 China time waits %i ms', (now, hour, wait) => {
    expect(msUntilNextRun(new Date(now), hour)).toBe(wait);
  });

  it('always waits more than nothing and at most a day, landing on the hour in China time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.integer({ min: 0, max: 23 }), (ms, hour) => {
        const wait = msUntilNextRun(new Date(ms), hour);
        expect(wait).toBeGreaterThan(0);
        expect(wait).toBeLessThanOrEqual(24 * HOUR_MS);
        const at = new Date(ms + wait + 8 * HOUR_MS);
        expect([at.getUTCHours(), at.getUTCMinutes(), at.getUTCSeconds(), at.getUTCMilliseconds()]).toEqual([
          hour,
          0,
          0,
          0,
        ]);
      }),
    );
  });

  it.each([
    [undefined, RECONCILE_HOUR_DEFAULT],
    ['', RECONCILE_HOUR_DEFAULT],
    ['3', 3],
    ['0', 0],
    ['23', 23],
    ['24', RECONCILE_HOUR_DEFAULT],
    ['-1', RECONCILE_HOUR_DEFAULT],
    ['2.5', RECONCILE_HOUR_DEFAULT],
    ['two', RECONCILE_HOUR_DEFAULT],
  ])('SHEBAO_RECONCILE_HOUR=%s means %i', (text, hour) => {
    expect(reconcileHour(text === undefined ? {} : { SHEBAO_RECONCILE_HOUR: text })).toBe(hour);
  });
});
