export {
  addHolidayNotice,
  addHolidayYear,
  checkHolidayNotice,
  holidayNoticeSchema,
  holidayYearsOverview,
  installHolidayYears,
  type HolidayNotice,
  type HolidayYearView,
} from './calendar.service.ts';
export { calendarRejections } from './calendar.rejections.ts';
export { calendarRoutes, type DeadlineRecounter, type RecountSummary } from './calendar.routes.ts';
