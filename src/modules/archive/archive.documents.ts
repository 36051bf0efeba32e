/** Archiving documents, correcting them by supersession, and opening them with a use record. */
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import { decide } from '../../db/decide.ts';
import { assert } from '../../kernel/assert.ts';
import { blindIndex, sm3 } from '../../kernel/sm-crypto.ts';
import { appendAudit, lockAuditHead, type AuditActor } from '../audit/index.ts';
import { normaliseIdentifier } from '../auth/index.ts';
import {
  SUPERSEDE_REASON_LENGTH_MAX,
  USE_NOTE_LENGTH_MAX,
  type ArchivedDocument,
  type StoreDocumentInput,
  type SubjectKind,
  type UsePurpose,
} from './archive.model.ts';
import { rejectArchive } from './archive.rejections.ts';
import * as repo from './archive.repository.ts';
import { archiveNumber, chinaYear, cleanFileName, destroyAfter, rowSeal, sniffMediaType } from './archive.rules.ts';

/** Blind index of a person's citizen ID or an employer's credit code (the auth module's convention). */
export function subjectIndexOf(ctx: AppContext, kind: SubjectKind, identifier: string): string {
  const { normalized } = normaliseIdentifier(ctx, kind, identifier);
  return blindIndex(ctx.keys, `${kind}:${normalized}`);
}

function assertInput(input: StoreDocumentInput): void {
  assert(input.bytes.length > 0, 'an archived document cannot be empty');
  const sniffed = sniffMediaType(input.bytes);
  assert(
    sniffed === null || sniffed === input.mediaType,
    `declared ${input.mediaType} but the content is ${sniffed ?? 'unknown'}`,
  );
  assert(/^[a-z]+\/[a-z0-9.+-]+$/.test(input.mediaType), 'media type must be type/subtype');
  assert((input.subjectKind === null) === (input.subjectIndex === null), 'subject kind and index go together');
}

async function checkSupersedes(
  trx: Trx,
  supersedes: StoreDocumentInput['supersedes'],
): Promise<{ id: number; reason: string } | null> {
  if (!supersedes) return null;
  const reason = supersedes.reason.trim();
  assert(reason.length > 0 && reason.length <= SUPERSEDE_REASON_LENGTH_MAX, 'a correction needs a reason');
  const old = await repo.lockDocument(trx, supersedes.documentId);
  if (!old) throw rejectArchive('archive_document_not_found');
  if (await repo.isSuperseded(trx, old.id)) throw rejectArchive('archive_already_superseded');
  return { id: old.id, reason };
}

/**
 * Archives bytes as a new, immutable document in the caller's transaction: the file goes to the
 * blob store first (a rolled-back transaction leaves an unreferenced file, never a dangling row),
 * then the row with its archive number and seal, then the audit entry. Takes the audit chain's
 * lock before the archive-number lock (see `lockAuditHead` in the audit module).
 */
export async function storeDocument(trx: Trx, ctx: AppContext, input: StoreDocumentInput): Promise<ArchivedDocument> {
  return storeDocumentFrom(trx, ctx, input, null);
}

