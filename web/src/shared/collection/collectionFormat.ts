/**
 * Pure helpers of the collection pages: bill figures on the API's decimal strings (summed by the
 * kernel's money rules, ui/money.ts), the month close's progress and report, the reconciliation
 * report's counts and the charts' options. No floats touch a figure a person reads; charts get
 * numbers to draw.
 */
import type { ChartOption } from '../../ui/charts/echarts.ts';
import { centsOf, subtractDecimals, sumDecimals } from '../../ui/money.ts';
import { periodLabel } from '../../ui/periods.ts';
import type {
  ArrearsByPeriod,
  ArrearsRow,
  Bill,
  BillLine,
  CollectionScheme,
  FundReport,
  MonthClose,
  ReconciliationReport,
  ReconciliationRow,
} from './collectionTypes.ts';

/** What a bill still asks for: the server's figure, or total − paid. */
export function billOutstanding(bill: Pick<Bill, 'total' | 'paid'> & { open?: string }): string {
  return bill.open ?? subtractDecimals(bill.total, bill.paid);
}

/** The share of a bill paid, 0–100 (for a progress bar). */
export function billPaidPercent(bill: Pick<Bill, 'total' | 'paid'>): number {
  const total = BigInt(centsOf(bill.total));
  if (total <= 0n) return 100;
  return Number((BigInt(centsOf(bill.paid)) * 1000n) / total) / 10;
}

/** A line's total (employer + employee). */
export function lineTotal(line: Pick<BillLine, 'employer' | 'employee'>): string {
  return sumDecimals([line.employer, line.employee]);
}

export interface SchemeTotals {
  scheme: CollectionScheme;
  persons: number;
  base: string;
  employer: string;
  employee: string;
  accountCredit: string;
  total: string;
}

/** A bill's lines summed per scheme (in the order the bill lists them). */
export function totalsByScheme(lines: readonly BillLine[]): SchemeTotals[] {
  const order: CollectionScheme[] = ['pension', 'medical', 'unemployment', 'work_injury'];
  return order.flatMap((scheme) => {
    const mine = lines.filter((l) => l.scheme === scheme);
    if (mine.length === 0) return [];
    return [
      {
        scheme,
        persons: new Set(mine.map((l) => l.personId)).size,
        base: sumDecimals(mine.map((l) => l.base)),
        employer: sumDecimals(mine.map((l) => l.employer)),
        employee: sumDecimals(mine.map((l) => l.employee)),
        accountCredit: sumDecimals(mine.map((l) => l.accountCredit)),
        total: sumDecimals(mine.map(lineTotal)),
      },
    ];
  });
}

/** A rate as a percentage: '0.9731' → '97.31%', 0.5 → '50.00%', null → '—'. */
export function ratePercent(rate: string | number | null | undefined): string {
  if (rate === null || rate === undefined || rate === '') return '—';
  const value = typeof rate === 'number' ? rate : Number(rate);
  if (!Number.isFinite(value)) return String(rate);
  return `${(value * 100).toFixed(2)}%`;
}

/** The collection rate of a fund: the server's, else collected ÷ due. */
export function fundRate(fund: FundReport): number | null {
  if (fund.rate !== null && fund.rate !== undefined && fund.rate !== '') return Number(fund.rate);
  const due = BigInt(centsOf(fund.due));
  return due === 0n ? null : Number((BigInt(centsOf(fund.collected)) * 10000n) / due) / 10000;
}

/** A month close's progress 0–100, whatever form the server sends it in. */
export function closeProgress(
  close: Pick<MonthClose, 'progress' | 'done' | 'total' | 'status'> &
    Partial<Pick<MonthClose, 'step' | 'payersDone' | 'payersTotal'>>,
): number {
  if (close.status === 'done' || close.status === 'closed' || close.status === 'completed') return 100;
  if (close.step && close.step in STEP_SHARES) {
    // The payers step is the long one (assess, bill, apply credit, chunk by chunk): 0–80 %.
    if (close.step === 'payers') {
      const total = close.payersTotal ?? 0;
      return total > 0 ? clampPercent(((close.payersDone ?? 0) / total) * 80) : 0;
    }
    return STEP_SHARES[close.step]!;
  }
  const p = close.progress;
  if (typeof p === 'number') return clampPercent(p <= 1 && p > 0 && !Number.isInteger(p) ? p * 100 : p);
  const pair = p && typeof p === 'object' ? p : { done: close.done ?? 0, total: close.total ?? 0 };
  if (!pair.total) return 0;
  return clampPercent((pair.done / pair.total) * 100);
}

/** Where each step of a month close starts, in percent (docs/collection-plan.md, part D). */
const STEP_SHARES: Record<string, number> = { payers: 0, arrears: 80, report: 90, close: 95, done: 100 };

function clampPercent(value: number): number {
  return Math.max(0, Math.min(100, Math.round(value * 10) / 10));
}

/** Whether a month close is still working (the page polls while it is). */
export function closeRunning(close: Pick<MonthClose, 'status'>): boolean {
  return !['done', 'closed', 'completed', 'failed', 'error'].includes(String(close.status));
}

/** The report per fund of a month close, whatever wrapper it comes in. */
export function closeFunds(close: Pick<MonthClose, 'report'>): FundReport[] {
  const report = close.report;
  if (!report) return [];
  if (Array.isArray(report)) return report;
  return report.funds ?? report.byFund ?? [];
}

