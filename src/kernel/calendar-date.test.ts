import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CalendarDate,
  addDays,
  calendarDate,
  compareDates,
  dateOfInstant,
  dateOfUtcMidnight,
  dateParts,
  dayOfWeek,
  daysInMonth,
  diffDays,
  fromEpochDay,
  isCalendarDate,
  isLeapYear,
  parseCalendarDate,
  startOfChinaDay,
  thisYear,
  toEpochDay,
  today,
} from './calendar-date.ts';
import { fixedClock } from './clock.ts';
import { Rejection } from './rejection.ts';

const d = (value: string): CalendarDate => parseCalendarDate(value);

/** Any date of years 0001–9999, as a day number. */
const epochDays = fc.integer({ min: toEpochDay(d('0001-01-01')), max: toEpochDay(d('9999-12-31')) });

describe('isLeapYear and daysInMonth', () => {
  it.each([
    [2024, true],
    [2025, false],
    [2000, true],
    [1900, false],
    [2100, false],
    [1600, true],
  ])('%i leap: %s', (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [1900, 2, 28],
    [2025, 1, 31],
    [2025, 4, 30],
    [2025, 6, 30],
    [2025, 9, 30],
    [2025, 11, 30],
    [2025, 12, 31],
  ])('%i-%i has %i days', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it.each([0, 13, 1.5])('month %s is a programmer error', (month) => {
    expect(() => daysInMonth(2025, month)).toThrow('is not 1–12');
  });
});

describe('parsing', () => {
  it.each(['2025-01-01', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '1949-10-01'])(
    'accepts %s',
    (value) => {
      expect(isCalendarDate(value)).toBe(true);
      expect(parseCalendarDate(value)).toBe(value);
    },
  );

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '0000-01-01',
    '2025-1-01',
    '20250101',
    '2025/01/01',
    ' 2025-01-01',
    '2025-01-01T00:00:00Z',
    '',
    '２０２５-01-01',
  ])('rejects %j with invalid_date', (value) => {
    expect(isCalendarDate(value)).toBe(false);
    expect(() => parseCalendarDate(value)).toThrow(Rejection);
    try {
      parseCalendarDate(value);
    } catch (error) {
      expect((error as Rejection).code).toBe('invalid_date');
      expect((error as Rejection).details).toEqual({ value });
    }
  });

  it('truncates a huge rejected value in the details', () => {
    const value = 'x'.repeat(1000);
    try {
      parseCalendarDate(value);
      expect.unreachable();
    } catch (error) {
      expect((error as Rejection).details).toEqual({ value: 'x'.repeat(64) });
    }
  });
});

describe('building and taking apart', () => {
  it('pads years, months and days', () => {
    expect(calendarDate(5, 3, 7)).toBe('0005-03-07');
    expect(dateParts(d('2024-02-29'))).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each([
    [2025, 2, 29],
    [0, 1, 1],
    [10000, 1, 1],
    [2025, 13, 1],
    [2025, 1, 0],
    [2025.5, 1, 1],
    [2025, 1, 1.5],
    [2025, 1.5, 1],
  ])('calendarDate(%s, %s, %s) is a programmer error', (year, month, day) => {
    expect(() => calendarDate(year, month, day)).toThrow('is not a real date');
  });
});

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11_017],
    ['2025-01-01', 20_089],
    ['0001-01-01', -719_162],
    ['9999-12-31', 2_932_896],
  ])('%s is day %i', (date, epochDay) => {
    expect(toEpochDay(d(date))).toBe(epochDay);
    expect(fromEpochDay(epochDay)).toBe(date);
  });

  it('round-trips every day number and agrees with Date.UTC', () => {
    fc.assert(
      fc.property(epochDays, (epochDay) => {
        const date = fromEpochDay(epochDay);
        expect(toEpochDay(date)).toBe(epochDay);
        const { year, month, day } = dateParts(date);
        const utc = new Date(0);
        utc.setUTCFullYear(year, month - 1, day);
        expect(utc.getTime() / 86_400_000).toBe(epochDay);
      }),
    );
  });

  it.each([-719_163, 2_932_897, 1.5, Number.NaN])('day %s is outside the supported years', (epochDay) => {
    expect(() => fromEpochDay(epochDay)).toThrow('outside years 0001–9999');
  });
});

