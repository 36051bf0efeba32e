/**
 * The ECharts option of the contribution timeline: months on the x axis (from January of the first
 * year), one band per scheme made of runs of months with the same status, and the derived events
 * as markers on their scheme's band. Pure, so it is unit-tested without a browser.
 */
import type { Translate } from '../../i18n/index.ts';
import { addMonths, diffMonths, parsePeriod, period, periodParts } from '../../../../src/kernel/period.ts';
import type { ChartOption } from '../../ui/charts/echarts.ts';
import {
  SCHEMES,
  type RightsEvent,
  type RightsEventKind,
  type RightsStatus,
  type RightsView,
  type Scheme,
} from './rightsTypes.ts';
import { periodLabel } from '../../ui/periods.ts';

/** A month's status on the band; 'gap' is a month without any record inside the scheme's span. */
export type BandState = RightsStatus | 'gap';

export const STATE_COLOURS: Readonly<Record<BandState, string>> = {
  paid: '#1a4f9c',
  back_paid: '#5b8ff9',
  transferred_in: '#7b61c4',
  due: '#f0a020',
  arrears: '#d9534f',
  transferred_out: '#bfbfbf',
  gap: '#e5e8ee',
};

/** When payers of one month differ, the band shows the most favourable status. */
const PRIORITY: readonly RightsStatus[] = ['paid', 'back_paid', 'transferred_in', 'arrears', 'due', 'transferred_out'];

const EVENT_MARKS: Readonly<Record<RightsEventKind, { symbol: string; colour: string }>> = {
  account_established: { symbol: 'diamond', colour: '#36a3a0' },
  interrupted: { symbol: 'triangle', colour: '#d9534f' },
  resumed: { symbol: 'circle', colour: '#1a4f9c' },
  transferred_in: { symbol: 'arrow', colour: '#7b61c4' },
  transferred_out: { symbol: 'arrow', colour: '#8c8c8c' },
};

export interface Run {
  readonly scheme: Scheme;
  readonly state: BandState;
  /** Month index from January of the first year. */
  readonly start: number;
  readonly length: number;
}

// Month arithmetic is the kernel's (period.ts): a malformed period from the server throws.
const yearOf = (p: string) => periodParts(parsePeriod(p)).year;
const monthIndex = (p: string, firstYear: number) => diffMonths(period(firstYear, 1), parsePeriod(p));
/** '2024-03' for a month index counted from January of `firstYear`. */
export const monthIndexLabel = (index: number, firstYear: number) =>
  periodLabel(addMonths(period(firstYear, 1), index));

/** The runs of each scheme's band, from its first record to its last, gaps included. */
export function bandRuns(view: RightsView): { runs: Run[]; firstYear: number; months: number } {
  const rows = view.years.flatMap((y) => y.rows);
  if (rows.length === 0) return { runs: [], firstYear: 0, months: 0 };
  const firstYear = Math.min(...rows.map((r) => yearOf(r.period)));
  const months = (Math.max(...rows.map((r) => yearOf(r.period))) - firstYear + 1) * 12;
  const runs: Run[] = [];
  for (const scheme of SCHEMES) {
    const byMonth = new Map<number, RightsStatus[]>();
    for (const r of rows.filter((x) => x.scheme === scheme)) {
      const i = monthIndex(r.period, firstYear);
      byMonth.set(i, [...(byMonth.get(i) ?? []), r.status]);
    }
    if (byMonth.size === 0) continue;
    const indexes = [...byMonth.keys()];
    const last = Math.max(...indexes);
    for (let i = Math.min(...indexes); i <= last; i++) {
      const statuses = byMonth.get(i);
      const state: BandState = statuses ? PRIORITY.find((s) => statuses.includes(s))! : 'gap';
      const previous = runs.at(-1);
      if (previous && previous.scheme === scheme && previous.state === state && previous.start + previous.length === i)
        runs[runs.length - 1] = { ...previous, length: previous.length + 1 };
      else runs.push({ scheme, state, start: i, length: 1 });
    }
  }
  return { runs, firstYear, months };
}

function eventSeries(events: readonly RightsEvent[], firstYear: number, t: Translate, schemesShown: readonly Scheme[]) {
  const kinds = [...new Set(events.map((e) => e.kind))];
  return kinds.map((kind) => ({
    type: 'line' as const,
    name: t(`rights.event.${kind}`),
    data: events
      .filter((e) => e.kind === kind && schemesShown.includes(e.scheme))
      .map((e) => ({
        value: [monthIndex(e.period, firstYear) + 0.5, t(`rights.scheme.${e.scheme}`)],
        name: `${t(`rights.event.${kind}`)} · ${t(`rights.scheme.${e.scheme}`)} · ${e.on ?? monthIndexLabel(monthIndex(e.period, firstYear), firstYear)}${e.months ? ` · ${t('rights.event.months', { n: e.months })}` : ''}`,
      })),
    symbol: EVENT_MARKS[kind].symbol,
    symbolSize: 12,
    itemStyle: { color: EVENT_MARKS[kind].colour, borderColor: '#fff', borderWidth: 1 },
    lineStyle: { width: 0, opacity: 0 },
    z: 5,
  }));
}

/** The timeline option; null when there is nothing to draw. */
export function timelineOption(view: RightsView, t: Translate): ChartOption | null {
  const { runs, firstYear, months } = bandRuns(view);
  if (runs.length === 0) return null;
  const shown = SCHEMES.filter((s) => runs.some((r) => r.scheme === s));
  const categories = shown.map((s) => t(`rights.scheme.${s}`));
  const offsets = shown.map((s) => runs.find((r) => r.scheme === s)!.start);
  const bars = runs.map((run) => {
    const data: Array<{ value: number; name: string } | '-'> = shown.map(() => '-');
    const to = monthIndexLabel(run.start + run.length - 1, firstYear);
    data[shown.indexOf(run.scheme)] = {
      value: run.length,
      name: `${t(`rights.scheme.${run.scheme}`)} · ${t(`rights.status.${run.state}`)} · ${monthIndexLabel(run.start, firstYear)}${run.length > 1 ? ` – ${to}` : ''}`,
    };
    return {
      type: 'bar' as const,
      stack: 'band',
      name: t(`rights.status.${run.state}`),
      data,
      barWidth: 18,
      itemStyle: { color: STATE_COLOURS[run.state] },
    };
  });
  const years = months / 12;
  const step = 12 * Math.max(1, Math.ceil(years / 12));
  return {
    grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
    legend: {
      top: 0,
      data: [
        ...new Set([...bars.map((b) => b.name), ...eventSeries(view.events, firstYear, t, shown).map((e) => e.name)]),
      ],
    },
    tooltip: { trigger: 'item', formatter: (p) => (Array.isArray(p) ? '' : String(p.name ?? '')) },
    xAxis: {
      type: 'value',
      min: 0,
      max: months,
      interval: step,
      axisLabel: { formatter: (v: number) => String(firstYear + Math.floor(v / 12)) },
      splitLine: { lineStyle: { color: '#f0f0f0' } },
    },
    yAxis: { type: 'category', data: categories, inverse: true, axisTick: { show: false } },
    series: [
      // Invisible bars push each band to its scheme's first month.
      {
        type: 'bar',
        stack: 'band',
        data: offsets,
        silent: true,
        itemStyle: { color: 'transparent' },
        tooltip: { show: false },
        barWidth: 18,
      },
      ...bars,
      ...eventSeries(view.events, firstYear, t, shown),
    ],
  };
}
