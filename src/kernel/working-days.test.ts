import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, addDays, fromEpochDay, parseCalendarDate, toEpochDay } from './calendar-date.ts';
import { type HolidayBlock, type HolidayCalendar, type HolidayYear, nationalHolidays } from './holidays.ts';
import { type ProvisionalRule, provisionalSource, statutoryHolidays } from './provisional-holidays.ts';
import { WorkingDays, nationalWorkingDays } from './working-days.ts';

const d = (value: string): CalendarDate => parseCalendarDate(value);
const calendar = nationalWorkingDays;

describe('isWorkingDay', () => {
  it.each([
    ['2025-09-26', true, 'an ordinary Friday'],
    ['2025-09-27', false, 'an ordinary Saturday'],
    ['2025-09-28', true, 'Sunday worked for National Day'],
    ['2025-10-01', false, 'National Day'],
    ['2025-10-08', false, 'last day of the merged National Day and Mid-Autumn break'],
    ['2025-10-09', true, 'first day back'],
    ['2025-10-11', true, 'Saturday worked for National Day'],
    ['2025-01-26', true, 'Sunday worked for Spring Festival'],
    ['2025-02-04', false, 'last day of Spring Festival'],
    ['2025-02-08', true, 'Saturday worked for Spring Festival'],
    ['2025-04-27', true, 'Sunday worked for Labour Day'],
    ['2025-05-05', false, 'Labour Day (Monday)'],
    ['2025-06-02', false, 'Dragon Boat Festival (Monday)'],
    ['2026-01-02', false, "New Year's Day break (Friday)"],
    ['2026-01-04', true, "Sunday worked for New Year's Day"],
    ['2026-02-14', true, 'Saturday worked for Spring Festival'],
    ['2026-02-23', false, 'last day of Spring Festival (Monday)'],
    ['2026-02-28', true, 'Saturday worked for Spring Festival'],
    ['2026-05-09', true, 'Saturday worked for Labour Day'],
    ['2026-09-20', true, 'Sunday worked for National Day'],
    ['2026-09-25', false, 'Mid-Autumn Festival (Friday)'],
    ['2026-10-10', true, 'Saturday worked for National Day'],
    ['2024-02-18', true, 'Sunday worked for Spring Festival'],
    ['2024-05-11', true, 'Saturday worked for Labour Day'],
    ['2024-09-14', true, 'Saturday worked for Mid-Autumn'],
    ['2024-12-31', true, 'an ordinary Tuesday'],
  ])('%s is a working day: %s (%s)', (date, working) => {
    expect(calendar.isWorkingDay(d(date))).toBe(working);
  });

  it('knows which years have a notice and which it answers provisionally', () => {
    expect(calendar.noticeYears).toEqual([2024, 2025, 2026]);
    expect(calendar.provisionalRange).toEqual({ firstYear: 2025, lastYear: 2100 });
    expect(calendar.covers(d('2026-12-31'))).toBe(true);
    expect(calendar.isProvisional(d('2026-12-31'))).toBe(false);
    expect(calendar.covers(d('2027-01-01'))).toBe(true);
    expect(calendar.isProvisional(d('2027-01-01'))).toBe(true);
    expect(calendar.covers(d('2100-12-31'))).toBe(true);
    expect(calendar.covers(d('2101-01-01'))).toBe(false);
    expect(calendar.covers(d('2023-12-31'))).toBe(false);
  });

  it.each(['2023-12-29', '2101-01-04'])('throws for %s, outside the notices and the provisional rule', (date) => {
    expect(() => calendar.isWorkingDay(d(date))).toThrow(
      `${date} is outside the working-day calendar (notices 2024, 2025, 2026, provisional 2025–2100)`,
    );
    expect(() => calendar.isProvisional(d(date))).toThrow('outside');
  });

  it.each([
    [2024, 251],
    [2025, 248],
    [2026, 248],
  ])('%i has %i working days', (year, count) => {
    expect(calendar.workingDaysBetween(d(`${year - 1}-12-31`), d(`${year}-12-31`))).toBe(count);
  });
});

