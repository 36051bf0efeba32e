/** Client-side checks of the registration forms; the server checks everything again. */
import type { FormRule as Rule } from 'antd';
import type { Translate } from '../../../i18n/index.ts';
import { looksLikeCitizenId, looksLikeCreditCode, looksLikeMobile } from '../../../shared/identifierFormat.ts';

export const required = (t: Translate): Rule => ({ required: true, whitespace: true, message: t('form.required') });

export const maxLength = (t: Translate, n: number): Rule => ({ max: n, message: t('reg.tooLong', { n }) });

export const creditCodeRule = (t: Translate): Rule => ({
  validator: (_, v: string | undefined) =>
    !v || looksLikeCreditCode(v) ? Promise.resolve() : Promise.reject(new Error(t('reg.badCreditCode'))),
});

export const citizenIdRule = (t: Translate): Rule => ({
  validator: (_, v: string | undefined) =>
    !v || looksLikeCitizenId(v) ? Promise.resolve() : Promise.reject(new Error(t('reg.badCitizenId'))),
});

/** A mobile number or a landline with area code (contact phones of employers are often landlines). */
export const phoneRule = (t: Translate): Rule => ({
  validator: (_, v: string | undefined) =>
    !v || looksLikeMobile(v) || /^0\d{2,3}-?\d{7,8}$/.test(v.trim())
      ? Promise.resolve()
      : Promise.reject(new Error(t('reg.badPhone'))),
});

export const regionRule = (t: Translate): Rule => ({ pattern: /^\d{6}$/, message: t('reg.badRegion') });

export const bankAccountRule = (t: Translate): Rule => ({ pattern: /^\d{8,30}$/, message: t('reg.badBankAccount') });

export const caseNumberRule = (t: Translate): Rule => ({
  pattern: /^[0-9A-Za-z-]{2,32}-\d{8}-\d{5,9}$/,
  message: t('cases.fullNumber'),
});

/** Trims a text field; empty becomes undefined (optional fields are then left out of the body). */
export const trimmed = (v: string | null | undefined) => v?.trim() || undefined;

/** Birth date and gender encoded in an 18-digit citizen ID (only call with a valid one). */
export function fromCitizenId(id: string): { birthDate: string; gender: 'male' | 'female' } {
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  return { birthDate, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}
