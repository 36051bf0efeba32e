/**
 * Bitemporal balances, computed from the journal: the lines effective on or before `asOf` and
 * booked at or before `knownAt`, in the account's normal direction. (The cached balances in
 * `ledger_balances` and `individual_accounts` are "everything booked so far"; see `accountsOf`.)
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connection.ts';
import { centsFromInteger } from '../../../kernel/cents.ts';
import type { AsOf, Balance, IndividualFund, Side } from '../ledger.model.ts';
import { rejectLedger } from '../ledger.rejections.ts';

/** The balance of a chart account at the bitemporal coordinates (default: everything booked). */
export async function accountBalance(db: Db, accountId: number, at: AsOf = {}): Promise<Balance> {
  const account = await db
    .selectFrom('ledger_accounts')
    .select('normal_side')
    .where('id', '=', accountId)
    .executeTakeFirst();
  if (!account) throw rejectLedger('ledger_account_not_found');
  const { rows } = await sql<Totals>`
    SELECT coalesce(sum(amount_fen) FILTER (WHERE side = 'debit'), 0)::bigint AS debit,
           coalesce(sum(amount_fen) FILTER (WHERE side = 'credit'), 0)::bigint AS credit
      FROM journal_lines
     WHERE account_id = ${accountId}
       AND (${at.asOf ?? null}::date IS NULL OR effective_on <= ${at.asOf ?? null}::date)
       AND (${at.knownAt ?? null}::timestamptz IS NULL OR booked_at <= ${at.knownAt ?? null}::timestamptz)`.execute(db);
  return balanceOf(rows[0]!, account.normal_side);
}

/** The balance of a person's individual account (credit-normal) at the bitemporal coordinates. */
export async function individualBalance(
  db: Db,
  personId: number,
  fund: IndividualFund,
  at: AsOf = {},
): Promise<Balance> {
  const { rows } = await sql<Totals>`
    SELECT coalesce(sum(l.amount_fen) FILTER (WHERE l.side = 'debit'), 0)::bigint AS debit,
           coalesce(sum(l.amount_fen) FILTER (WHERE l.side = 'credit'), 0)::bigint AS credit
      FROM journal_lines l
      JOIN ledger_accounts a ON a.id = l.account_id
     WHERE l.person_id = ${personId} AND a.fund = ${fund}
       AND (${at.asOf ?? null}::date IS NULL OR l.effective_on <= ${at.asOf ?? null}::date)
       AND (${at.knownAt ?? null}::timestamptz IS NULL OR l.booked_at <= ${at.knownAt ?? null}::timestamptz)`.execute(
    db,
  );
  return balanceOf(rows[0]!, 'credit');
}

/** Balances of many accounts at once (the accounts page with asOf/knownAt), keyed by account id. */
export async function accountBalances(db: Db, accountIds: readonly number[], at: AsOf): Promise<Map<number, Balance>> {
  if (accountIds.length === 0) return new Map();
  const { rows } = await sql<Totals & { account_id: number; normal_side: Side }>`
    SELECT a.id AS account_id, a.normal_side,
           coalesce(sum(l.amount_fen) FILTER (WHERE l.side = 'debit'), 0)::bigint AS debit,
           coalesce(sum(l.amount_fen) FILTER (WHERE l.side = 'credit'), 0)::bigint AS credit
      FROM ledger_accounts a
      LEFT JOIN journal_lines l ON l.account_id = a.id
       AND (${at.asOf ?? null}::date IS NULL OR l.effective_on <= ${at.asOf ?? null}::date)
       AND (${at.knownAt ?? null}::timestamptz IS NULL OR l.booked_at <= ${at.knownAt ?? null}::timestamptz)
     WHERE a.id = ANY(${[...accountIds]}::bigint[])
     GROUP BY a.id, a.normal_side`.execute(db);
  return new Map(rows.map((r) => [r.account_id, balanceOf(r, r.normal_side)]));
}

interface Totals {
  readonly debit: number;
  readonly credit: number;
}

function balanceOf(totals: Totals, normalSide: Side): Balance {
  const debit = centsFromInteger(Number(totals.debit));
  const credit = centsFromInteger(Number(totals.credit));
  const balance = centsFromInteger(normalSide === 'debit' ? debit - credit : credit - debit);
  return { debit, credit, balance };
}
