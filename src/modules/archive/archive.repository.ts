/** SQL of the archive. Documents are only ever inserted: there is no update or delete here. */
import { sql, type Selectable } from 'kysely';
import type { Executor, Trx } from '../../db/connection.ts';
import type { ArchiveDocumentTable, ArchiveUploadTable } from '../../db/schema.ts';
import type {
  ArchivedDocument,
  ArchiveUse,
  DocumentType,
  PendingUpload,
  RetentionClass,
  UsePurpose,
} from './archive.model.ts';

/** Where a staff member may look: agencies under `path`, and agency-less documents at the top level. */
export interface Scope {
  readonly path: string;
  readonly topLevel: boolean;
}

type DocumentRow = Selectable<ArchiveDocumentTable> & {
  agency_name: string | null;
  agency_path: string | null;
  superseded_by_id: number | null;
};

export function toDocument(row: DocumentRow): ArchivedDocument {
  return {
    id: row.id,
    archiveNo: row.archive_no,
    sm3: row.sm3,
    size: row.size_bytes,
    mediaType: row.media_type,
    documentType: row.document_type,
    fileName: row.file_name,
    createdAt: row.created_at.toISOString(),
    retention: row.retention,
    destroyAfter: row.destroy_after,
    caseId: row.case_id,
    caseNumber: row.case_number,
    itemCode: row.item_code,
    materialCode: row.material_code,
    agencyId: row.agency_id,
    agencyName: row.agency_name,
    subjectKind: row.subject_kind,
    producedBy: { kind: row.produced_by_kind, id: row.produced_by_id, name: row.produced_by_name },
    supersedesId: row.supersedes_id,
    supersededById: row.superseded_by_id,
    supersedeReason: row.supersede_reason,
  };
}

export function toPendingUpload(row: Selectable<ArchiveUploadTable>): PendingUpload {
  return {
    uploadId: row.id,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size_bytes,
    sm3: row.sm3,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
  };
}

function documents(db: Executor) {
  return db
    .selectFrom('archive_documents as d')
    .leftJoin('agencies as a', 'a.id', 'd.agency_id')
    .leftJoin('archive_documents as n', 'n.supersedes_id', 'd.id')
    .selectAll('d')
    .select(['a.name as agency_name', 'a.path as agency_path', 'n.id as superseded_by_id']);
}

/** One document with its agency and successor, or null. */
export async function findDocument(db: Executor, id: number): Promise<(DocumentRow & { row_seal: string }) | null> {
  return (await documents(db).where('d.id', '=', id).executeTakeFirst()) ?? null;
}

