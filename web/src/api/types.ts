/** Shapes of the foundation API (docs/api-foundation.md). Ids are numbers, dates YYYY-MM-DD. */

export type SubjectKind = 'staff' | 'person' | 'employer';
export type PublicKind = 'person' | 'employer';
export type ActiveStatus = 'active' | 'closed';
export type AgencyLevel = 1 | 2 | 3 | 4 | 5;

export interface AgencyRef {
  id: number;
  code: string;
  name: string;
  level: AgencyLevel;
}

export interface Session {
  kind: SubjectKind;
  id: number;
  displayName: string;
  username?: string;
  identifierMasked?: string;
  csrfToken: string;
  roles: string[];
  permissions: string[];
  agency: AgencyRef | null;
  idleTimeoutSeconds: number;
  /** When the session ends however active it stays (its absolute lifetime). */
  expiresAt: string | null;
}

export interface SessionInfo {
  demo: boolean;
  session: Session | null;
}

export type LoginStep =
  | { status: 'ok' }
  | { status: 'change_password'; challenge: string }
  | { status: 'totp_enrol'; challenge: string; secret: string; otpauthUrl: string; qrDataUrl: string }
  | { status: 'totp'; challenge: string };

export interface OtpChallenge {
  challenge: string;
  /** Where the code went (masked); absent when the server does not say (opening a hall account). */
  sentTo?: string;
}

export interface DemoMessage {
  to: string;
  body: string;
  at: string;
}

export interface Agency {
  id: number;
  code: string;
  name: string;
  level: AgencyLevel;
  divisionCode: string;
  parentId: number | null;
  status: ActiveStatus;
  openedOn: string;
  closedOn: string | null;
  version: number;
}

export interface AgencyHistoryEntry {
  version: number;
  code: string;
  name: string;
  level: AgencyLevel;
  divisionCode: string;
  parentId: number | null;
  status: ActiveStatus;
  validFrom: string;
  validTo: string | null;
  changedBy: number | string | null;
  reason: string;
}

export interface OpeningHours {
  days: number[];
  open: string;
  close: string;
}

export interface ServiceWindow {
  id: number;
  number: string;
  name: string;
  status: ActiveStatus;
}

export interface ServicePoint {
  id: number;
  agencyId: number;
  agencyName: string;
  name: string;
  address: string;
  phone: string | null;
  openingHours: OpeningHours[];
  status: ActiveStatus;
  version: number;
  windows: ServiceWindow[];
}

export interface Staff {
  id: number;
  username: string;
  displayName: string;
  agencyId: number;
  agencyName: string;
  roles: string[];
  status: 'active' | 'disabled';
  /** Failed logins on the account hold back the callers that failed on it. */
  loginThrottled: boolean;
  totpEnrolled: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  /** An administrator: a credential reset needs a second administrator's approval. */
  resetNeedsApproval: boolean;
  version: number;
}

/** A request to reset an administrator's password and second factor (maker-checker). */
export interface CredentialReset {
  id: number;
  staffId: number;
  staffUsername: string;
  staffName: string;
  reason: string;
  requestedById: number;
  requestedByName: string;
  requestedAt: string;
  expiresAt: string;
  status: 'pending' | 'approved' | 'rejected' | 'expired';
  decidedById: number | null;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
}

export interface Role {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: 'business' | 'admin';
  permissions: string[];
}

export interface PermissionInfo {
  code: string;
  /** Administrator permissions can never be given to a business role (not in the contract doc yet). */
  kind?: 'business' | 'admin';
  zh: string;
  en: string;
}

export interface RolesAnswer {
  items: Role[];
  permissions: PermissionInfo[];
}

export type AuditOutcome = 'success' | 'denied' | 'failed';

export interface AuditEntry {
  seq: number;
  at: string;
  actorKind: string | null;
  actorId: number | string | null;
  actorName: string | null;
  agencyId: number | null;
  ip: string | null;
  requestId: string | null;
  action: string;
  entity: string | null;
  entityId: string | number | null;
  outcome: AuditOutcome;
  details: unknown;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  firstBadSeq: number | null;
  reason: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Items<T> {
  items: T[];
}
