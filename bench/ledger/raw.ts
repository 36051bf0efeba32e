/**
 * The raw baseline of the ledger benchmark. A real API books its rows first; the benchmark then
 * captures exactly the rows it wrote (COPY … TO, every column including the generated ids), takes
 * them out again and times a raw COPY of the very same rows into the same tables. So the baseline
 * loads byte-for-byte what the real path wrote, into tables of the same size with the same
 * indexes and constraints, and afterwards the database is in the state the real path left.
 *
 * Taking rows out of the journal is something only a benchmark's scratch database may do.
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/connection.ts';
import type { CopyBatch, Scratch } from '../support/scratch.ts';

/** Where the journal stood before a real run: what it writes is everything above these. */
export interface JournalMark {
  readonly batchNo: number;
  readonly entryId: number;
  readonly rightsId: number;
  readonly versionId: number;
}

export async function journalMark(db: Db): Promise<JournalMark> {
  const { rows } = await sql<{ b: number; e: number; r: number; v: number }>`
    SELECT (SELECT coalesce(max(batch_no), 0) FROM journal_batches)::bigint AS b,
           (SELECT coalesce(max(id), 0) FROM journal_entries)::bigint AS e,
           (SELECT coalesce(max(id), 0) FROM rights_records)::bigint AS r,
           (SELECT coalesce(max(id), 0) FROM rights_record_versions)::bigint AS v`.execute(db);
  const row = rows[0]!;
  return { batchNo: row.b, entryId: row.e, rightsId: row.r, versionId: row.v };
}

/** The columns of each table in the benchmark's COPY text, every column, in table order. */
const COLUMNS = {
  journal_batches: 'batch_no, prev_hash, merkle_root, entry_count, batch_hash, booked_at, source',
  journal_entries:
    'id, batch_no, seq_in_batch, idempotency_key, content_hash, entry_hash, kind, effective_on, period, booked_at, ' +
    'source_module, source_ref, reason, reverses_entry_id, requested_by, approved_by',
  journal_lines: 'entry_id, line_no, account_id, person_id, side, amount_fen, effective_on, booked_at',
  rights_records:
    'person_id, id, scheme, period, employer_id, region_code, base_fen, employer_fen, employee_fen, ' +
    'account_credit_fen, status, source, entry_id, paid_on, due_on, updated_at',
  // Every column but the generated payer_id (COPY cannot write it; the database computes it).
  rights_record_versions:
    'person_id, id, scheme, period, employer_id, rights_version, recorded_at, status, region_code, base_fen, ' +
    'employer_fen, employee_fen, account_credit_fen, source, entry_id, paid_on, due_on',
} as const;

type Table = keyof typeof COLUMNS;

function where(table: Table, mark: JournalMark): string {
  switch (table) {
    case 'journal_batches':
      return `batch_no > ${mark.batchNo}`;
    case 'journal_entries':
      return `id > ${mark.entryId}`;
    case 'journal_lines':
      return `entry_id > ${mark.entryId}`;
    case 'rights_records':
      return `id > ${mark.rightsId}`;
    case 'rights_record_versions':
      return `id > ${mark.versionId}`;
  }
}

/** The rows of COPY text: one per newline byte. */
function lineCount(bytes: Buffer): number {
  let n = 0;
  for (let at = bytes.indexOf(10); at >= 0; at = bytes.indexOf(10, at + 1)) n++;
  return n;
}

/** The rows a real run wrote above `mark`, as COPY batches in foreign-key order, with counts. */
export async function captureSince(
  scratch: Scratch,
  mark: JournalMark,
  tables: readonly Table[],
): Promise<{ batches: CopyBatch[]; rows: Record<string, number> }> {
  const batches: CopyBatch[] = [];
  const rows: Record<string, number> = {};
  for (const table of tables) {
    const order = table === 'journal_lines' ? 'entry_id, line_no' : table === 'journal_batches' ? 'batch_no' : 'id';
    const text = await scratch.copyOut(
      `SELECT ${COLUMNS[table]} FROM ${table} WHERE ${where(table, mark)} ORDER BY ${order}`,
    );
    batches.push({ table, columns: COLUMNS[table], text });
    rows[table] = lineCount(text);
  }
  return { batches, rows };
}

/**
 * Takes the captured rows out again: TRUNCATE when the tables held nothing before the mark (so the
 * raw load meets new, empty tables as the real run did), else DELETE children first (the caller
 * then settles, so that the raw load reuses the space).
 */
export async function removeSince(db: Db, mark: JournalMark, tables: readonly Table[]): Promise<void> {
  if (mark.batchNo === 0 && mark.entryId === 0 && mark.rightsId === 0 && mark.versionId === 0) {
    const truncated = await sql
      .raw(`TRUNCATE ${tables.join(', ')}`)
      .execute(db)
      .then(() => true)
      .catch(() => false);
    if (truncated) return;
  }
  // Nothing references the rows taken out (they are the newest), but the foreign-key checks of a
  // DELETE on journal_entries would scan rights_records once per row (entry_id has no index):
  // a superuser skips them for this transaction.
  const { rows } = await sql<{ superuser: string }>`SELECT current_setting('is_superuser') AS superuser`.execute(db);
  await db.transaction().execute(async (trx) => {
    if (rows[0]?.superuser === 'on') await sql`SET LOCAL session_replication_role = replica`.execute(trx);
    for (const table of [...tables].reverse())
      await sql.raw(`DELETE FROM ${table} WHERE ${where(table, mark)}`).execute(trx);
  });
}

/** VACUUM ANALYZE, and a CHECKPOINT on PostgreSQL, so that no timed phase pays for the one before. */
export async function settle(scratch: Scratch): Promise<void> {
  await sql`VACUUM ANALYZE`.execute(scratch.connection.db);
  if (scratch.connection.driver === 'postgres')
    await sql`CHECKPOINT`.execute(scratch.connection.db).catch(() => undefined);
}