/** `storeDocument`, remembering the pending upload the bytes came from. */
export async function storeDocumentFrom(
  trx: Trx,
  ctx: AppContext,
  input: StoreDocumentInput,
  uploadId: string | null,
): Promise<ArchivedDocument> {
  assertInput(input);
  // The file first, outside any lock: storing is idempotent, and a rollback leaves it unreferenced.
  const digest = await ctx.blobs.put(input.bytes);
  await lockAuditHead(trx);
  const supersedes = await checkSupersedes(trx, input.supersedes);
  const code = input.agencyId === null ? null : await repo.agencyCode(trx, input.agencyId);
  assert(input.agencyId === null || code !== null, `agency ${input.agencyId} does not exist`);
  const now = ctx.clock.now();
  const year = chinaYear(now);
  const seq = await repo.nextSequence(trx, code ?? 'SYS', year, input.retention);
  const fields = {
    archiveNo: archiveNumber(code, year, input.retention, seq),
    sm3: digest,
    size: input.bytes.length,
    mediaType: input.mediaType,
    fileName: cleanFileName(input.fileName, input.mediaType),
    documentType: input.documentType,
    retention: input.retention,
    destroyAfter: destroyAfter(input.retention, now),
    caseId: input.caseId,
    caseNumber: input.caseNumber,
    itemCode: input.itemCode,
    materialCode: input.materialCode ?? null,
    agencyId: input.agencyId,
    subjectKind: input.subjectKind,
    subjectIndex: input.subjectIndex,
    producedByKind: input.producedBy.kind,
    producedById: input.producedBy.id,
    producedByName: input.producedBy.name,
    supersedesId: supersedes?.id ?? null,
    supersedeReason: supersedes?.reason ?? null,
    uploadId,
    createdAt: now.toISOString(),
  };
  const row = await trx
    .insertInto('archive_documents')
    .values({
      archive_no: fields.archiveNo,
      sm3: fields.sm3,
      size_bytes: fields.size,
      media_type: fields.mediaType,
      file_name: fields.fileName,
      document_type: fields.documentType,
      retention: fields.retention,
      destroy_after: fields.destroyAfter,
      case_id: fields.caseId,
      case_number: fields.caseNumber,
      item_code: fields.itemCode,
      material_code: fields.materialCode,
      agency_id: fields.agencyId,
      subject_kind: fields.subjectKind,
      subject_index: fields.subjectIndex,
      produced_by_kind: fields.producedByKind,
      produced_by_id: fields.producedById,
      produced_by_name: fields.producedByName,
      supersedes_id: fields.supersedesId,
      supersede_reason: fields.supersedeReason,
      upload_id: uploadId,
      created_at: now,
      row_seal: rowSeal(ctx.keys.mac, fields),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(trx, ctx.clock, input.producedBy, {
    action: supersedes ? 'archive.supersede' : 'archive.store',
    entity: 'archive_document',
    entityId: row.id,
    details: {
      archiveNo: fields.archiveNo,
      documentType: fields.documentType,
      caseNumber: fields.caseNumber,
      sm3: digest,
      size: fields.size,
      ...(supersedes ? { supersedesId: supersedes.id, reason: supersedes.reason } : {}),
      ...(uploadId ? { uploadId } : {}),
    },
  });
  const stored = await repo.findDocument(trx, row.id);
  assert(stored !== null, 'the document just stored is readable');
  return repo.toDocument(stored);
}

/** Documents of one case, oldest first, superseded versions included with their links. */
export async function documentsOfCase(db: Executor, caseId: number): Promise<ArchivedDocument[]> {
  return repo.documentsOfCase(db, caseId);
}

/** The latest documents about a person or employer (by subject blind index), newest first. */
export async function documentsOfSubject(db: Executor, subjectIndex: string, limit = 50): Promise<ArchivedDocument[]> {
  return repo.documentsOfSubject(db, subjectIndex, limit);
}

/** Validates the purpose of a use: `other` needs a note; notes are trimmed and bounded. */
export function useOf(use: { purpose: UsePurpose; note?: string | null | undefined }): {
  purpose: UsePurpose;
  note: string | null;
} {
  const note = use.note?.trim() || null;
  if (use.purpose === 'other' && note === null) throw rejectArchive('archive_use_note_required');
  assert(note === null || note.length <= USE_NOTE_LENGTH_MAX, 'use note too long');
  return { purpose: use.purpose, note };
}

/**
 * The bytes of a document, re-hashed against the recorded SM3, with one archive-use record and one
 * audit entry. Whether `who` may read it is the caller's check. An altered or missing file is
 * refused; the failed attempt stays in the audit log.
 */
export async function openDocument(
  ctx: AppContext,
  who: AuditActor,
  documentId: number,
  use: { purpose: UsePurpose; note?: string | null | undefined },
): Promise<{ document: ArchivedDocument; bytes: Buffer }> {
  const purpose = useOf(use);
  const row = await repo.findDocument(ctx.db, documentId);
  if (!row) throw rejectArchive('archive_document_not_found');
  const document = repo.toDocument(row);
  const bytes = await ctx.blobs.get(document.sm3);
  const fault =
    bytes === null ? 'archive_content_missing' : sm3(bytes) !== document.sm3 ? 'archive_content_altered' : null;
  return decide(ctx.db, async (trx) => {
    const details = { archiveNo: document.archiveNo, ...purpose, ...(fault ? { fault } : {}) };
    if (fault) {
      await appendAudit(trx, ctx.clock, who, {
        action: 'archive.use',
        entity: 'archive_document',
        entityId: document.id,
        outcome: 'failed',
        details,
      });
      return rejectArchive(fault, { archiveNo: document.archiveNo });
    }
    await repo.insertUse(trx, {
      documentId: document.id,
      at: ctx.clock.now(),
      userKind: who.kind,
      userId: who.id,
      userName: who.name,
      agencyId: who.agencyId,
      purpose: purpose.purpose,
      note: purpose.note,
      ip: who.ip,
      requestId: who.requestId,
    });
    await appendAudit(trx, ctx.clock, who, {
      action: 'archive.use',
      entity: 'archive_document',
      entityId: document.id,
      details,
    });
    return { document, bytes: bytes as Buffer };
  });
}
