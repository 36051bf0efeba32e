/** SQL of the audit trail. */
import { sql } from 'kysely';
import type { Executor, Trx } from '../../db/connection.ts';
import { escapeLike } from '../../db/like.ts';
import type { AuditEntry, AuditOutcome } from './audit.model.ts';
import type { ChainRow } from './audit.rules.ts';

/** Locks the chain tip for the rest of the transaction; appends are serialised here. */
export async function lockHead(trx: Trx): Promise<{ seq: number; hash: string }> {
  const head = await trx
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .forUpdate()
    .executeTakeFirstOrThrow();
  return head;
}

export async function insertEntry(trx: Trx, row: ChainRow): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      seq: row.seq,
      at: row.at,
      actor_kind: row.actorKind,
      actor_id: row.actorId,
      actor_name: row.actorName,
      agency_id: row.agencyId,
      ip: row.ip,
      request_id: row.requestId,
      action: row.action,
      entity: row.entity,
      entity_id: row.entityId,
      outcome: row.outcome,
      details: JSON.stringify(row.details),
      prev_hash: row.prevHash,
      hash: row.hash,
    })
    .execute();
  await trx.updateTable('audit_head').set({ seq: row.seq, hash: row.hash }).where('id', '=', 1).execute();
}

/** A stored entry as the database returns it. */
interface LogRow {
  seq: number;
  at: Date;
  actor_kind: string;
  actor_id: number | null;
  actor_name: string;
  agency_id: number | null;
  ip: string | null;
  request_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  outcome: AuditOutcome;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

function toChainRow(row: LogRow): ChainRow {
  return { ...toEntry(row), prevHash: row.prev_hash, hash: row.hash };
}

/** An entry as a reader sees it: what happened, without the chain's links (verification recomputes them). */
function toEntry(row: LogRow): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    actorName: row.actor_name,
    agencyId: row.agency_id,
    ip: row.ip,
    requestId: row.request_id,
    action: row.action,
    entity: row.entity,
    entityId: row.entity_id,
    outcome: row.outcome,
    details: row.details,
  };
}

/** Rows with seq greater than `afterSeq`, in order, at most `limit`. */
export async function chainBatch(db: Executor, afterSeq: number, limit: number): Promise<ChainRow[]> {
  const rows = await db
    .selectFrom('audit_log')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map(toChainRow);
}

/** Replaces the links of stored entries (the one-time keying of a legacy chain; the owner's role only). */
export async function relink(
  trx: Trx,
  links: readonly { seq: number; prevHash: string; hash: string }[],
): Promise<void> {
  if (links.length === 0) return;
  await sql`
    UPDATE audit_log AS a SET prev_hash = u.prev_hash, hash = u.hash
      FROM unnest(${links.map((l) => l.seq)}::bigint[], ${links.map((l) => l.prevHash)}::text[],
        ${links.map((l) => l.hash)}::text[]) AS u(seq, prev_hash, hash)
     WHERE a.seq = u.seq`.execute(trx);
}

/** Moves the chain tip (the keying; appends move it in `insertEntry`). */
export async function writeHead(trx: Trx, tip: { seq: number; hash: string }): Promise<void> {
  await trx.updateTable('audit_head').set({ seq: tip.seq, hash: tip.hash }).where('id', '=', 1).execute();
}

export async function readHead(db: Executor): Promise<{ seq: number; hash: string }> {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}

export interface AuditFilter {
  from?: Date | undefined;
  to?: Date | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  outcome?: AuditOutcome | undefined;
}

/** One page of matching entries, newest first, and the total count. */
export async function search(
  db: Executor,
  filter: AuditFilter,
  page: number,
  pageSize: number,
): Promise<{ items: AuditEntry[]; total: number }> {
  let query = db.selectFrom('audit_log');
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', filter.to);
  if (filter.actor) query = query.where('actor_name', 'ilike', `%${escapeLike(filter.actor)}%`);
  if (filter.action) query = query.where('action', 'ilike', `%${escapeLike(filter.action)}%`);
  if (filter.entity) query = query.where('entity', '=', filter.entity);
  if (filter.entityId) query = query.where('entity_id', '=', filter.entityId);
  if (filter.outcome) query = query.where('outcome', '=', filter.outcome);
  const total = await query.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return { items: rows.map(toEntry), total: total.n };
}
