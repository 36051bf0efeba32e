/**
 * The one-time keying of a journal booked before decision 35, whose leaves and batch links were
 * plain SM3: the whole chain is verified under that old algorithm, then every entry's leaf, every
 * Merkle root and every batch link is recomputed under the chain key, page by page, in the
 * caller's transaction (the owner's: the application's role may not update the journal).
 * `src/chains.ts` decides when.
 */
import { sql } from 'kysely';
import type { Db, Trx } from '../../../db/connection.ts';
import { chainKey, chainKindOf, linkKindOf, type KeyingOutcome, type LinkKind } from '../../audit/index.ts';
import { checkBatch, journalPages, readHead, startOfChain, type StoredBatch } from './ledger.chain.ts';
import { GENESIS_HASH, keyedHasher, legacyHasher, merkleRoot, type ChainHasher } from './ledger.chain.rules.ts';

/** The kind of the journal's first and newest batch links: two rows read, so every start can afford it. */
export async function journalLinkKind(db: Db): Promise<LinkKind> {
  const head = await readHead(db);
  if (head.batchNo === 0) return 'empty';
  const { rows } = await sql<LinkRow>`
    SELECT batch_no, prev_hash, entry_count, merkle_root, batch_hash FROM journal_batches
     WHERE batch_no IN (1, ${head.batchNo}) ORDER BY batch_no`.execute(db);
  const first = rows[0];
  const newest = rows.at(-1);
  if (first?.batch_no !== 1 || newest?.batch_no !== head.batchNo || newest.batch_hash !== head.hash) return 'neither';
  const keyed = keyedHasher(chainKey());
  const kind = (row: LinkRow): LinkKind => {
    const link = (hasher: ChainHasher) => hasher.batch(row.prev_hash, row.batch_no, row.entry_count, row.merkle_root);
    return linkKindOf(link(keyed) === row.batch_hash, link(legacyHasher) === row.batch_hash);
  };
  return chainKindOf(kind(first), kind(newest));
}

interface LinkRow {
  batch_no: number;
  prev_hash: string;
  entry_count: number;
  merkle_root: string;
  batch_hash: string;
}

interface Relinked {
  readonly entries: { id: number; hash: string }[];
  readonly batches: { batchNo: number; prevHash: string; root: string; hash: string }[];
}

/**
 * Verifies the whole legacy journal and re-makes every leaf, root and link under the chain key,
 * then moves the head; nothing when the tip, read under the head's lock, is not unkeyed. At the
 * first fault it stops and returns it; the caller rolls back.
 */
export async function keyJournal(trx: Trx): Promise<KeyingOutcome> {
  await sql`SELECT 1 FROM journal_head WHERE id = 1 FOR UPDATE`.execute(trx);
  const kind = await journalLinkKind(trx);
  if (kind !== 'legacy') return { unchanged: kind };
  const hasher = keyedHasher(chainKey());
  const legacy = startOfChain();
  let keyedHead = GENESIS_HASH;
  for await (const page of journalPages(trx)) {
    const relinked: Relinked = { entries: [], batches: [] };
    for (const batch of page) {
      const bad = checkBatch(batch, legacy, legacyHasher);
      if (bad) {
        const at = bad.entryId === null ? `batch ${bad.batchNo}` : `batch ${bad.batchNo}, entry ${bad.entryId}`;
        return { fault: { at, reason: bad.reason } };
      }
      keyedHead = relinkBatch(batch, keyedHead, hasher, relinked);
    }
    await writeRelinked(trx, relinked);
  }
  const head = await readHead(trx);
  if (head.batchNo !== legacy.expectedNo - 1 || head.hash !== legacy.prevHash)
    return { fault: { at: `batch ${head.batchNo}`, reason: 'head_mismatch' } };
  await sql`UPDATE journal_head SET hash = ${keyedHead} WHERE id = 1`.execute(trx);
  return { keyed: { count: legacy.batches, legacyHead: legacy.prevHash } };
}

/** The keyed leaves, root and link of one batch after `prevHash`, added to `out`; returns the link. */
function relinkBatch(batch: StoredBatch, prevHash: string, hasher: ChainHasher, out: Relinked): string {
  const leaves = batch.entries.map(({ entry }) => hasher.entry(entry));
  batch.entries.forEach(({ entry }, i) => out.entries.push({ id: entry.id, hash: leaves[i]! }));
  const root = merkleRoot(leaves);
  const hash = hasher.batch(prevHash, batch.row.batch_no, batch.row.entry_count, root);
  out.batches.push({ batchNo: batch.row.batch_no, prevHash, root, hash });
  return hash;
}

async function writeRelinked(trx: Trx, { entries, batches }: Relinked): Promise<void> {
  await sql`
    UPDATE journal_entries AS e SET entry_hash = u.hash
      FROM unnest(${entries.map((e) => e.id)}::bigint[], ${entries.map((e) => e.hash)}::text[]) AS u(id, hash)
     WHERE e.id = u.id`.execute(trx);
  await sql`
    UPDATE journal_batches AS b SET prev_hash = u.prev_hash, merkle_root = u.root, batch_hash = u.hash
      FROM unnest(${batches.map((b) => b.batchNo)}::bigint[], ${batches.map((b) => b.prevHash)}::text[],
        ${batches.map((b) => b.root)}::text[], ${batches.map((b) => b.hash)}::text[]) AS u(batch_no, prev_hash, root, hash)
     WHERE b.batch_no = u.batch_no`.execute(trx);
}
