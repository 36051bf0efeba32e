import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from './calendar-date.ts';
import {
  type Period,
  addMonths,
  comparePeriods,
  diffMonths,
  firstDayOf,
  isPeriod,
  lastDayOf,
  nextPeriod,
  parsePeriod,
  period,
  periodOf,
  periodParts,
  previousPeriod,
} from './period.ts';
import { Rejection } from './rejection.ts';

const p = (value: string): Period => parsePeriod(value);
const periods = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => period(year, month));

describe('parsing', () => {
  it.each(['202501', '202412', '000101', '999912'])('accepts %s', (value) => {
    expect(isPeriod(value)).toBe(true);
    expect(parsePeriod(value)).toBe(value);
  });

  it.each(['202500', '202513', '000001', '2025-01', '20251', '2025011', '', 'abcdef', ' 202501'])(
    'rejects %j with invalid_period',
    (value) => {
      expect(isPeriod(value)).toBe(false);
      expect(() => parsePeriod(value)).toThrow(Rejection);
      expect(() => parsePeriod(value)).toThrow(/^invalid_period/);
    },
  );

  it('builds and takes apart', () => {
    expect(period(2025, 3)).toBe('202503');
    expect(period(7, 12)).toBe('000712');
    expect(periodParts(p('202503'))).toEqual({ year: 2025, month: 3 });
  });

  it.each([
    [2025, 0],
    [2025, 13],
    [0, 1],
    [10000, 1],
    [2025.5, 1],
    [2025, 1.5],
  ])('period(%s, %s) is a programmer error', (year, month) => {
    expect(() => period(year, month)).toThrow('is not a valid period');
  });
});

describe('month arithmetic', () => {
  it.each([
    ['202501', 1, '202502'],
    ['202512', 1, '202601'],
    ['202501', -1, '202412'],
    ['202401', 14, '202503'],
    ['202503', -14, '202401'],
    ['202506', 0, '202506'],
    ['000101', 0, '000101'],
    ['999901', 11, '999912'],
  ])('%s + %i months = %s', (from, months, to) => {
    expect(addMonths(p(from), months)).toBe(to);
    expect(diffMonths(p(from), p(to))).toBe(months);
  });

  it('next and previous', () => {
    expect(nextPeriod(p('202412'))).toBe('202501');
    expect(previousPeriod(p('202501'))).toBe('202412');
  });

  it.each([
    ['999912', 1],
    ['000101', -1],
    ['202501', 0.5],
  ])('%s + %s months is a programmer error', (from, months) => {
    expect(() => addMonths(p(from), months)).toThrow();
  });

  it('next and previous are inverse', () => {
    fc.assert(
      fc.property(periods, (start) => {
        if (start !== '999912') expect(previousPeriod(nextPeriod(start))).toBe(start);
        if (start !== '000101') expect(nextPeriod(previousPeriod(start))).toBe(start);
      }),
    );
  });

  it('addMonths and diffMonths are inverse', () => {
    fc.assert(
      fc.property(periods, periods, (a, b) => {
        expect(addMonths(a, diffMonths(a, b))).toBe(b);
        expect(Math.sign(diffMonths(a, b))).toBe(comparePeriods(b, a));
      }),
    );
  });
});

describe('days of a period', () => {
  it.each([
    ['202402', '2024-02-01', '2024-02-29'],
    ['202502', '2025-02-01', '2025-02-28'],
    ['190002', '1900-02-01', '1900-02-28'],
    ['202512', '2025-12-01', '2025-12-31'],
    ['202504', '2025-04-01', '2025-04-30'],
  ])('%s runs from %s to %s', (value, first, last) => {
    expect(firstDayOf(p(value))).toBe(first);
    expect(lastDayOf(p(value))).toBe(last);
    expect(periodOf(parseCalendarDate(first))).toBe(value);
    expect(periodOf(parseCalendarDate(last))).toBe(value);
  });

  it.each([
    ['202501', '202502', -1],
    ['202502', '202501', 1],
    ['202501', '202501', 0],
  ])('compare(%s, %s) = %i', (a, b, order) => {
    expect(comparePeriods(p(a), p(b))).toBe(order);
  });
});
