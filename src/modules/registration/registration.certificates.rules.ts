/**
 * Pure decisions about certificates: the number and the verification code, the status a checker
 * sees, and the next due date of the periodic verification (年度验证).
 */
import crypto from 'node:crypto';
import {
  calendarDate,
  compareDates,
  dateParts,
  daysInMonth,
  addDays,
  type CalendarDate,
} from '../../kernel/calendar-date.ts';
import type { CertificateKind } from './registration.model.ts';

/** The letter a certificate number starts with: 登记证 R, 单位参保证明 E, 个人参保证明 P. */
export const CERTIFICATE_LETTERS: Readonly<Record<CertificateKind, string>> = {
  employer_registration: 'R',
  employer_insurance: 'E',
  person_insurance: 'P',
};

/** Largest yearly sequence a number can hold (8 digits). */
export const CERTIFICATE_SEQUENCE_MAX = 99_999_999;
/** R, E or P, the issuing year, an 8-digit sequence of that kind and year: R202600000001. */
export const CERTIFICATE_NUMBER_PATTERN = /^[REP]\d{4}\d{8}$/;

/** The certificate number: kind letter, year, 8-digit sequence of that kind within the year. */
export function certificateNumber(kind: CertificateKind, year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`year ${year} is not 4 digits`);
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > CERTIFICATE_SEQUENCE_MAX)
    throw new Error(`certificate sequence ${sequence} is outside 1–${CERTIFICATE_SEQUENCE_MAX}`);
  return `${CERTIFICATE_LETTERS[kind]}${year}${String(sequence).padStart(8, '0')}`;
}

/**
 * Verification code alphabet: digits and upper-case letters without 0/O, 1/I/L, which are misread
 * when typed from paper. 31 symbols, 8 of them: about 2^39.6 codes per certificate.
 */
export const VERIFY_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const VERIFY_CODE_LENGTH = 8;

/** A fresh verification code drawn uniformly with the system CSPRNG. */
export function newVerifyCode(): string {
  let code = '';
  for (let i = 0; i < VERIFY_CODE_LENGTH; i++)
    code += VERIFY_CODE_ALPHABET[crypto.randomInt(VERIFY_CODE_ALPHABET.length)];
  return code;
}

/** A code as a checker typed it: trimmed, upper case (the alphabet has no lower-case twins). */
export function normaliseVerifyCode(value: string): string {
  return value.trim().toUpperCase();
}

/** Compares a typed code with the stored one in constant time. */
export function verifyCodeMatches(stored: string, typed: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(normaliseVerifyCode(typed));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** The same day `months` later; the 31st becomes the last day of a shorter month. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new Error(`month count ${months} is not an integer`);
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return calendarDate(y, m, Math.min(day, daysInMonth(y, m)));
}

export type StoredStatus = 'valid' | 'superseded' | 'revoked';
export type CheckStatus = 'valid' | 'verification_overdue' | 'superseded' | 'revoked';

/**
 * What a checker is told: a valid registration certificate whose verification due date has
 * passed (the due day itself still counts) is `verification_overdue`.
 */
export function checkStatus(
  certificate: { readonly status: StoredStatus; readonly verifyDueOn: string | null },
  today: CalendarDate,
): CheckStatus {
  if (certificate.status !== 'valid') return certificate.status;
  if (certificate.verifyDueOn !== null && compareDates(certificate.verifyDueOn as CalendarDate, today) < 0)
    return 'verification_overdue';
  return 'valid';
}

/** First due date of a registration certificate issued on `issuedOn`. */
export function firstVerifyDue(issuedOn: CalendarDate, months: number): CalendarDate {
  return addMonths(issuedOn, months);
}

/**
 * The due date after a passed verification: `months` after the later of today and the old due
 * date, so verifying early never shortens the period and verifying late starts it afresh.
 */
export function nextVerifyDue(oldDue: CalendarDate, today: CalendarDate, months: number): CalendarDate {
  return addMonths(compareDates(oldDue, today) > 0 ? oldDue : today, months);
}

/** Whether a due date falls within `withinDays` of today (overdue ones included). */
export function isDueWithin(dueOn: CalendarDate, today: CalendarDate, withinDays: number): boolean {
  return compareDates(dueOn, addDays(today, withinDays)) <= 0;
}

export type VerifyDecision =
  | { readonly ok: true; readonly nextDueOn: CalendarDate | null }
  | { readonly ok: false; readonly code: 'certificate_not_verifiable' | 'certificate_verify_note_required' };

/** A verification of a certificate: only a valid registration certificate; a failure needs a note. */
export function decideVerification(
  certificate: { readonly kind: CertificateKind; readonly status: StoredStatus; readonly verifyDueOn: string | null },
  result: 'passed' | 'failed',
  note: string | null,
  today: CalendarDate,
  months: number,
): VerifyDecision {
  if (certificate.kind !== 'employer_registration' || certificate.status !== 'valid' || !certificate.verifyDueOn)
    return { ok: false, code: 'certificate_not_verifiable' };
  if (result === 'failed')
    return note ? { ok: true, nextDueOn: null } : { ok: false, code: 'certificate_verify_note_required' };
  return { ok: true, nextDueOn: nextVerifyDue(certificate.verifyDueOn as CalendarDate, today, months) };
}
