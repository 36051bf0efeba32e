/**
 * The month close's collection report (征缴报表): per fund, what the period's regular bills made
 * due, what was collected on them, what is left in arrears and the collection rate (征缴率). Built
 * by a pure function from one aggregate row per fund, so the figures are tested without a database.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connection.ts';
import { centsToDecimal, type Cents } from '../../kernel/cents.ts';
import type { Period } from '../../kernel/period.ts';
import { COLLECTION_SCHEMES, type CollectionScheme } from '../../modules/collection/index.ts';

/** One fund's sums over the period's bill lines, in fen. */
export interface FundTotals {
  readonly fund: CollectionScheme;
  readonly due: number;
  readonly collected: number;
  readonly lines: number;
  readonly paidLines: number;
}

export interface FundReport {
  readonly fund: CollectionScheme | 'total';
  readonly due: string;
  readonly collected: string;
  readonly arrears: string;
  /** collected ÷ due, 4 decimals rounded half-up ("0.9750"); null when nothing was due. */
  readonly rate: string | null;
  readonly lines: number;
  readonly paidLines: number;
}

export interface MonthCloseReport {
  readonly region: string;
  readonly period: Period;
  readonly asOf: string;
  readonly payers: number;
  readonly bills: number;
  readonly billsPaid: number;
  readonly funds: readonly FundReport[];
  readonly total: FundReport;
}

const RATE_SCALE = 10_000n;

/** collected ÷ due with 4 decimals, half-up, in exact integer arithmetic (no floats for money). */
export function collectionRate(collected: number, due: number): string | null {
  if (due <= 0) return null;
  const scaled = (BigInt(collected) * RATE_SCALE * 2n + BigInt(due)) / (BigInt(due) * 2n);
  const whole = scaled / RATE_SCALE;
  const fraction = (scaled % RATE_SCALE).toString().padStart(4, '0');
  return `${whole}.${fraction}`;
}

function fundReport(fund: FundReport['fund'], t: Omit<FundTotals, 'fund'>): FundReport {
  return {
    fund,
    due: centsToDecimal(t.due as Cents),
    collected: centsToDecimal(t.collected as Cents),
    arrears: centsToDecimal((t.due - t.collected) as Cents),
    rate: collectionRate(t.collected, t.due),
    lines: t.lines,
    paidLines: t.paidLines,
  };
}

/** The report from the per-fund totals: every fund listed (zero when it had no lines), then the total. */
export function buildMonthCloseReport(input: {
  region: string;
  period: Period;
  asOf: string;
  payers: number;
  bills: number;
  billsPaid: number;
  totals: readonly FundTotals[];
}): MonthCloseReport {
  const byFund = new Map(input.totals.map((t) => [t.fund, t]));
  const zero = { due: 0, collected: 0, lines: 0, paidLines: 0 };
  const funds = COLLECTION_SCHEMES.map((fund) => fundReport(fund, byFund.get(fund) ?? zero));
  const sum = (key: keyof typeof zero) => input.totals.reduce((s, t) => s + t[key], 0);
  const total = fundReport('total', {
    due: sum('due'),
    collected: sum('collected'),
    lines: sum('lines'),
    paidLines: sum('paidLines'),
  });
  const { totals: _totals, ...head } = input;
  return { ...head, funds, total };
}

/** The sums of the region's regular bills of the period (cancelled bills left out), one query each. */
export async function monthCloseReport(
  db: Db,
  input: { region: string; period: Period; asOf: string },
): Promise<MonthCloseReport> {
  const totals = await sql<FundTotals>`
    SELECT l.scheme AS fund,
           sum(l.employer_fen + l.employee_fen)::bigint AS due,
           coalesce(sum(l.employer_fen + l.employee_fen) FILTER (WHERE l.status = 'paid'), 0)::bigint AS collected,
           count(*)::int AS lines,
           count(*) FILTER (WHERE l.status = 'paid')::int AS "paidLines"
      FROM contribution_bills b JOIN bill_lines l ON l.bill_id = b.id
     WHERE b.region_code = ${input.region} AND b.period = ${input.period}
       AND b.kind = 'regular' AND b.status <> 'cancelled'
     GROUP BY l.scheme`.execute(db);
  const bills = await sql<{ bills: number; paid: number; payers: number }>`
    SELECT count(*)::int AS bills, count(*) FILTER (WHERE status = 'paid')::int AS paid,
           count(DISTINCT (payer_kind, coalesce(employer_id, 0), coalesce(person_id, 0)))::int AS payers
      FROM contribution_bills
     WHERE region_code = ${input.region} AND period = ${input.period} AND kind = 'regular' AND status <> 'cancelled'`.execute(
    db,
  );
  const b = bills.rows[0]!;
  return buildMonthCloseReport({
    ...input,
    payers: b.payers,
    bills: b.bills,
    billsPaid: b.paid,
    totals: totals.rows.map((t) => ({ ...t, due: Number(t.due), collected: Number(t.collected) })),
  });
}
