/** Pure rules of the audit chain: how an entry is hashed and how a sequence is checked. */
import { hmacSm3, sm3 } from '../../kernel/sm-crypto.ts';
import type { AuditEntry } from './audit.model.ts';

/** JSON with object keys sorted at every depth, so the digest does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** What an entry's link covers: the previous hash and every field of the entry, canonically. */
function linkBody(prevHash: string, entry: AuditEntry): string {
  const body = canonicalJson({
    seq: entry.seq,
    at: entry.at.toISOString(),
    actorKind: entry.actorKind,
    actorId: entry.actorId,
    actorName: entry.actorName,
    agencyId: entry.agencyId,
    ip: entry.ip,
    requestId: entry.requestId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    outcome: entry.outcome,
    details: entry.details,
  });
  return `${prevHash}\n${body}`;
}

/** How an entry's hash is computed from the previous hash and the entry. */
export type EntryHasher = (prevHash: string, entry: AuditEntry) => string;

/**
 * The link of one entry: HMAC-SM3 under the node's chain key of the previous hash and every field,
 * so that only a holder of the key can compute the hash of an edited entry (decision 35).
 */
export function entryHash(key: Uint8Array, prevHash: string, entry: AuditEntry): string {
  return hmacSm3(key, linkBody(prevHash, entry));
}

/** `entryHash` bound to one key. */
export function keyedHasher(key: Uint8Array): EntryHasher {
  return (prevHash, entry) => entryHash(key, prevHash, entry);
}

/**
 * The link before keying (decision 5): plain SM3 of the same text, which anyone can recompute.
 * Kept to verify a chain written before the upgrade once, when it is keyed.
 */
export const legacyEntryHash: EntryHasher = (prevHash, entry) => sm3(linkBody(prevHash, entry));

export interface ChainRow extends AuditEntry {
  readonly prevHash: string;
  readonly hash: string;
}

export type ChainFault =
  | { seq: number; reason: 'gap_in_sequence' }
  | { seq: number; reason: 'broken_link' }
  | { seq: number; reason: 'altered_entry' };

/**
 * Checks one batch of consecutive rows against the hash and sequence number that precede it, each
 * entry's hash recomputed by `hash`. Returns the first fault, or the tip after the batch.
 */
export function checkChainBatch(
  previous: { seq: number; hash: string },
  rows: readonly ChainRow[],
  hash: EntryHasher,
): { fault: ChainFault } | { tip: { seq: number; hash: string } } {
  let tip = previous;
  for (const row of rows) {
    if (row.seq !== tip.seq + 1) return { fault: { seq: tip.seq + 1, reason: 'gap_in_sequence' } };
    if (row.prevHash !== tip.hash) return { fault: { seq: row.seq, reason: 'broken_link' } };
    if (hash(row.prevHash, row) !== row.hash) return { fault: { seq: row.seq, reason: 'altered_entry' } };
    tip = { seq: row.seq, hash: row.hash };
  }
  return { tip };
}
