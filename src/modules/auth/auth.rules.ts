/** Pure decisions of authentication: password policy, lockout, masking. */
import { LOCKOUT_FAILURES, LOCKOUT_MINUTES } from './auth.model.ts';

export const PASSWORD_LENGTH_MIN = 12;
export const PASSWORD_LENGTH_MAX = 128;

/** True when the password meets the policy: length, three character classes, not the user name. */
export function passwordMeetsPolicy(password: string, username: string): boolean {
  if (password.length < PASSWORD_LENGTH_MIN || password.length > PASSWORD_LENGTH_MAX) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 3) return false;
  return !password.toLowerCase().includes(username.toLowerCase()) || username.length < 3;
}

export interface LockState {
  readonly failedLogins: number;
  readonly lockedUntil: Date | null;
}

export function isLocked(state: LockState, now: Date): boolean {
  return state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();
}

/** The lock state after one more failure: the fifth failure locks for 15 minutes and resets the count. */
export function afterFailure(state: LockState, now: Date): LockState {
  const failures = state.failedLogins + 1;
  if (failures >= LOCKOUT_FAILURES) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
  }
  return { failedLogins: failures, lockedUntil: state.lockedUntil };
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
