/** Transactions whose refusals must still leave a trace (failed logins, lockouts). */
import type { Transaction } from 'kysely';
import { Rejection } from '../kernel/rejection.ts';
import type { Db } from './connection.ts';
import type { Database } from './schema.ts';

/**
 * Runs `work` in one transaction. A Rejection it *returns* is thrown after the commit, so what the
 * work recorded about the refusal (a failure count, an audit entry) is kept; a Rejection it *throws*
 * rolls everything back as usual.
 */
export async function decide<T>(db: Db, work: (trx: Transaction<Database>) => Promise<T | Rejection>): Promise<T> {
  const outcome = await db.transaction().execute(work);
  if (outcome instanceof Rejection) throw outcome;
  return outcome;
}
