import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of payment notices (缴款通知): sending one, and a clerk matching or dismissing it. */
export const paymentNoticeRejections = defineRejections({
  payment_notice_not_found: { kind: 'not_found', zh: '缴款通知不存在', en: 'The payment notice does not exist' },
  payment_notice_paid_on_future: {
    kind: 'invalid',
    zh: '缴款日期不能晚于今天',
    en: 'The date paid cannot be in the future',
  },
  payment_notice_bill_unknown: {
    kind: 'invalid',
    zh: '缴费单号不是本单位的有效缴费单',
    en: 'A bill number is not one of your bills, or the bill is cancelled',
  },
  payment_notice_duplicate: {
    kind: 'conflict',
    zh: '已经就这笔交易流水号发送过缴款通知',
    en: 'A payment notice with this transaction reference has already been sent',
  },
  payment_notice_resolved: {
    kind: 'conflict',
    zh: '该缴款通知已核对或已关闭',
    en: 'The payment notice is already matched or dismissed',
  },
  payment_notice_payment_unknown: {
    kind: 'invalid',
    zh: '缴款编号不是该单位从银行或窗口收到的缴款',
    en: 'The payment number is not a payment received from this employer through the bank or the window',
  },
  payment_notice_payment_taken: {
    kind: 'conflict',
    zh: '该笔缴款已与另一份缴款通知核对',
    en: 'The payment is already matched to another payment notice',
  },
});

export const rejectPaymentNotice = paymentNoticeRejections.reject;
