/** What the uploads and archive routes answer (the shapes served in the OpenAPI document). */
import { z } from 'zod';
import { calendarDay, instantText, listOf } from '../../http/response-pieces.ts';
import { fileResponse } from '../../http/responses.ts';
import {
  documentTypeCodes,
  retentionCodes,
  SUBJECT_KINDS,
  UPLOAD_MEDIA_TYPES,
  usePurposeCodes,
} from './archive.model.ts';

const sm3Hex = z.string().describe('SM3 digest of the bytes, 64 hex digits');
const month = z.string().describe('A month YYYY-MM, China time');
/** Who archived or used a document, as the audit trail names them. */
const actorRef = z.object({
  kind: z.string().describe('staff, person, employer, anonymous or system'),
  id: z.number().int().nullable(),
  name: z.string(),
});

/** A file stored but not yet archived (it expires unless a case takes it). */
export const archivePendingUpload = z
  .object({
    uploadId: z.uuid(),
    fileName: z.string(),
    mediaType: z.string().describe('The media type read from the content, not the one the client claimed'),
    size: z.number().int().describe('bytes'),
    sm3: sm3Hex,
    createdAt: instantText,
    expiresAt: instantText,
  })
  .meta({ id: 'ArchivePendingUpload' });

/** `GET /api/uploads/:id`: the upload and what it became. */
export const pendingUploadStatus = archivePendingUpload
  .extend({
    archivedAs: z
      .object({ documentId: z.number().int(), archiveNo: z.string() })
      .nullable()
      .describe('The archived document this upload became, or null while it is pending'),
  })
  .meta({ id: 'ArchivePendingUploadStatus' });

/** One archived, immutable document. */
export const archiveDocument = z
  .object({
    id: z.number().int(),
    archiveNo: z.string().describe('档案号 (DA/T 22): agency code, year, retention code, sequence'),
    sm3: sm3Hex,
    size: z.number().int().describe('bytes'),
    mediaType: z.string(),
    documentType: z.enum(documentTypeCodes),
    fileName: z.string(),
    createdAt: instantText,
    retention: z.enum(retentionCodes),
    destroyAfter: calendarDay.nullable().describe('First day it may be appraised for destruction; null: permanent'),
    caseId: z.number().int().nullable(),
    caseNumber: z.string().nullable(),
    itemCode: z.string().nullable(),
    materialCode: z.string().nullable(),
    agencyId: z.number().int().nullable(),
    agencyName: z.string().nullable(),
    subjectKind: z.enum(SUBJECT_KINDS).nullable(),
    producedBy: actorRef,
    supersedesId: z.number().int().nullable().describe('The version this one corrects'),
    supersededById: z.number().int().nullable().describe('The version that corrects this one'),
    supersedeReason: z.string().nullable(),
  })
  .meta({ id: 'ArchiveDocument' });

/** `GET /api/archive/documents/:id`: the document and every version of it, oldest first. */
export const archiveDocumentDetail = archiveDocument
  .extend({ chain: listOf(archiveDocument) })
  .meta({ id: 'ArchiveDocumentDetail' });

/** `GET /api/archive/documents`. */
export const archiveSearchAnswer = z.object({ items: listOf(archiveDocument), total: z.number().int() });

/** `GET /api/archive/uses`: archive-use records (档案利用登记). */
export const archiveUsesAnswer = z.object({
  items: listOf(
    z
      .object({
        id: z.number().int(),
        documentId: z.number().int(),
        archiveNo: z.string(),
        fileName: z.string(),
        usedAt: instantText,
        user: actorRef,
        agencyId: z.number().int().nullable(),
        purpose: z.enum(usePurposeCodes),
        note: z.string().nullable(),
        ip: z.string().nullable(),
      })
      .meta({ id: 'ArchiveUse' }),
  ),
  total: z.number().int(),
});

const label = <T extends readonly [string, ...string[]]>(codes: T) =>
  listOf(z.object({ code: z.enum(codes), zh: z.string(), en: z.string() }));

/** `GET /api/archive/meta`: the vocabularies and the upload limits. */
export const archiveMetaAnswer = z
  .object({
    documentTypes: label(documentTypeCodes),
    retentions: label(retentionCodes),
    purposes: label(usePurposeCodes),
    uploadMaxBytes: z.number().int(),
    uploadMediaTypes: listOf(z.string()),
  })
  .meta({ id: 'ArchiveMeta' });

/** `GET /api/archive/stats`. */
export const archiveStatsAnswer = z
  .object({
    months: listOf(month).describe('Every month of the period, in order'),
    byType: listOf(
      z.object({ documentType: z.enum(documentTypeCodes), count: z.number().int(), bytes: z.number().int() }),
    ),
    byMonth: listOf(z.object({ month, documentType: z.enum(documentTypeCodes), count: z.number().int() })),
    usesByMonth: listOf(z.object({ month, count: z.number().int() })),
  })
  .meta({ id: 'ArchiveStats' });

/** The bytes of an upload (a preview before submitting). */
export const uploadContent = fileResponse(UPLOAD_MEDIA_TYPES, 'The bytes; headers x-content-sm3 (SM3 digest)');

/** The bytes of an archived document. */
export const documentContent = fileResponse(
  UPLOAD_MEDIA_TYPES,
  'The bytes; headers x-content-sm3 (SM3 digest) and x-archive-no (档案号)',
);
