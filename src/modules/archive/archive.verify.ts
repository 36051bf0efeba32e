/** `shebao verify-archive`: every stored file re-hashed against the database, every row's seal checked. */
import type { Db } from '../../db/connection.ts';
import type { DataKeys } from '../../kernel/sm-crypto.ts';
import { sm3 } from '../../kernel/sm-crypto.ts';
import type { BlobStore } from './archive.blobs.ts';
import * as repo from './archive.repository.ts';
import { rowSeal } from './archive.rules.ts';

export interface VerifyArchiveResult {
  readonly ok: boolean;
  /** Files re-hashed. */
  readonly checked: number;
  readonly missing: ReadonlyArray<{ sm3: string; refs: string[] }>;
  readonly altered: ReadonlyArray<{ sm3: string; refs: string[] }>;
  /** Archive numbers whose row no longer matches its seal (edited in SQL). */
  readonly rowsAltered: readonly string[];
  /** Files in the store that nothing refers to (expired uploads, rolled-back transactions): not a fault. */
  readonly unreferenced: number;
}

const ROW_BATCH = 500;

/** Re-hashes every file a document or upload refers to, and checks each document row's seal. */
export async function verifyArchive(db: Db, blobs: BlobStore, keys: DataKeys): Promise<VerifyArchiveResult> {
  const refs = await repo.referencedDigests(db);
  const missing: Array<{ sm3: string; refs: string[] }> = [];
  const altered: Array<{ sm3: string; refs: string[] }> = [];
  for (const [digest, labels] of refs) {
    const bytes = await blobs.get(digest);
    if (bytes === null) missing.push({ sm3: digest, refs: labels });
    else if (sm3(bytes) !== digest) altered.push({ sm3: digest, refs: labels });
  }
  let unreferenced = 0;
  for await (const digest of blobs.list()) if (!refs.has(digest)) unreferenced += 1;
  const rowsAltered: string[] = [];
  for (let after = 0; ;) {
    const rows = await repo.documentBatch(db, after, ROW_BATCH);
    if (rows.length === 0) break;
    for (const r of rows) {
      const seal = rowSeal(keys.mac, {
        archiveNo: r.archive_no,
        sm3: r.sm3,
        size: r.size_bytes,
        mediaType: r.media_type,
        fileName: r.file_name,
        documentType: r.document_type,
        retention: r.retention,
        destroyAfter: r.destroy_after,
        caseId: r.case_id,
        caseNumber: r.case_number,
        itemCode: r.item_code,
        materialCode: r.material_code,
        agencyId: r.agency_id,
        subjectKind: r.subject_kind,
        subjectIndex: r.subject_index,
        producedByKind: r.produced_by_kind,
        producedById: r.produced_by_id,
        producedByName: r.produced_by_name,
        supersedesId: r.supersedes_id,
        supersedeReason: r.supersede_reason,
        uploadId: r.upload_id,
        createdAt: r.created_at.toISOString(),
      });
      if (seal !== r.row_seal) rowsAltered.push(r.archive_no);
    }
    after = rows[rows.length - 1]!.id;
  }
  return {
    ok: missing.length === 0 && altered.length === 0 && rowsAltered.length === 0,
    checked: refs.size - missing.length,
    missing,
    altered,
    rowsAltered,
    unreferenced,
  };
}
