/** Contribution collection (征缴): bills, payments, payment files and notices, credit, refunds, statements. */
export * from './collection.model.ts';
export * from './collection.late-fee.rules.ts';
export {
  issueBill,
  issueBills,
  reserveIds,
  writeDeferredLines,
  type CollectionClockContext,
  type DeferredBill,
  type IssuedBill,
  type IssueBillOptions,
  type LinePayment,
} from './collection.bills.ts';
export { bookOpeningReceivables } from './collection.bills.opening.ts';
export { billDetail, billsOfPayer, listBills, type BillSummary } from './collection.bills.views.ts';
export { lateFeeRates, lateFeeRatesCache, LATE_FEE_RATE_KEY } from './collection.late-fee.ts';
export { deferralsOf, deferralTermsOf } from './collection.deferrals.terms.ts';
export {
  DEFERRAL_STATUSES,
  deferralStatusOn,
  deferredRanges,
  type DeferralStatus,
  type DeferralTerm,
} from './collection.deferrals.rules.ts';
export { lateFeeApplies, lateFeeAppliesTo } from './collection.late-fee.applies.ts';
export {
  recordPayment,
  applyCredits,
  creditBalances,
  type PaymentInput,
  type RecordedPayment,
} from './collection.payments.ts';
export {
  importPaymentFile,
  listPaymentFiles,
  paymentFileById,
  type PaymentFileView,
  type ReconciliationReport,
} from './collection.payment-files.ts';
export { paymentFileRejections } from './collection.payment-files.rejections.ts';
export { sendPaymentNotice, type NoticeInput, type SentNotice } from './collection.payment-notices.ts';
export { listPaymentNotices, type PaymentNoticeView } from './collection.payment-notices.views.ts';
export { paymentNoticeRejections } from './collection.payment-notices.rejections.ts';
export { proposeRefund, decideRefund, listRefunds, refundById } from './collection.refunds.ts';
export { COLLECTION_RECONCILE_CHECKS } from './collection.reconcile.ts';
export { calcLateFee } from './collection.late-fee.calc.ts';
export { personsIn, recordCollectionRead, type CollectionRead } from './collection.reads.ts';
export { paymentRejections, rejectPayment } from './collection.payments.rejections.ts';
