import { describe, expect, it } from 'vitest';
import { DELIVERY_ATTEMPTS_MAX } from './outbox.model.ts';
import { afterFailedAttempt } from './outbox.rules.ts';

describe('the retry schedule of a failed delivery', () => {
  it.each([
    [1, 30_000],
    [2, 60_000],
    [3, 120_000],
    [4, 240_000],
    [7, 1_920_000],
  ])('after failure %i the next try waits %i ms', (attempts, delayMs) => {
    expect(afterFailedAttempt(attempts)).toEqual({ next: 'retry', delayMs });
  });

  it('never waits more than an hour', () => {
    expect(DELIVERY_ATTEMPTS_MAX).toBe(8);
    for (let attempts = 1; attempts < DELIVERY_ATTEMPTS_MAX; attempts++) {
      const next = afterFailedAttempt(attempts);
      expect(next.next === 'retry' && next.delayMs <= 3_600_000).toBe(true);
    }
  });

  it('gives up after the last allowed attempt', () => {
    expect(afterFailedAttempt(DELIVERY_ATTEMPTS_MAX)).toEqual({ next: 'dead' });
    expect(afterFailedAttempt(DELIVERY_ATTEMPTS_MAX + 3)).toEqual({ next: 'dead' });
  });
});
