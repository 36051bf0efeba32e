/**
 * `verifyLedger`: recomputes the whole chain from the stored rows, streaming in pages: every
 * entry's hash from the entry and its lines, every batch's Merkle root and batch hash, the links
 * between batches in order, and the head, all under the node's chain key. Reports the first
 * break; stops there.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connection.ts';
import { chainKey } from '../../audit/index.ts';
import {
  GENESIS_HASH,
  keyedHasher,
  merkleRoot,
  type ChainHasher,
  type HashedEntry,
  type HashedLine,
} from './ledger.chain.rules.ts';
import type { Side } from '../ledger.model.ts';

export type ChainBreakReason =
  | 'batch_missing'
  | 'batch_prev_hash_mismatch'
  | 'batch_hash_mismatch'
  | 'merkle_root_mismatch'
  | 'entry_missing'
  | 'entry_count_mismatch'
  | 'entry_hash_mismatch'
  | 'entry_unbalanced'
  | 'head_mismatch';

export interface ChainBreak {
  readonly batchNo: number;
  /** The entry at fault, when the break is an entry's. */
  readonly entryId: number | null;
  readonly reason: ChainBreakReason;
}

export interface LedgerVerification {
  readonly ok: boolean;
  /** Batches and entries checked (up to the break). */
  readonly batches: number;
  readonly entries: number;
  readonly firstBad: ChainBreak | null;
}

export interface VerifyProgress {
  readonly batches: number;
  readonly batchesTotal: number;
  readonly entries: number;
}

/** Entries loaded per page at most (a page holds whole batches; one batch may exceed it alone). */
const pageEntriesMax = 20_000;
const pageBatchesMax = 500;

/** A `journal_batches` row as the chain reads it. */
export interface BatchRow {
  batch_no: number;
  prev_hash: string;
  merkle_root: string;
  entry_count: number;
  batch_hash: string;
}

/** Verifies the journal's hash chain end to end under the node's chain key. */
export async function verifyLedger(
  db: Db,
  options: { onProgress?: (progress: VerifyProgress) => void } = {},
): Promise<LedgerVerification> {
  const hasher = keyedHasher(chainKey());
  const batchesTotal = Number(
    (await sql<{ n: number }>`SELECT count(*)::bigint AS n FROM journal_batches`.execute(db)).rows[0]!.n,
  );
  const state = startOfChain();
  for await (const page of journalPages(db)) {
    for (const batch of page) {
      const bad = checkBatch(batch, state, hasher);
      if (bad) return { ok: false, batches: state.batches, entries: state.entries, firstBad: bad };
    }
    options.onProgress?.({ batches: state.batches, batchesTotal, entries: state.entries });
  }
  const head = await readHead(db);
  const headOk = head.batchNo === state.expectedNo - 1 && head.hash === state.prevHash;
  const firstBad: ChainBreak | null = headOk ? null : { batchNo: head.batchNo, entryId: null, reason: 'head_mismatch' };
  return { ok: headOk, batches: state.batches, entries: state.entries, firstBad };
}

/** The journal head row: the last batch booked and its hash. */
export async function readHead(db: Db): Promise<{ batchNo: number; hash: string }> {
  const { rows } = await sql<{ batch_no: number; hash: string }>`
    SELECT batch_no, hash FROM journal_head WHERE id = 1`.execute(db);
  return { batchNo: rows[0]!.batch_no, hash: rows[0]!.hash };
}

/** One batch as stored, with its entries as stored, in seq order. */
export interface StoredBatch {
  readonly row: BatchRow;
  readonly entries: readonly StoredEntry[];
}

/** Where a walk along the chain stands: the hash to link to, the batch expected next, counts. */
export interface ChainState {
  prevHash: string;
  expectedNo: number;
  batches: number;
  entries: number;
}

/** The state before the first batch. */
export function startOfChain(): ChainState {
  return { prevHash: GENESIS_HASH, expectedNo: 1, batches: 0, entries: 0 };
}

/** The whole journal as stored, in pages of whole batches in batch order. */
export async function* journalPages(db: Db): AsyncGenerator<StoredBatch[]> {
  let after = 0;
  for (;;) {
    const page = await nextPage(db, after);
    if (page.length === 0) return;
    const entries = await entriesOf(db, page[0]!.batch_no, page.at(-1)!.batch_no);
    yield page.map((row) => ({ row, entries: entries.get(row.batch_no) ?? [] }));
    after = page.at(-1)!.batch_no;
  }
}

/** The next batches after `after`, whole, up to about `pageEntriesMax` entries. */
async function nextPage(db: Db, after: number): Promise<BatchRow[]> {
  const { rows } = await sql<BatchRow>`
    SELECT batch_no, prev_hash, merkle_root, entry_count, batch_hash FROM journal_batches
     WHERE batch_no > ${after} ORDER BY batch_no LIMIT ${pageBatchesMax}`.execute(db);
  let total = 0;
  const page: BatchRow[] = [];
  for (const row of rows) {
    if (page.length > 0 && total + row.entry_count > pageEntriesMax) break;
    page.push(row);
    total += row.entry_count;
  }
  return page;
}

