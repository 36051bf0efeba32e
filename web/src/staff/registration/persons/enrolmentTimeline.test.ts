import { afterEach, describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../../../../src/kernel/calendar-date.ts';
import { translate, type Translate } from '../../../i18n/index.ts';
import type { EnrolmentWithEvents } from '../registrationTypes.ts';
import { segmentsOf, timelineOption } from './enrolmentTimeline.ts';

const t: Translate = (key, vars) => translate('en', key, vars);
const today = parseCalendarDate('2026-03-01');

function enrolment(over: Partial<EnrolmentWithEvents>): EnrolmentWithEvents {
  return {
    id: 1,
    category: 'employee',
    employer: null,
    employerId: null,
    employerName: 'Acme',
    employmentId: null,
    mergedFrom: null,
    poolingRegion: '110000',
    scheme: 'pension',
    startedOn: '2025-01-10',
    endedOn: null,
    status: 'active',
    statusReason: null,
    events: [],
    ...over,
  };
}

const event = (kind: 'suspended' | 'resumed', effectiveOn: string) => ({
  actorName: 'clerk',
  at: `${effectiveOn}T02:00:00.000Z`,
  effectiveOn,
  event: kind,
  reason: null,
});

/** The x values of the chart's bars and of its today marker. */
function positions(option: ReturnType<typeof timelineOption>) {
  const series = option.series as { data: unknown[] }[];
  const bars = (series[0]!.data as { value: number[] }[]).map((d) => d.value.slice(1));
  const marker = (series[1]!.data as number[][])[0]![0];
  return { bars, marker, xAxis: option.xAxis };
}

const deviceZone = process.env.TZ;
afterEach(() => {
  if (deviceZone === undefined) delete process.env.TZ;
  else process.env.TZ = deviceZone;
});

describe('the enrolment timeline', () => {
  it('splits an enrolment at its suspensions and resumptions, in the order of their days', () => {
    const e = enrolment({ events: [event('resumed', '2025-09-01'), event('suspended', '2025-06-01')] });
    expect(segmentsOf([e]).map((s) => [s.start, s.end, s.status])).toEqual([
      ['2025-01-10', '2025-06-01', 'active'],
      ['2025-06-01', '2025-09-01', 'suspended'],
      ['2025-09-01', null, 'active'],
    ]);
  });

  it('places each day at the UTC midnight that names it and labels the axis in UTC', () => {
    const option = timelineOption([enrolment({ endedOn: '2026-02-01', status: 'terminated' })], today, t);
    expect(option.useUTC).toBe(true);
    const { bars, marker } = positions(option);
    expect(marker).toBe(Date.UTC(2026, 2, 1));
    expect(bars).toEqual([[Date.UTC(2025, 0, 10), Date.UTC(2026, 1, 1)]]);
  });

  it('draws the same chart whatever time zone the device is set to', () => {
    const enrolments = [enrolment({ events: [event('suspended', '2025-10-26')] })];
    const drawnIn = (zone: string) => {
      process.env.TZ = zone;
      return positions(timelineOption(enrolments, today, t));
    };
    const shanghai = drawnIn('Asia/Shanghai');
    expect(drawnIn('America/New_York')).toEqual(shanghai);
    expect(drawnIn('UTC')).toEqual(shanghai);
  });
});
