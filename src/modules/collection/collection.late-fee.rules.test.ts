import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal, parseCents } from '../../kernel/cents.ts';
import type { Period } from '../../kernel/period.ts';
import { DEFAULT_LATE_FEE_RATES, lateFee, type DateRange } from './collection.late-fee.rules.ts';

const d = (s: string) => s as CalendarDate;
const p = (s: string) => s as Period;

function fee(arrears: string, period: string, assessedOn: string, deferred?: DateRange[]) {
  const r = lateFee({
    arrears: parseCents(arrears),
    period: p(period),
    assessedOn: d(assessedOn),
    rates: DEFAULT_LATE_FEE_RATES,
    ...(deferred ? { deferred } : {}),
  });
  return { days: r.days, fee: centsToDecimal(r.fee) };
}

describe('lateFee: scenario table (RULES §3)', () => {
  it.each([
    // arrears, period, assessed on, days, fee, why
    ['3250.00', '202403', '2024-06-15', 75, '121.88', 'the issue example: 30 + 31 + 14 days at 0.05 %'],
    ['1000.00', '202403', '2024-04-01', 0, '0.00', 'assessed on the first day of the next month: no day late'],
    ['1000.00', '202403', '2024-04-02', 1, '0.50', 'one day late'],
    ['1000.00', '202403', '2024-03-15', 0, '0.00', 'assessed inside the period itself'],
    ['3000.00', '202401', '2024-03-01', 29, '43.50', 'February 2024 (leap year): 29 days'],
    ['3000.00', '202301', '2023-03-01', 28, '42.00', 'February 2023: 28 days'],
    ['3000.00', '202302', '2023-04-01', 31, '46.50', 'a 31-day month (March)'],
    ['3000.00', '202403', '2024-05-01', 30, '45.00', 'a 30-day month (April)'],
    ['3000.00', '202312', '2024-02-01', 31, '46.50', 'across the year end: January'],
    ['1000.00', '201105', '2011-07-01', 30, '60.00', 'all of June 2011 at 0.2 %'],
    ['1000.00', '201105', '2011-07-02', 31, '60.50', '30 days at 0.2 % + 1 day (2011-07-01) at 0.05 %'],
    ['1000.00', '201105', '2011-07-11', 40, '65.00', '30 days at 0.2 % + 10 at 0.05 %'],
    ['1000.00', '201106', '2011-07-01', 0, '0.00', 'period 2011-06 assessed on 2011-07-01'],
    ['1000.00', '201106', '2011-07-11', 10, '5.00', 'period 2011-06: only days at the new rate'],
    ['1.00', '202403', '2024-04-11', 10, '0.01', '0.5 fen rounds half up'],
    ['1.00', '202403', '2024-04-10', 9, '0.00', '0.45 fen rounds down'],
    ['0.00', '202403', '2024-06-15', 75, '0.00', 'nothing owed, nothing charged'],
  ])('%s of %s assessed %s → %i days, %s (%s)', (arrears, period, on, days, expected) => {
    expect(fee(arrears, period, on)).toEqual({ days, fee: expected });
  });

  it('splits on the rate change and reports each segment', () => {
    const r = lateFee({
      arrears: parseCents('1000.00'),
      period: p('201105'),
      assessedOn: d('2011-07-11'),
      rates: DEFAULT_LATE_FEE_RATES,
    });
    expect(r.start).toBe('2011-06-01');
    expect(r.end).toBe('2011-07-10');
    expect(r.segments).toEqual([
      { from: '2011-06-01', to: '2011-06-30', days: 30, rate: '0.002' },
      { from: '2011-07-01', to: '2011-07-10', days: 10, rate: '0.0005' },
    ]);
  });

  it('splits on every validFrom, in any order given', () => {
    const r = lateFee({
      arrears: parseCents('100.00'),
      period: p('202401'),
      assessedOn: d('2024-02-11'),
      rates: [
        { validFrom: d('2024-02-06'), rate: '0.001' },
        { validFrom: d('2000-01-01'), rate: '0.0005' },
      ],
    });
    expect(r.segments.map((s) => [s.from, s.days, s.rate])).toEqual([
      ['2024-02-01', 5, '0.0005'],
      ['2024-02-06', 5, '0.001'],
    ]);
    expect(r.fee).toBe(centsFromInteger(75)); // 100 × (0.0005 × 5 + 0.001 × 5) = 0.75
  });

  it('days before the earliest rate accrue at the earliest rate', () => {
    expect(fee('1000.00', '199801', '1998-02-02')).toEqual({ days: 1, fee: '2.00' });
  });

  it('rounds once at the end, not per segment (documented choice)', () => {
    // 1.00 × 0.05 % × 5 days = 0.25 fen on each side of a deferral: per segment 0 + 0, once 0.5 → 1 fen.
    const r = lateFee({
      arrears: parseCents('1.00'),
      period: p('202403'),
      assessedOn: d('2024-04-21'),
      rates: DEFAULT_LATE_FEE_RATES,
      deferred: [{ from: d('2024-04-06'), to: d('2024-04-15') }],
    });
    expect(r).toMatchObject({ days: 10, deferredDays: 10, fee: 1 });
    expect(r.segments.map((s) => [s.from, s.to])).toEqual([
      ['2024-04-01', '2024-04-05'],
      ['2024-04-16', '2024-04-20'],
    ]);
  });

  it('deferred days accrue nothing, also when deferrals overlap or reach outside the range', () => {
    const deferred = [
      { from: d('2024-03-01'), to: d('2024-04-10') },
      { from: d('2024-04-05'), to: d('2024-04-30') },
    ];
    expect(fee('3250.00', '202403', '2024-06-15', deferred)).toEqual({ days: 45, fee: '73.13' });
    expect(fee('3250.00', '202403', '2024-06-15', [{ from: d('2020-01-01'), to: d('2030-12-31') }])).toEqual({
      days: 0,
      fee: '0.00',
    });
  });
});

describe('lateFee: properties', () => {
  const dates = fc.integer({ min: 0, max: 9000 }).map((n) => addDays(d('2005-01-01'), n));
  const periods = fc.record({ y: fc.integer({ min: 2005, max: 2028 }), m: fc.integer({ min: 1, max: 12 }) });
  const arrears = fc.integer({ min: 0, max: 10_000_000_00 });

  it('is monotone in the days (a later assessment never costs less) and in the arrears', () => {
    fc.assert(
      fc.property(arrears, arrears, periods, dates, fc.integer({ min: 0, max: 400 }), (a, b, { y, m }, on, more) => {
        const period = p(`${y}${String(m).padStart(2, '0')}`);
        const at = (x: number, date: CalendarDate) =>
          lateFee({ arrears: centsFromInteger(x), period, assessedOn: date, rates: DEFAULT_LATE_FEE_RATES });
        const early = at(a, on);
        const late = at(a, addDays(on, more));
        expect(late.days).toBeGreaterThanOrEqual(early.days);
        expect(late.fee).toBeGreaterThanOrEqual(early.fee);
        const [small, big] = a <= b ? [a, b] : [b, a];
        expect(at(big, on).fee).toBeGreaterThanOrEqual(at(small, on).fee);
        expect(early.days).toBe(early.segments.reduce((s, x) => s + x.days, 0));
      }),
    );
  });
});
