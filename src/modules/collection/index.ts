/** Contribution collection (征缴, issue 6): the module's public surface. One export line per part. */
export * from './collection.model.ts';
export * from './collection.late-fee.rules.ts';
export * from './collection.assessment.rules.ts';
export { assessmentRejections } from './collection.assessment.rejections.ts';
export { collectionParameters, parametersCache, type ParametersCache } from './collection.parameters.ts';
export { calcContribution } from './collection.calc.ts';
export { issueBill, issueBills, type IssuedBill, type IssueBillOptions } from './collection.bills.ts';
export { billDetail, billsOfPayer, listBills, type BillSummary } from './collection.bills.views.ts';
