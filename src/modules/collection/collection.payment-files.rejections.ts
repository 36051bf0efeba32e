import { defineRejections } from '../../kernel/rejection.ts';

/**
 * Named refusals of payment files (银行 / 税务 到账文件): the file as a whole, and the codes of the
 * per-row errors listed in `details.errors` of `collection_payment_file_rows_rejected`.
 */
export const paymentFileRejections = defineRejections({
  collection_payment_file_rows_rejected: {
    kind: 'invalid',
    zh: '到账文件中有错误的行，整个文件未入账；请按错误说明逐行修改后重新上传',
    en: 'Some rows of the payment file are wrong, so none was recorded; correct every row listed and upload again',
  },
  collection_payment_file_repeated: {
    kind: 'conflict',
    zh: '该到账文件已经导入过，不能重复导入',
    en: 'This payment file has already been imported',
  },
  collection_payment_file_empty: {
    kind: 'invalid',
    zh: '到账文件没有任何到账记录',
    en: 'The payment file has no payment rows',
  },
  collection_payment_file_columns_missing: {
    kind: 'invalid',
    zh: '到账文件的表头应包含：缴费主体代码、金额、到账日期、交易流水号（缴费单号可选）',
    en: 'The header row must name payerCode, amount, receivedOn and reference (billNo optional)',
  },
  collection_payment_file_not_found: { kind: 'not_found', zh: '到账文件不存在', en: 'The payment file does not exist' },
  collection_file_payer_unknown: {
    kind: 'invalid',
    zh: '缴费主体代码不是已登记的单位统一社会信用代码或灵活就业人员身份证号',
    en: 'The payer code is neither a registered employer’s credit code nor a flexible worker’s citizen ID',
  },
  collection_file_payer_out_of_scope: {
    kind: 'forbidden',
    zh: '该缴费主体不在本经办机构管辖范围内',
    en: 'The payer is outside your agency',
  },
  collection_file_amount_invalid: {
    kind: 'invalid',
    zh: '金额应为以元为单位、最多两位小数的数字，如 1234.56',
    en: 'The amount must be in yuan with at most two decimals, e.g. 1234.56',
  },
  collection_file_amount_not_positive: { kind: 'invalid', zh: '金额必须大于零', en: 'The amount must be positive' },
  collection_file_date_invalid: {
    kind: 'invalid',
    zh: '到账日期应为有效日期：日期格式的单元格，或 YYYY-MM-DD、YYYYMMDD 格式的文本',
    en: 'The date received must be a valid date: a date cell, or text as YYYY-MM-DD or YYYYMMDD',
  },
  collection_file_date_future: {
    kind: 'invalid',
    zh: '到账日期不能晚于今天',
    en: 'The date received cannot be in the future',
  },
  collection_file_reference_missing: {
    kind: 'invalid',
    zh: '交易流水号不能为空',
    en: 'The transaction reference is missing',
  },
  collection_file_reference_duplicate: {
    kind: 'invalid',
    zh: '交易流水号在本文件中重复出现',
    en: 'The transaction reference appears more than once in the file',
  },
  collection_file_reference_recorded: {
    kind: 'conflict',
    zh: '该交易流水号已经入账，不能重复记录',
    en: 'A payment with this transaction reference is already recorded',
  },
  collection_file_bill_not_open: {
    kind: 'invalid',
    zh: '缴费单号不是该缴费主体的未结清缴费单',
    en: 'The bill number is not an open bill of this payer',
  },
  collection_file_total_missing: {
    kind: 'invalid',
    zh: '文件最后一行应为合计行：合计,<总金额>',
    en: 'The last row must declare the total: TOTAL,<amount>',
  },
  collection_file_total_mismatch: {
    kind: 'invalid',
    zh: '合计金额与各行金额之和不符',
    en: 'The declared total does not equal the sum of the rows',
  },
});

export const rejectPaymentFile = paymentFileRejections.reject;
export type PaymentFileErrorCode = keyof typeof paymentFileRejections.codes;
