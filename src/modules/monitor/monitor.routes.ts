/** HTTP routes of the supervisor dashboard; every one needs service.monitor and reads only. */
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { staffOf } from '../../http/access.ts';
import { id, page, pageSizeUpTo, isoDate } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { monitorCases, monitorCompletion, monitorOverdue, monitorQueue, monitorRatings } from './monitor.responses.ts';
import { caseFigures, completionFigures, overdueList, queueFigures, ratingFigures } from './monitor.service.ts';

const range = {
  from: isoDate.optional(),
  to: isoDate.optional(),
  agencyId: id.optional(),
};
const monitor = { access: { permission: 'service.monitor' as const } };

/** Registers the dashboard routes. */
export function monitorRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['monitor'];
  const querystring = z.strictObject(range);
  app.get(
    '/api/monitor/cases',
    {
      config: monitor,
      schema: {
        tags,
        summary: 'Open cases by status, SLA state and item',
        querystring,
        response: { 200: monitorCases },
      },
    },
    async (request) => caseFigures(ctx, staffOf(request), request.query),
  );
  app.get(
    '/api/monitor/overdue',
    {
      config: monitor,
      schema: {
        tags,
        summary: 'Running cases past their promised deadline',
        querystring: z.strictObject({
          ...range,
          page,
          pageSize: pageSizeUpTo(100),
        }),
        response: { 200: monitorOverdue },
      },
    },
    async (request) => overdueList(ctx, staffOf(request), request.query),
  );
  app.get(
    '/api/monitor/completion',
    {
      config: monitor,
      schema: {
        tags,
        summary: 'Time to completion against the promise, per item',
        querystring,
        response: { 200: monitorCompletion },
      },
    },
    async (request) => completionFigures(ctx, staffOf(request), request.query),
  );
  app.get(
    '/api/monitor/queue',
    {
      config: monitor,
      schema: { tags, summary: 'Queue waiting and service times', querystring, response: { 200: monitorQueue } },
    },
    async (request) => queueFigures(ctx, staffOf(request), request.query),
  );
  app.get(
    '/api/monitor/ratings',
    {
      config: monitor,
      schema: {
        tags,
        summary: 'Ratings distribution, 差评 rate and call-backs',
        querystring,
        response: { 200: monitorRatings },
      },
    },
    async (request) => ratingFigures(ctx, staffOf(request), request.query),
  );
}
