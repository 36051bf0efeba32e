/**
 * SQL of interest crediting: the accounts a run walks, and per chunk of persons ONE aggregate query
 * for the opening balances and ONE for the year's monthly credits, so that a run over a million
 * accounts stays set-based.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connection.ts';
import { centsFromInteger, zeroCents, type Cents } from '../../../kernel/cents.ts';
import type { IndividualFund } from '../ledger.model.ts';
import { MONTHS_IN_YEAR } from './ledger.interest.ts';

/** What the journal's interest entries carry as their source module. */
export const INTEREST_SOURCE = 'interest';

/** The idempotency key of a year's interest on one account: a rerun of the year never posts twice. */
export function interestKey(year: number, fund: IndividualFund, personId: number): string {
  return `interest:${year}:${fund}:${personId}`;
}

/** The accounts a year-end run credits, after `cursor`, in person order. */
export interface RunAccount {
  readonly personId: number;
  readonly region: string;
}

/**
 * Open accounts of the fund in the region, opened by the year's end. Closed accounts are not
 * walked: the journal refuses postings to them, so they are credited when they close
 * (`creditInterestOnClosing`).
 */
function eligible(db: Db, region: string, fund: IndividualFund, year: number) {
  return db
    .selectFrom('individual_accounts')
    .where('fund', '=', fund)
    .where('region_code', '=', region)
    .where('status', '=', 'open')
    .where('opened_on', '<=', `${year}-12-31`);
}

/** How many accounts a run will walk. */
export async function countRunAccounts(db: Db, region: string, fund: IndividualFund, year: number): Promise<number> {
  const row = await eligible(db, region, fund, year)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The next chunk of accounts after the cursor, without those already credited for the year. */
export async function nextRunAccounts(
  db: Db,
  params: { region: string; fund: IndividualFund; year: number; cursor: number; limit: number },
): Promise<{ accounts: RunAccount[]; walked: number; last: number | null }> {
  const rows = await eligible(db, params.region, params.fund, params.year)
    .where('person_id', '>', params.cursor)
    .select(['person_id', 'region_code'])
    .orderBy('person_id')
    .limit(params.limit)
    .execute();
  if (rows.length === 0) return { accounts: [], walked: 0, last: null };
  const ids = rows.map((r) => r.person_id);
  const done = await creditedPersons(db, params.year, params.fund, ids);
  return {
    accounts: rows.filter((r) => !done.has(r.person_id)).map((r) => ({ personId: r.person_id, region: r.region_code })),
    walked: rows.length,
    last: rows.at(-1)!.person_id,
  };
}

/** Persons among `ids` whose interest for the year is already booked (at closing, or by an earlier run). */
async function creditedPersons(db: Db, year: number, fund: IndividualFund, ids: number[]): Promise<Set<number>> {
  const keys = ids.map((id) => interestKey(year, fund, id));
  const rows = await sql<{ key: string }>`
    SELECT idempotency_key AS key FROM journal_entries WHERE idempotency_key = ANY(${keys}::text[])`.execute(db);
  const prefix = `interest:${year}:${fund}:`.length;
  return new Set(rows.rows.map((r) => Number(r.key.slice(prefix))));
}

/** The individual-liability control accounts of a fund in every region: a person's lines may be in any. */
const liabilityAccounts = (fund: IndividualFund) =>
  sql`(SELECT id FROM ledger_accounts WHERE fund = ${fund} AND kind = 'individual_liability')`;

/** Balances of the persons' accounts effective on or before `on` (credits less debits), by person. */
export async function openingBalances(
  db: Db,
  fund: IndividualFund,
  personIds: readonly number[],
  on: string,
): Promise<Map<number, Cents>> {
  const rows = await sql<{ person_id: number; fen: number }>`
    SELECT l.person_id, CAST(SUM(CASE WHEN l.side = 'credit' THEN l.amount_fen ELSE -l.amount_fen END) AS bigint) AS fen
      FROM journal_lines l
     WHERE l.person_id = ANY(${[...personIds]}::bigint[])
       AND l.account_id IN ${liabilityAccounts(fund)}
       AND l.effective_on <= ${on}
     GROUP BY l.person_id`.execute(db);
  return new Map(rows.rows.map((r) => [r.person_id, centsFromInteger(r.fen)]));
}

/**
 * The year's credits of the persons' accounts by month, up to `until` (a day of the year). What
 * counts: every credit line (contributions, back payments, transfers in) and the debit lines of
 * reversals (a reversed credit stops earning); interest itself and its reversals do not, nor do
 * ordinary debits (transfers out, payments), which the formulas of RULES.md §1 leave out. The month
 * is the entry's period when that lies earlier in the same year (a contribution paid late earns
 * from the month it was for), else the month of the effective date; the year is always the
 * effective date's, so each line counts in exactly one year (here or in the next opening balance).
 */
export async function monthlyCredits(
  db: Db,
  params: { fund: IndividualFund; personIds: readonly number[]; year: number; until?: string },
): Promise<Map<number, Cents[]>> {
  const year = String(params.year);
  const rows = await sql<{ person_id: number; month: number; fen: number }>`
    SELECT l.person_id,
           CASE WHEN e.period IS NOT NULL AND left(e.period, 4) = ${year}
                     AND e.period < to_char(l.effective_on, 'YYYYMM')
                THEN CAST(right(e.period, 2) AS integer)
                ELSE CAST(extract(month FROM l.effective_on) AS integer) END AS month,
           CAST(SUM(CASE WHEN l.side = 'credit' THEN l.amount_fen ELSE -l.amount_fen END) AS bigint) AS fen
      FROM journal_lines l
      JOIN journal_entries e ON e.id = l.entry_id
      LEFT JOIN journal_entries r ON r.id = e.reverses_entry_id
     WHERE l.person_id = ANY(${[...params.personIds]}::bigint[])
       AND l.account_id IN ${liabilityAccounts(params.fund)}
       AND l.effective_on >= ${`${year}-01-01`} AND l.effective_on <= ${params.until ?? `${year}-12-31`}
       AND e.source_module <> ${INTEREST_SOURCE}
       AND (r.id IS NULL OR r.source_module <> ${INTEREST_SOURCE})
       AND (l.side = 'credit' OR e.kind = 'reversal')
     GROUP BY 1, 2`.execute(db);
  const byPerson = new Map<number, Cents[]>();
  for (const row of rows.rows) {
    let months = byPerson.get(row.person_id);
    if (!months) byPerson.set(row.person_id, (months = Array.from({ length: MONTHS_IN_YEAR }, () => zeroCents)));
    months[row.month - 1] = centsFromInteger(row.fen);
  }
  return byPerson;
}