/** The entries of batches lo..hi with their lines, by batch, in seq order. */
async function entriesOf(db: Db, lo: number, hi: number): Promise<Map<number, StoredEntry[]>> {
  const entries = await sql<EntryRow>`
    SELECT id, batch_no, seq_in_batch, idempotency_key, content_hash, entry_hash, kind, effective_on, period, booked_at,
           source_module, source_ref, reason, reverses_entry_id, requested_by, approved_by
      FROM journal_entries WHERE batch_no BETWEEN ${lo} AND ${hi} ORDER BY batch_no, seq_in_batch`.execute(db);
  const lines = await sql<{
    entry_id: number;
    line_no: number;
    account_id: number;
    person_id: number | null;
    side: Side;
    amount_fen: number;
  }>`
    SELECT l.entry_id, l.line_no, l.account_id, l.person_id, l.side, l.amount_fen
      FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id
     WHERE e.batch_no BETWEEN ${lo} AND ${hi} ORDER BY l.entry_id, l.line_no`.execute(db);
  const linesOf = new Map<number, HashedLine[]>();
  for (const l of lines.rows) {
    const list = linesOf.get(l.entry_id) ?? [];
    list.push({
      lineNo: l.line_no,
      accountId: l.account_id,
      personId: l.person_id,
      side: l.side,
      amount: l.amount_fen,
    });
    linesOf.set(l.entry_id, list);
  }
  const byBatch = new Map<number, StoredEntry[]>();
  for (const row of entries.rows) {
    const list = byBatch.get(row.batch_no) ?? [];
    list.push({ stored: row.entry_hash, entry: hashedOf(row, linesOf.get(row.id) ?? []) });
    byBatch.set(row.batch_no, list);
  }
  return byBatch;
}

interface EntryRow {
  id: number;
  batch_no: number;
  seq_in_batch: number;
  idempotency_key: string;
  content_hash: string;
  entry_hash: string;
  kind: 'posting' | 'reversal';
  effective_on: string;
  period: string | null;
  booked_at: Date;
  source_module: string;
  source_ref: string;
  reason: string;
  reverses_entry_id: number | null;
  requested_by: number | null;
  approved_by: number | null;
}

export interface StoredEntry {
  readonly stored: string;
  readonly entry: HashedEntry;
}

function hashedOf(row: EntryRow, lines: HashedLine[]): HashedEntry {
  return {
    id: row.id,
    batchNo: row.batch_no,
    seq: row.seq_in_batch,
    idempotencyKey: row.idempotency_key,
    contentHash: row.content_hash,
    kind: row.kind,
    effectiveOn: row.effective_on,
    period: row.period,
    bookedAt: new Date(row.booked_at),
    sourceModule: row.source_module,
    sourceRef: row.source_ref,
    reason: row.reason,
    reversesEntryId: row.reverses_entry_id,
    requestedBy: row.requested_by,
    approvedBy: row.approved_by,
    lines,
  };
}

/**
 * Checks one batch against the chain so far, its leaves and link recomputed by `hasher`; advances
 * the state when it is intact.
 */
export function checkBatch(
  { row: batch, entries }: StoredBatch,
  state: ChainState,
  hasher: ChainHasher,
): ChainBreak | null {
  const at = (reason: ChainBreakReason, entryId: number | null = null): ChainBreak => ({
    batchNo: batch.batch_no,
    entryId,
    reason,
  });
  if (batch.batch_no !== state.expectedNo) return at('batch_missing');
  if (batch.prev_hash !== state.prevHash) return at('batch_prev_hash_mismatch');
  const leaves: string[] = [];
  for (const [i, { stored, entry }] of entries.entries()) {
    if (entry.seq !== i + 1) return at('entry_missing', entry.id);
    const recomputed = hasher.entry(entry);
    if (recomputed !== stored) return at('entry_hash_mismatch', entry.id);
    if (!balanced(entry.lines)) return at('entry_unbalanced', entry.id);
    leaves.push(recomputed);
  }
  if (entries.length !== batch.entry_count) return at('entry_count_mismatch');
  const root = merkleRoot(leaves);
  if (root !== batch.merkle_root) return at('merkle_root_mismatch');
  const hash = hasher.batch(batch.prev_hash, batch.batch_no, batch.entry_count, root);
  if (hash !== batch.batch_hash) return at('batch_hash_mismatch');
  state.prevHash = hash;
  state.expectedNo += 1;
  state.batches += 1;
  state.entries += entries.length;
  return null;
}

function balanced(lines: readonly HashedLine[]): boolean {
  let net = 0;
  for (const line of lines) net += line.side === 'debit' ? line.amount : -line.amount;
  return lines.length >= 2 && net === 0;
}
