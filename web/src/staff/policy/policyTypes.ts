/** Shapes of the policy API (docs/api-policy.md). Dates are YYYY-MM-DD, values exact decimal strings. */

export type PolicyKind = 'rate' | 'money' | 'integer' | 'text' | 'table';
export type PolicyInsurance = 'pension' | 'medical' | 'unemployment' | 'work_injury' | 'base' | 'collection';
export type PolicyChangeStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export const POLICY_INSURANCES: PolicyInsurance[] = [
  'pension',
  'medical',
  'unemployment',
  'work_injury',
  'base',
  'collection',
];

export interface PolicyKey {
  key: string;
  kind: PolicyKind;
  insurance: PolicyInsurance;
  nameZh: string;
  nameEn: string;
  unit: string;
  description: string;
  local: boolean;
  valueMin: string | null;
  valueMax: string | null;
  allowedValues: string[] | null;
}

export interface ParameterInForce {
  key: string;
  kind: PolicyKind;
  insurance: PolicyInsurance;
  nameZh: string;
  nameEn: string;
  unit: string;
  local: boolean;
  value: string | null;
  region: string | null;
  validFrom: string | null;
  basis: string | null;
}

export interface ParametersInForce {
  region: string;
  on: string;
  parameters: ParameterInForce[];
}

export interface ParameterRow {
  id: number;
  region: string;
  key: string;
  kind: PolicyKind;
  validFrom: string;
  revision: number;
  supersedes: number | null;
  value: string;
  basis: string;
  changeId: number | null;
  createdAt: string;
  superseded: boolean;
}

export interface Step {
  from: string;
  value: string;
  region: string;
}

export interface ParameterHistory {
  key: string;
  region: string;
  rows: ParameterRow[];
  steps: Step[];
}

export interface PolicyChange {
  id: number;
  region: string;
  key: string;
  kind: PolicyKind;
  validFrom: string;
  value: string;
  reason: string;
  basis: string;
  status: PolicyChangeStatus;
  proposedBy: { id: number; name: string };
  proposedAt: string;
  decidedBy: { id: number; name: string } | null;
  decidedAt: string | null;
  decisionNote: string | null;
  current: { value: string; region: string; validFrom: string } | null;
}

export interface ChangeProposal {
  region: string;
  key: string;
  validFrom: string;
  value: string;
  reason: string;
  basis: string;
}
