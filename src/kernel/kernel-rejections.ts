/**
 * Rejection codes of the kernel: malformed values that arrive from outside (forms, files, API
 * bodies). Parsers throw these; code that builds values itself uses the asserting constructors.
 */
import { defineRejections } from './rejection.ts';

/** The kernel's codes: `kernelRejections.reject('invalid_date', { value })`. */
export const kernelRejections = defineRejections({
  invalid_citizen_id: {
    kind: 'invalid',
    zh: '公民身份号码不正确',
    en: 'The citizen ID number is not valid',
  },
  invalid_credit_code: {
    kind: 'invalid',
    zh: '统一社会信用代码不正确',
    en: 'The unified social credit code is not valid',
  },
  invalid_amount: {
    kind: 'invalid',
    zh: '金额格式不正确（最多两位小数）',
    en: 'The amount is not valid (at most two decimals)',
  },
  invalid_date: {
    kind: 'invalid',
    zh: '日期不正确（格式为 YYYY-MM-DD）',
    en: 'The date is not valid (expected YYYY-MM-DD)',
  },
  invalid_period: {
    kind: 'invalid',
    zh: '所属期不正确（格式为 YYYYMM）',
    en: 'The period is not valid (expected YYYYMM)',
  },
});
