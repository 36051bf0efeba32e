import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THROTTLE_DELAY_MAX_SECONDS, THROTTLE_MEMORY_SECONDS } from './auth.model.ts';
import { temporaryPassword } from './auth.passwords.ts';
import {
  counterWait,
  delayAfter,
  loginWait,
  passwordMeetsPolicy,
  sourceOf,
  type FailureCount,
  type LoginCounters,
} from './auth.rules.ts';

const now = new Date('2026-03-02T01:00:00Z');
const ago = (seconds: number, failures: number): FailureCount => ({
  failures,
  lastFailureAt: new Date(now.getTime() - seconds * 1000),
});

describe('the delay after failures', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 2],
    [6, 4],
    [9, 32],
    [13, 512],
    [14, THROTTLE_DELAY_MAX_SECONDS],
    [1000, THROTTLE_DELAY_MAX_SECONDS],
  ])('%i failures → %i seconds', (failures, seconds) => {
    expect(delayAfter(failures)).toBe(seconds);
  });

  it.each([
    ['no counter', undefined, 0],
    ['fewer than five failures', ago(0, 4), 0],
    ['the fifth failure just now', ago(0, 5), 2],
    ['the fifth failure a second ago', ago(1, 5), 1],
    ['the wait over', ago(2, 5), 0],
    ['part of a second left, rounded up', ago(0.4, 5), 2],
    ['fifty failures ten minutes ago', ago(600, 50), 300],
    ['fifty failures forgotten after an hour', ago(THROTTLE_MEMORY_SECONDS, 50), 0],
  ])('%s → waits %i', (_name, count, seconds) => {
    expect(counterWait(count, now)).toBe(seconds);
  });
});

describe('who waits for which counter', () => {
  const stranger: LoginCounters = { source: ago(0, 50), account: ago(0, 50), pair: ago(0, 50) };
  it.each([
    ['the stranger, failing from their address', stranger, false, 900],
    ['the owner at an address that never failed on the name', { account: ago(0, 50) }, false, 0],
    ['the owner after one typo from a new address', { account: ago(0, 51), pair: ago(0, 1) }, false, 900],
    ['the owner at a trusted browser, after a typo there', { ...stranger, device: ago(0, 1) }, true, 0],
    ['a trusted browser that failed five times itself', { device: ago(0, 5) }, true, 2],
    ['anyone at an address that sprayed many names', { source: ago(0, 6) }, false, 4],
  ])('%s waits %i seconds', (_name, counters, trusted, seconds) => {
    expect(loginWait(counters as LoginCounters, trusted as boolean, now)).toBe(seconds);
  });

  const count = fc.option(
    fc.record({
      failures: fc.integer({ min: 1, max: 10_000 }),
      lastFailureAt: fc.date({ max: now, noInvalidDate: true }),
    }),
    { nil: undefined },
  );
  const counters = fc.record({ source: count, account: count, pair: count, device: count });

  it('never asks for more than 15 minutes', () => {
    fc.assert(
      fc.property(counters, fc.boolean(), (c, trusted) => loginWait(c, trusted, now) <= THROTTLE_DELAY_MAX_SECONDS),
    );
  });

  it('never holds back a caller for failures on the name made from elsewhere', () => {
    fc.assert(
      fc.property(counters, (c) => {
        const clean = { ...c, pair: undefined };
        return loginWait(clean, false, now) === counterWait(c.source, now);
      }),
    );
  });

  it('holds a trusted browser to its own failures alone', () => {
    fc.assert(fc.property(counters, (c) => loginWait(c, true, now) === counterWait(c.device, now)));
  });
});

describe('the address a failure is counted against', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:db8:1:2::5', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['64:ff9b::203.0.113.7', '64:ff9b:0:0::/64'],
    [null, 'unknown'],
  ])('%s → %s', (ip, source) => {
    expect(sourceOf(ip)).toBe(source);
  });
});

describe('temporary passwords', () => {
  it('meet the password policy and differ every time', () => {
    const made = Array.from({ length: 200 }, temporaryPassword);
    expect(made.every((p) => p.length === 16 && passwordMeetsPolicy(p, 'auditadmin'))).toBe(true);
    expect(new Set(made).size).toBe(made.length);
  });
});
