/**
 * Staff reads of collection data that show persons (a flexible worker's bills and payments, the
 * lines of an employer's bill or declaration, an arrears list): each goes to the access log of
 * every person shown ("who viewed my record"), one audit entry per request.
 */
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf } from '../../http/access.ts';
import { recordPersonReads } from '../registration/index.ts';

/** What was read: the audited action and the record it concerns (never 'person': see recordPersonReads). */
export interface CollectionRead {
  readonly action: `collection.${string}`;
  readonly entity: string;
  readonly entityId?: number;
}

/** The persons among rows that name a person (a flexible payer, a bill line); null ids are skipped. */
export function personsIn(rows: Iterable<{ readonly personId: number | null }>): number[] {
  const ids: number[] = [];
  for (const row of rows) if (row.personId !== null) ids.push(row.personId);
  return ids;
}

/** Records the read on every person shown; nothing when the answer shows no person. */
export async function recordCollectionRead(
  ctx: AppContext,
  request: FastifyRequest,
  read: CollectionRead,
  personIds: Iterable<number>,
): Promise<void> {
  await recordPersonReads(ctx.db, ctx.clock, auditActorOf(request), read, personIds);
}
