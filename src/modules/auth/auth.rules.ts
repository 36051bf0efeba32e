/** Pure decisions of authentication: password policy, login throttling, masking. */
import { isIPv4, isIPv6 } from 'node:net';
import { THROTTLE_DELAY_MAX_SECONDS, THROTTLE_FREE_FAILURES, THROTTLE_MEMORY_SECONDS } from './auth.model.ts';

export const PASSWORD_LENGTH_MIN = 12;
export const PASSWORD_LENGTH_MAX = 128;

/** True when the password meets the policy: length, three character classes, not the user name. */
export function passwordMeetsPolicy(password: string, username: string): boolean {
  if (password.length < PASSWORD_LENGTH_MIN || password.length > PASSWORD_LENGTH_MAX) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return false;
  return !password.toLowerCase().includes(username.toLowerCase()) || username.length < 3;
}

export interface FailureCount {
  readonly failures: number;
  readonly lastFailureAt: Date;
}

/**
 * Seconds a counter holds the next attempt back after its last failure: nothing for the first
 * five failures, then 2, 4, 8 … seconds, at most 15 minutes.
 */
export function delayAfter(failures: number): number {
  if (failures < THROTTLE_FREE_FAILURES) return 0;
  return Math.min(2 ** (failures - THROTTLE_FREE_FAILURES + 1), THROTTLE_DELAY_MAX_SECONDS);
}

/** True while a counter is remembered: less than an hour since its last failure. */
export function isRemembered(count: FailureCount | undefined, now: Date): count is FailureCount {
  return count !== undefined && now.getTime() - count.lastFailureAt.getTime() < THROTTLE_MEMORY_SECONDS * 1000;
}

/** Whole seconds still to wait under one counter at `now`; 0 when forgotten or its delay is over. */
export function counterWait(count: FailureCount | undefined, now: Date): number {
  if (!isRemembered(count, now)) return 0;
  const until = count.lastFailureAt.getTime() + delayAfter(count.failures) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

/** The counters that bear on one login attempt (absent: no failure remembered). */
export interface LoginCounters {
  /** Every failure from the caller's address, whatever login name it tried. */
  readonly source?: FailureCount;
  /** Every failure on the login name, from anywhere. */
  readonly account?: FailureCount;
  /** Failures on the login name from the caller's address. */
  readonly pair?: FailureCount;
  /** Failures on the login name from the caller's trusted browser. */
  readonly device?: FailureCount;
}

/**
 * Seconds before this attempt may be tried. A browser that has completed a login for the name
 * answers only for its own failures. Any other caller waits for its address, and for the name's
 * counter only once it has itself failed on that name: a stranger's failures slow the stranger,
 * never the owner trying from somewhere else.
 */
export function loginWait(counters: LoginCounters, trustedDevice: boolean, now: Date): number {
  if (trustedDevice) return counterWait(counters.device, now);
  const suspect = isRemembered(counters.pair, now);
  return Math.max(counterWait(counters.source, now), suspect ? counterWait(counters.account, now) : 0);
}

/**
 * The address a failure is counted against: IPv4 as is, IPv6 by its /64 (one subscriber's
 * network; counting single addresses would give each caller 2^64 fresh starts).
 */
export function sourceOf(ip: string | null): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (isIPv4(ip) || !isIPv6(ip)) return ip.slice(0, 64);
  const bare = ip.split('%')[0]!.toLowerCase();
  const groups = (part: string) =>
    part === '' ? [] : part.split(':').flatMap((g) => (g.includes('.') ? ['0', '0'] : [g]));
  const [head = '', tail] = bare.split('::');
  const left = groups(head);
  const right = tail === undefined ? [] : groups(tail);
  const all = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${all
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/** Masks a mainland mobile number as 138****0000. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****';
}

/** Masks a citizen ID as 110105********002X: division kept, birth date and sequence hidden. */
export function maskCitizenId(id: string): string {
  return `${id.slice(0, 6)}${'*'.repeat(Math.max(0, id.length - 10))}${id.slice(-4)}`;
}

export const MOBILE_PHONE = /^1[3-9]\d{9}$/;
