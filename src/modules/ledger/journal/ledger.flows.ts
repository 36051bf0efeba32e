/**
 * The fund accountant's figures, read from the journal lines by account kind: the fund flows of a
 * year by month (for the fund-flow chart) and each fund's balances as of a day. A region is a
 * pooling region code; a city (xxxx00) or province (xx0000) code takes in the regions below it.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connection.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal } from '../../../kernel/cents.ts';
import { FUNDS, type Fund } from '../ledger.model.ts';

/** One month of one fund's flows; amounts are decimal strings in yuan. */
export interface FlowMonth {
  readonly period: string;
  readonly fund: Fund;
  /** Contributions received: the pooled part (contribution income) plus the account credits. */
  readonly contributions: string;
  /** Credited to individual accounts from contributions (not interest, benefits or transfers). */
  readonly accountCredits: string;
  /** Interest credited to individual accounts (interest expense). */
  readonly interest: string;
  /** Benefits paid (benefit expenditure). */
  readonly benefits: string;
  /** Net transfers of individual accounts: in positive, out negative. */
  readonly transfers: string;
}

/** One fund's balances as of a day, in each account's normal direction. */
export interface FundSummary {
  readonly fund: Fund;
  /** Pooled fund with the year's unclosed income less expenditure and interest. */
  readonly pooled: string;
  readonly individual: string;
  /** 收入户 + 支出户 + 财政专户. */
  readonly bank: string;
  /** Receivables from employers and persons: what open bills owe, less the payers' credit (pension). */
  readonly receivable: string;
  readonly employerReceivable: string;
  readonly personReceivable: string;
  /** Individual accounts of the fund in the region. */
  readonly accounts: number;
}

/** The LIKE pattern of a region code and the regions below it; every region when absent. */
export function regionPattern(region: string | undefined): string {
  if (!region) return '%';
  if (region.endsWith('0000')) return `${region.slice(0, 2)}%`;
  if (region.endsWith('00')) return `${region.slice(0, 4)}%`;
  return region;
}

const decimal = (fen: number | string | null): string => centsToDecimal(centsFromInteger(Number(fen ?? 0)));

interface FlowRow {
  month: number;
  fund: Fund;
  pooled: number | string;
  account_credits: number | string;
  interest: number | string;
  benefits: number | string;
  transfers: number | string;
}

/**
 * A year's flows per month and fund, all twelve months and four funds (zeros included). An
 * individual-account line is classed by the entry it belongs to: with an interest-expense line it
 * is interest, with a transfer-clearing line a transfer, with a benefit line a benefit; otherwise a
 * contribution credit. Reversals net out because their lines swap sides.
 */
export async function fundFlows(db: Db, filter: { region?: string | undefined; year: number }): Promise<FlowMonth[]> {
  const from = `${filter.year}-01-01`;
  const to = `${filter.year + 1}-01-01`;
  const { rows } = await sql<FlowRow>`
    WITH lines AS (
      SELECT l.entry_id, l.effective_on, a.fund, a.kind,
        CASE WHEN l.side = 'credit' THEN l.amount_fen ELSE -l.amount_fen END AS net_credit
      FROM journal_lines l JOIN ledger_accounts a ON a.id = l.account_id
      WHERE l.effective_on >= ${from}::date AND l.effective_on < ${to}::date
        AND a.region_code LIKE ${regionPattern(filter.region)}
    ), entry_kinds AS (
      SELECT entry_id, bool_or(kind = 'interest_expense') AS interest, bool_or(kind = 'transfer_clearing') AS transfer,
        bool_or(kind = 'benefit_expenditure') AS benefit
      FROM lines GROUP BY entry_id
    )
    SELECT extract(month FROM l.effective_on)::int AS month, l.fund,
      sum(CASE WHEN l.kind = 'contribution_income' THEN l.net_credit ELSE 0 END)::bigint AS pooled,
      sum(CASE WHEN l.kind = 'individual_liability' AND NOT (k.interest OR k.transfer OR k.benefit)
               THEN l.net_credit ELSE 0 END)::bigint AS account_credits,
      sum(CASE WHEN l.kind = 'interest_expense' THEN -l.net_credit ELSE 0 END)::bigint AS interest,
      sum(CASE WHEN l.kind = 'benefit_expenditure' THEN -l.net_credit ELSE 0 END)::bigint AS benefits,
      sum(CASE WHEN l.kind = 'individual_liability' AND k.transfer THEN l.net_credit ELSE 0 END)::bigint AS transfers
    FROM lines l JOIN entry_kinds k ON k.entry_id = l.entry_id
    GROUP BY 1, 2`.execute(db);
  const found = new Map(rows.map((r) => [`${r.month}:${r.fund}`, r]));
  return Array.from({ length: 12 }, (_, i) => i + 1).flatMap((month) =>
    FUNDS.map((fund) => {
      const r = found.get(`${month}:${fund}`);
      return {
        period: `${filter.year}${String(month).padStart(2, '0')}`,
        fund,
        contributions: decimal(r ? Number(r.pooled) + Number(r.account_credits) : 0),
        accountCredits: decimal(r?.account_credits ?? 0),
        interest: decimal(r?.interest ?? 0),
        benefits: decimal(r?.benefits ?? 0),
        transfers: decimal(r?.transfers ?? 0),
      };
    }),
  );
}

