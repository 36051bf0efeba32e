import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of employer registration, change, status and reveal. */
export const employerRejections = defineRejections({
  employer_credit_code_invalid: {
    kind: 'invalid',
    zh: '统一社会信用代码不正确',
    en: 'The unified social credit code is not valid',
  },
  employer_already_registered: {
    kind: 'conflict',
    zh: '该统一社会信用代码的单位已参保登记',
    en: 'An employer with this credit code is already registered',
  },
  employer_industry_unknown: {
    kind: 'invalid',
    zh: '行业代码不在国民经济行业分类（GB/T 4754-2017）大类之列',
    en: 'The industry code is not a GB/T 4754-2017 division',
  },
  employer_legal_rep_id_invalid: {
    kind: 'invalid',
    zh: '法定代表人公民身份号码不正确',
    en: 'The legal representative’s citizen ID number is not valid',
  },
  employer_contact_phone_invalid: {
    kind: 'invalid',
    zh: '联系电话应为手机号码或带区号的固定电话',
    en: 'The contact phone must be a mainland mobile number or a landline with its area code',
  },
  employer_bank_account_invalid: {
    kind: 'invalid',
    zh: '银行账号应为 8 至 30 位数字',
    en: 'The bank account must be 8 to 30 digits',
  },
  employer_bank_incomplete: {
    kind: 'invalid',
    zh: '开户银行与银行账号须同时填写',
    en: 'The bank name and the bank account go together',
  },
  employer_agency_invalid: {
    kind: 'invalid',
    zh: '经办机构不存在或已撤销',
    en: 'The handling agency does not exist or is closed',
  },
  employer_registered_before_founding: {
    kind: 'invalid',
    zh: '登记日期不能早于单位成立日期',
    en: 'The registration date cannot be before the founding date',
  },
  employer_change_empty: {
    kind: 'invalid',
    zh: '没有需要变更的内容',
    en: 'Nothing would change',
  },
  employer_cancelled: {
    kind: 'conflict',
    zh: '该单位已注销，不能再办理',
    en: 'The employer is cancelled; nothing more can be done to it',
  },
  employer_status_invalid: {
    kind: 'conflict',
    zh: '单位当前状态不能办理该业务',
    en: 'The employer’s current status does not allow this',
  },
  employer_has_active_employees: {
    kind: 'conflict',
    zh: '单位尚有在职参保职工，须先办理减员后才能注销',
    en: 'The employer still has active employees; separate them before cancelling',
  },
  employer_has_unpaid_arrears: {
    kind: 'conflict',
    zh: '单位尚有欠缴的社会保险费、滞纳金或罚款，须先结清后才能注销',
    en: 'The employer has unpaid contributions, late fees or fines; clear them before cancelling',
  },
  employer_field_empty: {
    kind: 'not_found',
    zh: '该单位未登记此项信息',
    en: 'The employer has no value recorded for this field',
  },
  employer_not_registered: {
    kind: 'not_found',
    zh: '贵单位尚未办理社会保险登记',
    en: 'Your organisation is not registered for social insurance',
  },
});

export const rejectEmployer = employerRejections.reject;
