import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of the holiday calendar. */
export const calendarRejections = defineRejections({
  calendar_notice_invalid: {
    kind: 'invalid',
    zh: '节假日安排不成立（日期跨度、调休上班日或年份有误），未保存',
    en: 'The holiday notice does not add up (a span, a make-up working day or the year is wrong); nothing was stored',
  },
  calendar_year_exists: {
    kind: 'conflict',
    zh: '该年份的节假日安排已载入，不能重复载入或修改',
    en: "That year's holiday notice is already loaded; it cannot be loaded again or changed",
  },
});

export const rejectCalendar = calendarRejections.reject;
