import { defineRejections } from '../../kernel/rejection.ts';

/**
 * Named refusals of bills, payments and their allocation, payer credit and refunds, and of a payer
 * that is not on the register (which every part of collection may meet).
 */
export const paymentRejections = defineRejections({
  collection_payer_not_found: {
    kind: 'not_found',
    zh: '未找到该缴费单位或灵活就业人员',
    en: 'No such employer or flexible worker',
  },
  collection_bill_paid: {
    kind: 'conflict',
    zh: '该缴费单已有缴款，不能重新核定；请办理补缴或退费',
    en: 'The bill already has a payment and cannot be re-assessed; use a back payment or a refund',
  },
  collection_bill_not_found: { kind: 'not_found', zh: '缴费单不存在', en: 'The bill does not exist' },
  collection_bill_empty: {
    kind: 'invalid',
    zh: '缴费单没有任何明细，不能开具',
    en: 'The bill has no lines and cannot be issued',
  },
  collection_bill_not_of_payer: {
    kind: 'invalid',
    zh: '指定的缴费单不属于该缴费主体或已结清、作废',
    en: 'A named bill does not belong to the payer, or is settled or cancelled',
  },
  collection_amount_invalid: {
    kind: 'invalid',
    zh: '金额必须大于零且最多两位小数',
    en: 'The amount must be positive with at most two decimals',
  },
  collection_received_in_future: {
    kind: 'invalid',
    zh: '到账日期不能晚于今天',
    en: 'The date received cannot be in the future',
  },
  collection_payment_duplicate: {
    kind: 'conflict',
    zh: '该渠道的这笔交易流水号已经入账，不能重复记录',
    en: 'A payment with this channel and transaction reference is already recorded',
  },
  collection_payment_api_withdrawn: {
    kind: 'gone',
    zh: '单位不能通过接口登记缴款：缴款以银行或税务到账为准。请通过 POST /api/v1/payment-notices 发送缴款通知，到账后自动核对',
    en: 'Employers cannot record payments through the API: money is received from the bank or tax side only. Send a payment notice (POST /api/v1/payment-notices); it is matched when the money arrives',
  },
  collection_payment_not_found: { kind: 'not_found', zh: '缴款记录不存在', en: 'The payment does not exist' },
  collection_refund_exceeds_credit: {
    kind: 'conflict',
    zh: '退费金额超过该缴费主体的预缴（溢缴）余额',
    en: 'The refund exceeds the payer’s credit balance',
  },
  collection_refund_not_found: { kind: 'not_found', zh: '退费申请不存在', en: 'The refund does not exist' },
  collection_refund_decided: {
    kind: 'conflict',
    zh: '该退费申请已经审核，不能再次审核',
    en: 'The refund has already been decided',
  },
  collection_refund_same_person: {
    kind: 'forbidden',
    zh: '退费须由提出人以外的人员审核',
    en: 'A refund must be approved by someone other than its proposer',
  },
});

export const rejectPayment = paymentRejections.reject;
