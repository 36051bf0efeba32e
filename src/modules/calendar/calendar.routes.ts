/** HTTP routes of the holiday calendar: the system administrator's view and loading a notice. */
import type { AppContext } from '../../app-context.ts';
import { auditActorOf } from '../../http/access.ts';
import type { ZodApp } from '../../http/types.ts';
import { today } from '../../kernel/calendar-date.ts';
import {
  addHolidayNotice,
  holidayNoticeSchema,
  holidayYearsOverview,
  type DeadlineRecounter,
} from './calendar.service.ts';
import { holidayYearsAnswer, noticeLoadedAnswer } from './calendar.responses.ts';

/** The route registrar of the calendar, given what recounts deadlines after a notice. */
export function calendarRoutes(recount: DeadlineRecounter): (app: ZodApp, ctx: AppContext) => void {
  return (app, ctx) => {
    const tags = ['calendar'];
    const manage = { access: { permission: 'calendar.manage' as const } };
    app.get(
      '/api/calendar/holiday-years',
      {
        config: manage,
        schema: {
          tags,
          summary: 'The years of the holiday calendar: notices, and the years answered provisionally',
          response: { 200: holidayYearsAnswer },
        },
      },
      async () => ({ years: await holidayYearsOverview(ctx.db, today(ctx.clock)) }),
    );
    app.post(
      '/api/calendar/holiday-years',
      {
        config: manage,
        schema: {
          tags,
          summary: "Load a year's State Council notice and count the provisional deadlines again",
          body: holidayNoticeSchema,
          response: { 201: noticeLoadedAnswer },
        },
      },
      async (request, reply) => {
        const who = auditActorOf(request);
        const year = await addHolidayNotice(ctx, who, request.body);
        const recounted = await recount(ctx, who);
        return reply.status(201).send({ year: year.year, source: year.source, recounted });
      },
    );
  };
}