/** Locks a document row (a correction takes the lock, so two corrections of one version serialise). */
export async function lockDocument(trx: Trx, id: number) {
  return trx
    .selectFrom('archive_documents')
    .select(['id', 'agency_id'])
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

export async function isSuperseded(db: Executor, id: number): Promise<boolean> {
  const row = await db.selectFrom('archive_documents').select('id').where('supersedes_id', '=', id).executeTakeFirst();
  return row !== undefined;
}

/** The latest documents about one person or employer (by subject blind index), newest first. */
export async function documentsOfSubject(
  db: Executor,
  subjectIndex: string,
  limit: number,
): Promise<ArchivedDocument[]> {
  const rows = await documents(db)
    .where('d.subject_index', '=', subjectIndex)
    .orderBy('d.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toDocument);
}

export async function documentsOfCase(db: Executor, caseId: number): Promise<ArchivedDocument[]> {
  const rows = await documents(db).where('d.case_id', '=', caseId).orderBy('d.id').execute();
  return rows.map(toDocument);
}

/** Next 件号 for an agency, year and retention class; the row lock serialises concurrent archiving. */
export async function nextSequence(
  trx: Trx,
  agencyKey: string,
  year: number,
  retention: RetentionClass,
): Promise<number> {
  const row = await trx
    .insertInto('archive_sequences')
    .values({ agency_key: agencyKey, year, retention, last_no: 1 })
    .onConflict((oc) =>
      oc.columns(['agency_key', 'year', 'retention']).doUpdateSet({ last_no: sql`archive_sequences.last_no + 1` }),
    )
    .returning('last_no')
    .executeTakeFirstOrThrow();
  return row.last_no;
}

export async function agencyCode(db: Executor, agencyId: number): Promise<string | null> {
  const row = await db.selectFrom('agencies').select('code').where('id', '=', agencyId).executeTakeFirst();
  return row?.code ?? null;
}

export interface DocumentFilter {
  subjectIndex?: string | undefined;
  itemCode?: string | undefined;
  documentType?: DocumentType | undefined;
  caseNumber?: string | undefined;
  archiveNo?: string | undefined;
  agencyPath?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  includeSuperseded?: boolean | undefined;
}

/** The scope condition over the aliases `d` (documents) and `a` (their agency). Paths hold no LIKE wildcards. */
function inScope(scope: Scope) {
  const prefix = `${scope.path}%`;
  return scope.topLevel
    ? sql<boolean>`(a.path LIKE ${prefix} OR d.agency_id IS NULL)`
    : sql<boolean>`a.path LIKE ${prefix}`;
}

/** One page of documents in `scope` matching `filter`, newest first, and the total. */
export async function searchDocuments(
  db: Executor,
  scope: Scope,
  filter: DocumentFilter,
  page: number,
  pageSize: number,
): Promise<{ items: ArchivedDocument[]; total: number }> {
  let query = documents(db).where(inScope(scope));
  if (filter.agencyPath) query = query.where('a.path', 'like', `${filter.agencyPath}%`);
  if (filter.subjectIndex) query = query.where('d.subject_index', '=', filter.subjectIndex);
  if (filter.itemCode) query = query.where('d.item_code', '=', filter.itemCode);
  if (filter.documentType) query = query.where('d.document_type', '=', filter.documentType);
  if (filter.caseNumber) query = query.where('d.case_number', '=', filter.caseNumber);
  if (filter.archiveNo) query = query.where('d.archive_no', '=', filter.archiveNo);
  if (filter.from) query = query.where('d.created_at', '>=', filter.from);
  if (filter.to) query = query.where('d.created_at', '<', filter.to);
  if (!filter.includeSuperseded) query = query.where('n.id', 'is', null);
  const total = await query
    .clearSelect()
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  const rows = await query
    .orderBy('d.created_at', 'desc')
    .orderBy('d.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { items: rows.map(toDocument), total: total.n };
}

export async function insertUse(
  trx: Trx,
  use: {
    documentId: number;
    at: Date;
    userKind: string;
    userId: number | null;
    userName: string;
    agencyId: number | null;
    purpose: UsePurpose;
    note: string | null;
    ip: string | null;
    requestId: string | null;
  },
): Promise<number> {
  const row = await trx
    .insertInto('archive_uses')
    .values({
      document_id: use.documentId,
      used_at: use.at,
      user_kind: use.userKind,
      user_id: use.userId,
      user_name: use.userName,
      agency_id: use.agencyId,
      purpose: use.purpose,
      note: use.note,
      ip: use.ip,
      request_id: use.requestId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Use records of documents in `scope`, newest first. */
export async function listUses(
  db: Executor,
  scope: Scope,
  filter: { documentId?: number | undefined; from?: Date | undefined; to?: Date | undefined },
  page: number,
  pageSize: number,
): Promise<{ items: ArchiveUse[]; total: number }> {
  let query = db
    .selectFrom('archive_uses as u')
    .innerJoin('archive_documents as d', 'd.id', 'u.document_id')
    .leftJoin('agencies as a', 'a.id', 'd.agency_id')
    .where(inScope(scope));
  if (filter.documentId !== undefined) query = query.where('u.document_id', '=', filter.documentId);
  if (filter.from) query = query.where('u.used_at', '>=', filter.from);
  if (filter.to) query = query.where('u.used_at', '<', filter.to);
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('u')
    .select(['d.archive_no', 'd.file_name'])
    .orderBy('u.used_at', 'desc')
    .orderBy('u.id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return {
    items: rows.map((r) => ({
      id: r.id,
      documentId: r.document_id,
      archiveNo: r.archive_no,
      fileName: r.file_name,
      usedAt: r.used_at.toISOString(),
      user: { kind: r.user_kind, id: r.user_id, name: r.user_name },
      agencyId: r.agency_id,
      purpose: r.purpose,
      note: r.note,
      ip: r.ip,
    })),
    total: total.n,
  };
}

// Months in China Standard Time; every session runs in UTC (see db/connection.ts).
const monthOf = (column: string) => sql<string>`to_char(${sql.ref(column)} + interval '8 hours', 'YYYY-MM')`;

/** Counts and sizes of documents in `scope` archived in [from, to), by type and by month. */
export async function documentStats(
  db: Executor,
  scope: Scope,
  from: Date,
  to: Date,
  agencyPath: string | undefined,
): Promise<{
  byType: Array<{ documentType: DocumentType; count: number; bytes: number }>;
  byMonth: Array<{ month: string; documentType: DocumentType; count: number }>;
  usesByMonth: Array<{ month: string; count: number }>;
}> {
  const base = () => {
    const query = db
      .selectFrom('archive_documents as d')
      .leftJoin('agencies as a', 'a.id', 'd.agency_id')
      .where(inScope(scope));
    return agencyPath ? query.where('a.path', 'like', `${agencyPath}%`) : query;
  };
  const docs = base().where('d.created_at', '>=', from).where('d.created_at', '<', to);
  const byType = await docs
    .select([
      'd.document_type',
      sql<number>`count(*)::int`.as('n'),
      sql<number>`coalesce(sum(d.size_bytes), 0)::bigint`.as('bytes'),
    ])
    .groupBy('d.document_type')
    .orderBy('d.document_type')
    .execute();
  const byMonth = await docs
    .select([monthOf('d.created_at').as('month'), 'd.document_type', sql<number>`count(*)::int`.as('n')])
    .groupBy([sql`1`, 'd.document_type'])
    .orderBy(sql`1`)
    .orderBy('d.document_type')
    .execute();
  const uses = await base()
    .innerJoin('archive_uses as u', 'u.document_id', 'd.id')
    .where('u.used_at', '>=', from)
    .where('u.used_at', '<', to)
    .select([monthOf('u.used_at').as('month'), sql<number>`count(*)::int`.as('n')])
    .groupBy(sql`1`)
    .orderBy(sql`1`)
    .execute();
  return {
    byType: byType.map((r) => ({ documentType: r.document_type, count: r.n, bytes: Number(r.bytes) })),
    byMonth: byMonth.map((r) => ({ month: r.month, documentType: r.document_type, count: r.n })),
    usesByMonth: uses.map((r) => ({ month: r.month, count: r.n })),
  };
}

/**
 * Locks the uploader's own row (the staff member, or the self-service account) until commit, so
 * that one transaction at a time counts that uploader's quota. `NO KEY UPDATE`, as a login takes
 * it: sessions may still be opened meanwhile.
 */
export async function lockUploader(trx: Trx, kind: 'staff' | 'person' | 'employer', id: number): Promise<void> {
  if (kind === 'staff') await trx.selectFrom('staff').select('id').where('id', '=', id).forNoKeyUpdate().execute();
  else await trx.selectFrom('public_accounts').select('id').where('id', '=', id).forNoKeyUpdate().execute();
}

export async function insertUpload(trx: Trx, row: Selectable<ArchiveUploadTable>): Promise<void> {
  await trx.insertInto('archive_uploads').values(row).execute();
}

export async function findUpload(db: Executor, id: string) {
  return (await db.selectFrom('archive_uploads').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
}

/** The document an upload became, if any. */
export async function documentOfUpload(db: Executor, uploadId: string) {
  return (
    (await db
      .selectFrom('archive_documents')
      .select(['id', 'archive_no'])
      .where('upload_id', '=', uploadId)
      .executeTakeFirst()) ?? null
  );
}

/** Unexpired uploads of one uploader that no document has taken yet. */
export async function countPending(db: Executor, kind: string, id: number, now: Date): Promise<number> {
  const row = await db
    .selectFrom('archive_uploads as up')
    .leftJoin('archive_documents as d', 'd.upload_id', 'up.id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('up.uploader_kind', '=', kind as 'staff')
    .where('up.uploader_id', '=', id)
    .where('up.expires_at', '>', now)
    .where('d.id', 'is', null)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Every digest the database refers to, with the archive numbers or upload ids that use it. */
export async function referencedDigests(db: Executor): Promise<Map<string, string[]>> {
  const refs = new Map<string, string[]>();
  const add = (digest: string, label: string) => refs.set(digest, [...(refs.get(digest) ?? []), label]);
  for (const r of await db.selectFrom('archive_documents').select(['sm3', 'archive_no']).orderBy('id').execute())
    add(r.sm3, r.archive_no);
  for (const r of await db.selectFrom('archive_uploads').select(['sm3', 'id']).orderBy('created_at').execute())
    add(r.sm3, `upload ${r.id}`);
  return refs;
}

/** Document rows in id order after `afterId`, for re-checking their seals in batches. */
export async function documentBatch(db: Executor, afterId: number, limit: number) {
  return db.selectFrom('archive_documents').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute();
}
