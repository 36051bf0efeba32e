/** The business archive's shapes: documents, pending uploads, use records, and their vocabularies. */
import type { ArchiveDocumentType, ArchiveRetention, ArchiveUsePurpose } from '../../db/schema.ts';
import type { AuditActor } from '../audit/index.ts';

/** Kinds of document a case receives or produces. */
export const DOCUMENT_TYPES = {
  upload: { zh: '申请材料', en: 'Submitted material' },
  application_form: { zh: '申请表', en: 'Application form' },
  acceptance_receipt: { zh: '受理回执', en: 'Acceptance receipt' },
  one_time_notice: { zh: '一次性告知单', en: 'One-time notification slip' },
  decision: { zh: '决定书', en: 'Decision' },
  certificate: { zh: '证明', en: 'Certificate' },
  notice: { zh: '通知书', en: 'Notice' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Record<ArchiveDocumentType, { zh: string; en: string }>;
export type DocumentType = keyof typeof DOCUMENT_TYPES;
export const documentTypeCodes = Object.keys(DOCUMENT_TYPES) as [DocumentType, ...DocumentType[]];

/** Retention classes (保管期限) with their DA/T 22 code and length in years (null: permanent). */
export const RETENTION_CLASSES = {
  permanent: { zh: '永久', en: 'Permanent', code: 'Y', years: null },
  '30y': { zh: '定期30年', en: '30 years', code: 'D30', years: 30 },
  '10y': { zh: '定期10年', en: '10 years', code: 'D10', years: 10 },
  '5y': { zh: '定期5年', en: '5 years', code: 'D5', years: 5 },
} as const satisfies Record<ArchiveRetention, { zh: string; en: string; code: string; years: number | null }>;
export type RetentionClass = keyof typeof RETENTION_CLASSES;
export const retentionCodes = Object.keys(RETENTION_CLASSES) as [RetentionClass, ...RetentionClass[]];

/** Purposes of an archive use (利用目的); `other` needs a note. */
export const USE_PURPOSES = {
  case_handling: { zh: '业务经办', en: 'Case handling' },
  verification: { zh: '核查核对', en: 'Verification' },
  audit: { zh: '审计检查', en: 'Audit or inspection' },
  applicant_request: { zh: '依申请查询', en: 'Request of the person concerned' },
  judicial: { zh: '司法调取', en: 'Judicial request' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Record<ArchiveUsePurpose, { zh: string; en: string }>;
export type UsePurpose = keyof typeof USE_PURPOSES;
export const usePurposeCodes = Object.keys(USE_PURPOSES) as [UsePurpose, ...UsePurpose[]];

/** Whose record a document belongs to. */
export const SUBJECT_KINDS = ['person', 'employer'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** Largest file the upload endpoint takes. */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024;
/** Media types the upload endpoint takes; a material may narrow them further. */
export const UPLOAD_MEDIA_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];
/** How long a pending upload waits to be attached to a case. */
export const UPLOAD_TTL_HOURS = 72;
/** Pending (unarchived, unexpired) uploads one uploader may hold at a time. */
export const PENDING_UPLOADS_MAX = 50;
export const FILE_NAME_LENGTH_MAX = 120;
export const USE_NOTE_LENGTH_MAX = 200;
export const SUPERSEDE_REASON_LENGTH_MAX = 500;

/** One archived, immutable document. */
export interface ArchivedDocument {
  readonly id: number;
  readonly archiveNo: string;
  readonly sm3: string;
  readonly size: number;
  readonly mediaType: string;
  readonly documentType: DocumentType;
  readonly fileName: string;
  readonly createdAt: string;
  readonly retention: RetentionClass;
  readonly destroyAfter: string | null;
  readonly caseId: number | null;
  readonly caseNumber: string | null;
  readonly itemCode: string | null;
  readonly materialCode: string | null;
  readonly agencyId: number | null;
  readonly agencyName: string | null;
  readonly subjectKind: SubjectKind | null;
  readonly producedBy: { readonly kind: string; readonly id: number | null; readonly name: string };
  readonly supersedesId: number | null;
  readonly supersededById: number | null;
  readonly supersedeReason: string | null;
}

/** What `storeDocument` archives. */
export interface StoreDocumentInput {
  bytes: Buffer;
  fileName: string;
  mediaType: string;
  documentType: DocumentType;
  retention: RetentionClass;
  caseId: number | null;
  caseNumber: string | null;
  itemCode: string | null;
  agencyId: number | null;
  subjectKind: SubjectKind | null;
  /** Blind index of the person's or employer's identifier (`subjectIndexOf`). */
  subjectIndex: string | null;
  producedBy: AuditActor;
  /** The checklist material this document is, when it is one. */
  materialCode?: string | null | undefined;
  /** A correction: the document this one replaces, which stays archived. */
  supersedes?: { documentId: number; reason: string } | null | undefined;
}

/** What `archiveUpload` needs besides the upload: the material's limits and the case. */
export interface ArchiveUploadInput {
  /** Who attaches the upload; must be its uploader. */
  by: AuditActor;
  allowed: readonly string[];
  maxBytes: number;
  documentType?: DocumentType | undefined;
  retention: RetentionClass;
  caseId: number | null;
  caseNumber: string | null;
  itemCode: string | null;
  agencyId: number | null;
  subjectKind: SubjectKind | null;
  subjectIndex: string | null;
  materialCode?: string | null | undefined;
}

/** A file stored but not yet archived. */
export interface PendingUpload {
  readonly uploadId: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly size: number;
  readonly sm3: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

/** One archive-use record (档案利用登记). */
export interface ArchiveUse {
  readonly id: number;
  readonly documentId: number;
  readonly archiveNo: string;
  readonly fileName: string;
  readonly usedAt: string;
  readonly user: { readonly kind: string; readonly id: number | null; readonly name: string };
  readonly agencyId: number | null;
  readonly purpose: UsePurpose;
  readonly note: string | null;
  readonly ip: string | null;
}
