/** Shapes of the hall's registration API and the public certificate check (docs/registration-plan.md). */

export const SCHEMES = ['pension', 'medical', 'unemployment', 'work_injury'] as const;
export type Scheme = (typeof SCHEMES)[number];

export const REPORTABLE_SEPARATION_REASONS = [
  'resignation',
  'dismissal',
  'contract_end',
  'retirement',
  'other',
] as const;
export type ReportableSeparationReason = (typeof REPORTABLE_SEPARATION_REASONS)[number];

/** What an API key may do, one scope per kind of call (the server's closed list). */
export const API_KEY_SCOPES = [
  'employment.read',
  'employment.write',
  'declarations.write',
  'bills.read',
  'payment_notices.write',
  'payment_notices.read',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export type Gender = 'male' | 'female';
export type CertificateKind = 'employer_registration' | 'employer_insurance' | 'person_insurance';
export type CertificateStatus = 'valid' | 'verification_overdue' | 'superseded' | 'revoked';

export interface Certificate {
  id: number;
  certificateNo: string;
  verifyCode?: string;
  kind: CertificateKind;
  issuedOn: string;
  verifyDueOn: string | null;
  status: 'valid' | 'superseded' | 'revoked';
  /** The status as the public check answers it today (overdue verification included). */
  checkStatus: CertificateStatus;
}

export interface EmployerProfile {
  id: number;
  employerNo: string;
  creditCode: string;
  name: string;
  type: string;
  industryCode: string;
  industryNameZh: string;
  industryNameEn: string;
  riskClass: number;
  legalRepName: string;
  legalRepIdMasked: string;
  address: string;
  contactName: string;
  contactPhoneMasked: string;
  bankName: string | null;
  bankAccountMasked: string | null;
  poolingRegion: string;
  agencyName: string;
  foundedOn: string;
  registeredOn: string;
  status: 'active' | 'suspended' | 'cancelled';
  certificates: Certificate[];
}

export interface Employee {
  personId: number;
  name: string;
  idMasked: string;
  employmentId: number;
  hiredOn: string;
  separatedOn: string | null;
  status: 'active' | 'ended';
  schemes: Scheme[];
}

export interface HireBody {
  citizenId: string;
  name: string;
  gender?: Gender;
  birthDate?: string;
  phone?: string;
  hiredOn: string;
  schemes?: Scheme[];
}

export interface SeparationBody {
  citizenId: string;
  separatedOn: string;
  reason: ReportableSeparationReason;
}

export interface ImportError {
  line: number;
  /** The column as the file's header names it; null for the row as a whole. */
  column: string | null;
  code: string;
  message: string;
}

export interface ImportResult {
  importId: number | null;
  /** `validated`: a dry run found every row correct (nothing applied, nothing recorded). */
  status: 'applied' | 'rejected' | 'validated';
  dryRun: boolean;
  rowCount: number;
  errorCount: number;
  /** At most 1,000; the report holds them all when `errorsTruncated`. */
  errors: ImportError[];
  errorsTruncated: boolean;
  hires: number;
  separations: number;
  personsCreated: number;
  reportAvailable: boolean;
}

export interface ImportRecord {
  id: number;
  fileName: string;
  format: 'xlsx' | 'csv';
  rowCount: number;
  errorCount: number;
  status: 'applied' | 'rejected';
  reportAvailable: boolean;
  createdAt: string;
}

export interface ApiKey {
  id: number;
  prefix: string;
  label: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface EnrolmentEvent {
  event: 'started' | 'suspended' | 'resumed' | 'terminated';
  effectiveOn: string;
  reason?: string | null;
}

export interface Enrolment {
  id: number;
  scheme: Scheme;
  category: 'employee' | 'flexible';
  employer: { id: number; name: string } | null;
  startedOn: string;
  endedOn: string | null;
  status: 'active' | 'suspended' | 'terminated';
  events?: EnrolmentEvent[];
}

export interface Employment {
  id: number;
  employer: { id: number; name: string };
  hiredOn: string;
  separatedOn: string | null;
  separationReason: string | null;
  status: 'active' | 'ended';
}

export type PersonRegistration = { registered: false } | RegisteredPerson;

export interface RegisteredPerson {
  registered: true;
  person: {
    name: string;
    idMasked: string;
    gender: Gender;
    birthDate: string;
    phoneMasked: string | null;
    status: 'active' | 'deceased' | 'merged';
    agency: { id: number; name: string };
  };
  enrolments: Enrolment[];
  employments: Employment[];
}

export interface CertificateCheck {
  certificateNo: string;
  kind: CertificateKind;
  status: CertificateStatus;
  issuedOn: string;
  verifyDueOn: string | null;
  subject: { name: string; creditCode?: string; idMasked?: string };
  statements: string[];
  agencyName: string;
}
