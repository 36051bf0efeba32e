/**
 * The staff subtree on collection's lists: a bill, payment or refund is seen by a staff member when
 * its payer is (an employer registered in the subtree; a flexible worker registered there, or for
 * refunds also employed there). Collection's tables stay on a cluster's coordinator while the
 * persons are spread over the nodes, so the check cannot be a subquery of the list: the list is
 * read in its order, and its payers are checked by value a page at a time.
 */
import type { Executor } from '../../db/connection.ts';
import { firstKept } from '../../kernel/first-kept.ts';
import { payersUnder } from '../registration/index.ts';

/** The payer a row names (an employer or a flexible worker): either id may be null. */
export interface PayerColumns {
  readonly employer_id: number | string | null;
  readonly person_id: number | string | null;
}

/** The distinct ids one payer column of the rows names. */
export const idsOf = (rows: readonly PayerColumns[], column: keyof PayerColumns): number[] => [
  ...new Set(rows.flatMap((r) => (r[column] === null ? [] : [Number(r[column])]))),
];

/**
 * The first `limit` rows of `page(offset, size)` (a list in its order) whose payer a staff member
 * of the subtree rooted at `agencyPath` may see; `persons` as in `payersUnder`. Without a subtree
 * (a payer's own list in the hall), simply the first `limit` rows.
 */
export function firstInSubtree<Row extends PayerColumns>(
  db: Executor,
  agencyPath: string | undefined,
  limit: number,
  page: (offset: number, size: number) => Promise<Row[]>,
  persons: 'registered' | 'visible',
): Promise<Row[]> {
  if (agencyPath === undefined) return page(0, limit);
  return firstKept(limit, page, async (rows) => {
    const seen = await payersUnder(
      db,
      agencyPath,
      { employerIds: idsOf(rows, 'employer_id'), personIds: idsOf(rows, 'person_id') },
      persons,
    );
    return rows.filter(
      (r) =>
        (r.employer_id !== null && seen.employerIds.has(Number(r.employer_id))) ||
        (r.person_id !== null && seen.personIds.has(Number(r.person_id))),
    );
  });
}
