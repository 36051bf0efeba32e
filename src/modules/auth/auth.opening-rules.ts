/**
 * Pure decisions of opening a hall account: who gets a code texted to the phone on file, and the
 * form of the activation codes a window issues.
 */
import { sameHolderName } from '../../kernel/holder-name.ts';
import { MOBILE_PHONE } from './auth.rules.ts';

/** Why account opening sent no code; kept in the audit trail only, never told to the caller. */
export type OpeningWithheld = 'not_registered' | 'name_mismatch' | 'no_mobile' | 'account_exists' | 'daily_limit';

/**
 * Codes texted to one holder's phone on file in 24 hours at most: whoever knows a citizen's ID and
 * name must not be able to flood that citizen's phone. Past it nothing is sent, and the answer is
 * the same neutral one as for every other withheld code.
 */
export const OPENING_CODES_PER_DAY_MAX = 5;

/**
 * Whether a request to open a hall account gets a code, and where: only to the mobile phone on
 * file, only when the name is the register's, only while there is no account.
 */
export function openingDecision(
  holder: { readonly name: string; readonly mobile: string | null } | null,
  typedName: string,
  accountExists: boolean,
  codesSentToday = 0,
):
  | { readonly send: true; readonly phone: string; readonly name: string }
  | { readonly send: false; readonly reason: OpeningWithheld } {
  if (holder === null) return { send: false, reason: 'not_registered' };
  if (!sameHolderName(typedName, holder.name)) return { send: false, reason: 'name_mismatch' };
  if (accountExists) return { send: false, reason: 'account_exists' };
  if (holder.mobile === null || !MOBILE_PHONE.test(holder.mobile)) return { send: false, reason: 'no_mobile' };
  if (codesSentToday >= OPENING_CODES_PER_DAY_MAX) return { send: false, reason: 'daily_limit' };
  return { send: true, phone: holder.mobile, name: holder.name };
}

/** Activation codes avoid characters read alike (0/O, 1/I/L). */
export const ACTIVATION_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ACTIVATION_CODE_LENGTH = 10;

/** An activation code as typed (any case, blanks and dashes) in its stored form; null when it cannot be one. */
export function normaliseActivationCode(value: string): string | null {
  const code = value.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== ACTIVATION_CODE_LENGTH) return null;
  return [...code].every((c) => ACTIVATION_ALPHABET.includes(c)) ? code : null;
}

/** An activation code as printed: two groups of five. */
export function formatActivationCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}
