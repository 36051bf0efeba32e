/** Tables of insurance registration (migrations 0009, 0027): employers, persons, employment, enrolments, certificates, reads. */
import type { Generated } from 'kysely';
import type { Defaulted, Id, Instant, InstantNullable, Json } from './common.ts';

export interface IndustryTable {
  code: string;
  section: string;
  name_zh: string;
  name_en: string;
  risk_class: number;
}

export interface RegistrationRegionRuleTable {
  region_code: string;
  valid_from: string;
  allow_concurrent_employment: boolean;
  certificate_verify_months: number;
}

export interface EmployerNumberCounterTable {
  region_code: string;
  last_no: number;
}

export interface EmployerTable {
  id: Id;
  employer_no: string;
  credit_code: string;
  identifier_index: string;
  name: string;
  type: 'enterprise' | 'government' | 'institution' | 'individual_business' | 'project';
  industry_code: string;
  risk_class: number;
  legal_rep_name: string;
  legal_rep_id_enc: string;
  legal_rep_id_masked: string;
  address: string;
  contact_name: string;
  contact_phone_enc: string;
  contact_phone_masked: string;
  bank_name: string | null;
  bank_account_enc: string | null;
  bank_account_masked: string | null;
  pooling_region: string;
  agency_id: number;
  founded_on: string;
  registered_on: string;
  status: Defaulted<'active' | 'suspended' | 'cancelled'>;
  status_reason: string | null;
  status_changed_on: string | null;
  case_id: number | null;
  version: Defaulted<number>;
  created_at: Instant;
  updated_at: Instant;
}

/** One changed field of an employer or a person: dated, attributed, grouped per change. */
interface ChangeColumns {
  change_group: number;
  field: string;
  old_value: string | null;
  new_value: string | null;
  effective_on: string;
  reason: string | null;
  case_id: number | null;
  actor_kind: string;
  actor_id: number | null;
  actor_name: string;
  changed_at: Instant;
}

export interface EmployerChangeTable extends ChangeColumns {
  id: Id;
  employer_id: number;
}

export interface PersonTable {
  person_id: Id;
  id_index: string;
  id_enc: string;
  id_masked: string;
  name: string;
  gender: 'male' | 'female';
  birth_date: string;
  nationality: Defaulted<string>;
  hukou_type: 'urban' | 'rural' | null;
  hukou_place: string | null;
  phone_enc: string | null;
  phone_masked: string | null;
  address: string | null;
  bank_name: string | null;
  bank_account_enc: string | null;
  bank_account_masked: string | null;
  agency_id: number;
  status: Defaulted<'active' | 'deceased' | 'merged'>;
  death_date: string | null;
  merged_into: number | null;
  source_channel: 'window' | 'web' | 'api' | 'import' | 'demo';
  case_id: number | null;
  version: Defaulted<number>;
  created_at: Instant;
  updated_at: Instant;
}

export interface PersonChangeTable extends ChangeColumns {
  person_id: number;
  id: Generated<number>;
}

export interface PersonDuplicateFlagTable {
  id: Id;
  person_id: number;
  other_person_id: number;
  status: Defaulted<'open' | 'dismissed' | 'merged'>;
  flagged_at: Instant;
  resolved_at: InstantNullable;
  resolved_by: number | null;
  resolution_note: string | null;
}

export interface PersonMergeTable {
  id: Id;
  survivor_id: number;
  merged_id: number;
  flag_id: number | null;
  status: Defaulted<'proposed' | 'approved' | 'rejected'>;
  reason: string;
  proposed_by: number;
  proposed_at: Instant;
  decided_by: number | null;
  decided_at: InstantNullable;
  decision_note: string | null;
}

export type SeparationReason =
  'resignation' | 'dismissal' | 'contract_end' | 'retirement' | 'death' | 'employer_cancelled' | 'merged' | 'other';

export interface EmploymentTable {
  person_id: number;
  id: Generated<number>;
  employer_id: number;
  hired_on: string;
  separated_on: string | null;
  separation_reason: SeparationReason | null;
  status: Defaulted<'active' | 'ended'>;
  source_channel: 'window' | 'web' | 'api' | 'import' | 'merge' | 'demo';
  merged_from: number | null;
  case_id: number | null;
  import_id: number | null;
  created_at: Instant;
  created_by_kind: string;
  created_by_id: number | null;
  ended_at: InstantNullable;
}

