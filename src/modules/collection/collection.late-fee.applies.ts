/**
 * Which bills charge a late fee when paid late: regular bills always, back-payment bills only when
 * the employer was at fault. The payment allocation asks it as it prices what is paid.
 */
import type { Executor } from '../../db/connection.ts';

/**
 * Whether a late fee is charged on the lines of `billId` paid after their due date.
 * Regular bills: always. Back-payment bills: only when the employer was at fault (RULES §3);
 * an extension or a flexible worker's own back payment carries none.
 */
export async function lateFeeApplies(db: Executor, billId: number): Promise<boolean> {
  const row = await db
    .selectFrom('contribution_bills as b')
    .leftJoin('back_payments as p', 'p.id', 'b.back_payment_id')
    .select(['b.kind', 'p.employer_at_fault'])
    .where('b.id', '=', billId)
    .executeTakeFirst();
  if (!row) return false;
  return row.kind !== 'back_payment' || row.employer_at_fault === true;
}

/** Set-based `lateFeeApplies` for many bills (a payment run): the ids of those that charge late fees. */
export async function lateFeeAppliesTo(db: Executor, billIds: readonly number[]): Promise<Set<number>> {
  if (billIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('contribution_bills as b')
    .leftJoin('back_payments as p', 'p.id', 'b.back_payment_id')
    .select('b.id')
    .where('b.id', 'in', billIds)
    .where((eb) => eb.or([eb('b.kind', '<>', 'back_payment'), eb('p.employer_at_fault', '=', true)]))
    .execute();
  return new Set(rows.map((r) => Number(r.id)));
}
