import { defineRejections } from '../../kernel/rejection.ts';

/**
 * Refusals of the journal core: posting, accounts, corrections. A refused posting carries
 * `details.problems`, one `{ index, idempotencyKey, code, line? }` per fault of every request, and
 * the code of the first fault as its own code (all or nothing: nothing was written).
 */
export const ledgerRejections = defineRejections({
  ledger_entry_unbalanced: {
    kind: 'invalid',
    zh: '记账凭证借贷不平衡',
    en: 'The entry does not balance: debits differ from credits',
  },
  ledger_lines_count_invalid: {
    kind: 'invalid',
    zh: '记账凭证的分录行数须在 2 至 1000 之间',
    en: 'An entry needs between 2 and 1,000 lines',
  },
  ledger_amount_invalid: {
    kind: 'invalid',
    zh: '金额须为正的整分数',
    en: 'An amount must be a positive whole number of fen',
  },
  ledger_amount_not_whole_fen: {
    kind: 'invalid',
    zh: '金额须为精确到分的正数，如 "123.45"',
    en: 'An amount must be a positive decimal with at most two decimals, e.g. "123.45"',
  },
  ledger_idempotency_key_invalid: {
    kind: 'invalid',
    zh: '幂等键不能为空且不超过 200 个字符',
    en: 'The idempotency key must be non-empty and at most 200 characters',
  },
  ledger_idempotency_key_duplicated: {
    kind: 'invalid',
    zh: '同一批次中幂等键重复',
    en: 'The same idempotency key appears twice in one request',
  },
  ledger_idempotency_key_reused: {
    kind: 'conflict',
    zh: '该幂等键已用于内容不同的凭证',
    en: 'The idempotency key was already used for an entry with other content',
  },
  ledger_reason_invalid: {
    kind: 'invalid',
    zh: '摘要不能为空且不超过 500 个字符',
    en: 'The reason must be non-empty and at most 500 characters',
  },
  ledger_source_invalid: {
    kind: 'invalid',
    zh: '来源模块和来源记录不能为空且不超过 200 个字符',
    en: 'The source module and source record must be non-empty and at most 200 characters',
  },
  ledger_period_invalid: {
    kind: 'invalid',
    zh: '所属期无效或晚于当前月份',
    en: 'The period is not a valid YYYYMM or lies after the current month',
  },
  ledger_effective_date_invalid: {
    kind: 'invalid',
    zh: '记账日期无效',
    en: 'The effective date is not a valid date',
  },
  ledger_person_line_invalid: {
    kind: 'invalid',
    zh: '个人账户分录须且只能记入个人账户科目并指明人员',
    en: 'A line names a person exactly when it posts to the individual-account control account',
  },
  ledger_account_unknown: {
    kind: 'invalid',
    zh: '会计科目不存在',
    en: 'The account does not exist',
  },
  ledger_account_closed: {
    kind: 'conflict',
    zh: '会计科目已关闭',
    en: 'The account is closed',
  },
  ledger_individual_account_unknown: {
    kind: 'invalid',
    zh: '该人员没有此险种的个人账户',
    en: 'The person has no individual account in this fund',
  },
  ledger_individual_account_closed: {
    kind: 'conflict',
    zh: '个人账户已封存或关闭',
    en: 'The individual account is closed',
  },
  ledger_batch_too_large: {
    kind: 'too_large',
    zh: '一次最多记 5000 张凭证',
    en: 'At most 5,000 entries can be booked at once',
  },
  ledger_region_invalid: {
    kind: 'invalid',
    zh: '统筹区代码须为 6 位数字',
    en: 'The region code must be six digits',
  },
  ledger_entry_not_found: {
    kind: 'not_found',
    zh: '记账凭证不存在',
    en: 'The entry does not exist',
  },
  ledger_account_not_found: {
    kind: 'not_found',
    zh: '会计科目不存在',
    en: 'The account does not exist',
  },
  ledger_already_reversed: {
    kind: 'conflict',
    zh: '该凭证已冲销或已有待审核的更正',
    en: 'The entry is already reversed or has a correction awaiting approval',
  },
  ledger_reversal_of_reversal: {
    kind: 'conflict',
    zh: '冲销凭证不能再冲销',
    en: 'A reversal cannot itself be reversed',
  },
  ledger_self_approval: {
    kind: 'forbidden',
    zh: '更正须由提出人以外的人员审核',
    en: 'A correction must be approved by someone other than its proposer',
  },
  ledger_correction_not_pending: {
    kind: 'conflict',
    zh: '该更正已审核完毕',
    en: 'The correction has already been decided',
  },
  ledger_correction_not_found: {
    kind: 'not_found',
    zh: '更正申请不存在',
    en: 'The correction does not exist',
  },
});

export const rejectLedger = ledgerRejections.reject;
export type LedgerCode = keyof typeof ledgerRejections.codes;
