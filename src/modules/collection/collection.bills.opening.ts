/**
 * The opening receivables (期初应收) of bills issued before bills were booked in the ledger
 * (migration 0036): a bill still open then has no receivable entry, so the ledger would show less
 * owed than the arrears page and `bill_receivable` would name it every night. `openSystem` books,
 * once per bill, what its open lines still owe, under the key a newly issued bill's entry has
 * (`collection:bill:<id>`), so a bill is never booked twice and the run is a no-op once done.
 * Paid lines need nothing (paying them cleared nothing); a later payment or reissue then moves
 * the receivable as for any bill.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../kernel/clock.ts';
import {
  postIssuedReceivables,
  receivableBillsOf,
  type OwedRow,
  type ReceivableBill,
} from './collection.bills.receivables.ts';

/** Open bills with open lines and no receivable entry, what they owe per fund. */
async function unbookedBills(db: Kysely<Database>): Promise<ReceivableBill[]> {
  const { rows } = await sql<OwedRow>`
    SELECT b.id, b.bill_no, b.payer_kind, b.region_code, b.period, l.scheme,
           sum(l.employer_fen + l.employee_fen)::bigint AS owed
      FROM contribution_bills b JOIN bill_lines l ON l.bill_id = b.id AND l.status = 'open'
     WHERE b.status = 'open'
       AND NOT EXISTS (SELECT 1 FROM journal_entries e WHERE e.idempotency_key = 'collection:bill:' || b.id)
     GROUP BY b.id, b.bill_no, b.payer_kind, b.region_code, b.period, l.scheme
    HAVING sum(l.employer_fen + l.employee_fen) > 0
     ORDER BY b.id`.execute(db);
  return receivableBillsOf(rows);
}

/**
 * Books the opening receivables of the open bills that have none, in one transaction; returns how
 * many bills it booked (0 on every start after the first).
 */
export async function bookOpeningReceivables(db: Kysely<Database>, clock: Clock): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // One writer at a time (two servers starting together): the second finds nothing left.
    await sql`SELECT pg_advisory_xact_lock(hashtext('collection:opening-receivables'))`.execute(trx);
    const bills = await unbookedBills(trx);
    await postIssuedReceivables(trx, clock, bills, undefined);
    return bills.length;
  });
}
