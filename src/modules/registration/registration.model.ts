/**
 * Shared shapes of insurance registration: the closed sets every part of the module (employers,
 * persons, employment, enrolment, certificates, imports) and its callers agree on.
 */
import type { SeparationReason } from '../../db/schema.ts';

export type { SeparationReason };

export const EMPLOYER_TYPES = ['enterprise', 'government', 'institution', 'individual_business', 'project'] as const;
export type EmployerType = (typeof EMPLOYER_TYPES)[number];

export const EMPLOYER_STATUSES = ['active', 'suspended', 'cancelled'] as const;
export type EmployerStatus = (typeof EMPLOYER_STATUSES)[number];

export const SCHEMES = ['pension', 'medical', 'unemployment', 'work_injury'] as const;
export type Scheme = (typeof SCHEMES)[number];

/** Schemes a flexible worker (灵活就业) may enrol in without an employer. */
export const FLEXIBLE_SCHEMES = ['pension', 'medical'] as const satisfies readonly Scheme[];

export const ENROLMENT_STATUSES = ['active', 'suspended', 'terminated'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

export const SEPARATION_REASONS = [
  'resignation',
  'dismissal',
  'contract_end',
  'retirement',
  'death',
  'employer_cancelled',
  'merged',
  'other',
] as const satisfies readonly SeparationReason[];

/** Separation reasons a caller may give; the others are set by the system. */
export const REPORTABLE_SEPARATION_REASONS = [
  'resignation',
  'dismissal',
  'contract_end',
  'retirement',
  'other',
] as const satisfies readonly SeparationReason[];
export type ReportableSeparationReason = (typeof REPORTABLE_SEPARATION_REASONS)[number];

export const HUKOU_TYPES = ['urban', 'rural'] as const;
export type HukouType = (typeof HUKOU_TYPES)[number];

export const PERSON_STATUSES = ['active', 'deceased', 'merged'] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

/** Where a registration came from. */
export const REGISTRATION_CHANNELS = ['window', 'web', 'api', 'import'] as const;
export type RegistrationChannel = (typeof REGISTRATION_CHANNELS)[number];

export const CERTIFICATE_KINDS = ['employer_registration', 'employer_insurance', 'person_insurance'] as const;
export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];

/** Limits (ARCHITECTURE rule 6). */
export const IMPORT_ROWS_MAX = 100_000;
export const IMPORT_BYTES_MAX = 20 * 1024 * 1024;
export const PAGE_SIZE_MAX = 100;
export const NAME_LENGTH_MAX = 100;