describe('addWorkingDays: deadlines across holidays and make-up days', () => {
  // The day of acceptance does not count; the deadline is the n-th working day after it.
  it.each([
    ['2025-09-26', 1, '2025-09-28', 'Sunday 9/28 is a make-up working day'],
    ['2025-09-26', 3, '2025-09-30', '9/28, 9/29, 9/30'],
    ['2025-09-26', 4, '2025-10-09', 'then the 10/1–10/8 break'],
    ['2025-09-26', 5, '2025-10-10', '… 10/9, 10/10'],
    ['2025-09-26', 6, '2025-10-11', 'Saturday 10/11 is a make-up working day'],
    ['2025-09-30', 1, '2025-10-09', 'the eight-day break is skipped'],
    ['2025-10-03', 1, '2025-10-09', 'accepted on a holiday'],
    ['2025-10-01', 0, '2025-10-01', 'zero working days is the day itself'],
    ['2025-01-24', 1, '2025-01-26', 'Sunday 1/26 is worked before Spring Festival'],
    ['2025-01-24', 2, '2025-01-27', ''],
    ['2025-01-24', 3, '2025-02-05', 'Spring Festival 1/28–2/4 skipped'],
    ['2025-02-05', 3, '2025-02-08', 'Saturday 2/8 is a make-up working day'],
    ['2025-04-03', 1, '2025-04-07', 'Qingming 4/4–4/6'],
    ['2025-04-25', 1, '2025-04-27', 'Sunday 4/27 is worked for Labour Day'],
    ['2025-04-25', 5, '2025-05-06', 'Labour Day 5/1–5/5 skipped'],
    ['2025-05-30', 1, '2025-06-03', 'Dragon Boat 5/31–6/2'],
    ['2025-05-30', 10, '2025-06-16', ''],
    ['2024-12-31', 1, '2025-01-02', "New Year's Day 2025"],
    ['2025-12-31', 1, '2026-01-04', "Sunday 1/4 is worked after New Year's Day 2026"],
    ['2025-12-31', 2, '2026-01-05', ''],
    ['2025-12-24', 10, '2026-01-08', 'across the year end'],
    ['2026-02-13', 1, '2026-02-14', 'Saturday 2/14 is worked before Spring Festival'],
    ['2026-02-13', 2, '2026-02-24', 'Spring Festival 2/15–2/23 skipped'],
    ['2026-02-13', 7, '2026-03-02', 'Saturday 2/28 counts'],
    ['2026-04-30', 1, '2026-05-06', 'Labour Day 5/1–5/5'],
    ['2026-04-30', 4, '2026-05-09', 'Saturday 5/9 is a make-up working day'],
    ['2026-06-18', 1, '2026-06-22', 'Dragon Boat 6/19–6/21'],
    ['2026-09-24', 1, '2026-09-28', 'Mid-Autumn 9/25–9/27'],
    ['2026-09-18', 15, '2026-10-15', 'a 15-working-day limit across Mid-Autumn and National Day'],
    ['2024-02-08', 2, '2024-02-18', 'Sunday 2/18/2024 is worked after Spring Festival'],
    ['2024-09-27', 2, '2024-09-30', 'Sunday 9/29/2024 is worked'],
    ['2024-09-27', 3, '2024-10-08', ''],
  ])('%s + %i working days = %s (%s)', (from, n, deadline) => {
    expect(calendar.addWorkingDays(d(from), n)).toBe(deadline);
    expect(calendar.workingDaysBetween(d(from), d(deadline))).toBe(n);
  });

  it('only looks up the days it counts', () => {
    expect(calendar.addWorkingDays(d('2023-12-31'), 1)).toBe('2024-01-02');
    expect(calendar.addWorkingDays(d('2027-06-01'), 0)).toBe('2027-06-01');
    expect(calendar.workingDaysBetween(d('2023-12-31'), d('2024-01-05'))).toBe(4);
  });

  it('counts on into a year without a notice, and says the deadline is provisional', () => {
    expect(calendar.deadline(d('2026-12-30'), 1)).toEqual({ dueOn: '2026-12-31', provisional: false });
    // 2027-01-01 (Friday) is New Year's Day by statute; 2027-01-02 and 01-03 are a weekend.
    expect(calendar.deadline(d('2026-12-31'), 1)).toEqual({ dueOn: '2027-01-04', provisional: true });
    expect(calendar.addWorkingDays(d('2026-12-31'), 1)).toBe('2027-01-04');
    expect(calendar.workingDaysBetween(d('2026-12-01'), d('2027-01-10'))).toBe(27);
    // Zero working days count no day at all, so nothing provisional is used.
    expect(calendar.deadline(d('2027-06-01'), 0)).toEqual({ dueOn: '2027-06-01', provisional: false });
  });

  it('throws rather than guess beyond the provisional rule', () => {
    expect(() => calendar.addWorkingDays(d('2100-12-31'), 1)).toThrow('2101-01-01 is outside the working-day calendar');
  });

  it.each([-1, 1.5, Number.NaN])('refuses a count of %s', (n) => {
    expect(() => calendar.addWorkingDays(d('2025-01-02'), n)).toThrow('not a non-negative integer');
  });
});

