import { describe, expect, it } from 'vitest';
import { bandRuns, monthIndexLabel, timelineOption } from './rightsTimeline.ts';
import type { RightsRow, RightsStatus, RightsView, Scheme } from './rightsTypes.ts';
import { formatDecimal } from '../../ui/money.ts';

const t = ((key: string) => key) as Parameters<typeof timelineOption>[1];

function row(period: string, status: RightsStatus, scheme: Scheme = 'pension'): RightsRow {
  return {
    period,
    scheme,
    status,
    base: '5000.00',
    employerAmount: '800.00',
    employeeAmount: '400.00',
    accountCredit: '400.00',
    employerName: null,
    paidOn: null,
    dueOn: status === 'due' || status === 'arrears' ? `${period.slice(0, 4)}-${period.slice(4)}-28` : null,
  };
}

function view(rows: RightsRow[]): RightsView {
  const years = [...new Set(rows.map((r) => Number(r.period.slice(0, 4))))].sort((a, b) => b - a);
  const zero = { pension: 0, medical: 0, unemployment: 0, work_injury: 0 };
  return {
    schemes: [],
    years: years.map((year) => ({
      year,
      rows: rows.filter((r) => r.period.startsWith(String(year))),
      totals: {
        months: zero,
        employerAmount: '0.00',
        employeeAmount: '0.00',
        accountCredit: '0.00',
        outstanding: '0.00',
        notYetDue: '0.00',
      },
    })),
    events: [{ kind: 'interrupted', scheme: 'pension', period: '201903', on: null, months: 1 }],
    truncated: false,
  };
}

describe('bandRuns', () => {
  it('makes runs of equal months per scheme, gaps included, from January of the first year', () => {
    const result = bandRuns(
      view([
        row('201901', 'paid'),
        row('201902', 'paid'),
        row('201903', 'arrears'),
        row('201905', 'paid'),
        row('201905', 'due'),
        row('202001', 'paid', 'medical'),
      ]),
    );
    expect(result.firstYear).toBe(2019);
    expect(result.months).toBe(24);
    expect(result.runs.map((r) => `${r.scheme}:${r.state}:${r.start}+${r.length}`)).toEqual([
      'pension:paid:0+2',
      'pension:arrears:2+1',
      'pension:gap:3+1',
      'pension:paid:4+1',
      'medical:paid:12+1',
    ]);
  });

  it('is empty without rows', () => {
    expect(bandRuns(view([])).runs).toEqual([]);
    expect(timelineOption(view([]), t)).toBeNull();
  });
});

describe('timelineOption', () => {
  it('draws one band per scheme with records, an offset bar first and the events as markers', () => {
    const option = timelineOption(
      view([row('201902', 'paid'), row('201903', 'arrears'), row('201901', 'paid', 'medical')]),
      t,
    )!;
    const series = option.series as Array<{ type: string; data: unknown[]; name?: string }>;
    expect((option.yAxis as { data: string[] }).data).toEqual(['rights.scheme.pension', 'rights.scheme.medical']);
    expect(series[0]!.data).toEqual([1, 0]);
    expect(series.filter((s) => s.type === 'bar')).toHaveLength(4);
    expect(series.at(-1)).toMatchObject({ type: 'line', name: 'rights.event.interrupted' });
  });
});

describe('formatting', () => {
  it.each([
    ['0.00', '0.00'],
    ['1234.50', '1,234.50'],
    ['-1234567.89', '-1,234,567.89'],
  ])('%s → %s', (input, expected) => expect(formatDecimal(input)).toBe(expected));
  it('labels a month index', () => expect(monthIndexLabel(13, 2019)).toBe('2020-02'));
});
