/**
 * Staff reads that show several persons at once (a person search, an employer's employees, a
 * bill's lines, an arrears list): one audit entry records the request, and one `person_reads` row
 * per person shown points at it, so each person's access log ("who viewed my record") finds the
 * read. Reads of one person are audited on the person itself (`entity: 'person'`).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { Clock } from '../../kernel/clock.ts';
import { appendAudit, type AuditActor, type AuditEvent } from '../audit/index.ts';

/**
 * Entities whose audit entries the access log finds by their own id (a person, their certificates
 * and cases); a read of several persons names another, so no entry is counted twice.
 */
const ENTITIES_FOUND_BY_ID: ReadonlySet<string> = new Set(['person', 'certificate', 'case']);

/**
 * Records that a staff member was shown these persons: one audit entry (its details carry the
 * count) and one `person_reads` row per distinct person, in one transaction. Nothing is written
 * when no person was shown.
 */
export async function recordPersonReads(
  db: Db,
  clock: Clock,
  who: AuditActor,
  event: Omit<AuditEvent, 'outcome'>,
  personIds: Iterable<number>,
): Promise<void> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return;
  if (ENTITIES_FOUND_BY_ID.has(event.entity))
    throw new Error(`a read of several persons cannot be audited on entity '${event.entity}'`);
  await db.transaction().execute(async (trx) => {
    const seq = await appendAudit(trx, clock, who, { ...event, details: { ...event.details, persons: ids.length } });
    // One text parameter however many persons (a bill of a large employer lists thousands).
    await sql`INSERT INTO person_reads (person_id, audit_seq)
              SELECT unnest(string_to_array(${ids.join(',')}, ',')::bigint[]), ${seq}::bigint`.execute(trx);
  });
}
