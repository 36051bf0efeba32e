/**
 * The national public holiday calendar as data, transcribed from the yearly notices of the General
 * Office of the State Council (国务院办公厅关于 20XX 年部分节假日安排的通知). Each block lists the
 * days off (放假, including the weekend days inside the block) and the weekend days worked in
 * exchange (调休上班). A region with extra days, or next year's notice, is another table of the
 * same shape passed to `WorkingDays`.
 */
import { assert } from './assert.ts';
import { type CalendarDate, isCalendarDate } from './calendar-date.ts';

export interface HolidayName {
  readonly zh: string;
  readonly en: string;
}

/** One holiday of a notice: a run of days off and the make-up working days that go with it. */
export interface HolidayBlock {
  readonly name: HolidayName;
  /** First day off, inclusive. */
  readonly firstDayOff: CalendarDate;
  /** Last day off, inclusive. */
  readonly lastDayOff: CalendarDate;
  /** Weekend days that are working days because of this holiday (调休上班). */
  readonly makeUpWorkdays: readonly CalendarDate[];
}

/** One year's notice. */
export interface HolidayYear {
  readonly year: number;
  /** The notice the data was transcribed from. */
  readonly source: string;
  readonly blocks: readonly HolidayBlock[];
}

/** A holiday calendar: one entry per covered year. */
export type HolidayCalendar = readonly HolidayYear[];

/** The names of the statutory holidays, as the notices print them. */
export const holidayNames = {
  newYear: { zh: '元旦', en: "New Year's Day" },
  springFestival: { zh: '春节', en: 'Spring Festival' },
  qingming: { zh: '清明节', en: 'Qingming Festival' },
  labourDay: { zh: '劳动节', en: 'Labour Day' },
  dragonBoat: { zh: '端午节', en: 'Dragon Boat Festival' },
  midAutumn: { zh: '中秋节', en: 'Mid-Autumn Festival' },
  nationalDay: { zh: '国庆节', en: 'National Day' },
} as const satisfies Record<string, HolidayName>;

const { newYear, springFestival, qingming, labourDay, dragonBoat, midAutumn, nationalDay } = holidayNames;
const nationalDayMidAutumn = { zh: '国庆节、中秋节', en: 'National Day and Mid-Autumn Festival' };

/** The national calendar for 2024–2026. */
export const nationalHolidays: HolidayCalendar = [
  {
    year: 2024,
    source: '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023-10-25）',
    blocks: [
      block(newYear, '2024-01-01', '2024-01-01'),
      block(springFestival, '2024-02-10', '2024-02-17', '2024-02-04', '2024-02-18'),
      block(qingming, '2024-04-04', '2024-04-06', '2024-04-07'),
      block(labourDay, '2024-05-01', '2024-05-05', '2024-04-28', '2024-05-11'),
      block(dragonBoat, '2024-06-10', '2024-06-10'),
      block(midAutumn, '2024-09-15', '2024-09-17', '2024-09-14'),
      block(nationalDay, '2024-10-01', '2024-10-07', '2024-09-29', '2024-10-12'),
    ],
  },
  {
    year: 2025,
    source: '国务院办公厅关于2025年部分节假日安排的通知（2024-11-12）',
    blocks: [
      block(newYear, '2025-01-01', '2025-01-01'),
      block(springFestival, '2025-01-28', '2025-02-04', '2025-01-26', '2025-02-08'),
      block(qingming, '2025-04-04', '2025-04-06'),
      block(labourDay, '2025-05-01', '2025-05-05', '2025-04-27'),
      block(dragonBoat, '2025-05-31', '2025-06-02'),
      block(nationalDayMidAutumn, '2025-10-01', '2025-10-08', '2025-09-28', '2025-10-11'),
    ],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）',
    blocks: [
      block(newYear, '2026-01-01', '2026-01-03', '2026-01-04'),
      block(springFestival, '2026-02-15', '2026-02-23', '2026-02-14', '2026-02-28'),
      block(qingming, '2026-04-04', '2026-04-06'),
      block(labourDay, '2026-05-01', '2026-05-05', '2026-05-09'),
      block(dragonBoat, '2026-06-19', '2026-06-21'),
      block(midAutumn, '2026-09-25', '2026-09-27'),
      block(nationalDay, '2026-10-01', '2026-10-07', '2026-09-20', '2026-10-10'),
    ],
  },
];

/** Builds a block from date literals; a mistyped literal crashes at load time. */
function block(name: HolidayName, firstDayOff: string, lastDayOff: string, ...makeUpWorkdays: string[]): HolidayBlock {
  return {
    name,
    firstDayOff: literalDate(firstDayOff),
    lastDayOff: literalDate(lastDayOff),
    makeUpWorkdays: makeUpWorkdays.map(literalDate),
  };
}

function literalDate(value: string): CalendarDate {
  assert(isCalendarDate(value), `holiday table date ${value} is not a real date`);
  return value;
}
