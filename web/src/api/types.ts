/**
 * The foundation's names (docs/api-foundation.md) for the shapes the server declares: sessions and
 * logins (auth), agencies, halls, staff, roles and credential resets (org), the audit trail. Each is
 * an alias of a type generated from the server's schemas (schema.gen.ts), so a field the server
 * renames fails `tsc` in the page that reads it; many pages import them from here.
 */
import type { Answer, Schema } from './typed.ts';

/** Who is logged in, what they may do, and for how long. */
export type Session = Schema<'AuthSession'>;
/** `GET /api/auth/session`: the session, if any, and whether the server runs in demo mode. */
export type SessionInfo = Schema<'AuthSessionInfo'>;
export type SubjectKind = Session['kind'];
/** The hall's account holders. */
export type PublicKind = Exclude<SubjectKind, 'staff'>;

/** A step of the staff login: done, or what the next call must bring. */
export type LoginStep = Schema<'AuthLoginStep'>;
/**
 * A code on its way, as the hall's account opening keeps it between its two steps: opening an
 * account does not say where the code went (`AuthRegisterStarted`), activating one does (`AuthCodeSent`).
 */
export type OtpChallenge = Schema<'AuthRegisterStarted'> & Partial<Pick<Schema<'AuthCodeSent'>, 'sentTo'>>;

export type Agency = Schema<'OrgAgency'>;
export type AgencyLevel = Agency['level'];
export type ActiveStatus = Agency['status'];
/** One version of an agency: what it was from `validFrom` until `validTo`. */
export type AgencyHistoryEntry = Schema<'OrgAgencyVersion'>;

export type OpeningHours = Schema<'OrgOpeningHours'>;
export type ServiceWindow = Schema<'OrgServiceWindow'>;
/** A service point (a hall) with its windows. */
export type ServicePoint = Schema<'OrgServicePoint'>;

/** A staff account as its managers see it. */
export type Staff = Schema<'OrgStaffMember'>;
/** A request to reset an administrator's password and second factor (maker-checker). */
export type CredentialReset = Schema<'OrgCredentialReset'>;

export type Role = Schema<'OrgRole'>;
export type PermissionInfo = Schema<'OrgPermission'>;
/** `GET /api/roles`: every role, and the catalogue of permissions. */
export type RolesAnswer = Answer<'/api/roles'>;

export type AuditEntry = Schema<'AuditEntry'>;
export type AuditOutcome = AuditEntry['outcome'];
/** Whether every link of the audit chain holds, and where the first one breaks. */
export type AuditVerifyResult = Schema<'AuditVerdict'>;
