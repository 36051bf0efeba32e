import { describe, expect, it } from 'vitest';
import { type CalendarDate, addDays, parseCalendarDate } from './calendar-date.ts';
import { lunarMonthOf, lunarMonthOfParts, lunarMonthStart, qingmingDay } from './chinese-calendar.ts';

const d = (value: string): CalendarDate => parseCalendarDate(value);

describe('lunar months from Intl', () => {
  it.each([
    ['2025-01-28', { year: 2024, month: 12, leap: false }, '除夕 2025'],
    ['2025-01-29', { year: 2025, month: 1, leap: false }, '正月初一 2025'],
    ['2023-03-22', { year: 2023, month: 2, leap: true }, 'the leap 2nd month of 2023'],
    ['2025-07-25', { year: 2025, month: 6, leap: true }, 'the leap 6th month of 2025'],
    ['2033-12-22', { year: 2033, month: 11, leap: true }, 'the leap 11th month of 2033'],
  ])('%s is in %o (%s)', (date, month) => {
    expect(lunarMonthOf(d(date))).toEqual(month);
  });

  it('reads the parts ICU gives and nothing else', () => {
    const parts = (month: string, relatedYear = '2025') => [
      { type: 'month', value: month },
      { type: 'literal', value: '/' },
      { type: 'relatedYear', value: relatedYear },
    ];
    expect(lunarMonthOfParts(parts('12'))).toEqual({ year: 2025, month: 12, leap: false });
    expect(lunarMonthOfParts(parts('6bis'))).toEqual({ year: 2025, month: 6, leap: true });
    expect(() => lunarMonthOfParts(parts('闰六月'))).toThrow('no lunar month');
    expect(() => lunarMonthOfParts(parts('6', '乙巳'))).toThrow('no lunar month');
    expect(() => lunarMonthOfParts([{ type: 'month', value: '6' }])).toThrow('no lunar month');
  });
});

describe('the first day of a lunar month', () => {
  // Spring Festival (正月初一), Dragon Boat (五月初五) and Mid-Autumn (八月十五) as published.
  it.each([
    [2024, '2024-02-10', '2024-06-10', '2024-09-17'],
    [2025, '2025-01-29', '2025-05-31', '2025-10-06'],
    [2026, '2026-02-17', '2026-06-19', '2026-09-25'],
    [2027, '2027-02-06', '2027-06-09', '2027-09-15'],
    [2028, '2028-01-26', '2028-05-28', '2028-10-03'],
    [2029, '2029-02-13', '2029-06-16', '2029-09-22'],
    [2030, '2030-02-03', '2030-06-05', '2030-09-12'],
  ])('%i: Spring Festival %s, Dragon Boat %s, Mid-Autumn %s', (year, spring, dragonBoat, midAutumn) => {
    expect(lunarMonthStart(year, 1)).toBe(spring);
    expect(addDays(lunarMonthStart(year, 5), 4)).toBe(dragonBoat);
    expect(addDays(lunarMonthStart(year, 8), 14)).toBe(midAutumn);
  });

  it('starts a month on the day of its true new moon, even minutes before midnight', () => {
    // The new moon of 2027-02-06 is at 23:56 Beijing time: ICU alone would start the year on 02-07.
    expect(lunarMonthStart(2027, 1)).toBe('2027-02-06');
    expect(lunarMonthOf(d('2027-02-20'))).toEqual({ year: 2027, month: 1, leap: false });
  });

  it('skips a leap month of the same number', () => {
    // 2025 has a leap 6th month (2025-07-25 to 08-22); the ordinary 6th month begins 2025-06-25.
    expect(lunarMonthStart(2025, 6)).toBe('2025-06-25');
    expect(lunarMonthStart(2025, 7)).toBe('2025-08-23');
  });

  it.each([0, 13, 1.5])('refuses month %s', (month) => {
    expect(() => lunarMonthStart(2025, month)).toThrow('not 1–12');
  });
});

describe('Qingming', () => {
  it.each([
    [2019, '2019-04-05'],
    [2020, '2020-04-04'],
    [2021, '2021-04-04'],
    [2022, '2022-04-05'],
    [2023, '2023-04-05'],
    [2024, '2024-04-04'],
    [2025, '2025-04-04'],
    [2026, '2026-04-05'],
    [2027, '2027-04-05'],
    [2028, '2028-04-04'],
  ])('%i: %s', (year, day) => {
    expect(qingmingDay(year)).toBe(day);
  });

  it('agrees with the almanac rule of thumb for 2005–2099', () => {
    // 寿星通式 for the 21st century: day = ⌊Y × 0.2422 + 4.81⌋ − ⌊Y / 4⌋, Y the last two digits.
    // The closest call is 2071, when the term comes some ten minutes after midnight.
    for (let year = 2005; year <= 2099; year++) {
      const y = year - 2000;
      const day = Math.floor(y * 0.2422 + 4.81) - Math.floor(y / 4);
      expect(qingmingDay(year)).toBe(`${year}-04-0${day}`);
    }
  });
});
