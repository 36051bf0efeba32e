/** Contributions (缴费申报与核定): declarations, assessment and the collection parameters. One export line per part. */
export * from './contributions.assessment.rules.ts';
export { assessmentRejections } from './contributions.assessment.rejections.ts';
export { collectionParameters, parametersCache, type ParametersCache } from './contributions.parameters.ts';
export { calcContribution } from './contributions.calc.ts';
export {
  assessBackPayment,
  assessDeclaration,
  assessPayers,
  assessUndeclared,
  type BackPaymentInput,
} from './contributions.assessment.ts';
export { declare, type DeclareInput, type DeclarationReceipt } from './contributions.declarations.ts';
export { declarationRejections } from './contributions.declarations.rejections.ts';
export { declarationDetail, listDeclarations } from './contributions.declarations.views.ts';
