import { defineRejections } from '../../../kernel/rejection.ts';

/** Named refusals of annual statements, their public check, bulk runs and discrepancy reports. */
export const statementRejections = defineRejections({
  statement_not_found: {
    kind: 'not_found',
    zh: '权益记录单不存在，或编号与验证码不符',
    en: 'No such rights statement, or the number and code do not match',
  },
  statement_person_not_registered: {
    kind: 'not_found',
    zh: '您尚未办理个人参保登记，暂无权益记录',
    en: 'You are not registered for social insurance yet, so there is no rights record',
  },
  statement_year_not_closed: {
    kind: 'conflict',
    zh: '只能开具已结束年度的权益记录单',
    en: 'A statement can only be issued for a year that has ended',
  },
  statement_no_records: {
    kind: 'not_found',
    zh: '该年度没有权益记录',
    en: 'There are no rights records for this year',
  },
  statement_daily_limit_reached: {
    kind: 'rate_limited',
    zh: '今日开具的权益记录单已达上限，请明日再试',
    en: 'Today’s limit of statements is reached; try again tomorrow',
  },
  statement_run_exists: {
    kind: 'conflict',
    zh: '该地区该年度的权益记录单批量开具已完成或正在进行',
    en: 'A statement run for this region and year has already completed or is running',
  },
  statement_region_invalid: {
    kind: 'invalid',
    zh: '统筹地区代码应为6位数字',
    en: 'The pooling region code must be 6 digits',
  },
  statement_discrepancy_period_outside_year: {
    kind: 'invalid',
    zh: '所选月份不在所选年度内',
    en: 'The month given is not in the year given',
  },
  statement_discrepancies_per_day_exceeded: {
    kind: 'rate_limited',
    zh: '今日提交的权益记录疑问已达上限，请明日再试或到服务大厅咨询',
    en: 'Today’s limit of rights record queries is reached; try again tomorrow or ask at a service hall',
  },
});

export const rejectStatement = statementRejections.reject;
