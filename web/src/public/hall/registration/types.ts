/**
 * The hall's names for the shapes of its registration API and of the public certificate check
 * (docs/registration-plan.md), each an alias of the type generated from the route's response schema,
 * and the closed lists the forms offer.
 */
import type { BodyOf, Schema } from '../../../api/typed.ts';

/** A certificate as its holder sees it. */
export type Certificate = Schema<'CertificateView'>;
export type CertificateKind = Certificate['kind'];
/** The status as the public check answers it today (overdue verification included). */
export type CertificateStatus = Certificate['checkStatus'];
/** What anyone holding a certificate's number and code may learn. */
export type CertificateCheck = Schema<'CertificateCheck'>;

/** The employer's own record (masked) and its certificates. */
export type EmployerProfile = Schema<'EmployerHallProfile'>;
export type Employee = Schema<'EmploymentEmployee'>;
export type HireBody = BodyOf<'/api/hall/employer/hires'>;
export type SeparationBody = BodyOf<'/api/hall/employer/separations'>;
export type ReportableSeparationReason = SeparationBody['reason'];
export type Scheme = Employee['schemes'][number];
export type Gender = NonNullable<HireBody['gender']>;

export type ImportError = Schema<'RegistrationImportError'>;
export type ImportResult = Schema<'RegistrationImportResult'>;
export type ImportRecord = Schema<'RegistrationImport'>;

export type ApiKey = Schema<'EmployerApiKey'>;
/** A key just created: the full key is in this answer only. */
export type ApiKeyCreated = Schema<'EmployerApiKeyCreated'>;
/** What an API key may do, one scope per kind of call (the server's closed list). */
export type ApiKeyScope = ApiKey['scopes'][number];

/** The insured person's own record, or that none is registered. */
export type PersonRegistration = Schema<'PersonHallRegistration'>;
export type RegisteredPerson = Extract<PersonRegistration, { registered: true }>;
export type Enrolment = RegisteredPerson['enrolments'][number];
export type EnrolmentEvent = Enrolment['events'][number];
export type Employment = RegisteredPerson['employments'][number];

export const SCHEMES = ['pension', 'medical', 'unemployment', 'work_injury'] as const satisfies readonly Scheme[];

export const REPORTABLE_SEPARATION_REASONS = [
  'resignation',
  'dismissal',
  'contract_end',
  'retirement',
  'other',
] as const satisfies readonly ReportableSeparationReason[];

export const API_KEY_SCOPES = [
  'employment.read',
  'employment.write',
  'declarations.write',
  'bills.read',
  'payment_notices.write',
  'payment_notices.read',
] as const satisfies readonly ApiKeyScope[];
