export {
  addHolidayYear,
  checkHolidayNotice,
  holidayNoticeSchema,
  holidayYearsOverview,
  installHolidayYears,
} from './calendar.service.ts';
