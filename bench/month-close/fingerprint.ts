/**
 * The journal and rights records as comparable text (the crash test's and the month-close tests'
 * yardstick): entries by idempotency key, kind and dates; lines by entry key, number, account, side,
 * amount and person; rights records by every business column and the paying entry's key. Ids are
 * left out, and bill and credit ids inside keys are named by what they stand for (`stableNames`).
 *
 * `ledgerFingerprint` holds every row as text (tests: small ledgers, a readable diff);
 * `ledgerDigest` streams the rows through a cursor into a count and an order-free digest per part,
 * because a full-size close's ledger (some 20 M rows) does not fit in one process's heap as text.
 */
import crypto from 'node:crypto';
import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../src/db/connection.ts';

type Part = 'entries' | 'lines' | 'records';

const PARTS: Record<Part, RawBuilder<{ t: string }>> = {
  entries: sql`
    SELECT e.idempotency_key || '|' || e.kind || '|' || e.effective_on || '|' || coalesce(e.period, '') AS t
      FROM journal_entries e`,
  lines: sql`
    SELECT e.idempotency_key || '|' || l.line_no || '|' || a.code || '|' || l.side || '|' || l.amount_fen || '|' ||
           coalesce(l.person_id::text, '') AS t
      FROM journal_lines l JOIN journal_entries e ON e.id = l.entry_id JOIN ledger_accounts a ON a.id = l.account_id`,
  records: sql`
    SELECT r.person_id || '|' || r.scheme || '|' || r.period || '|' || coalesce(r.employer_id::text, '') || '|' ||
           r.status || '|' || r.base_fen || '|' || r.employer_fen || '|' || r.employee_fen || '|' ||
           r.account_credit_fen || '|' || r.source || '|' || coalesce(r.paid_on::text, '') || '|' ||
           coalesce(e.idempotency_key, '') AS t
      FROM rights_records r LEFT JOIN journal_entries e ON e.id = r.entry_id`,
};

/** Every row as text, sorted (ids left out). */
export async function ledgerFingerprint(db: Db): Promise<Record<Part, string[]>> {
  const stable = await stableNames(db);
  const all = async (part: Part) => (await PARTS[part].execute(db)).rows.map((r) => stable(r.t)).sort();
  return { entries: await all('entries'), lines: await all('lines'), records: await all('records') };
}

/** Rows fetched per round trip while streaming. */
const FETCH_ROWS = 50_000;
const MASK_64 = (1n << 64n) - 1n;

/** Per part: the row count and the sum (mod 2^64) of each row's SHA-256 prefix: equal multisets, equal digests. */
export async function ledgerDigest(db: Db): Promise<Record<Part, { rows: number; digest: string }>> {
  const stable = await stableNames(db);
  const digestOf = (part: Part) =>
    db.transaction().execute(async (trx) => {
      await sql`DECLARE fingerprint_rows NO SCROLL CURSOR FOR ${PARTS[part]}`.execute(trx);
      let rows = 0;
      let sum = 0n;
      for (;;) {
        const batch = (
          await sql<{ t: string }>`FETCH ${sql.raw(String(FETCH_ROWS))} FROM fingerprint_rows`.execute(trx)
        ).rows;
        for (const r of batch) {
          sum = (sum + crypto.createHash('sha256').update(stable(r.t)).digest().readBigUInt64BE(0)) & MASK_64;
          rows += 1;
        }
        if (batch.length < FETCH_ROWS) break;
      }
      await sql`CLOSE fingerprint_rows`.execute(trx);
      return { rows, digest: sum.toString(16).padStart(16, '0') };
    });
  return { entries: await digestOf('entries'), lines: await digestOf('lines'), records: await digestOf('records') };
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
