import type { Translate } from '../../../i18n/index.ts';
import type { ChartOption } from '../../../ui/charts/echarts.ts';
import type { FlowMonth, Fund } from '../ledgerTypes.ts';
import { yuanForChart } from '../../../ui/money.ts';
import { periodLabel } from '../../../ui/periods.ts';

/** Per month: income (contributions), interest credited, and expenditure (benefits) drawn below the axis. */
export function flowSeries(months: readonly FlowMonth[], fund: Fund | undefined) {
  const byPeriod = new Map<string, { income: number; interest: number; expenditure: number }>();
  for (const m of months) {
    if (fund && m.fund !== fund) continue;
    const slot = byPeriod.get(m.period) ?? { income: 0, interest: 0, expenditure: 0 };
    slot.income += yuanForChart(m.contributions);
    slot.interest += yuanForChart(m.interest);
    slot.expenditure -= yuanForChart(m.benefits);
    byPeriod.set(m.period, slot);
  }
  const periods = [...byPeriod.keys()].sort();
  const pick = (key: 'income' | 'interest' | 'expenditure') =>
    periods.map((p) => Math.round((byPeriod.get(p)?.[key] ?? 0) * 100) / 100);
  return { periods, income: pick('income'), interest: pick('interest'), expenditure: pick('expenditure') };
}

/** The fund-flow chart: stacked bars by month. */
export function flowChart(months: readonly FlowMonth[], fund: Fund | undefined, t: Translate): ChartOption {
  const s = flowSeries(months, fund);
  const bar = (name: string, data: number[], color: string) => ({
    name,
    type: 'bar' as const,
    stack: 'flow',
    barMaxWidth: 36,
    itemStyle: { color },
    data,
  });
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: s.periods.map(periodLabel) },
    yAxis: { type: 'value', name: t('ledger.yuan') },
    series: [
      bar(t('ledger.flow.income'), s.income, '#1a4f9c'),
      bar(t('ledger.flow.interest'), s.interest, '#36a3a0'),
      bar(t('ledger.flow.expenditure'), s.expenditure, '#d9534f'),
    ],
  };
}
