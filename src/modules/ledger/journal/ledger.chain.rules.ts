/**
 * The journal's hash chain, pure: the canonical form of an entry as booked (its keyed hash is the
 * Merkle leaf), the Merkle root of a batch and the batch hash that links a batch to the one before
 * it. The journal computes these when it books; `verifyLedger` recomputes them from the stored rows.
 *
 * Leaves and links are HMAC-SM3 under the node's chain key (decision 35): whoever edits an entry
 * without the key cannot compute its leaf, so the verifier names that very entry. The Merkle
 * nodes above the leaves stay plain SM3, as a keyed leaf already binds the entry's content.
 */
import { hmacSm3, sm3 } from '../../../kernel/sm-crypto.ts';
import type { Side } from '../ledger.model.ts';

/** The `prev_hash` of the first batch (and the head of an empty journal). */
export const GENESIS_HASH = '0'.repeat(64);

/** One line as stored, in the fields the entry hash covers. */
export interface HashedLine {
  readonly lineNo: number;
  readonly accountId: number;
  readonly personId: number | null;
  readonly side: Side;
  readonly amount: number;
}

/** One entry as stored, in the fields the entry hash covers. */
export interface HashedEntry {
  readonly id: number;
  readonly batchNo: number;
  readonly seq: number;
  readonly idempotencyKey: string;
  readonly contentHash: string;
  readonly kind: 'posting' | 'reversal';
  readonly effectiveOn: string;
  readonly period: string | null;
  readonly bookedAt: Date;
  readonly sourceModule: string;
  readonly sourceRef: string;
  readonly reason: string;
  readonly reversesEntryId: number | null;
  readonly requestedBy: number | null;
  readonly approvedBy: number | null;
  readonly lines: readonly HashedLine[];
}

/**
 * The entry's canonical form: a JSON array in a fixed field order (JSON, not a joined string, so a
 * '|' inside a reason cannot make two different entries print alike).
 */
function entryText(entry: HashedEntry): string {
  const lines = entry.lines.map((l) => [l.lineNo, l.accountId, l.personId, l.side, l.amount]);
  return JSON.stringify([
    'shebao-journal-entry-v1',
    entry.id,
    entry.batchNo,
    entry.seq,
    entry.idempotencyKey,
    entry.contentHash,
    entry.kind,
    entry.effectiveOn,
    entry.period,
    entry.bookedAt.toISOString(),
    entry.sourceModule,
    entry.sourceRef,
    entry.reason,
    entry.reversesEntryId,
    entry.requestedBy,
    entry.approvedBy,
    lines,
  ]);
}

/** What a batch link covers, as 0016_ledger.sql states: prev_hash | batch_no | entry_count | merkle_root. */
function batchText(prevHash: string, batchNo: number, entryCount: number, root: string): string {
  return `${prevHash}|${batchNo}|${entryCount}|${root}`;
}

/** How the chain's leaves and links are computed. */
export interface ChainHasher {
  /** The hash of one entry as booked: its Merkle leaf, stored as `entry_hash`. */
  entry(entry: HashedEntry): string;
  /** The batch hash that links a batch to the one before it. */
  batch(prevHash: string, batchNo: number, entryCount: number, root: string): string;
}

/** Leaves and links as HMAC-SM3 under the node's chain key: how the journal books and verifies. */
export function keyedHasher(key: Uint8Array): ChainHasher {
  return {
    entry: (entry) => hmacSm3(key, entryText(entry)),
    batch: (prevHash, batchNo, entryCount, root) => hmacSm3(key, batchText(prevHash, batchNo, entryCount, root)),
  };
}

/**
 * Leaves and links before keying (decision 16): plain SM3 of the same texts, which anyone can
 * recompute. Kept to verify a journal booked before the upgrade once, when it is keyed.
 */
export const legacyHasher: ChainHasher = {
  entry: (entry) => sm3(entryText(entry)),
  batch: (prevHash, batchNo, entryCount, root) => sm3(batchText(prevHash, batchNo, entryCount, root)),
};

/** Merkle root over the leaves in order: SM3(left ‖ right) pairwise, an odd last leaf promoted unchanged. */
export function merkleRoot(leaves: readonly string[]): string {
  if (leaves.length === 0) return GENESIS_HASH;
  let level = [...leaves];
  while (level.length > 1) {
    const next: string[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const left = level[i]!;
      const right = level[i + 1];
      next.push(right === undefined ? left : sm3(left + right));
    }
    level = next;
  }
  return level[0]!;
}
