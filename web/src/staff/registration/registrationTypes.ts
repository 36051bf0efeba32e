/**
 * The registration area's names for the server's shapes (docs/registration-plan.md,
 * docs/api-registration-*.md), each an alias of the type generated from the route's response schema
 * (`src/modules/registration/*.responses.ts`), and the closed lists the forms offer. Ids are numbers,
 * days `YYYY-MM-DD`, instants ISO strings; personal data arrives masked.
 */
import type { BodyOf, Schema } from '../../api/typed.ts';

export type Industry = Schema<'EmployerIndustry'>;
export type EmployerSummary = Schema<'EmployerSummary'>;
export type EmployerDetail = Schema<'EmployerDetail'>;
export type Employer360 = Schema<'Employer360'>;
export type EmployerType = EmployerDetail['type'];
export type EmployerStatus = EmployerDetail['status'];

export type PersonSummary = Schema<'PersonSummary'>;
export type PersonDetail = Schema<'PersonDetail'>;
export type Person360 = Schema<'Person360'>;
/** Another person with the same name and birth date, flagged when a person is registered. */
export type DuplicateSuspect = Schema<'PersonDuplicateSuspect'>;
export type DuplicateFlag = Schema<'PersonDuplicateFlag'>;
export type Merge = Schema<'PersonMerge'>;
export type PersonStatus = PersonSummary['status'];
export type Gender = PersonSummary['gender'];
export type HukouType = NonNullable<PersonDetail['hukouType']>;
/**
 * How far the clerk reaches the person: the whole record (registered in the agency's subtree), or
 * only what an employment with an employer in the subtree needs (no contact, residence or bank data).
 */
export type PersonReach = Person360['reach'];

/** One changed field of a person or an employer. */
export type ChangeEntry = Schema<'RegistrationChange'>;
export type Employment = Schema<'EmploymentView'>;
export type Employee = Schema<'EmploymentEmployee'>;
export type Enrolment = Schema<'EnrolmentView'>;
/** An enrolment of the person 360 view, with its timeline. */
export type EnrolmentWithEvents = Person360['enrolments'][number];
export type EnrolmentEvent = Schema<'EnrolmentEvent'>;
export type EnrolmentStatus = Enrolment['status'];
export type Scheme = Enrolment['scheme'];
export type SeparationReason = NonNullable<Employment['separationReason']>;

export type Certificate = Schema<'CertificateView'>;
/** A registration certificate due for verification, with its employer. */
export type DueCertificate = Schema<'CertificateDuePage'>['items'][number];
export type CertificateKind = Certificate['kind'];
export type CertificateStatus = Certificate['status'];

export type ImportError = Schema<'RegistrationImportError'>;
export type ImportResult = Schema<'RegistrationImportResult'>;
export type ImportRecord = Schema<'RegistrationImport'>;

/** A hall activation code just issued: the code is in this answer only. */
export type HallActivationIssued = Schema<'HallActivationIssued'>;

export type ApiKey = Schema<'EmployerApiKey'>;
/** A key just created: the full key is in this answer only. */
export type ApiKeyCreated = Schema<'EmployerApiKeyCreated'>;
/** What an API key may do, one scope per kind of call (the server's closed list). */
export type ApiKeyScope = ApiKey['scopes'][number];

export const EMPLOYER_TYPES = [
  'enterprise',
  'government',
  'institution',
  'individual_business',
  'project',
] as const satisfies readonly EmployerType[];

export const SCHEMES = ['pension', 'medical', 'unemployment', 'work_injury'] as const satisfies readonly Scheme[];
/** The schemes a flexible worker enrols in on their own. */
export type FlexibleScheme = BodyOf<'/api/registration/persons/{id}/enrolments'>['scheme'];
export const FLEXIBLE_SCHEMES = ['pension', 'medical'] as const satisfies readonly FlexibleScheme[];

export const HUKOU_TYPES = ['urban', 'rural'] as const satisfies readonly HukouType[];

/** The reasons a clerk or an employer reports; the others are set by the system (death, cancellation, merge). */
export type ReportableSeparationReason =
  BodyOf<'/api/registration/persons/{id}/employments/{employmentId}/separate'>['reason'];
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
