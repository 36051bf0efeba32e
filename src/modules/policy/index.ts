/** The policy module's public face: lookups of effective-dated parameters, the routes. */
export type {
  ParameterRow,
  PolicyChangeStatus,
  PolicyChangeView,
  PolicyKey,
  PolicyKind,
  PolicyQuery,
  PolicyValue,
} from './policy.model.ts';
export { NATIONAL_REGION } from './policy.model.ts';
export {
  parameterHistory,
  parametersInForce,
  policyInteger,
  policyMoney,
  policyRate,
  policyTable,
  policyText,
  policyValue,
  policyValueOrNull,
  type ParameterHistory,
  type ParameterInForce,
} from './policy.lookup.ts';
export { approveChange, listChanges, proposeChange, rejectChange, withdrawChange } from './policy.changes.ts';
export { policyRejections } from './policy.rejections.ts';
export { regionChain } from './policy.rules.ts';
export { TABLE_SCHEMAS, type TableKey, type TableValue } from './policy.tables.ts';