describe('arithmetic', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2025-03-01', -366, '2024-02-29'],
    ['2025-06-15', 0, '2025-06-15'],
  ])('%s + %i days = %s', (from, days, to) => {
    expect(addDays(d(from), days)).toBe(to);
    expect(diffDays(d(from), d(to))).toBe(days);
  });

  it('refuses a fractional day count', () => {
    expect(() => addDays(d('2025-01-01'), 0.5)).toThrow('not an integer');
  });

  it('addDays and diffDays are inverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), fc.integer({ min: -1000, max: 1000 }), (start, days) => {
        const from = fromEpochDay(start + toEpochDay(d('2000-01-01')));
        expect(diffDays(from, addDays(from, days))).toBe(days);
      }),
    );
  });
});

describe('dayOfWeek', () => {
  it.each([
    ['2025-01-01', 3],
    ['2025-09-28', 7],
    ['2025-10-11', 6],
    ['2026-02-14', 6],
    ['1970-01-01', 4],
    ['1969-12-29', 1],
    ['0001-01-01', 1],
  ])('%s is day %i', (date, weekday) => {
    expect(dayOfWeek(d(date))).toBe(weekday);
  });

  it('agrees with Date.getUTCDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (epochDay) => {
        const jsDay = new Date(epochDay * 86_400_000).getUTCDay();
        expect(dayOfWeek(fromEpochDay(epochDay))).toBe(jsDay === 0 ? 7 : jsDay);
      }),
    );
  });
});

describe('compareDates', () => {
  it.each([
    ['2025-01-01', '2025-01-02', -1],
    ['2025-01-02', '2025-01-01', 1],
    ['2025-01-01', '2025-01-01', 0],
    ['0999-12-31', '1000-01-01', -1],
  ])('compare(%s, %s) = %i', (a, b, order) => {
    expect(compareDates(d(a), d(b))).toBe(order);
  });
});

describe('today in Asia/Shanghai', () => {
  it.each([
    ['2025-12-31T15:59:59.999Z', '2025-12-31'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01'],
    ['2024-02-28T16:00:00.000Z', '2024-02-29'],
    ['1969-12-31T16:00:00.000Z', '1970-01-01'],
    ['1969-12-31T15:59:59.999Z', '1969-12-31'],
  ])('%s is %s in China', (instant, date) => {
    expect(today(fixedClock(new Date(instant)))).toBe(date);
    expect(dateOfInstant(new Date(instant))).toBe(date);
  });

  it('refuses an invalid Date', () => {
    expect(() => dateOfInstant(new Date('nope'))).toThrow('invalid Date');
    expect(() => dateOfUtcMidnight(new Date('nope'))).toThrow('invalid Date');
  });

  it.each([
    ['2026-12-31T15:59:59.999Z', 2026],
    ['2026-12-31T16:00:00.000Z', 2027],
    ['2027-01-01T07:59:00.000Z', 2027],
  ])('the year at %s is %s in China (not the UTC year)', (instant, year) => {
    expect(thisYear(fixedClock(new Date(instant)))).toBe(year);
  });

  it('reads a spreadsheet day at UTC midnight as that day, whatever the hour after it', () => {
    expect(dateOfUtcMidnight(new Date('2026-01-31T00:00:00Z'))).toBe('2026-01-31');
    expect(dateOfUtcMidnight(new Date('2026-01-31T23:59:59Z'))).toBe('2026-01-31');
    expect(dateOfUtcMidnight(new Date('1969-12-31T00:00:00Z'))).toBe('1969-12-31');
  });

  it('starts a China day at 16:00 UTC of the day before', () => {
    expect(startOfChinaDay(d('2027-01-01')).toISOString()).toBe('2026-12-31T16:00:00.000Z');
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        const day = fromEpochDay(n);
        const start = startOfChinaDay(day);
        return dateOfInstant(start) === day && dateOfInstant(new Date(start.getTime() - 1)) === addDays(day, -1);
      }),
    );
  });
});