/** Due vs collected per fund (bars) and the collection rate (line, right axis). */
export function closeChartOption(
  funds: readonly FundReport[],
  labels: { fund: (fund: string) => string; due: string; collected: string; arrears: string; rate: string },
): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: funds.map((f) => labels.fund(String(f.fund))) },
    yAxis: [
      { type: 'value', name: '¥' },
      { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
    ],
    series: [
      { name: labels.due, type: 'bar', data: funds.map((f) => Number(f.due)) },
      { name: labels.collected, type: 'bar', data: funds.map((f) => Number(f.collected)) },
      { name: labels.arrears, type: 'bar', data: funds.map((f) => Number(f.arrears)) },
      {
        name: labels.rate,
        type: 'line',
        yAxisIndex: 1,
        data: funds.map((f) => {
          const r = fundRate(f);
          return r === null ? null : Math.round(r * 10000) / 100;
        }),
      },
    ],
  };
}

/** Arrears by period (oldest first) as stacked bars of arrears and late fees. */
export function arrearsByMonthOption(
  months: readonly ArrearsByPeriod[],
  labels: { arrears: string; lateFee: string },
): ChartOption {
  const sorted = [...months].sort((a, b) => a.period.localeCompare(b.period));
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: sorted.map((m) => periodLabel(m.period)) },
    yAxis: { type: 'value', name: '¥' },
    series: [
      { name: labels.arrears, type: 'bar', stack: 'owed', data: sorted.map((m) => Number(m.amount)) },
      { name: labels.lateFee, type: 'bar', stack: 'owed', data: sorted.map((m) => Number(m.lateFee)) },
    ],
  };
}

/** The payers owing most (top `limit`, largest first) as horizontal bars. */
export function arrearsByPayerOption(
  rows: readonly ArrearsRow[],
  labels: { arrears: string; lateFee: string },
  limit = 10,
): ChartOption {
  const top = [...rows]
    .sort((a, b) => centsOf(b.amount) - centsOf(a.amount))
    .slice(0, limit)
    .reverse();
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', name: '¥' },
    yAxis: { type: 'category', data: top.map((r) => r.name) },
    series: [
      { name: labels.arrears, type: 'bar', stack: 'owed', data: top.map((r) => Number(r.amount)) },
      { name: labels.lateFee, type: 'bar', stack: 'owed', data: top.map((r) => Number(r.lateFeeAccrued)) },
    ],
  };
}

export type Outcome = 'matched' | 'over_paid' | 'under_paid' | 'unmatched';
export const OUTCOMES: readonly Outcome[] = ['matched', 'over_paid', 'under_paid', 'unmatched'];

export interface ReportView {
  counts: Record<Outcome, number>;
  rows: ReconciliationRow[];
}

/** The reconciliation report as counts per outcome and one list of rows (each with its outcome). */
export function reportView(report: ReconciliationReport | null | undefined): ReportView {
  const counts: Record<Outcome, number> = { matched: 0, over_paid: 0, under_paid: 0, unmatched: 0 };
  const rows: ReconciliationRow[] = [];
  if (!report) return { counts, rows };
  const parts: Array<[Outcome, ReconciliationRow[] | number | undefined]> = [
    ['matched', report.matched],
    ['over_paid', report.overPaid],
    ['under_paid', report.underPaid],
    ['unmatched', report.unmatched],
  ];
  for (const [outcome, part] of parts) {
    if (typeof part === 'number') counts[outcome] = part;
    else if (Array.isArray(part)) {
      counts[outcome] = part.length;
      rows.push(...part.map((r) => ({ ...r, outcome: r.outcome ?? outcome })));
    }
  }
  if (report.rows) {
    rows.length = 0;
    rows.push(...report.rows);
    for (const outcome of OUTCOMES) {
      const n = report.rows.filter((r) => r.outcome === outcome).length;
      if (n > counts[outcome]) counts[outcome] = n;
    }
  }
  rows.sort((a, b) => (a.row ?? a.line ?? 0) - (b.row ?? b.line ?? 0));
  return { counts, rows };
}

/** The periods a payer has bills for, newest first. */
export function billPeriods(bills: readonly Bill[]): string[] {
  return [...new Set(bills.filter((b) => b.status !== 'cancelled').map((b) => b.period))].sort().reverse();
}

/**
 * Whether a full citizen ID agrees with a masked one ('330106********001X'): same length and the
 * same character wherever the mask shows one. A quick check before the server's own.
 */
export function matchesMask(citizenId: string, masked: string): boolean {
  const id = citizenId.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id) && !/^\d{15}$/.test(id)) return false;
  if (!masked || masked.length !== id.length) return !masked;
  return [...masked.toUpperCase()].every((c, i) => c === '*' || c === id[i]);
}

/** The declaration template (CSV, UTF-8 with BOM for Excel): the header and one row per employee to fill in. */
export function declarationTemplateCsv(
  header: { citizenId: string; name: string; wage: string },
  employees: ReadonlyArray<{ name: string }>,
): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = employees.map((e) => `,${quote(e.name)},`);
  return `\uFEFF${[`${header.citizenId},${header.name},${header.wage}`, ...rows].join('\r\n')}\r\n`;
}
