/** The holiday notices added after release (migration 0014). */
import type { Instant, Json } from './common.ts';

export interface HolidayYearBlockJson {
  name: { zh: string; en: string };
  firstDayOff: string;
  lastDayOff: string;
  makeUpWorkdays: string[];
}

export interface HolidayYearTable {
  year: number;
  source: string;
  blocks: Json<HolidayYearBlockJson[]>;
  added_at: Instant;
  added_by: string;
}

export interface CalendarTables {
  holiday_years: HolidayYearTable;
}