export interface EnrolmentTable {
  person_id: number;
  id: Generated<number>;
  scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
  category: 'employee' | 'flexible';
  employer_id: number | null;
  employment_id: number | null;
  started_on: string;
  ended_on: string | null;
  status: Defaulted<'active' | 'suspended' | 'terminated'>;
  status_reason: string | null;
  pooling_region: string;
  merged_from: number | null;
  created_at: Instant;
  updated_at: Instant;
}

export interface EnrolmentEventTable {
  person_id: number;
  id: Generated<number>;
  enrolment_id: number;
  event: 'started' | 'suspended' | 'resumed' | 'terminated';
  effective_on: string;
  reason: string | null;
  actor_kind: string;
  actor_id: number | null;
  actor_name: string;
  at: Instant;
}

export interface CertificateSequenceTable {
  kind: string;
  year: number;
  last_no: number;
}

export interface CertificateTable {
  id: Id;
  certificate_no: string;
  verify_code: string;
  kind: 'employer_registration' | 'employer_insurance' | 'person_insurance';
  employer_id: number | null;
  person_id: number | null;
  issued_on: string;
  verify_due_on: string | null;
  status: Defaulted<'valid' | 'superseded' | 'revoked'>;
  status_reason: string | null;
  status_changed_at: InstantNullable;
  content: Json<Record<string, unknown>>;
  document_id: number | null;
  issued_by_kind: string;
  issued_by_id: number | null;
  issued_at: Instant;
}

export interface CertificateVerificationTable {
  id: Id;
  certificate_id: number;
  verified_on: string;
  result: 'passed' | 'failed';
  next_due_on: string | null;
  note: string | null;
  staff_id: number;
  at: Instant;
}

export interface EmployerApiKeyTable {
  id: Id;
  employer_id: number;
  prefix: string;
  digest: string;
  label: string;
  scopes: string[];
  created_at: Instant;
  created_by_kind: string;
  created_by_id: number | null;
  last_used_at: InstantNullable;
  revoked_at: InstantNullable;
  revoked_by_kind: string | null;
  revoked_by_id: number | null;
}

export interface IdempotencyRecordTable {
  scope: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: Json<unknown>;
  created_at: Instant;
}

export interface RegistrationImportTable {
  id: Id;
  employer_id: number;
  file_name: string;
  file_sm3: string;
  format: 'xlsx' | 'csv';
  row_count: number;
  error_count: number;
  status: 'applied' | 'rejected';
  report_sm3: string | null;
  report_format: string | null;
  language: 'zh-CN' | 'en';
  channel: 'web' | 'window' | 'cli';
  actor_kind: string;
  actor_id: number | null;
  created_at: Instant;
}

/** One person shown by a read of several persons; `audit_seq` is the audit entry of that read. */
export interface PersonReadTable {
  person_id: number;
  audit_seq: number;
}

/**
 * The claim of an ID number (its blind index) by one person: the index is unique here, across a
 * whole cluster, where a unique index on `persons` (split by person) could not say so (0039).
 */
export interface PersonClaimTable {
  id_index: string;
  person_id: number;
}

export interface RegistrationTables {
  industries: IndustryTable;
  registration_region_rules: RegistrationRegionRuleTable;
  employer_number_counters: EmployerNumberCounterTable;
  employers: EmployerTable;
  employer_changes: EmployerChangeTable;
  persons: PersonTable;
  person_claims: PersonClaimTable;
  person_changes: PersonChangeTable;
  person_duplicate_flags: PersonDuplicateFlagTable;
  person_merges: PersonMergeTable;
  employments: EmploymentTable;
  enrolments: EnrolmentTable;
  enrolment_events: EnrolmentEventTable;
  certificate_sequences: CertificateSequenceTable;
  certificates: CertificateTable;
  certificate_verifications: CertificateVerificationTable;
  employer_api_keys: EmployerApiKeyTable;
  idempotency_records: IdempotencyRecordTable;
  registration_imports: RegistrationImportTable;
  person_reads: PersonReadTable;
}
