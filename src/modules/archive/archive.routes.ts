/** HTTP routes of uploads (staff and the self-service hall) and the business archive (staff). */
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, SESSION_COOKIE, staffOf } from '../../http/access.ts';
import { contentDisposition, readUploadedFile, type UploadRefusals } from '../../http/files.ts';
import { id, idParams, instantOf, instantOrDay, page, pageSizeUpTo } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { common } from '../../kernel/rejection.ts';
import { sm3 } from '../../kernel/sm-crypto.ts';
import { openDocument } from './archive.documents.ts';
import {
  DOCUMENT_TYPES,
  documentTypeCodes,
  RETENTION_CLASSES,
  retentionCodes,
  UPLOAD_MAX_BYTES,
  UPLOAD_MEDIA_TYPES,
  USE_NOTE_LENGTH_MAX,
  USE_PURPOSES,
  usePurposeCodes,
} from './archive.model.ts';
import { rejectArchive } from './archive.rejections.ts';
import {
  archiveDocumentDetail,
  archiveMetaAnswer,
  archivePendingUpload,
  archiveSearchAnswer,
  archiveStatsAnswer,
  archiveUsesAnswer,
  documentContent,
  pendingUploadStatus,
  uploadContent,
} from './archive.responses.ts';
import { archiveStats, documentInScope, getDocument, listArchiveUses, searchArchive } from './archive.search.ts';
import { getUpload, readUpload, storeUpload } from './archive.uploads.ts';

const uploadParams = z.strictObject({ id: z.uuid() });
const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,64}$/);
const when = instantOrDay.optional();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const pageSize = pageSizeUpTo(100);
const UPLOADS_PER_MINUTE = 60;

/** A bare date means the whole day in China Standard Time. */
function sendFile(
  reply: FastifyReply,
  file: { mediaType: string; fileName: string; sm3: string },
  bytes: Buffer,
  kind: 'attachment' | 'inline',
  archiveNo?: string,
): FastifyReply {
  reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition(kind, file.fileName))
    .header('cache-control', 'no-store')
    .header('x-content-sm3', file.sm3);
  if (archiveNo) reply.header('x-archive-no', archiveNo);
  return reply.send(bytes);
}

/** How the archive refuses an upload it cannot read. */
const uploadRefusals: UploadRefusals = {
  notMultipart: () => rejectArchive('upload_not_multipart'),
  malformed: () => rejectArchive('upload_malformed'),
  tooLarge: (maxBytes) => rejectArchive('upload_too_large', { maxBytes }),
};

/** Uploads: multipart, in their own plugin scope so that only this route parses multipart bodies. */
export function uploadRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['archive'];
  const uploader = { authenticated: 'any' as const };
  void app.register(async (instance) => {
    const scope = instance.withTypeProvider<ZodTypeProvider>();
    await scope.register(multipart, { throwFileSizeLimit: true });
    scope.post(
      '/api/uploads',
      {
        config: {
          access: uploader,
          rateLimit: {
            max: UPLOADS_PER_MINUTE,
            timeWindow: '1 minute',
            keyGenerator: (request: FastifyRequest) => {
              const session = request.cookies[SESSION_COOKIE];
              return session ? `session:${sm3(session)}` : request.ip;
            },
          },
        },
        schema: {
          tags,
          summary: 'Upload one file (multipart/form-data, part "file"); staff need case.accept',
          consumes: ['multipart/form-data'],
          response: { 201: archivePendingUpload },
        },
      },
      async (request, reply) => {
        const actor = request.actor;
        if (actor?.kind === 'staff' && !actor.permissions.has('case.accept')) throw common.reject('forbidden');
        const file = await readUploadedFile(request, { maxBytes: UPLOAD_MAX_BYTES }, uploadRefusals);
        const agencyId = actor?.kind === 'staff' ? actor.agencyId : null;
        return reply.status(201).send(await storeUpload(ctx, auditActorOf(request), { ...file, agencyId }));
      },
    );
  });
  app.get(
    '/api/uploads/:id',
    {
      config: { access: uploader },
      schema: {
        tags,
        summary: 'One of my pending uploads',
        params: uploadParams,
        response: { 200: pendingUploadStatus },
      },
    },
    async (request) => getUpload(ctx, auditActorOf(request), request.params.id),
  );
  app.get(
    '/api/uploads/:id/content',
    {
      config: { access: uploader },
      schema: {
        tags,
        summary: 'The bytes of one of my uploads (audited)',
        params: uploadParams,
        response: { 200: uploadContent },
      },
    },
    async (request, reply) => {
      const { upload, bytes } = await readUpload(ctx, auditActorOf(request), request.params.id);
      return sendFile(reply, upload, bytes, 'inline');
    },
  );
}

