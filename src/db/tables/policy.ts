/** Tables of the policy parameters (migration 0015): the key catalogue, parameters, changes. */
import type { Generated } from 'kysely';
import type { Defaulted, Id, Instant, InstantNullable } from './common.ts';

export type PolicyKind = 'rate' | 'money' | 'integer' | 'text' | 'table';
export type PolicyInsurance = 'pension' | 'medical' | 'unemployment' | 'work_injury' | 'base' | 'collection';
export type PolicyChangeStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn';

export interface PolicyKeyTable {
  key: string;
  kind: PolicyKind;
  insurance: PolicyInsurance;
  name_zh: string;
  name_en: string;
  unit: string;
  description: string;
  local: boolean;
  value_min: string | null;
  value_max: string | null;
  allowed_values: string[] | null;
  sort: number;
}

export interface PolicyParameterTable {
  id: Id;
  region_code: string;
  key: string;
  kind: PolicyKind;
  valid_from: string;
  revision: Defaulted<number>;
  supersedes: number | null;
  value: string;
  basis: string;
  change_id: number | null;
  created_at: Generated<Date>;
}

export interface PolicyChangeTable {
  id: Id;
  region_code: string;
  key: string;
  kind: PolicyKind;
  valid_from: string;
  value: string;
  reason: string;
  basis: string;
  status: Defaulted<PolicyChangeStatus>;
  proposed_by: number;
  proposed_at: Instant;
  decided_by: number | null;
  decided_at: InstantNullable;
  decision_note: string | null;
}

export interface PolicyTables {
  policy_keys: PolicyKeyTable;
  policy_parameters: PolicyParameterTable;
  policy_changes: PolicyChangeTable;
}
