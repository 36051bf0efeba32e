/**
 * The policy area's names for the shapes the server declares (docs/api-policy.md), each an alias of
 * a generated type. Dates are YYYY-MM-DD, values exact decimal strings.
 */
import { everyValue } from '../../api/everyValue.ts';
import type { Answer, BodyOf, Schema } from '../../api/typed.ts';

export type PolicyKey = Schema<'PolicyKey'>;
export type ParameterInForce = Schema<'PolicyParameterInForce'>;
/** The parameters in force in a region on a day. */
export type ParametersInForce = Answer<'/api/policy/parameters'>;
export type ParameterRow = Schema<'PolicyParameterRow'>;
/** A value of a parameter from a day on, as the chart draws it. */
export type Step = Schema<'PolicyStep'>;
/** Every revision of a parameter in a region, and the steps of its value over time. */
export type ParameterHistory = Answer<'/api/policy/parameters/{key}/history'>;
export type PolicyChange = Schema<'PolicyChange'>;
/** A change proposed (maker), to be approved by another (checker). */
export type ChangeProposal = BodyOf<'/api/policy/changes'>;

export type PolicyKind = PolicyKey['kind'];
export type PolicyInsurance = PolicyKey['insurance'];
export type PolicyChangeStatus = PolicyChange['status'];

/** The insurances in the order the page groups the parameters. */
export const POLICY_INSURANCES = everyValue<PolicyInsurance>()([
  'pension',
  'medical',
  'unemployment',
  'work_injury',
  'base',
  'collection',
]);
