/**
 * Shapes of the registration API (docs/registration-plan.md, docs/api-registration-*.md). Ids are
 * numbers, days `YYYY-MM-DD`, instants ISO strings; personal data arrives masked.
 */
import type { CaseRow, ArchivedDocument } from '../../api/deskTypes.ts';

export const EMPLOYER_TYPES = ['enterprise', 'government', 'institution', 'individual_business', 'project'] as const;
export type EmployerType = (typeof EMPLOYER_TYPES)[number];
export type EmployerStatus = 'active' | 'suspended' | 'cancelled';

export const SCHEMES = ['pension', 'medical', 'unemployment', 'work_injury'] as const;
export type Scheme = (typeof SCHEMES)[number];
export const FLEXIBLE_SCHEMES = ['pension', 'medical'] as const;

export type EnrolmentStatus = 'active' | 'suspended' | 'terminated';
export type PersonStatus = 'active' | 'deceased' | 'merged';
export type Gender = 'male' | 'female';
export const HUKOU_TYPES = ['urban', 'rural'] as const;
export type HukouType = (typeof HUKOU_TYPES)[number];

export const REPORTABLE_SEPARATION_REASONS = [
  'resignation',
  'dismissal',
  'contract_end',
  'retirement',
  'other',
] as const;
export type SeparationReason =
  (typeof REPORTABLE_SEPARATION_REASONS)[number] | 'death' | 'employer_cancelled' | 'merged';

export type CertificateKind = 'employer_registration' | 'employer_insurance' | 'person_insurance';
export type CertificateStatus = 'valid' | 'superseded' | 'revoked';
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

export interface Industry {
  code: string;
  section: string;
  nameZh: string;
  nameEn: string;
  riskClass: number;
}

export interface EmployerSummary {
  id: number;
  employerNo: string;
  creditCode: string;
  name: string;
  type: EmployerType;
  industryCode: string;
  riskClass: number;
  poolingRegion: string;
  agencyId: number;
  agencyName?: string;
  registeredOn: string;
  status: EmployerStatus;
}

export interface EmployerDetail extends EmployerSummary {
  industryNameZh?: string;
  industryNameEn?: string;
  legalRepName: string;
  legalRepIdMasked: string;
  address: string;
  contactName: string;
  contactPhoneMasked: string;
  bankName: string | null;
  bankAccountMasked: string | null;
  foundedOn: string;
  statusReason: string | null;
  statusChangedOn: string | null;
  caseId?: number | null;
  version: number;
}

export interface ChangeEntry {
  group: number;
  field: string;
  oldValue: string | null;
  newValue: string | null;
  effectiveOn: string;
  reason: string | null;
  caseId: number | null;
  actorName: string;
  changedAt: string;
}

export interface Certificate {
  id: number;
  certificateNo: string;
  kind: CertificateKind;
  status: CertificateStatus;
  issuedOn: string;
  verifyDueOn: string | null;
  statusReason?: string | null;
  employerId?: number | null;
  employerName?: string | null;
  creditCode?: string | null;
  personId?: number | null;
  employerNo?: string;
  /** What the public check answers: `valid` turns `verification_overdue` after the due day. */
  checkStatus?: CertificateStatus | 'verification_overdue';
  content?: { subject: { name: string; creditCode?: string; employerNo?: string; idMasked?: string } };
}

export interface Employer360 {
  employer: EmployerDetail;
  counts: { activeEmployees: number; enrolmentsByScheme: Partial<Record<Scheme, number>> };
  certificates: Certificate[];
  openCases: CaseRow[];
  documents: ArchivedDocument[];
  recentChanges: ChangeEntry[];
}

export interface Employee {
  personId: number;
  name: string;
  idMasked: string;
  employmentId: number;
  hiredOn: string;
  separatedOn: string | null;
  separationReason?: SeparationReason | null;
  status: 'active' | 'ended';
  schemes: Scheme[];
}

export interface ImportError {
  line: number;
  field?: string;
  column: string | null;
  code: string;
  message: string;
}

export interface ImportResult {
  importId: number | null;
  /** `validated`: a dry run found nothing wrong. */
  status: 'applied' | 'rejected' | 'validated';
  dryRun?: boolean;
  reportAvailable?: boolean;
  errorsTruncated?: boolean;
  rowCount: number;
  errorCount: number;
  errors: ImportError[];
  hires: number;
  separations: number;
}

export interface ImportRecord {
  id: number;
  fileName: string;
  format: 'xlsx' | 'csv';
  rowCount: number;
  errorCount: number;
  status: 'applied' | 'rejected';
  createdAt: string;
  reportAvailable?: boolean;
}

export interface ApiKey {
  id: number;
  prefix: string;
  label: string;
  scopes: ApiKeyScope[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  active?: boolean;
}

export interface PersonSummary {
  personId: number;
  idMasked: string;
  name: string;
  gender: Gender;
  birthDate: string;
  status: PersonStatus;
  agencyId?: number;
  agencyName?: string;
}

export interface PersonDetail extends PersonSummary {
  nationality: string;
  hukouType: HukouType | null;
  hukouPlace: string | null;
  phoneMasked: string | null;
  address: string | null;
  bankName: string | null;
  bankAccountMasked: string | null;
  deathDate: string | null;
  mergedInto: number | null;
  version: number;
}

export interface DuplicateSuspect {
  personId: number;
  name: string;
  idMasked: string;
}

export interface EnrolmentEvent {
  event: 'started' | 'suspended' | 'resumed' | 'terminated';
  effectiveOn: string;
  reason: string | null;
  actorName?: string;
  at?: string;
}

export interface Enrolment {
  id: number;
  scheme: Scheme;
  category: 'employee' | 'flexible';
  employerId: number | null;
  employerName?: string | null;
  employmentId: number | null;
  startedOn: string;
  endedOn: string | null;
  status: EnrolmentStatus;
  statusReason: string | null;
  poolingRegion: string;
  events?: EnrolmentEvent[];
}

export interface Employment {
  id: number;
  employerId: number;
  employerName: string;
  hiredOn: string;
  separatedOn: string | null;
  separationReason: SeparationReason | null;
  status: 'active' | 'ended';
}

export interface DuplicateFlag {
  id: number;
  person: DuplicateSuspect;
  other: DuplicateSuspect;
  status: 'open' | 'dismissed' | 'merged';
  flaggedAt: string;
  resolutionNote?: string | null;
}

export interface Merge {
  id: number;
  survivorId: number;
  mergedId: number;
  survivor?: DuplicateSuspect;
  merged?: DuplicateSuspect;
  flagId: number | null;
  status: 'proposed' | 'approved' | 'rejected';
  reason: string;
  proposedBy: { id: number; name: string } | number;
  proposedAt: string;
  decidedBy?: { id: number; name: string } | number | null;
  decidedAt?: string | null;
  decisionNote?: string | null;
}

/**
 * How far the clerk reaches the person: the whole record (registered in the agency's subtree), or
 * only what an employment with an employer in the subtree needs (no contact, residence or bank data).
 */
export type PersonReach = 'record' | 'employment';

export interface Person360 {
  reach: PersonReach;
  person: PersonDetail;
  enrolments: Enrolment[];
  employments: Employment[];
  openCases: CaseRow[];
  documents: ArchivedDocument[];
  duplicateFlags: DuplicateFlag[];
  merges: Merge[];
}
