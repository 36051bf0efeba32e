/** Tables of the cases module (migration 0006): bundles, cases, materials, steps, slips, alerts. */
import type { ColumnType } from 'kysely';
import type { Defaulted, Id, Instant, InstantNullable, Json } from './common.ts';

export type CaseChannel = 'window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit';
export type CaseStatus = 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
export type CaseSlaState = 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
export type CaseMaterialRequirement = 'required' | 'optional' | 'later';
export type CaseMaterialStatus = 'received' | 'missing' | 'waived' | 'not_provided';
export type CaseApplicantKind = 'person' | 'employer' | 'anonymous';
export type CaseIdentifierType = 'citizen_id' | 'credit_code' | 'other';
export type CaseStepDecision = 'accept' | 'decline' | 'pass' | 'refuse';
export type CaseNoticeKind = 'acceptance_with_missing' | 'decline' | 'supplement_request';
export type CaseAlertKind = 'due_soon' | 'overdue';
export type CaseSweepTrigger = 'schedule' | 'cli' | 'api' | 'bench';

/** A calendar date column: `YYYY-MM-DD` text both ways. */
type DateColumn = string;
type DateNullable = string | null;

export interface CaseSettingsTable {
  id: number;
  due_soon_workdays: Defaulted<number>;
  supply_default_workdays: Defaulted<number>;
  sweep_interval_minutes: Defaulted<number>;
  version: Defaulted<number>;
  updated_at: Instant;
  updated_by: number | null;
}

export interface CaseNumberCounterTable {
  prefix: string;
  last: number;
}

/** What a case keeps of its item version (see `cases.model.ts` WorkflowSnapshot). */
export interface CaseWorkflowTable {
  item_id: number;
  item_version: number;
  item_code: string;
  snapshot: Json<unknown>;
  created_at: Instant;
}

export interface CaseBundleTable {
  id: Id;
  agency_id: number;
  channel: CaseChannel;
  service_point_id: number | null;
  window_id: number | null;
  ticket_id: number | null;
  received_at: Instant;
  received_by: number | null;
  note: string | null;
}

export interface CaseTable {
  id: Id;
  case_number: string;
  bundle_id: number;
  item_id: number;
  item_code: string;
  item_version: number;
  item_name_zh: string;
  item_name_en: string;
  channel: CaseChannel;
  agency_id: number;
  service_point_id: number | null;
  window_id: number | null;
  ticket_id: number | null;
  applicant_kind: CaseApplicantKind;
  public_account_id: number | null;
  applicant_name: string;
  applicant_id_type: CaseIdentifierType;
  applicant_index: string;
  applicant_enc: string;
  applicant_masked: string;
  phone_enc: string | null;
  phone_masked: string | null;
  /** The name and identifier matched the register (or the hall account applied): the case joins that hall. */
  applicant_verified: Defaulted<boolean>;
  /** The reviewer's override under which a name differing from the register's was received. */
  name_override_id: number | null;
  received_at: Instant;
  received_by: number | null;
  owner_staff_id: number | null;
  assigned_staff_id: number | null;
  status: CaseStatus;
  next_step: Defaulted<number>;
  accepted_at: InstantNullable;
  accepted_on: DateNullable;
  promised_days: number;
  paused_workdays: Defaulted<number>;
  paused_since: DateNullable;
  due_on: DateNullable;
  /** The deadline was counted on the provisional calendar (a year without its notice). */
  due_on_provisional: Defaulted<boolean>;
  supply_deadline: DateNullable;
  sla_state: Defaulted<CaseSlaState>;
  sla_changed_at: InstantNullable;
  outcome: 'approved' | 'refused' | 'declined' | null;
  decision_reason: string | null;
  outcome_note: string | null;
  decided_at: InstantNullable;
  decided_by: number | null;
  completed_at: InstantNullable;
  finished_on: DateNullable;
  within_promise: boolean | null;
  version: Defaulted<number>;
  created_at: Instant;
  updated_at: Instant;
}

export interface CaseMaterialTable {
  case_id: number;
  code: string;
  sort: number;
  name_zh: string;
  name_en: string;
  requirement: CaseMaterialRequirement;
  status: CaseMaterialStatus;
  document_id: number | null;
  archive_no: string | null;
  file_name: string | null;
  media_type: string | null;
  supply_deadline: DateNullable;
  reason: string | null;
  received_at: InstantNullable;
  updated_at: Instant;
}

export interface CaseStepTable {
  id: Id;
  case_id: number;
  step_index: number;
  step_code: string;
  staff_id: number;
  decision: CaseStepDecision;
  reason: string | null;
  comment: string | null;
  at: Instant;
}

export interface CaseEventTable {
  id: Id;
  case_id: number;
  at: Instant;
  event: string;
  status_from: CaseStatus | null;
  status_to: CaseStatus | null;
  actor_kind: string;
  actor_id: number | null;
  actor_name: string;
  details: ColumnType<Record<string, unknown>, string | undefined, string>;
}

export interface CaseHandoverTable {
  id: Id;
  case_id: number;
  at: Instant;
  from_staff_id: number | null;
  to_staff_id: number;
  by_staff_id: number;
  reason: string;
}

export interface CaseNoticeTable {
  id: Id;
  bundle_id: number;
  kind: CaseNoticeKind;
  text_zh: string;
  text_en: string;
  document_id: number | null;
  archive_no: string | null;
  created_at: Instant;
  created_by: number | null;
}

export interface CaseNoticeCaseTable {
  notice_id: number;
  case_id: number;
  document_id: number | null;
}

export interface CaseSweepRunTable {
  id: Id;
  trigger: CaseSweepTrigger;
  today: DateColumn;
  started_at: Instant;
  finished_at: InstantNullable;
  changed: number | null;
  alerts_raised: number | null;
}

export interface CaseAlertTable {
  id: Id;
  case_id: number;
  kind: CaseAlertKind;
  due_on: DateColumn;
  raised_at: Instant;
  sweep_id: number | null;
  owner_staff_id: number | null;
  agency_id: number;
  acknowledged_at: InstantNullable;
  acknowledged_by: number | null;
}

export interface CasesTables {
  case_settings: CaseSettingsTable;
  case_number_counters: CaseNumberCounterTable;
  case_workflows: CaseWorkflowTable;
  case_bundles: CaseBundleTable;
  cases: CaseTable;
  case_materials: CaseMaterialTable;
  case_steps: CaseStepTable;
  case_events: CaseEventTable;
  case_handovers: CaseHandoverTable;
  case_notices: CaseNoticeTable;
  case_notice_cases: CaseNoticeCaseTable;
  case_sweep_runs: CaseSweepRunTable;
  case_alerts: CaseAlertTable;
}
