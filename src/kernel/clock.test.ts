import { describe, expect, it } from 'vitest';
import { fixedClock, manualClock, systemClock } from './clock.ts';

const start = new Date('2025-01-01T00:00:00.000Z');

describe('systemClock', () => {
  it('reads the machine clock', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});

describe('fixedClock', () => {
  it('always answers the same instant, as a fresh copy', () => {
    const clock = fixedClock(start);
    const first = clock.now();
    first.setUTCFullYear(1999);
    expect(clock.now().toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('rejects an invalid Date as a programmer error', () => {
    expect(() => fixedClock(new Date('nonsense'))).toThrow('invalid Date');
  });
});

describe('manualClock', () => {
  it('advances, goes back and jumps', () => {
    const clock = manualClock(start);
    clock.advance(1500);
    expect(clock.now().toISOString()).toBe('2025-01-01T00:00:01.500Z');
    clock.advance(-2000);
    expect(clock.now().toISOString()).toBe('2024-12-31T23:59:59.500Z');
    clock.set(new Date('2026-02-14T08:00:00Z'));
    expect(clock.now().toISOString()).toBe('2026-02-14T08:00:00.000Z');
  });

  it('is not affected by callers mutating the returned Date', () => {
    const clock = manualClock(start);
    clock.now().setTime(0);
    expect(clock.now().getTime()).toBe(start.getTime());
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY])('refuses a step of %s', (step) => {
    expect(() => manualClock(start).advance(step)).toThrow('not a finite number');
  });

  it('refuses to move outside the Date range or to an invalid Date', () => {
    const clock = manualClock(start);
    expect(() => clock.advance(9e15)).toThrow('invalid Date');
    expect(() => clock.set(new Date(Number.NaN))).toThrow('invalid Date');
  });
});
