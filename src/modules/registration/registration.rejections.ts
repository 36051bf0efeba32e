import { defineRejections } from '../../kernel/rejection.ts';

/**
 * Refusals shared by every part of registration. Each part declares its own codes in
 * `registration.<part>.rejections.ts`; codes are global, so prefixes keep them apart.
 */
export const registrationRejections = defineRejections({
  registration_version_conflict: {
    kind: 'conflict',
    zh: '记录已被他人修改，请刷新后重试',
    en: 'The record was changed by someone else; reload it and try again',
  },
  registration_case_mismatch: {
    kind: 'conflict',
    zh: '所引用的办件不是本事项的在办办件，或申请人不符',
    en: 'The case referred to is not an open case of this service, or its applicant differs',
  },
  registration_calendar_date_invalid: {
    kind: 'invalid',
    zh: '日期无效',
    en: 'The date is not valid',
  },
  employer_not_found: { kind: 'not_found', zh: '参保单位不存在', en: 'The employer does not exist' },
  person_not_found: { kind: 'not_found', zh: '参保人员不存在', en: 'The person does not exist' },
  person_citizen_id_invalid: {
    kind: 'invalid',
    zh: '公民身份号码无效',
    en: 'The citizen ID number is not valid',
  },
  person_birth_date_mismatch: {
    kind: 'invalid',
    zh: '出生日期与公民身份号码不一致',
    en: 'The birth date does not agree with the citizen ID number',
  },
  person_gender_mismatch: {
    kind: 'invalid',
    zh: '性别与公民身份号码不一致',
    en: 'The gender does not agree with the citizen ID number',
  },
  registration_date_in_future: {
    kind: 'invalid',
    zh: '日期不能晚于今天',
    en: 'The date cannot be later than today',
  },
});

export const rejectRegistration = registrationRejections.reject;
