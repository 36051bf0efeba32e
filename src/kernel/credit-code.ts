/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015): registration authority (1),
 * entity type (1), division (6), organisation code (9) and a MOD 31 check character, over the
 * 31 characters 0-9 and A–Y without I, O, Z, S and V.
 */
import { kernelRejections } from './kernel-rejections.ts';

declare const creditCodeBrand: unique symbol;
/** An 18-character credit code, upper case, checksum verified. */
export type CreditCode = string & { readonly [creditCodeBrand]: 'CreditCode' };

/** Why a value is not a valid credit code; the first failing check in this order wins. */
export const creditCodeReasons = ['wrong_length', 'bad_characters', 'bad_checksum'] as const;
export type CreditCodeReason = (typeof creditCodeReasons)[number];

export interface ValidCreditCode {
  readonly valid: true;
  readonly normalized: CreditCode;
  /** Position 1, the registration authority: 1 编办, 5 民政, 9 市场监管, Y other… */
  readonly authority: string;
  /** Position 2, the entity type within the authority (under 9: 1 企业, 2 个体工商户, 3 农民专业合作社). */
  readonly entityType: string;
  /** Positions 3–8, the GB/T 2260 division of the registering authority. */
  readonly division: string;
}

export interface InvalidCreditCode {
  readonly valid: false;
  readonly reason: CreditCodeReason;
}

export type CreditCodeCheck = ValidCreditCode | InvalidCreditCode;

/** The code alphabet; a character's value is its index (0–30). */
export const creditCodeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const codePattern = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** The check character of the first 17 characters of a code. */
export function creditCodeCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += creditCodeAlphabet.indexOf(body[i] as string) * (weights[i] as number);
  return creditCodeAlphabet[(31 - (sum % 31)) % 31] as string;
}

/** Checks a unified social credit code against GB 32100 (lower case is accepted and raised). */
export function checkCreditCode(value: string): CreditCodeCheck {
  if (value.length !== 18) return { valid: false, reason: 'wrong_length' };
  const upper = value.toUpperCase();
  if (!codePattern.test(upper)) return { valid: false, reason: 'bad_characters' };
  if (creditCodeCheckCharacter(upper) !== upper[17]) return { valid: false, reason: 'bad_checksum' };
  return {
    valid: true,
    normalized: upper as CreditCode,
    authority: upper.slice(0, 1),
    entityType: upper.slice(1, 2),
    division: upper.slice(2, 8),
  };
}

/** Like `checkCreditCode`, but throws the `invalid_credit_code` Rejection (details: reason). */
export function parseCreditCode(value: string): ValidCreditCode {
  const result = checkCreditCode(value);
  if (!result.valid) throw kernelRejections.reject('invalid_credit_code', { reason: result.reason });
  return result;
}
