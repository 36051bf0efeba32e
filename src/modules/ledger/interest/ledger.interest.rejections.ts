import { defineRejections } from '../../../kernel/rejection.ts';

/** Named refusals of interest crediting: the year-end run and the crediting on closing. */
export const interestRejections = defineRejections({
  interest_year_not_ended: {
    kind: 'conflict',
    zh: '该年度尚未结束，不能进行年终计息',
    en: 'The year has not ended yet; its year-end interest cannot be credited',
  },
  interest_rate_missing: {
    kind: 'conflict',
    zh: '该统筹区尚未公布该年度的记账利率',
    en: 'The crediting rate of that year is not published for the region',
  },
  interest_run_completed: {
    kind: 'conflict',
    zh: '该统筹区、险种、年度的计息已经完成',
    en: 'Interest for this region, fund and year has already been credited',
  },
  interest_account_not_found: {
    kind: 'not_found',
    zh: '该人员没有此险种的个人账户',
    en: 'The person has no individual account of this fund',
  },
  interest_account_not_open: {
    kind: 'conflict',
    zh: '个人账户已经封存或注销，不能再结息',
    en: 'The individual account is already closed; no interest can be credited to it',
  },
  interest_closing_date_invalid: {
    kind: 'invalid',
    zh: '结息日期不能早于账户建立日期，也不能晚于今天',
    en: 'The closing date cannot be before the account was opened, nor after today',
  },
});

export const rejectInterest = interestRejections.reject;
