/** Appending to, searching and verifying the audit trail. */
import type { Clock } from '../../kernel/clock.ts';
import type { Db, Trx } from '../../db/connection.ts';
import { chainKey } from './audit.chain-key.ts';
import { GENESIS_HASH, type AuditActor, type AuditEvent } from './audit.model.ts';
import { checkChainBatch, entryHash, keyedHasher, type ChainFault, type ChainRow } from './audit.rules.ts';
import * as repo from './audit.repository.ts';

/**
 * Appends one entry inside the caller's transaction, so the entry commits with the change it
 * records, or not at all.
 */
export async function appendAudit(trx: Trx, clock: Clock, actor: AuditActor, event: AuditEvent): Promise<number> {
  const head = await repo.lockHead(trx);
  const entry = {
    seq: head.seq + 1,
    at: clock.now(),
    actorKind: actor.kind,
    actorId: actor.id,
    actorName: actor.name,
    agencyId: actor.agencyId,
    ip: actor.ip,
    requestId: actor.requestId,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId === undefined || event.entityId === null ? null : String(event.entityId),
    outcome: event.outcome ?? 'success',
    details: event.details ?? {},
  };
  const row: ChainRow = { ...entry, prevHash: head.hash, hash: entryHash(chainKey(), head.hash, entry) };
  await repo.insertEntry(trx, row);
  return row.seq;
}

/**
 * Takes the audit chain's lock now rather than at the first append. A transaction that will lock
 * other shared rows (a number sequence) calls this first, so every transaction takes the chain
 * head before those rows and two writers never wait on each other in opposite order.
 */
export async function lockAuditHead(trx: Trx): Promise<void> {
  await repo.lockHead(trx);
}

/** Records an event in a transaction of its own (refusals, logins, reads). */
export async function recordAudit(db: Db, clock: Clock, actor: AuditActor, event: AuditEvent): Promise<number> {
  return db.transaction().execute((trx) => appendAudit(trx, clock, actor, event));
}

export interface VerifyResult {
  readonly ok: boolean;
  readonly checked: number;
  readonly firstBadSeq: number | null;
  readonly reason: ChainFault['reason'] | 'missing_tail' | null;
}

const VERIFY_BATCH_ROWS = 5000;

/**
 * Walks the whole chain in batches, every link recomputed under the node's chain key; reports the
 * first altered, removed or reordered entry, or a head that does not match the last entry.
 */
export async function verifyAudit(db: Db): Promise<VerifyResult> {
  const hash = keyedHasher(chainKey());
  let tip = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const rows = await repo.chainBatch(db, tip.seq, VERIFY_BATCH_ROWS);
    if (rows.length === 0) break;
    const outcome = checkChainBatch(tip, rows, hash);
    // Sequence numbers run from 1 without gaps up to the fault: every entry before it is intact.
    if ('fault' in outcome)
      return {
        ok: false,
        checked: outcome.fault.seq - 1,
        firstBadSeq: outcome.fault.seq,
        reason: outcome.fault.reason,
      };
    checked += rows.length;
    tip = outcome.tip;
  }
  const head = await repo.readHead(db);
  if (head.seq !== tip.seq || head.hash !== tip.hash) {
    return { ok: false, checked, firstBadSeq: tip.seq + 1, reason: 'missing_tail' };
  }
  return { ok: true, checked, firstBadSeq: null, reason: null };
}

export { search as searchAudit, type AuditFilter } from './audit.repository.ts';
