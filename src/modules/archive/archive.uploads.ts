/**
 * Pending uploads: a file received from staff at the window or from the self-service hall, checked
 * by content and stored, that becomes an archived document when a case takes it (`archiveUpload`).
 */
import crypto from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import { assert } from '../../kernel/assert.ts';
import { sm3 } from '../../kernel/sm-crypto.ts';
import { appendAudit, lockAuditHead, type AuditActor } from '../audit/index.ts';
import { storeDocumentFrom } from './archive.documents.ts';
import {
  PENDING_UPLOADS_MAX,
  UPLOAD_MAX_BYTES,
  UPLOAD_MEDIA_TYPES,
  UPLOAD_TTL_HOURS,
  type ArchivedDocument,
  type ArchiveUploadInput,
  type PendingUpload,
} from './archive.model.ts';
import { rejectArchive } from './archive.rejections.ts';
import * as repo from './archive.repository.ts';
import { checkUpload, cleanFileName } from './archive.rules.ts';

/**
 * `checkUpload`, then a second opinion from file-type, which parses further than the leading
 * signature (a PNG's chunks, a TIFF's directory): content that only starts like an accepted type is
 * refused as well.
 */
export async function inspectUpload(
  bytes: Buffer,
  allowed: readonly string[],
  maxBytes: number,
  fileName?: string,
): Promise<{ mediaType: string }> {
  const checked = checkUpload(bytes, allowed, maxBytes, fileName);
  const parsed = await fileTypeFromBuffer(bytes);
  if (parsed?.mime !== checked.mediaType)
    throw rejectArchive('upload_type_not_accepted', { detected: parsed?.mime ?? null, allowed: [...allowed] });
  return checked;
}

type Uploader = AuditActor & { kind: 'staff' | 'person' | 'employer'; id: number };

function uploaderOf(who: AuditActor): Uploader {
  assert(
    (who.kind === 'staff' || who.kind === 'person' || who.kind === 'employer') && who.id !== null,
    'only a logged-in staff member or public user can upload',
  );
  return who as Uploader;
}

/**
 * Checks a file by content against the upload limits (10 MB; PDF, JPEG, PNG) and stores it as a
 * pending upload of `who`. `agencyId` is the uploader's agency (staff) or null (public users).
 */
export async function storeUpload(
  ctx: AppContext,
  who: AuditActor,
  input: { bytes: Buffer; fileName: string; agencyId: number | null },
): Promise<PendingUpload> {
  const uploader = uploaderOf(who);
  const { mediaType } = await inspectUpload(input.bytes, UPLOAD_MEDIA_TYPES, UPLOAD_MAX_BYTES, input.fileName);
  const fileName = cleanFileName(input.fileName, mediaType);
  return ctx.db.transaction().execute(async (trx) => {
    // Parallel uploads of one uploader wait here and count what the others stored.
    await repo.lockUploader(trx, uploader.kind, uploader.id);
    const now = ctx.clock.now();
    const pending = await repo.countPending(trx, uploader.kind, uploader.id, now);
    if (pending >= PENDING_UPLOADS_MAX) throw rejectArchive('upload_quota_exceeded', { max: PENDING_UPLOADS_MAX });
    const digest = await ctx.blobs.put(input.bytes);
    const row = {
      id: crypto.randomUUID(),
      sm3: digest,
      size_bytes: input.bytes.length,
      media_type: mediaType,
      file_name: fileName,
      uploader_kind: uploader.kind,
      uploader_id: uploader.id,
      uploader_name: uploader.name,
      agency_id: input.agencyId,
      ip: uploader.ip,
      created_at: now,
      expires_at: new Date(now.getTime() + UPLOAD_TTL_HOURS * 3_600_000),
    };
    await repo.insertUpload(trx, row);
    await appendAudit(trx, ctx.clock, who, {
      action: 'upload.store',
      entity: 'archive_upload',
      entityId: row.id,
      details: { fileName, mediaType, size: row.size_bytes, sm3: digest },
    });
    return repo.toPendingUpload(row);
  });
}

function sameUploader(row: { uploader_kind: string; uploader_id: number }, who: AuditActor): boolean {
  return row.uploader_kind === who.kind && row.uploader_id === who.id;
}

/** A pending upload of `who` with what it became, if anything; another's upload is not found. */
export async function getUpload(
  ctx: AppContext,
  who: AuditActor,
  uploadId: string,
): Promise<PendingUpload & { archivedAs: { documentId: number; archiveNo: string } | null }> {
  const row = await repo.findUpload(ctx.db, uploadId);
  if (!row || !sameUploader(row, who)) throw rejectArchive('upload_not_found');
  const archived = await repo.documentOfUpload(ctx.db, uploadId);
  return {
    ...repo.toPendingUpload(row),
    archivedAs: archived ? { documentId: archived.id, archiveNo: archived.archive_no } : null,
  };
}

async function bytesOf(ctx: AppContext, digest: string): Promise<Buffer> {
  const bytes = await ctx.blobs.get(digest);
  if (bytes === null) throw rejectArchive('archive_content_missing');
  if (sm3(bytes) !== digest) throw rejectArchive('archive_content_altered');
  return bytes;
}

/** The bytes of `who`'s own pending upload, for a preview before submitting; audited. */
export async function readUpload(
  ctx: AppContext,
  who: AuditActor,
  uploadId: string,
): Promise<{ upload: PendingUpload; bytes: Buffer }> {
  const row = await repo.findUpload(ctx.db, uploadId);
  if (!row || !sameUploader(row, who)) throw rejectArchive('upload_not_found');
  const bytes = await bytesOf(ctx, row.sm3);
  await ctx.db
    .transaction()
    .execute((trx) =>
      appendAudit(trx, ctx.clock, who, { action: 'upload.read', entity: 'archive_upload', entityId: row.id }),
    );
  return { upload: repo.toPendingUpload(row), bytes };
}

/**
 * Archives a pending upload as a document of a case, in the caller's transaction. Only the uploader
 * may attach it; it must not have expired or been archived; its content is checked again against
 * the material's own accepted types and size.
 */
export async function archiveUpload(
  trx: Trx,
  ctx: AppContext,
  uploadId: string,
  input: ArchiveUploadInput,
): Promise<ArchivedDocument> {
  const row = await repo.findUpload(trx, uploadId);
  if (!row || !sameUploader(row, input.by)) throw rejectArchive('upload_not_found');
  if (row.expires_at.getTime() <= ctx.clock.now().getTime()) throw rejectArchive('upload_expired');
  if (await repo.documentOfUpload(trx, uploadId)) throw rejectArchive('upload_already_archived');
  const bytes = await bytesOf(ctx, row.sm3);
  const { mediaType } = await inspectUpload(bytes, input.allowed, input.maxBytes, row.file_name);
  // Under the writers' lock, look again: a concurrent attach of the same upload may have committed
  // (the unique upload_id would refuse it anyway, but with an error instead of a rejection).
  await lockAuditHead(trx);
  if (await repo.documentOfUpload(trx, uploadId)) throw rejectArchive('upload_already_archived');
  return storeDocumentFrom(
    trx,
    ctx,
    {
      bytes,
      fileName: row.file_name,
      mediaType,
      documentType: input.documentType ?? 'upload',
      retention: input.retention,
      caseId: input.caseId,
      caseNumber: input.caseNumber,
      itemCode: input.itemCode,
      materialCode: input.materialCode ?? null,
      agencyId: input.agencyId,
      subjectKind: input.subjectKind,
      subjectIndex: input.subjectIndex,
      producedBy: input.by,
    },
    uploadId,
  );
}
