import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of certificates: issue, verification, revocation, the public check. */
export const certificateRejections = defineRejections({
  certificate_not_found: {
    kind: 'not_found',
    zh: '证明不存在，或编号与验证码不符',
    en: 'No such certificate, or the number and code do not match',
  },
  certificate_employer_not_active: {
    kind: 'conflict',
    zh: '单位不在正常参保状态，不能发放社会保险登记证',
    en: 'The employer is not active; no registration certificate can be issued',
  },
  certificate_not_verifiable: {
    kind: 'conflict',
    zh: '只有有效的社会保险登记证才能办理验证',
    en: 'Only a valid registration certificate can be verified',
  },
  certificate_verify_note_required: {
    kind: 'invalid',
    zh: '验证不通过时须写明原因',
    en: 'A failed verification needs a note saying why',
  },
  certificate_not_valid: {
    kind: 'conflict',
    zh: '该证明已被替换或撤销',
    en: 'The certificate was already superseded or revoked',
  },
  certificate_person_not_registered: {
    kind: 'not_found',
    zh: '您尚未办理个人参保登记，暂不能开具参保证明',
    en: 'You are not registered for social insurance yet, so no certificate can be issued',
  },
  certificate_daily_limit_reached: {
    kind: 'rate_limited',
    zh: '今日开具的证明已达上限，请明日再试',
    en: 'Today’s limit of certificates is reached; try again tomorrow',
  },
});

export const rejectCertificate = certificateRejections.reject;
