import { defineRejections } from '../../../kernel/rejection.ts';

/** Named refusals of rights records: posting contributions with their records, recording dues, views. */
export const rightsRejections = defineRejections({
  rights_batch_too_large: {
    kind: 'too_large',
    zh: '一批最多记录 5000 条缴费，请分批提交',
    en: 'A batch records at most 5,000 contributions; split it',
  },
  rights_duplicate_in_batch: {
    kind: 'invalid',
    zh: '同一批中同一人员、险种、所属期和缴费单位出现了不止一次',
    en: 'The same person, scheme, period and payer appear more than once in the batch',
  },
  rights_amount_negative: {
    kind: 'invalid',
    zh: '缴费基数和金额不能为负数',
    en: 'Contribution bases and amounts cannot be negative',
  },
  rights_account_credit_not_allowed: {
    kind: 'invalid',
    zh: '只有养老保险和医疗保险设有个人账户，其他险种不能记入个人账户',
    en: 'Only pension and medical insurance keep individual accounts; other schemes credit none',
  },
  rights_account_credit_exceeds_contribution: {
    kind: 'invalid',
    zh: '记入个人账户的金额不能超过单位和个人缴费之和',
    en: 'The amount credited to the individual account cannot exceed the contribution paid',
  },
  rights_nothing_paid: {
    kind: 'invalid',
    zh: '缴费金额为零，不能记为已缴',
    en: 'Nothing was paid, so the month cannot be recorded as paid',
  },
  rights_region_has_no_chart: {
    kind: 'conflict',
    zh: '该统筹区尚未建立基金会计科目，不能记账',
    en: 'The pooling region has no chart of accounts yet; nothing can be posted',
  },
  rights_period_already_paid: {
    kind: 'conflict',
    zh: '该人员该险种该所属期已有缴费记录，不能重复记账',
    en: 'This person’s contribution for the scheme and period is already recorded as paid',
  },
  rights_person_not_registered: {
    kind: 'not_found',
    zh: '您尚未办理个人参保登记，暂无权益记录',
    en: 'You are not registered for social insurance yet, so there is no rights record',
  },
});

export const rejectRights = rightsRejections.reject;