const searchQuery = z
  .strictObject({
    citizenId: z.string().trim().min(1).max(32).optional(),
    creditCode: z.string().trim().min(1).max(32).optional(),
    itemCode: code.optional(),
    documentType: z.enum(documentTypeCodes).optional(),
    caseNumber: code.optional(),
    archiveNo: code.optional(),
    agencyId: id.optional(),
    from: when,
    to: when,
    includeSuperseded: z.enum(['true', 'false']).optional(),
    page,
    pageSize,
  })
  .refine((q) => !(q.citizenId && q.creditCode), { message: 'search by a person or an employer, not both' });

/** Codes with their Chinese and English labels, as the client lists them. */
function labels<K extends string>(codes: readonly K[], table: Record<K, { zh: string; en: string }>) {
  return codes.map((code) => ({ code, zh: table[code].zh, en: table[code].en }));
}

/** The archive's labels and limits, the documents of my subtree, one document. */
function documentRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['archive'];
  const read = { access: { permission: 'archive.read' as const } };
  app.get(
    '/api/archive/meta',
    {
      config: read,
      schema: {
        tags,
        summary: 'Document types, retention classes, purposes, upload limits',
        response: { 200: archiveMetaAnswer },
      },
    },
    async () => ({
      documentTypes: labels(documentTypeCodes, DOCUMENT_TYPES),
      retentions: labels(retentionCodes, RETENTION_CLASSES),
      purposes: labels(usePurposeCodes, USE_PURPOSES),
      uploadMaxBytes: UPLOAD_MAX_BYTES,
      uploadMediaTypes: UPLOAD_MEDIA_TYPES,
    }),
  );
  app.get(
    '/api/archive/documents',
    {
      config: read,
      schema: {
        tags,
        summary: 'Search the archive (audited)',
        querystring: searchQuery,
        response: { 200: archiveSearchAnswer },
      },
    },
    async (request) => {
      const q = request.query;
      return searchArchive(ctx, staffOf(request), auditActorOf(request), {
        ...q,
        from: instantOf(q.from, false),
        to: instantOf(q.to, true),
        includeSuperseded: q.includeSuperseded === 'true',
      });
    },
  );
  app.get(
    '/api/archive/documents/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One document with its versions (audited)',
        params: idParams,
        response: { 200: archiveDocumentDetail },
      },
    },
    async (request) => getDocument(ctx, staffOf(request), auditActorOf(request), request.params.id),
  );
}

/** A document's content (a use, logged), the uses, and the archive's statistics. */
function documentUseRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['archive'];
  const read = { access: { permission: 'archive.read' as const } };
  app.get(
    '/api/archive/documents/:id/content',
    {
      config: read,
      schema: {
        tags,
        summary: 'Download a document: writes an archive-use record with the purpose',
        params: idParams,
        querystring: z.strictObject({
          purpose: z.enum(usePurposeCodes),
          note: z.string().trim().max(USE_NOTE_LENGTH_MAX).optional(),
          disposition: z.enum(['attachment', 'inline']).default('attachment'),
        }),
        response: { 200: documentContent },
      },
    },
    async (request, reply) => {
      await documentInScope(ctx, staffOf(request), request.params.id);
      const { purpose, note, disposition: kind } = request.query;
      const { document, bytes } = await openDocument(ctx, auditActorOf(request), request.params.id, { purpose, note });
      return sendFile(reply, document, bytes, kind, document.archiveNo);
    },
  );
  app.get(
    '/api/archive/uses',
    {
      config: read,
      schema: {
        tags,
        summary: 'Archive-use records (档案利用登记)',
        querystring: z.strictObject({ documentId: id.optional(), from: when, to: when, page, pageSize }),
        response: { 200: archiveUsesAnswer },
      },
    },
    async (request) => {
      const q = request.query;
      return listArchiveUses(ctx, staffOf(request), auditActorOf(request), {
        ...q,
        from: instantOf(q.from, false),
        to: instantOf(q.to, true),
      });
    },
  );
  app.get(
    '/api/archive/stats',
    {
      config: read,
      schema: {
        tags,
        summary: 'Documents by type and month, uses by month',
        querystring: z.strictObject({ from: month.optional(), to: month.optional(), agencyId: id.optional() }),
        response: { 200: archiveStatsAnswer },
      },
    },
    async (request) => archiveStats(ctx, staffOf(request), request.query),
  );
}

/** The business archive for staff with `archive.read`, within their agency subtree. */
export function archiveRoutes(app: ZodApp, ctx: AppContext): void {
  documentRoutes(app, ctx);
  documentUseRoutes(app, ctx);
}
