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
  return {
    entries: entries.rows.map((r) => r.t),
    lines: lines.rows.map((r) => r.t),
    records: records.rows.map((r) => r.t),
  };
}
