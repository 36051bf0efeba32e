/**
 * The journal's hash chain, pure: the canonical form of an entry as booked (its SM3 is the Merkle
 * leaf), the Merkle root of a batch and the batch hash that links a batch to the one before it.
 * The journal computes these when it books; `verifyLedger` recomputes them from the stored rows.
 */
import { sm3 } from '../../kernel/sm-crypto.ts';
import type { Side } from './ledger.model.ts';

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
 * SM3 of the entry's canonical form: a JSON array in a fixed field order (JSON, not a joined
 * string, so a '|' inside a reason cannot make two different entries print alike).
 */
export function entryHash(entry: HashedEntry): string {
  const lines = entry.lines.map((l) => [l.lineNo, l.accountId, l.personId, l.side, l.amount]);
  return sm3(
    JSON.stringify([
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
    ]),
  );
}

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

/** batch_hash = SM3(prev_hash | batch_no | entry_count | merkle_root), as 0016_ledger.sql states. */
export function batchHash(prevHash: string, batchNo: number, entryCount: number, root: string): string {
  return sm3(`${prevHash}|${batchNo}|${entryCount}|${root}`);
}
