export {
  addHolidayNotice,
  addHolidayYear,
  checkHolidayNotice,
  holidayNoticeSchema,
  holidayYearsOverview,
  installHolidayYears,
  type DeadlineRecounter,
  type HolidayNotice,
  type HolidayYearView,
  type RecountSummary,
} from './calendar.service.ts';
export { calendarRejections } from './calendar.rejections.ts';
