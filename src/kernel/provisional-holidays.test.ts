import { describe, expect, it } from 'vitest';
import { type CalendarDate, addDays, diffDays, parseCalendarDate } from './calendar-date.ts';
import { type HolidayYear, nationalHolidays } from './holidays.ts';
import {
  provisionalHolidayYear,
  provisionalSource,
  provisionalYearFirst,
  provisionalYearLast,
  statutoryHolidays,
} from './provisional-holidays.ts';

const d = (value: string): CalendarDate => parseCalendarDate(value);

/** Every day off of a table. */
function daysOff(year: HolidayYear): Set<string> {
  const days = new Set<string>();
  for (const block of year.blocks) {
    for (let day = block.firstDayOff; day <= block.lastDayOff; day = addDays(day, 1)) days.add(day);
  }
  return days;
}

describe('the statutory holidays of a year without a notice', () => {
  // holiday            2027                       2028
  it.each([
    ['元旦', ['2027-01-01', '2027-01-01'], ['2028-01-01', '2028-01-01']],
    ['春节', ['2027-02-05', '2027-02-08'], ['2028-01-25', '2028-01-28']],
    ['清明节', ['2027-04-05', '2027-04-05'], ['2028-04-04', '2028-04-04']],
    ['劳动节', ['2027-05-01', '2027-05-02'], ['2028-05-01', '2028-05-02']],
    ['端午节', ['2027-06-09', '2027-06-09'], ['2028-05-28', '2028-05-28']],
    ['中秋节', ['2027-09-15', '2027-09-15'], ['2028-10-03', '2028-10-03']],
    ['国庆节', ['2027-10-01', '2027-10-03'], ['2028-10-01', '2028-10-03']],
  ])('%s: 2027 %j, 2028 %j', (zh, in2027, in2028) => {
    for (const [year, [first, last]] of [
      [2027, in2027],
      [2028, in2028],
    ] as const) {
      const block = provisionalHolidayYear(year).blocks.find((b) => b.name.zh === zh);
      expect(block).toEqual(expect.objectContaining({ firstDayOff: first, lastDayOff: last, makeUpWorkdays: [] }));
    }
  });

  it('has the 13 statutory days, seven holidays, and says it is provisional', () => {
    const year = provisionalHolidayYear(2027);
    expect(year.year).toBe(2027);
    expect(year.source).toBe(provisionalSource);
    expect(year.blocks).toHaveLength(7);
    const days = year.blocks.reduce((sum, b) => sum + diffDays(b.firstDayOff, b.lastDayOff) + 1, 0);
    expect(days).toBe(13);
  });

  it('puts the Spring Festival eve on the last day of the 12th month, the 29th or the 30th', () => {
    // The 12th month before 2027 runs 01-08 to 02-05 (29 days), the one before 2030 01-04 to 02-02 (30).
    expect(provisionalHolidayYear(2027).blocks[1]).toMatchObject({ firstDayOff: d('2027-02-05') });
    expect(provisionalHolidayYear(2030).blocks[1]).toMatchObject({
      firstDayOff: d('2030-02-02'),
      lastDayOff: d('2030-02-05'),
    });
  });

  // The notices of 2025 and 2026, under the same rules, give every statutory day off and more:
  // bridging days, paid back by make-up working days.
  it.each([2025, 2026])('agrees with the loaded notice of %i', (year) => {
    const notice = nationalHolidays.find((entry) => entry.year === year) as HolidayYear;
    const noticeDaysOff = daysOff(notice);
    const derived = provisionalHolidayYear(year);
    for (const day of daysOff(derived)) expect(noticeDaysOff.has(day), `${day} is off in the notice`).toBe(true);
    // …and no holiday of the notice is missed: each of its blocks holds a derived day.
    const derivedDays = daysOff(derived);
    for (const block of notice.blocks) {
      const days = [...daysOff({ ...notice, blocks: [block] })];
      expect(
        days.some((day) => derivedDays.has(day)),
        `${block.name.en} ${year}`,
      ).toBe(true);
    }
  });

  it.each([provisionalYearFirst - 1, provisionalYearLast + 1, 2027.5])('refuses year %s', (year) => {
    expect(() => provisionalHolidayYear(year)).toThrow('no provisional holidays');
  });

  it('is the national rule for 2025–2100', () => {
    expect(statutoryHolidays).toMatchObject({ firstYear: 2025, lastYear: 2100 });
    expect(statutoryHolidays.derive(2029)).toEqual(provisionalHolidayYear(2029));
  });
});
