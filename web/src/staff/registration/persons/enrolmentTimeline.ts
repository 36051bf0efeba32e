/**
 * The enrolment timeline of the person 360 view: one row per scheme, a bar per period from its
 * start to its end (or today), coloured by the status it had then, and a marker on today.
 * ECharts custom series; the chart parts it needs are registered here, on top of the shared set.
 */
import type { CustomSeriesRenderItem, CustomSeriesRenderItemReturn } from 'echarts';
import { CustomChart, type CustomSeriesOption } from 'echarts/charts';
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import {
  addDays,
  compareDates,
  parseCalendarDate,
  toEpochDay,
  type CalendarDate,
} from '../../../../../src/kernel/calendar-date.ts';
import type { Translate } from '../../../i18n/index.ts';
import { echarts } from '../../../ui/charts/echarts.ts';
import { SCHEMES, type EnrolmentStatus, type EnrolmentWithEvents } from '../registrationTypes.ts';
import { enrolmentColours } from '../shared/RegistrationTags.tsx';

echarts.use([CustomChart]);

export type TimelineOption = ComposeOption<CustomSeriesOption | GridComponentOption | TooltipComponentOption>;

export interface Segment {
  row: number;
  start: CalendarDate;
  /** The end day, or null while it lasts (drawn to today). */
  end: CalendarDate | null;
  status: EnrolmentStatus;
  enrolment: EnrolmentWithEvents;
}

const msPerDay = 86_400_000;

/**
 * A calendar day on the chart's time axis: its kernel day number as milliseconds, i.e. the UTC
 * midnight that begins it. The option sets `useUTC`, so ECharts labels that instant with the very
 * day it stands for, whatever the device's time zone (a local midnight would shift in Urumqi or UTC).
 */
const dayMs = (day: CalendarDate) => toEpochDay(day) * msPerDay;

/** Splits each enrolment into periods by its suspend/resume events. */
export function segmentsOf(enrolments: readonly EnrolmentWithEvents[]): Segment[] {
  const out: Segment[] = [];
  for (const e of enrolments) {
    const row = SCHEMES.indexOf(e.scheme);
    const events = e.events
      .filter((x) => x.event === 'suspended' || x.event === 'resumed')
      .map((x): { on: CalendarDate; status: EnrolmentStatus } => ({
        on: parseCalendarDate(x.effectiveOn),
        status: x.event === 'suspended' ? 'suspended' : 'active',
      }))
      .sort((a, b) => compareDates(a.on, b.on));
    let from = parseCalendarDate(e.startedOn);
    let status: EnrolmentStatus = 'active';
    for (const x of events) {
      if (compareDates(x.on, from) > 0) out.push({ row, start: from, end: x.on, status, enrolment: e });
      from = x.on;
      status = x.status;
    }
    const end = e.endedOn === null ? null : parseCalendarDate(e.endedOn);
    out.push({ row, start: from, end, status: events.length > 0 ? status : e.status, enrolment: e });
  }
  return out;
}

interface Datum {
  value: [number, number, number];
  segment: Segment;
}

const renderBar: CustomSeriesRenderItem = (params, api) => {
  const row = api.value(0) as number;
  const from = api.coord([api.value(1), row]) as number[];
  const to = api.coord([api.value(2), row]) as number[];
  const height = (api.size?.([0, 1]) as number[])[1]! * 0.55;
  const coordSys = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
  const rect = echarts.graphic.clipRectByRect(
    { x: from[0]!, y: from[1]! - height / 2, width: Math.max(to[0]! - from[0]!, 2), height },
    coordSys,
  );
  if (!rect) return null as unknown as CustomSeriesRenderItemReturn;
  return { type: 'rect', shape: rect, style: api.style() };
};

const renderToday =
  (label: string): CustomSeriesRenderItem =>
  (params, api) => {
    const point = api.coord([api.value(0), 0]) as number[];
    const box = params.coordSys as unknown as { x: number; y: number; width: number; height: number };
    const x = point[0]!;
    return {
      type: 'group',
      children: [
        {
          type: 'line',
          shape: { x1: x, y1: box.y, x2: x, y2: box.y + box.height },
          style: { stroke: '#d9534f', lineDash: [4, 3] },
        },
        { type: 'text', x: x + 4, y: box.y + 2, style: { text: label, fill: '#d9534f', fontSize: 11 } },
      ],
    };
  };

/** The chart option; `today` closes open periods and places the marker. */
export function timelineOption(
  enrolments: readonly EnrolmentWithEvents[],
  today: CalendarDate,
  t: Translate,
): TimelineOption {
  const todayMs = dayMs(today);
  const segments = segmentsOf(enrolments);
  // At least a year of context, so that a new enrolment is not a sliver at the edge of nothing.
  const earliest = Math.min(dayMs(addDays(today, -365)), ...segments.map((s) => dayMs(s.start)));
  const span = todayMs - earliest;
  // Open periods run on past today to the edge: they continue.
  const edge = todayMs + span * 0.06;
  const data: Datum[] = segments.map((s) => ({
    value: [s.row, dayMs(s.start), s.end ? dayMs(s.end) : edge],
    segment: s,
    itemStyle: { color: enrolmentColours[s.status], opacity: s.end ? 0.75 : 1 },
  }));
  return {
    useUTC: true,
    tooltip: {
      formatter: (p) => {
        const d = (p as { data?: Datum }).data;
        if (!d?.segment) return t('reg.timeline.today', { date: today });
        const s = d.segment;
        const employer = s.enrolment.employerName ?? (s.enrolment.category === 'flexible' ? t('reg.flexible') : '');
        return [
          `<b>${t(`reg.scheme.${s.enrolment.scheme}`)}</b> · ${t(`reg.enrolmentStatus.${s.status}`)}`,
          `${s.start} → ${s.end ?? t('reg.timeline.now')}`,
          employer,
        ]
          .filter(Boolean)
          .join('<br/>');
      },
    },
    grid: { left: 8, right: 24, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'time', min: earliest - span * 0.02, max: edge },
    yAxis: {
      type: 'category',
      inverse: true,
      data: SCHEMES.map((s) => t(`reg.scheme.${s}`)),
      splitLine: { show: true, lineStyle: { color: '#f0f0f0' } },
    },
    series: [
      { type: 'custom', name: 'enrolments', renderItem: renderBar, encode: { x: [1, 2], y: 0 }, data },
      {
        type: 'custom',
        name: 'today',
        renderItem: renderToday(t('reg.timeline.todayShort')),
        encode: { x: 0 },
        data: [[todayMs]],
        silent: true,
        z: 10,
      },
    ],
  };
}
