/**
 * Pure helpers of the collection pages: bill figures on the API's decimal strings (summed by the
 * kernel's money rules, ui/money.ts), the month close's progress, the reconciliation report's rows
 * and the charts' options. No floats touch a figure a person reads; charts get numbers to draw.
 */
import type { ChartOption } from '../../ui/charts/echarts.ts';
import { centsOf, sumDecimals } from '../../ui/money.ts';
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

/** The share of a bill paid, 0–100 (for a progress bar). */
export function billPaidPercent(bill: Pick<Bill, 'total' | 'paid'>): number {
  const total = BigInt(centsOf(bill.total));
  if (total <= 0n) return 100;
  return Number((BigInt(centsOf(bill.paid)) * 1000n) / total) / 10;
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
        total: sumDecimals(mine.map((l) => l.total)),
      },
    ];
  });
}

/** A rate as a percentage: '0.9731' → '97.31%', null (nothing was due) → '—'. */
export function ratePercent(rate: string | null): string {
  return rate === null ? '—' : `${(Number(rate) * 100).toFixed(2)}%`;
}

/** A month close's progress 0–100: the payers step (assess, bill, apply credit) is the long one, 0–80 %. */
export function closeProgress(close: Pick<MonthClose, 'status' | 'step' | 'payersDone' | 'payersTotal'>): number {
  if (close.status === 'completed') return 100;
  if (close.step !== 'payers') return STEP_SHARES[close.step];
  if (close.payersTotal <= 0) return 0;
  return Math.round((close.payersDone / close.payersTotal) * 800) / 10;
}

/** Where each step of a month close starts, in percent (docs/collection-plan.md, part D). */
const STEP_SHARES: Record<MonthClose['step'], number> = { payers: 0, arrears: 80, report: 90, close: 95, done: 100 };

/** Whether a month close is still working (the page polls while it is). */
export function closeRunning(close: Pick<MonthClose, 'status'>): boolean {
  return close.status === 'running';
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
        data: funds.map((f) => (f.rate === null ? null : Math.round(Number(f.rate) * 10000) / 100)),
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

/** The reconciliation report's rows, in the order of the file (the report lists them by outcome). */
export function reportRows(report: ReconciliationReport): ReconciliationRow[] {
  return [...report.matched, ...report.overPaid, ...report.underPaid, ...report.unmatched].sort(
    (a, b) => a.row - b.row,
  );
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
