/**
 * Answer shapes that several registration routes share: a person and an employer as every view
 * shows them (personal values masked), a change-history row, an employment and an enrolment, a
 * certificate, and the open cases and archived documents of the 360 views. Each routes file's
 * own answers are in its `*.responses.ts`.
 */
import { z } from 'zod';
import { calendarDay, instantText, listOf } from '../../http/response-pieces.ts';
import { documentTypeCodes, retentionCodes } from '../archive/index.ts';
import {
  CERTIFICATE_KINDS,
  EMPLOYER_STATUSES,
  EMPLOYER_TYPES,
  ENROLMENT_STATUSES,
  HUKOU_TYPES,
  PERSON_STATUSES,
  SCHEMES,
  SEPARATION_REASONS,
} from './registration.model.ts';

const count = z.number().int().nonnegative();
const ref = z.number().int().positive();
const named = z.object({ id: ref, name: z.string() });
const masked = (what: string) => z.string().describe(`${what}, masked (the full value only through reveal)`);

/** Where a record came from (`demo` for seeded data, `merge` for an employment moved by a merge). */
const sourceChannel = z.string().describe('Where the record came from: window, web, api, import, merge, demo');

/** A person in a list: identity (masked) and the handling agency. */
export const personSummaryView = z
  .object({
    id: ref,
    personId: ref.describe('The same as id'),
    name: z.string(),
    gender: z.enum(['male', 'female']),
    birthDate: calendarDay,
    idMasked: masked('The citizen ID'),
    status: z.enum(PERSON_STATUSES),
    agency: named,
    agencyId: ref,
    agencyName: z.string(),
  })
  .meta({ id: 'PersonSummary' });

/** A person's record as staff see it: masked; contact, residence and bank data null when reached through an employment. */
export const personDetailView = personSummaryView
  .extend({
    nationality: z.string().describe('ISO 3166 alpha-3'),
    hukouType: z.enum(HUKOU_TYPES).nullable(),
    hukouPlace: z.string().nullable().describe('Six-digit division code of the household registration'),
    phoneMasked: masked('The phone').nullable(),
    address: z.string().nullable(),
    bankName: z.string().nullable(),
    bankAccountMasked: masked('The bank account').nullable(),
    deathDate: calendarDay.nullable(),
    mergedInto: ref.nullable().describe('The record this one was merged into'),
    sourceChannel,
    caseId: ref.nullable(),
    version: z.number().int().positive(),
    createdAt: instantText,
    updatedAt: instantText,
  })
  .meta({ id: 'PersonDetail' });

/** One changed field of a person or an employer; personal values as masked at the time. */
export const registrationChangeView = z
  .object({
    group: z.number().int().describe('Fields changed together share a group'),
    field: z.string(),
    oldValue: z.string().nullable(),
    newValue: z.string().nullable(),
    effectiveOn: calendarDay,
    reason: z.string().nullable(),
    caseId: ref.nullable(),
    actorName: z.string(),
    changedAt: instantText,
  })
  .meta({ id: 'RegistrationChange' });

/** An enrolment (参保) in one scheme, with an employer or as a flexible worker. */
export const enrolmentView = z
  .object({
    id: ref,
    scheme: z.enum(SCHEMES),
    category: z.enum(['employee', 'flexible']),
    employer: named.nullable(),
    employerId: ref.nullable(),
    employerName: z.string().nullable(),
    employmentId: ref.nullable(),
    startedOn: calendarDay,
    endedOn: calendarDay.nullable(),
    status: z.enum(ENROLMENT_STATUSES),
    statusReason: z.string().nullable(),
    poolingRegion: z.string().describe('Six-digit division code of the pooling region'),
    mergedFrom: ref.nullable().describe('The merged record this enrolment came from'),
  })
  .meta({ id: 'EnrolmentView' });

/** One step of an enrolment's timeline. */
export const enrolmentEventView = z
  .object({
    event: z.enum(['started', 'suspended', 'resumed', 'terminated']),
    effectiveOn: calendarDay,
    reason: z.string().nullable(),
    actorName: z.string(),
    at: instantText,
  })
  .meta({ id: 'EnrolmentEvent' });

/** An employment (劳动关系) of a person with an employer. */
export const employmentView = z
  .object({
    id: ref,
    employer: z.object({ id: ref, name: z.string(), creditCode: z.string(), employerNo: z.string() }),
    employerId: ref,
    employerName: z.string(),
    hiredOn: calendarDay,
    separatedOn: calendarDay.nullable(),
    separationReason: z.enum(SEPARATION_REASONS).nullable(),
    status: z.enum(['active', 'ended']),
    sourceChannel,
    mergedFrom: ref.nullable().describe('The merged record this employment came from'),
  })
  .meta({ id: 'EmploymentView' });

