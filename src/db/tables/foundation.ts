/** Tables of the foundation (migrations 0001–0002): organisation, identity, sessions, outbox, audit. */
import type { ColumnType } from 'kysely';
import type { Defaulted, Id, Instant, InstantNullable, Json } from './common.ts';

export interface AgencyTable {
  id: Id;
  code: string;
  name: string;
  /** CHECK (level BETWEEN 1 AND 5): province, prefecture, county, township, community. */
  level: 1 | 2 | 3 | 4 | 5;
  division_code: string;
  parent_id: number | null;
  path: string;
  status: Defaulted<'active' | 'closed'>;
  opened_on: string;
  closed_on: string | null;
  version: Defaulted<number>;
  created_at: Instant;
  updated_at: Instant;
}

export interface AgencyHistoryTable {
  id: Id;
  agency_id: number;
  version: number;
  code: string;
  name: string;
  level: 1 | 2 | 3 | 4 | 5;
  division_code: string;
  parent_id: number | null;
  /** The agency's status at that version (written from the agency row only). */
  status: 'active' | 'closed';
  valid_from: Instant;
  valid_to: InstantNullable;
  changed_by: number | null;
  reason: string;
}

export interface OpeningHours {
  days: number[];
  open: string;
  close: string;
}

export interface ServicePointTable {
  id: Id;
  agency_id: number;
  name: string;
  address: string;
  phone: string | null;
  opening_hours: Json<OpeningHours[]>;
  status: Defaulted<'active' | 'closed'>;
  version: Defaulted<number>;
  created_at: Instant;
  updated_at: Instant;
}

export interface ServiceWindowTable {
  id: Id;
  service_point_id: number;
  number: string;
  name: string;
  status: Defaulted<'active' | 'closed'>;
  created_at: Instant;
}

export interface RoleTable {
  code: string;
  name_zh: string;
  name_en: string;
  kind: 'business' | 'admin';
  sort: number;
}

export interface RolePermissionTable {
  role_code: string;
  permission: string;
}

export interface StaffTable {
  id: Id;
  agency_id: number;
  username: string;
  display_name: string;
  password_hash: string;
  password_changed_at: Instant;
  must_change_password: Defaulted<boolean>;
  totp_secret_enc: string | null;
  totp_enrolled_at: InstantNullable;
  totp_last_step: number | null;
  status: Defaulted<'active' | 'disabled'>;
  is_demo: Defaulted<boolean>;
  last_login_at: InstantNullable;
  version: Defaulted<number>;
  created_at: Instant;
  updated_at: Instant;
}

export interface StaffRoleTable {
  staff_id: number;
  role_code: string;
  granted_by: number | null;
  granted_at: Instant;
}

export interface PasswordHistoryTable {
  id: Id;
  subject_kind: string;
  subject_id: number;
  hash: string;
  created_at: Instant;
}

export interface PublicAccountTable {
  id: Id;
  kind: 'person' | 'employer';
  identifier_index: string;
  identifier_enc: string;
  identifier_masked: string;
  display_name: string;
  phone_enc: string;
  phone_masked: string;
  password_hash: string;
  status: Defaulted<'active' | 'disabled'>;
  created_at: Instant;
  last_login_at: InstantNullable;
}

export type SubjectKind = 'staff' | 'person' | 'employer';

export interface SessionTable {
  id: string;
  subject_kind: SubjectKind;
  subject_id: number;
  csrf_token: string;
  ip: string | null;
  user_agent: string | null;
  created_at: Instant;
  last_seen_at: Instant;
  ended_at: InstantNullable;
}

export type ChallengeStage = 'change_password' | 'totp_enrol' | 'totp' | 'otp' | 'register' | 'phone_change';

export interface LoginChallengeTable {
  id: string;
  subject_kind: SubjectKind;
  subject_id: number;
  stage: ChallengeStage;
  pending_secret_enc: string | null;
  otp_hash: string | null;
  payload: ColumnType<Record<string, unknown> | null, string | null, string | null>;
  attempts: Defaulted<number>;
  created_at: Instant;
  expires_at: Instant;
}

export interface MessageTable {
  id: Id;
  channel: 'sms' | 'email' | 'inbox';
  recipient_enc: string;
  recipient_masked: string;
  purpose: string;
  body_zh: string;
  body_en: string;
  correlation: string | null;
  status: Defaulted<MessageStatus>;
  provider: string | null;
  created_at: Instant;
  sent_at: InstantNullable;
  attempts: Defaulted<number>;
  next_attempt_at: InstantNullable;
  last_error: string | null;
}

/** queued (waiting for its next attempt) → sent, or dead after the last attempt failed. */
export type MessageStatus = 'queued' | 'sent' | 'dead';

export interface AuditLogTable {
  seq: number;
  at: Date;
  actor_kind: string;
  actor_id: number | null;
  actor_name: string;
  agency_id: number | null;
  ip: string | null;
  request_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  outcome: 'success' | 'denied' | 'failed';
  details: Json<Record<string, unknown>>;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface FoundationTables {
  agencies: AgencyTable;
  agency_history: AgencyHistoryTable;
  service_points: ServicePointTable;
  service_windows: ServiceWindowTable;
  roles: RoleTable;
  role_permissions: RolePermissionTable;
  staff: StaffTable;
  staff_roles: StaffRoleTable;
  password_history: PasswordHistoryTable;
  public_accounts: PublicAccountTable;
  sessions: SessionTable;
  login_challenges: LoginChallengeTable;
  messages: MessageTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
}
