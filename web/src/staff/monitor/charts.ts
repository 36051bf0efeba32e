/** ECharts options of the supervisor dashboard, built from the monitor API's answers. */
import type { Level } from '../../api/deskTypes.ts';
import type { MonitorCases, MonitorCompletion, MonitorQueue, MonitorRatings } from './monitorApi.ts';
import type { Local, Translate } from '../../i18n/index.ts';
import type { ChartOption } from '../../ui/charts/echarts.ts';
import { minutes } from '../../ui/format.ts';
import { levelColours } from '../../ui/LevelTag.tsx';

const slaColours = {
  on_track: '#52c41a',
  due_soon: '#fa8c16',
  overdue: '#f5222d',
  paused: '#1a4f9c',
  not_started: '#bfbfbf',
};
const statusColours = { received: '#bfbfbf', in_progress: '#1a4f9c', waiting_materials: '#faad14' };

const grid = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true };
const legend = { top: 0 };

export function statusPie(data: MonitorCases, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'item' },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie',
        radius: ['45%', '70%'],
        center: ['50%', '45%'],
        label: { formatter: '{c}' },
        data: data.byStatus.map((s) => ({
          name: t(`caseStatus.${s.status}`),
          value: s.count,
          itemStyle: { color: statusColours[s.status] },
        })),
      },
    ],
  };
}

export function slaBar(data: MonitorCases, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid,
    xAxis: { type: 'category', data: data.bySlaState.map((s) => t(`sla.${s.state}`)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        label: { show: true, position: 'top' },
        data: data.bySlaState.map((s) => ({ value: s.count, itemStyle: { color: slaColours[s.state] } })),
      },
    ],
  };
}

export function itemsBar(data: MonitorCases, t: Translate, local: Local): ChartOption {
  const items = [...data.byItem].sort((a, b) => a.open - b.open);
  const names = items.map((i) => local.text(i.itemName));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend,
    grid,
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: names, axisLabel: { width: 160, overflow: 'truncate' } },
    series: [
      {
        name: t('monitor.notDue'),
        type: 'bar',
        stack: 'open',
        itemStyle: { color: slaColours.on_track },
        data: items.map((i) => i.open - i.overdue - i.dueSoon),
      },
      {
        name: t('sla.due_soon'),
        type: 'bar',
        stack: 'open',
        itemStyle: { color: slaColours.due_soon },
        data: items.map((i) => i.dueSoon),
      },
      {
        name: t('sla.overdue'),
        type: 'bar',
        stack: 'open',
        itemStyle: { color: slaColours.overdue },
        data: items.map((i) => i.overdue),
      },
    ],
  };
}

export function completionBar(data: MonitorCompletion, t: Translate, local: Local): ChartOption {
  const names = data.items.map((i) => local.text(i.itemName));
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend,
    grid: { ...grid, right: 48 },
    xAxis: {
      type: 'category',
      data: names,
      axisLabel: { interval: 0, rotate: names.length > 5 ? 30 : 0, width: 110, overflow: 'truncate' },
    },
    yAxis: [
      { type: 'value', name: t('monitor.workingDays'), minInterval: 1 },
      { type: 'value', name: '%', min: 0, max: 100, splitLine: { show: false } },
    ],
    series: [
      { name: t('monitor.avgDays'), type: 'bar', barMaxWidth: 32, data: data.items.map((i) => i.avgWorkingDays) },
      {
        name: t('monitor.promisedDays'),
        type: 'bar',
        barMaxWidth: 32,
        itemStyle: { color: '#d9d9d9' },
        data: data.items.map((i) => i.promisedDays),
      },
      {
        name: t('monitor.withinShare'),
        type: 'line',
        yAxisIndex: 1,
        itemStyle: { color: '#36a3a0' },
        data: data.items.map((i) => (i.share === null ? null : Math.round(i.share * 1000) / 10)),
      },
    ],
  };
}

export function queueHourChart(data: MonitorQueue, t: Translate): ChartOption {
  const hours = Array.from({ length: 13 }, (_, i) => i + 7);
  for (const h of data.byHour) if (!hours.includes(h.hour)) hours.push(h.hour);
  hours.sort((a, b) => a - b);
  const at = (h: number) => data.byHour.find((x) => x.hour === h);
  return {
    tooltip: { trigger: 'axis' },
    legend,
    grid: { ...grid, right: 48 },
    xAxis: { type: 'category', data: hours.map((h) => `${h}:00`) },
    yAxis: [
      { type: 'value', name: t('monitor.tickets'), minInterval: 1 },
      { type: 'value', name: t('monitor.minutes'), splitLine: { show: false } },
    ],
    series: [
      { name: t('monitor.tickets'), type: 'bar', barMaxWidth: 28, data: hours.map((h) => at(h)?.tickets ?? 0) },
      {
        name: t('monitor.avgWait'),
        type: 'line',
        yAxisIndex: 1,
        connectNulls: true,
        itemStyle: { color: '#f0a020' },
        data: hours.map((h) => minutes(at(h)?.avgWaitSeconds)),
      },
    ],
  };
}

export function queueGroupChart(
  rows: { label: string; avgWaitSeconds: number | null; avgServiceSeconds: number | null; tickets: number }[],
  t: Translate,
): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend,
    grid,
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.label),
      axisLabel: { interval: 0, width: 90, overflow: 'truncate' },
    },
    yAxis: { type: 'value', name: t('monitor.minutes') },
    series: [
      {
        name: t('monitor.avgWait'),
        type: 'bar',
        barMaxWidth: 28,
        itemStyle: { color: '#f0a020' },
        data: rows.map((r) => minutes(r.avgWaitSeconds)),
      },
      {
        name: t('monitor.avgService'),
        type: 'bar',
        barMaxWidth: 28,
        itemStyle: { color: '#1a4f9c' },
        data: rows.map((r) => minutes(r.avgServiceSeconds)),
      },
    ],
  };
}

export function ratingsBar(data: MonitorRatings, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    grid,
    xAxis: { type: 'category', data: data.byLevel.map((l) => t(`level.${l.level}`)), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        label: { show: true, position: 'top' },
        data: data.byLevel.map((l) => ({ value: l.count, itemStyle: { color: levelColours[l.level as Level] } })),
      },
    ],
  };
}

export function ratingsChannelBar(data: MonitorRatings, t: Translate): ChartOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend,
    grid,
    xAxis: { type: 'category', data: data.byChannel.map((c) => t(`ratingChannel.${c.channel}`)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('monitor.goodRatings'),
        type: 'bar',
        stack: 'r',
        barMaxWidth: 48,
        itemStyle: { color: '#7cb305' },
        data: data.byChannel.map((c) => c.total - c.poor),
      },
      {
        name: t('monitor.poorRatings'),
        type: 'bar',
        stack: 'r',
        barMaxWidth: 48,
        itemStyle: { color: '#fa541c' },
        data: data.byChannel.map((c) => c.poor),
      },
    ],
  };
}