describe('workingDaysBetween', () => {
  it.each([
    ['2025-09-26', '2025-09-26', 0],
    ['2025-09-26', '2025-09-27', 0],
    ['2025-09-26', '2025-10-10', 5],
    ['2025-10-10', '2025-09-26', -5],
    ['2025-09-30', '2025-10-08', 0],
    ['2025-10-08', '2025-09-30', 0],
  ])('(%s, %s] has %i working days', (from, to, count) => {
    expect(calendar.workingDaysBetween(d(from), d(to))).toBe(count);
  });
});

describe('properties', () => {
  const first = toEpochDay(d('2024-01-01'));
  const starts = fc.integer({ min: first, max: first + 700 }).map(fromEpochDay);

  it('counting back the days added gives n', () => {
    fc.assert(
      fc.property(starts, fc.integer({ min: 0, max: 200 }), (start, n) => {
        const deadline = calendar.addWorkingDays(start, n);
        expect(calendar.workingDaysBetween(start, deadline)).toBe(n);
        if (n > 0) expect(calendar.isWorkingDay(deadline)).toBe(true);
      }),
    );
  });

  it('adding the days counted lands on the target when it is a working day', () => {
    fc.assert(
      fc.property(starts, fc.integer({ min: 0, max: 300 }), (start, span) => {
        const target = addDays(start, span);
        const count = calendar.workingDaysBetween(start, target);
        const reached = calendar.addWorkingDays(start, count);
        if (span === 0 || calendar.isWorkingDay(target)) expect(reached).toBe(target);
        else expect(reached < target).toBe(true);
        expect(calendar.workingDaysBetween(target, start)).toBe(0 - count);
      }),
    );
  });
});

describe('a custom table', () => {
  const block = (first: string, last: string, ...makeUp: string[]): HolidayBlock => ({
    name: { zh: '测试', en: 'Test' },
    firstDayOff: d(first),
    lastDayOff: d(last),
    makeUpWorkdays: makeUp.map(d),
  });
  const table = (...blocks: HolidayBlock[]): HolidayCalendar => [{ year: 2030, source: 'test', blocks }];

  it('applies a regional table of its own', () => {
    const regional = new WorkingDays(table(block('2030-03-04', '2030-03-05', '2030-03-09')));
    expect(regional.noticeYears).toEqual([2030]);
    expect(regional.provisionalRange).toBeNull();
    expect(regional.tableFor(2031)).toBeNull();
    expect(regional.isWorkingDay(d('2030-03-04'))).toBe(false);
    expect(regional.isWorkingDay(d('2030-03-09'))).toBe(true);
    expect(regional.isWorkingDay(d('2030-03-06'))).toBe(true);
    expect(() => regional.isWorkingDay(d('2029-12-31'))).toThrow('(notices 2030)');
  });

  it('an empty table covers nothing', () => {
    const empty = new WorkingDays([]);
    expect(empty.noticeYears).toEqual([]);
    expect(() => empty.isWorkingDay(d('2025-01-02'))).toThrow('outside');
  });

  it.each([
    ['a repeated year', [...table(), ...table()], 'repeats a year'],
    ['a reversed block', table(block('2030-03-05', '2030-03-04')), 'impossible span'],
    ['a block longer than a month', table(block('2030-03-01', '2030-04-01')), 'impossible span'],
    ['a block reaching into an uncovered year', table(block('2030-12-31', '2031-01-02')), 'outside the covered years'],
    ['a make-up day on a weekday', table(block('2030-03-04', '2030-03-04', '2030-03-06')), 'not a weekend day'],
    ['a make-up day that is also off', table(block('2030-03-09', '2030-03-10', '2030-03-09')), 'also a day off'],
    ['a make-up day outside the covered years', table(block('2030-03-04', '2030-03-04', '2031-01-04')), 'outside'],
  ])('refuses %s', (_label, holidays, message) => {
    expect(() => new WorkingDays(holidays)).toThrow(message);
  });
});

