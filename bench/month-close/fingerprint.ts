/** The journal and rights records as comparable text (the crash test's and the month-close tests' yardstick). */
import { sql } from 'kysely';
import type { Db } from '../../src/db/connection.ts';

/** The journal and rights records as comparable text: keys, amounts, lines, records (ids left out). */
export async function ledgerFingerprint(db: Db): Promise<{ entries: string[]; lines: string[]; records: string[] }> {
  const entries = await sql<{ t: string }>`
    SELECT e.idempotency_key || '|' || e.kind || '|' || e.effective_on || '|' || coalesce(e.period, '') AS t
      FROM journal_entries e ORDER BY e.idempotency_key`.execute(db);
  const lines = await sql<{ t: string }>`
    SELECT e.idempotency_key || '|' || l.line_no || '|' || a.code || '|' || l.side || '|' || l.amount_fen || '|' ||
           coalesce(l.person_id::text, '') AS t
      FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id JOIN ledger_accounts a ON a.id = l.account_id
     ORDER BY 1`.execute(db);
  const records = await sql<{ t: string }>`
    SELECT r.person_id || '|' || r.scheme || '|' || r.period || '|' || coalesce(r.employer_id::text, '') || '|' ||
           r.status || '|' || r.base_fen || '|' || r.employer_fen || '|' || r.employee_fen || '|' ||
           r.account_credit_fen || '|' || r.source || '|' || coalesce(r.paid_on::text, '') || '|' ||
           coalesce(e.idempotency_key, '') AS t
      FROM rights_records r LEFT JOIN journal_entries e ON e.id = r.entry_id ORDER BY 1`.execute(db);
  const stable = await stableNames(db);
  const norm = (rows: { t: string }[]) => rows.map((r) => stable(r.t)).sort();
  return { entries: norm(entries.rows), lines: norm(lines.rows), records: norm(records.rows) };
}

/**
 * Bill and credit ids in keys named by what they stand for (payer, period, kind): a transaction
 * killed mid-way consumes identity values, so a resumed close's bills may have other ids than an
 * uninterrupted close's while being the same bills.
 */
async function stableNames(db: Db): Promise<(text: string) => string> {
  const bills = await sql<{ id: number; name: string }>`
    SELECT id, payer_kind || ':' || coalesce(employer_id, person_id) || ':' || period || ':' || kind AS name
      FROM contribution_bills WHERE status <> 'cancelled'`.execute(db);
  const credits = await sql<{ id: number; name: string }>`
    SELECT id, payer_kind || ':' || coalesce(employer_id, person_id) || ':' || movement AS name FROM payer_credits`.execute(
    db,
  );
  const bill = new Map(bills.rows.map((r) => [String(r.id), r.name]));
  const credit = new Map(credits.rows.map((r) => [String(r.id), r.name]));
  return (text) =>
    text
      .replace(/bill:(\d+)/g, (_m, id: string) => `bill:${bill.get(id) ?? id}`)
      .replace(/collection:apply:(\d+)/g, (_m, id: string) => `collection:apply:${credit.get(id) ?? id}`);
}
