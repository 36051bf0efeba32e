import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CalendarDate } from '../../kernel/calendar-date.ts';
import { nationalWorkingDays } from '../../kernel/working-days.ts';
import { systemActor } from '../audit/index.ts';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import { addHolidayYear, checkHolidayNotice, holidayYearsOverview, installHolidayYears } from './calendar.service.ts';

const notice2030 = {
  year: 2030,
  source: 'test notice 2030',
  blocks: [
    {
      name: { zh: '元旦', en: "New Year's Day" },
      firstDayOff: '2030-01-01',
      lastDayOff: '2030-01-01',
      makeUpWorkdays: [],
    },
    {
      name: { zh: '春节', en: 'Spring Festival' },
      firstDayOff: '2030-02-04',
      lastDayOff: '2030-02-08',
      makeUpWorkdays: ['2030-02-09'],
    },
  ],
};
const d = (s: string) => s as CalendarDate;

describe('checking a notice file', () => {
  it.each([
    ['not an object', 'x', 'expected object'],
    ['an unknown field', { ...notice2030, extra: 1 }, 'extra'],
    [
      'an impossible date',
      { ...notice2030, blocks: [{ ...notice2030.blocks[0], lastDayOff: '2030-02-30' }] },
      'real date',
    ],
    ['a year already built in', { ...notice2030, year: 2025 }, 'repeats a year'],
    [
      'a make-up day on a weekday',
      { ...notice2030, blocks: [{ ...notice2030.blocks[1], makeUpWorkdays: ['2030-02-11'] }] },
      'not a weekend day',
    ],
  ])('refuses %s', (_label, value, problem) => {
    const checked = checkHolidayNotice(value);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.problem).toContain(problem);
  });

  it('accepts a notice that adds up', () => {
    expect(checkHolidayNotice(notice2030).ok).toBe(true);
  });
});

describe('stored notices', () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await testContext();
  });
  afterAll(() => t.dispose());

  it('stores an added year, audits it, extends the calendar, and loads it again at start', async () => {
    const checked = checkHolidayNotice(notice2030);
    if (!checked.ok) throw new Error(checked.problem);
    // Before its notice, 2030 is answered provisionally: the statute makes 2–5 Feb the Spring
    // Festival, so Friday 8 Feb is a working day; the notice (4–8 Feb) makes it a day off.
    expect(nationalWorkingDays.isProvisional(d('2030-02-08'))).toBe(true);
    expect(nationalWorkingDays.isWorkingDay(d('2030-02-08'))).toBe(true);
    await addHolidayYear(t.ctx, systemActor, checked.year);
    expect(nationalWorkingDays.isProvisional(d('2030-02-08'))).toBe(false);
    expect(nationalWorkingDays.isWorkingDay(d('2030-02-08'))).toBe(false);
    expect(nationalWorkingDays.isWorkingDay(d('2030-02-09'))).toBe(true);
    const overview = await holidayYearsOverview(t.ctx.db, d('2029-06-01'));
    expect(overview.find((y) => y.year === 2030)).toMatchObject({
      year: 2030,
      source: 'test notice 2030',
      origin: 'added',
      addedBy: 'system',
    });
    expect(overview.find((y) => y.year === 2025)?.origin).toBe('built_in');
    // 2029, this year of the overview, has no notice: it is listed as answered provisionally.
    expect(overview.find((y) => y.year === 2029)).toMatchObject({ origin: 'provisional', addedAt: null });
    expect(overview.find((y) => y.year === 2029)?.blocks).toHaveLength(7);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'calendar.holiday_year_added')
      .execute();
    expect(audit).toHaveLength(1);
    // A fresh start has already covered 2030 in this process: loading skips what is known.
    expect(await installHolidayYears(t.ctx.db)).toEqual([]);
  });

  it('refuses a year already loaded, here or by another node, by name', async () => {
    const newYear2032 = {
      name: { zh: '元旦', en: "New Year's Day" },
      firstDayOff: '2032-01-01',
      lastDayOff: '2032-01-01',
      makeUpWorkdays: [],
    };
    await t.ctx.db
      .insertInto('holiday_years')
      .values({
        year: 2032,
        source: 'node b',
        blocks: JSON.stringify([newYear2032]),
        added_at: new Date(),
        added_by: 'b',
      })
      .execute();
    const checked = checkHolidayNotice({ year: 2032, source: 'node a', blocks: [newYear2032] });
    if (!checked.ok) throw new Error(checked.problem);
    await expect(addHolidayYear(t.ctx, systemActor, checked.year)).rejects.toMatchObject({
      code: 'calendar_year_exists',
    });
    expect(nationalWorkingDays.isProvisional(d('2032-01-01'))).toBe(true);
    await expect(addHolidayYear(t.ctx, systemActor, { ...checked.year, year: 2030 })).rejects.toMatchObject({
      code: 'calendar_year_exists',
    });
  });

  it('loads a year stored by another node at start', async () => {
    const blocks = [
      {
        name: { zh: '元旦', en: "New Year's Day" },
        firstDayOff: '2031-01-01',
        lastDayOff: '2031-01-01',
        makeUpWorkdays: [],
      },
    ];
    await t.ctx.db
      .insertInto('holiday_years')
      .values({
        year: 2031,
        source: 'stored elsewhere',
        blocks: JSON.stringify(blocks),
        added_at: new Date(),
        added_by: 'test',
      })
      .execute();
    expect(nationalWorkingDays.isProvisional(d('2031-06-02'))).toBe(true);
    expect(await installHolidayYears(t.ctx.db)).toEqual([2031, 2032]);
    expect(nationalWorkingDays.isProvisional(d('2031-06-02'))).toBe(false);
    expect(nationalWorkingDays.isWorkingDay(d('2031-01-01'))).toBe(false);
    expect(nationalWorkingDays.isWorkingDay(d('2031-06-02'))).toBe(true);
  });
});
