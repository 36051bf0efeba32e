/**
 * A person's identity from the citizen ID: validated, gender and birth date derived and
 * cross-checked with what was entered, sealed for storage. Pure, shared by the window, the
 * self-service hall, the API and bulk imports.
 */
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { checkCitizenId, type Gender, type ValidCitizenId } from '../../kernel/citizen-id.ts';
import { blindIndex, seal, type DataKeys } from '../../kernel/sm-crypto.ts';
import { maskCitizenId } from '../auth/index.ts';

export interface IdentityInput {
  readonly citizenId: string;
  /** As entered by the clerk or in the file; null when not given (then derived). */
  readonly gender?: Gender | null | undefined;
  readonly birthDate?: string | null | undefined;
}

export type IdentityProblemCode = 'person_citizen_id_invalid' | 'person_birth_date_mismatch' | 'person_gender_mismatch';

export type IdentityCheck =
  | { readonly ok: true; readonly id: ValidCitizenId }
  | {
      readonly ok: false;
      readonly code: IdentityProblemCode;
      readonly field: 'citizenId' | 'birthDate' | 'gender';
      readonly details: Record<string, string>;
    };

/** Checks the ID (GB 11643) and that the entered gender and birth date agree with it. */
export function checkPersonIdentity(input: IdentityInput, today: CalendarDate): IdentityCheck {
  const id = checkCitizenId(input.citizenId.trim(), today);
  if (!id.valid)
    return { ok: false, code: 'person_citizen_id_invalid', field: 'citizenId', details: { reason: id.reason } };
  if (input.birthDate != null && input.birthDate !== id.birthDate)
    return {
      ok: false,
      code: 'person_birth_date_mismatch',
      field: 'birthDate',
      details: { entered: input.birthDate, fromId: id.birthDate },
    };
  if (input.gender != null && input.gender !== id.gender)
    return {
      ok: false,
      code: 'person_gender_mismatch',
      field: 'gender',
      details: { entered: input.gender, fromId: id.gender },
    };
  return { ok: true, id };
}

/** The blind index of a citizen ID: the same value the self-service accounts use ('person:<id>'). */
export function personIndex(keys: DataKeys, normalizedId: string): string {
  return blindIndex(keys, `person:${normalizedId}`);
}

/** The blind index of a credit code ('employer:<code>'), shared with the self-service accounts. */
export function employerIndex(keys: DataKeys, creditCode: string): string {
  return blindIndex(keys, `employer:${creditCode}`);
}

/** The stored columns of a citizen ID: blind index, SM4-sealed value and mask. */
export function sealedCitizenId(
  keys: DataKeys,
  normalizedId: string,
): { id_index: string; id_enc: string; id_masked: string } {
  return {
    id_index: personIndex(keys, normalizedId),
    id_enc: seal(keys, normalizedId),
    id_masked: maskCitizenId(normalizedId),
  };
}

/** Masks a bank account number as 6222 **** **** 1234 (first 4 and last 4 kept). */
export function maskBankAccount(account: string): string {
  const digits = account.replace(/\s+/g, '');
  return digits.length <= 8 ? '****' : `${digits.slice(0, 4)} **** **** ${digits.slice(-4)}`;
}
