/** Contribution collection (征缴): the module's public surface. One export line per part. */
export * from './collection.model.ts';
export * from './collection.late-fee.rules.ts';
export * from './collection.assessment.rules.ts';
export { assessmentRejections } from './collection.assessment.rejections.ts';
export { collectionParameters, parametersCache, type ParametersCache } from './collection.parameters.ts';
export { calcContribution } from './collection.calc.ts';
export {
  assessBackPayment,
  assessDeclaration,
  assessPayers,
  assessUndeclared,
  type BackPaymentInput,
} from './collection.assessment.ts';
export { declare, type DeclareInput, type DeclarationReceipt } from './collection.declarations.ts';
export { declarationRejections } from './collection.declarations.rejections.ts';
export { declarationDetail, listDeclarations } from './collection.declarations.views.ts';
export { issueBill, issueBills, type IssuedBill, type IssueBillOptions } from './collection.bills.ts';
export { bookOpeningReceivables } from './collection.bills.opening.ts';
export { billDetail, billsOfPayer, listBills, type BillSummary } from './collection.bills.views.ts';
export { lateFeeRates, LATE_FEE_RATE_KEY } from './collection.late-fee.ts';
export { arrearsRejections } from './collection.arrears.rejections.ts';
export {
  rollArrears,
  arrearsOf,
  payerArrears,
  ROLL_CHUNK,
  type PayerArrears,
  type RollArrearsResult,
} from './collection.arrears.ts';
export { deferralsOf, deferralTermsOf } from './collection.deferrals.terms.ts';
export { deferredRanges, type DeferralTerm } from './collection.deferrals.rules.ts';
export { decideBackPayment, proposeBackPayment } from './collection.back-payments.ts';
export { lateFeeApplies, lateFeeAppliesTo } from './collection.late-fee.applies.ts';
export {
  closeMonth,
  monthCloseById,
  monthCloses,
  settleMonthCloses,
  startMonthClose,
  type MonthCloseRequest,
  type MonthCloseView,
} from './collection.month-close.ts';
export { monthCloseRejections } from './collection.month-close.rejections.ts';
export { buildMonthCloseReport, collectionRate, type MonthCloseReport } from './collection.month-close.report.ts';
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
