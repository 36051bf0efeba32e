/**
 * Citizen identity numbers (公民身份号码, GB 11643-1999): 6-digit division code, birth date
 * YYYYMMDD, 3-digit sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
 * character. The social security number is this number.
 *
 * The division is checked only by its province prefix. The full GB/T 2260 list is not embedded:
 * it changes every year, and a number keeps the division code of the place that issued it even
 * after that county is merged or renamed, so a current list would reject real, valid numbers.
 */
import { type CalendarDate, compareDates, isCalendarDate } from './calendar-date.ts';
import { kernelRejections } from './kernel-rejections.ts';

declare const citizenIdBrand: unique symbol;
/** An 18-character citizen ID, upper-case X, checksum verified. */
export type CitizenId = string & { readonly [citizenIdBrand]: 'CitizenId' };

export type Gender = 'male' | 'female';

/** Why a number is not a valid citizen ID; the first failing check in this order wins. */
export const citizenIdReasons = [
  'wrong_length',
  'bad_characters',
  'bad_checksum',
  'bad_division',
  'impossible_date',
  'future_birth_date',
] as const;
export type CitizenIdReason = (typeof citizenIdReasons)[number];

export interface ValidCitizenId {
  readonly valid: true;
  /** The 18-character form: lower-case x raised, 15-digit numbers upgraded. */
  readonly normalized: CitizenId;
  readonly birthDate: CalendarDate;
  readonly gender: Gender;
  /** The first 6 digits (for a foreigner's permanent residence number: 9, province, nationality). */
  readonly division: string;
}

export interface InvalidCitizenId {
  readonly valid: false;
  readonly reason: CitizenIdReason;
}

export type CitizenIdCheck = ValidCitizenId | InvalidCitizenId;

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkCharacters = '10X98765432';
/**
 * Province-level codes of GB/T 2260 (mainland), plus 71 Taiwan and 81/82/83, which the residence
 * permits of Hong Kong, Macao and Taiwan residents use.
 */
const mainlandProvinces = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65'.split(' '),
);
const otherPrefixes = new Set(['71', '81', '82', '83']);

/** The check character of the first 17 digits of an ID. */
export function citizenIdCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (weights[i] as number);
  return checkCharacters[sum % 11] as string;
}

/** Checks a citizen ID against GB 11643; `today` bounds the birth date. */
export function checkCitizenId(value: string, today: CalendarDate): CitizenIdCheck {
  const full = toEighteen(value);
  if (typeof full !== 'string') return full;
  const division = full.slice(0, 6);
  if (!isKnownDivision(division)) return invalid('bad_division');
  const birthDate = `${full.slice(6, 10)}-${full.slice(10, 12)}-${full.slice(12, 14)}`;
  if (!isCalendarDate(birthDate)) return invalid('impossible_date');
  if (compareDates(birthDate, today) > 0) return invalid('future_birth_date');
  const gender = Number(full[16]) % 2 === 1 ? 'male' : 'female';
  return { valid: true, normalized: full as CitizenId, birthDate, gender, division };
}

/** Like `checkCitizenId`, but throws the `invalid_citizen_id` Rejection (details: reason). */
export function parseCitizenId(value: string, today: CalendarDate): ValidCitizenId {
  const result = checkCitizenId(value, today);
  if (!result.valid) throw kernelRejections.reject('invalid_citizen_id', { reason: result.reason });
  return result;
}

/** The 18-character upper-case form with its checksum verified, or why there is none. */
function toEighteen(value: string): string | InvalidCitizenId {
  if (value.length === 15) {
    if (!/^\d{15}$/.test(value)) return invalid('bad_characters');
    // First-generation numbers (before 1999) omit the century, always 19, and the check character.
    const body = `${value.slice(0, 6)}19${value.slice(6)}`;
    return body + citizenIdCheckCharacter(body);
  }
  if (value.length !== 18) return invalid('wrong_length');
  if (!/^\d{17}[\dXx]$/.test(value)) return invalid('bad_characters');
  const upper = value.toUpperCase();
  return citizenIdCheckCharacter(upper) === upper[17] ? upper : invalid('bad_checksum');
}

/**
 * Province prefix check. A leading 9 marks a foreigner's permanent residence number (2023
 * format), whose next two digits are the province that accepted the application.
 */
function isKnownDivision(division: string): boolean {
  if (division[0] === '9') return mainlandProvinces.has(division.slice(1, 3));
  const prefix = division.slice(0, 2);
  return mainlandProvinces.has(prefix) || otherPrefixes.has(prefix);
}

function invalid(reason: CitizenIdReason): InvalidCitizenId {
  return { valid: false, reason };
}
