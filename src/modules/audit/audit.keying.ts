/**
 * The one-time keying of an audit trail linked before decision 35, with plain SM3 that anyone can
 * recompute: the whole chain is first verified under that old algorithm, then every entry is
 * re-linked under the chain key, all in the caller's transaction (the owner's: the application's
 * role may not update entries). `src/chains.ts` decides when; this file does it for the audit trail.
 */
import type { Db, Trx } from '../../db/connection.ts';
import { chainKey } from './audit.chain-key.ts';
import { GENESIS_HASH } from './audit.model.ts';
import { checkChainBatch, entryHash, keyedHasher, legacyEntryHash, type ChainRow } from './audit.rules.ts';
import * as repo from './audit.repository.ts';

/**
 * How a chain is linked, judged by its first and its newest link: `legacy` when both are unkeyed
 * (a chain from before the upgrade), `keyed` when both are keyed; `neither` when they differ or
 * one verifies under neither algorithm. A forger without the key who re-hashes the chain from an
 * edited entry on leaves a keyed first link, so his chain is `neither`, never taken for one to key.
 */
export type LinkKind = 'empty' | 'keyed' | 'legacy' | 'neither';

/** The kind of one link. */
export function linkKindOf(keyed: boolean, legacy: boolean): LinkKind {
  return keyed ? 'keyed' : legacy ? 'legacy' : 'neither';
}

/** The kind of both ends together. */
export function chainKindOf(first: LinkKind, newest: LinkKind): LinkKind {
  return first === newest ? first : 'neither';
}

/**
 * The keying of one chain: how many links it re-made and the old tip; the first fault found; or,
 * when its tip was not unkeyed after all (another server keyed it first), that tip's kind.
 */
export type KeyingOutcome =
  | { readonly keyed: { readonly count: number; readonly legacyHead: string } }
  | { readonly fault: { readonly at: string; readonly reason: string } }
  | { readonly unchanged: LinkKind };

/** The kind of the chain's first and newest links: two rows read, so every start can afford it. */
export async function auditLinkKind(db: Db): Promise<LinkKind> {
  const head = await repo.readHead(db);
  if (head.seq === 0) return 'empty';
  const [first] = await repo.chainBatch(db, 0, 1);
  const [newest] = await repo.chainBatch(db, head.seq - 1, 1);
  if (!first || first.seq !== 1 || !newest || newest.seq !== head.seq || newest.hash !== head.hash) return 'neither';
  const kind = (row: ChainRow): LinkKind =>
    linkKindOf(entryHash(chainKey(), row.prevHash, row) === row.hash, legacyEntryHash(row.prevHash, row) === row.hash);
  return chainKindOf(kind(first), kind(newest));
}

const KEYING_BATCH_ROWS = 5000;

/**
 * Verifies the whole legacy chain and re-links every entry under the chain key, batch by batch,
 * then moves the head; nothing when the tip, read under the head's lock, is not unkeyed. At the
 * first fault it stops and returns it; the caller rolls back.
 */
export async function keyAuditChain(trx: Trx): Promise<KeyingOutcome> {
  const head = await repo.lockHead(trx);
  const kind = await auditLinkKind(trx);
  if (kind !== 'legacy') return { unchanged: kind };
  const hash = keyedHasher(chainKey());
  let legacyTip = { seq: 0, hash: GENESIS_HASH };
  let keyedTip = { seq: 0, hash: GENESIS_HASH };
  for (;;) {
    const rows = await repo.chainBatch(trx, legacyTip.seq, KEYING_BATCH_ROWS);
    if (rows.length === 0) break;
    const outcome = checkChainBatch(legacyTip, rows, legacyEntryHash);
    if ('fault' in outcome) return { fault: { at: `entry ${outcome.fault.seq}`, reason: outcome.fault.reason } };
    const links = rows.map((row) => {
      const link = { seq: row.seq, prevHash: keyedTip.hash, hash: hash(keyedTip.hash, row) };
      keyedTip = { seq: row.seq, hash: link.hash };
      return link;
    });
    await repo.relink(trx, links);
    legacyTip = outcome.tip;
  }
  if (head.seq !== legacyTip.seq || head.hash !== legacyTip.hash)
    return { fault: { at: `entry ${legacyTip.seq + 1}`, reason: 'missing_tail' } };
  await repo.writeHead(trx, keyedTip);
  return { keyed: { count: legacyTip.seq, legacyHead: legacyTip.hash } };
}