describe('adding years later', () => {
  const year = (y: number, first: string, last: string, ...makeUp: string[]): HolidayCalendar => [
    {
      year: y,
      source: `notice ${y}`,
      blocks: [
        { name: { zh: '测试', en: 'Test' }, firstDayOff: d(first), lastDayOff: d(last), makeUpWorkdays: makeUp.map(d) },
      ],
    },
  ];

  it('extends the calendar with next year’s notice', () => {
    const calendar = new WorkingDays(year(2030, '2030-03-04', '2030-03-04'));
    calendar.addYears(year(2031, '2031-01-01', '2031-01-01', '2031-01-04'));
    expect(calendar.noticeYears).toEqual([2030, 2031]);
    expect(calendar.holidayYears.map((y) => y.source)).toEqual(['notice 2030', 'notice 2031']);
    expect(calendar.addWorkingDays(d('2030-12-31'), 1)).toBe('2031-01-02');
    expect(calendar.isWorkingDay(d('2031-01-04'))).toBe(true);
  });

  it('keeps the years sorted when an earlier one is added', () => {
    const calendar = new WorkingDays(year(2031, '2031-01-01', '2031-01-01'));
    calendar.addYears(year(2030, '2030-03-04', '2030-03-04'));
    expect(calendar.noticeYears).toEqual([2030, 2031]);
  });

  it('refuses a year it already has and a bad table, changing nothing', () => {
    const calendar = new WorkingDays(year(2030, '2030-03-04', '2030-03-04'));
    expect(() => calendar.addYears(year(2030, '2030-03-05', '2030-03-05'))).toThrow('repeats a year');
    expect(() => calendar.addYears(year(2031, '2031-03-03', '2031-03-03', '2031-03-05'))).toThrow('not a weekend day');
    expect(calendar.noticeYears).toEqual([2030]);
    expect(calendar.isWorkingDay(d('2030-03-05'))).toBe(true);
    expect(calendar.covers(d('2031-03-03'))).toBe(false);
  });
});

describe('years without a notice', () => {
  const table = (year: number, source: string, first: string, last: string, ...makeUp: string[]): HolidayYear => ({
    year,
    source,
    blocks: [
      { name: { zh: '测试', en: 'Test' }, firstDayOff: d(first), lastDayOff: d(last), makeUpWorkdays: makeUp.map(d) },
    ],
  });
  const rule: ProvisionalRule = {
    firstYear: 2030,
    lastYear: 2031,
    derive: (year) => table(year, 'derived', `${year}-03-04`, `${year}-03-04`),
  };

  it('answers them from the provisional rule, and a notice replaces the derivation', () => {
    const calendar = new WorkingDays([table(2030, 'notice 2030', '2030-01-01', '2030-01-01')], rule);
    expect(calendar.isWorkingDay(d('2031-03-04'))).toBe(false);
    expect(calendar.deadline(d('2031-03-03'), 1)).toEqual({ dueOn: '2031-03-05', provisional: true });
    expect(calendar.tableFor(2031)).toEqual({ table: rule.derive(2031), provisional: true });
    expect(calendar.tableFor(2030)?.provisional).toBe(false);
    expect(calendar.tableFor(2032)).toBeNull();

    calendar.addYears([table(2031, 'notice 2031', '2031-03-05', '2031-03-06', '2031-03-08')]);
    expect(calendar.noticeYears).toEqual([2030, 2031]);
    expect(calendar.isProvisional(d('2031-03-04'))).toBe(false);
    expect(calendar.isWorkingDay(d('2031-03-04'))).toBe(true);
    expect(calendar.deadline(d('2031-03-03'), 2)).toEqual({ dueOn: '2031-03-07', provisional: false });
    expect(calendar.isWorkingDay(d('2031-03-08'))).toBe(true);
    expect(calendar.tableFor(2031)?.table.source).toBe('notice 2031');
  });

  it('adds a notice for a year never derived', () => {
    const calendar = new WorkingDays([], rule);
    calendar.addYears([table(2030, 'notice 2030', '2030-03-05', '2030-03-05')]);
    expect(calendar.isWorkingDay(d('2030-03-04'))).toBe(true);
  });

  it('refuses a rule that derives another year', () => {
    const wrong: ProvisionalRule = { ...rule, derive: () => table(2030, 'derived', '2030-03-04', '2030-03-04') };
    expect(() => new WorkingDays([], wrong).isWorkingDay(d('2031-06-02'))).toThrow('gave 2030 for 2031');
  });

  it('derives the national 2027 from the statutory holidays until its notice comes', () => {
    const national = new WorkingDays(nationalHolidays, statutoryHolidays);
    // Spring Festival 2027: the eve (Friday 02-05) to the 3rd day (Monday 02-08).
    expect(national.deadline(d('2027-02-04'), 1)).toEqual({ dueOn: '2027-02-09', provisional: true });
    expect(national.tableFor(2027)?.table.source).toBe(provisionalSource);
    national.addYears([table(2027, 'notice 2027', '2027-02-05', '2027-02-11', '2027-02-20')]);
    expect(national.deadline(d('2027-02-04'), 1)).toEqual({ dueOn: '2027-02-12', provisional: false });
  });
});
