/**
 * SQL pieces the collection checks of reconciliation share: money as text in yuan and a bill's
 * name in a difference's detail, so every check reads the same way on the reconciliation page.
 */
import { sql, type RawBuilder } from 'kysely';

/** `expr` (fen) as yuan with two decimals: 1234.50, -3.00. */
export function yuan(expr: string): RawBuilder<string> {
  return sql<string>`to_char((${sql.raw(expr)})::numeric / 100, 'FM999999999999990.00')`;
}

/**
 * A bill as a difference names it: 'bill 17 (JF20260100000017, employer 3)'; `alias` is the
 * contribution_bills row.
 */
export function billName(alias: string): RawBuilder<string> {
  const b = (column: string) => sql.raw(`${alias}.${column}`);
  return sql<string>`'bill ' || ${b('id')} || ' (' || ${b('bill_no')} || ', '
    || CASE WHEN ${b('payer_kind')} = 'employer' THEN 'employer ' || ${b('employer_id')}
            ELSE 'flexible worker ' || ${b('person_id')} END || ')'`;
}

/** A payment as a difference names it: 'payment 5 (SK20260115000005, employer 3)'. */
export function paymentName(alias: string): RawBuilder<string> {
  const p = (column: string) => sql.raw(`${alias}.${column}`);
  return sql<string>`'payment ' || ${p('id')} || ' (' || ${p('payment_no')} || ', '
    || CASE WHEN ${p('payer_kind')} = 'employer' THEN 'employer ' || ${p('employer_id')}
            ELSE 'flexible worker ' || ${p('person_id')} END || ')'`;
}