/** An employer as every view shows it: the legal representative's ID, the phone and the account masked. */
export const employerDetailView = z
  .object({
    id: ref,
    employerNo: z.string(),
    creditCode: z.string().describe('Unified social credit code (GB 32100)'),
    name: z.string(),
    type: z.enum(EMPLOYER_TYPES),
    industryCode: z.string().describe('GB/T 4754-2017 division'),
    industryNameZh: z.string(),
    industryNameEn: z.string(),
    riskClass: z.number().int().min(1).max(8).describe('Work-injury risk class'),
    legalRepName: z.string(),
    legalRepIdMasked: masked("The legal representative's ID"),
    address: z.string(),
    contactName: z.string(),
    contactPhoneMasked: masked('The contact phone'),
    bankName: z.string().nullable(),
    bankAccountMasked: masked('The bank account').nullable(),
    poolingRegion: z.string(),
    agencyId: ref,
    agencyName: z.string(),
    foundedOn: calendarDay,
    registeredOn: calendarDay,
    status: z.enum(EMPLOYER_STATUSES),
    statusReason: z.string().nullable(),
    statusChangedOn: calendarDay.nullable(),
    caseId: ref.nullable(),
    version: z.number().int().positive(),
    createdAt: instantText,
    updatedAt: instantText,
  })
  .meta({ id: 'EmployerDetail' });

/** What a certificate states, as printed and as the public check shows it (personal values masked). */
export const certificateContentView = z
  .object({
    titleZh: z.string(),
    titleEn: z.string(),
    subject: z.object({
      kind: z.enum(['employer', 'person']),
      name: z.string(),
      creditCode: z.string().optional(),
      employerNo: z.string().optional(),
      idMasked: z.string().optional(),
    }),
    statements: listOf(z.string()).describe('Lines as printed, in Chinese'),
    asOf: calendarDay,
    agencyName: z.string(),
  })
  .meta({ id: 'CertificateContent' });

/** A certificate's standing as a check shows it: a registration certificate past its verification is overdue. */
export const certificateCheckStatus = z.enum(['valid', 'verification_overdue', 'superseded', 'revoked']);

/** A certificate as staff and its holder see it. */
export const certificateView = z
  .object({
    id: ref,
    certificateNo: z.string(),
    verifyCode: z.string().describe('The code a third party checks the certificate with'),
    kind: z.enum(CERTIFICATE_KINDS),
    employerId: ref.nullable(),
    personId: ref.nullable(),
    issuedOn: calendarDay,
    verifyDueOn: calendarDay.nullable().describe('Registration certificates: the next periodic verification'),
    status: z.enum(['valid', 'superseded', 'revoked']),
    checkStatus: certificateCheckStatus,
    statusReason: z.string().nullable(),
    statusChangedAt: instantText.nullable(),
    content: certificateContentView,
    documentId: ref.nullable().describe('The archived PDF'),
    issuedAt: instantText,
  })
  .meta({ id: 'CertificateView' });

const staffRef = z.object({ id: ref, displayName: z.string() });

/** An open case of the person or employer, as the 360 views list it (the case module's row). */
export const openCaseRow = z.object({
  id: ref,
  caseNumber: z.string(),
  bundleId: ref,
  item: z.object({ code: z.string(), version: z.number().int(), nameZh: z.string(), nameEn: z.string() }),
  channel: z.enum(['window', 'web', 'phone', 'mail', 'kiosk', 'bank', 'home_visit']),
  status: z.enum(['received', 'in_progress', 'waiting_materials', 'completed', 'refused', 'declined']),
  slaState: z.enum(['not_started', 'on_track', 'due_soon', 'overdue', 'paused', 'closed']),
  applicant: z.object({
    kind: z.enum(['person', 'employer', 'anonymous']),
    name: z.string(),
    identifierMasked: z.string(),
  }),
  agency: named,
  receivedAt: instantText,
  acceptedOn: calendarDay.nullable(),
  dueOn: calendarDay.nullable(),
  dueOnProvisional: z.boolean().describe('Counted on the provisional calendar: moves when the notice comes'),
  owner: staffRef.nullable(),
  assignee: staffRef.nullable(),
  version: z.number().int(),
});

/** An archived document of the person or employer, as the 360 views list it (the archive's record). */
export const archivedDocumentRow = z.object({
  id: ref,
  archiveNo: z.string(),
  sm3: z.string().describe('SM3 digest of the bytes, hex'),
  size: count.describe('bytes'),
  mediaType: z.string(),
  documentType: z.enum(documentTypeCodes),
  fileName: z.string(),
  createdAt: instantText,
  retention: z.enum(retentionCodes),
  destroyAfter: calendarDay.nullable(),
  caseId: ref.nullable(),
  caseNumber: z.string().nullable(),
  itemCode: z.string().nullable(),
  materialCode: z.string().nullable(),
  agencyId: ref.nullable(),
  agencyName: z.string().nullable(),
  subjectKind: z.enum(['person', 'employer']).nullable(),
  producedBy: z.object({ kind: z.string(), id: ref.nullable(), name: z.string() }),
  supersedesId: ref.nullable(),
  supersededById: ref.nullable(),
  supersedeReason: z.string().nullable(),
});

/** The full value of one personal field, for the purpose stated (the read is audited). */
export const revealedValue = z.object({ value: z.string().describe('In clear') });

/** A page of a list: the rows and how many there are in all. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: listOf(item), total: count });
}
