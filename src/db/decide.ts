/** Transactions whose refusals must still leave a trace (failed logins, lockouts). */
import { Rejection } from '../kernel/rejection.ts';
import type { Db, Trx } from './connection.ts';

/**
 * Runs `work` in one transaction. A Rejection it *returns* is thrown after the commit, so what the
 * work recorded about the refusal (a failure count, an audit entry) is kept; a Rejection it *throws*
 * rolls everything back as usual.
 */
export async function decide<T>(db: Db, work: (trx: Trx) => Promise<T | Rejection>): Promise<T> {
  const outcome = await db.transaction().execute(work);
  if (outcome instanceof Rejection) throw outcome;
  return outcome;
}