interface SummaryRow {
  fund: Fund;
  kind: string;
  balance: number | string;
}

const POOLED_PARTS: Readonly<Record<string, 1 | -1>> = {
  pooled_fund: 1,
  contribution_income: 1,
  interest_expense: -1,
  benefit_expenditure: -1,
};
const BANK_KINDS = new Set(['bank_income', 'bank_expenditure', 'bank_fiscal']);
const RECEIVABLE_KINDS = new Set(['employer_receivable', 'person_receivable']);

/** Each fund's balances as of a day (and as known at an instant, when given), for the overview cards. */
export async function fundSummary(
  db: Db,
  filter: { region?: string | undefined; asOf: CalendarDate; knownAt?: Date | undefined },
): Promise<FundSummary[]> {
  const pattern = regionPattern(filter.region);
  const knownAt = filter.knownAt ?? null;
  const { rows } = await sql<SummaryRow>`
    SELECT a.fund, a.kind,
      coalesce(sum(CASE WHEN l.side = a.normal_side THEN l.amount_fen ELSE -l.amount_fen END), 0)::bigint AS balance
    FROM ledger_accounts a
    LEFT JOIN journal_lines l ON l.account_id = a.id AND l.effective_on <= ${filter.asOf}::date
      AND (${knownAt}::timestamptz IS NULL OR l.booked_at <= ${knownAt}::timestamptz)
    WHERE a.region_code LIKE ${pattern}
    GROUP BY a.fund, a.kind`.execute(db);
  const counts = await db
    .selectFrom('individual_accounts')
    .select(['fund', (eb) => eb.fn.countAll<number>().as('n')])
    .where('region_code', 'like', pattern)
    .groupBy('fund')
    .execute();
  return FUNDS.map((fund) => {
    const of = rows.filter((r) => r.fund === fund);
    const sum = (pick: (kind: string) => number) =>
      of.reduce((total, r) => total + pick(r.kind) * Number(r.balance), 0);
    return {
      fund,
      pooled: decimal(sum((kind) => POOLED_PARTS[kind] ?? 0)),
      individual: decimal(sum((kind) => (kind === 'individual_liability' ? 1 : 0))),
      bank: decimal(sum((kind) => (BANK_KINDS.has(kind) ? 1 : 0))),
      receivable: decimal(sum((kind) => (RECEIVABLE_KINDS.has(kind) ? 1 : 0))),
      employerReceivable: decimal(sum((kind) => (kind === 'employer_receivable' ? 1 : 0))),
      personReceivable: decimal(sum((kind) => (kind === 'person_receivable' ? 1 : 0))),
      accounts: Number(counts.find((c) => c.fund === fund)?.n ?? 0),
    };
  });
}
