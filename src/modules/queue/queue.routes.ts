/** HTTP routes of the window queue: kiosk, hall display (JSON and SSE), window page, set-up, statistics. */
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, staffOf } from '../../http/access.ts';
import { id, isoDate, page, pageSizeUpTo, refId, version } from '../../http/params.ts';
import { fileResponse } from '../../http/responses.ts';
import type { ZodApp } from '../../http/types.ts';
import { parseCalendarDate, today } from '../../kernel/calendar-date.ts';
import type { Permission } from '../auth/index.ts';
import { createCategory, installDefaultCategories, setWindowCategories, updateCategory } from './queue.categories.ts';
import { QueueEvents } from './queue.events.ts';
import { CATEGORIES_PER_POINT_MAX, TICKET_PAGE_SIZE_MAX, TICKETS_PER_MINUTE_MAX } from './queue.model.ts';
import { rejectQueue } from './queue.rejections.ts';
import {
  queueCalled,
  queueCategories,
  queueCategory,
  queueDisplay,
  queueHallList,
  queueKiosk,
  queuePointOverview,
  queueStatsAnswer,
  queueTakenTicket,
  queueTicket,
  queueTicketList,
  queueWindowState,
} from './queue.responses.ts';
import { statsRange, type TicketAction } from './queue.rules.ts';
import { pointInScope, publicPoint } from './queue.scope.ts';
import { queueStats } from './queue.stats.ts';
import { actOnTicket, callNext, takeTicket } from './queue.tickets.ts';
import { displayView, kioskView, pointOverview, queueHalls, ticketList, windowView } from './queue.views.ts';

const pointParams = z.strictObject({ servicePointId: id });
const windowParams = z.strictObject({ windowId: id });
const ticketParams = z.strictObject({ ticketId: id });
const categoryParams = z.strictObject({ categoryId: id });
const categoryName = z.string().trim().min(1).max(50);
const sort = z.number().int().min(0).max(999);
const tags = ['queue'];

const operate = { access: { permission: 'queue.operate' as const } };
const manage = { access: { permission: 'service_point.manage' as const } };
const readers: readonly Permission[] = ['queue.operate', 'service.monitor', 'service_point.manage'];

/** Kiosk and hall display: no login, no personal data. */
function publicRoutes(app: ZodApp, ctx: AppContext, events: QueueEvents): void {
  const open = { access: { public: true as const } };
  app.get(
    '/api/public/queue',
    {
      config: open,
      schema: {
        tags,
        summary: 'Halls that issue tickets (to set up a kiosk or display)',
        response: { 200: queueHallList },
      },
    },
    async () => ({ items: await queueHalls(ctx.db) }),
  );
  app.get(
    '/api/public/queue/:servicePointId',
    {
      config: open,
      schema: {
        tags,
        summary: 'Kiosk: hours, categories and waits',
        params: pointParams,
        response: { 200: queueKiosk },
      },
    },
    async (request) => kioskView(ctx.db, ctx.clock, request.params.servicePointId),
  );
  app.post(
    '/api/public/queue/:servicePointId/tickets',
    {
      config: {
        ...open,
        rateLimit: {
          max: TICKETS_PER_MINUTE_MAX,
          timeWindow: '1 minute',
          keyGenerator: (request: FastifyRequest) =>
            `${request.ip}|${String((request.params as { servicePointId?: unknown }).servicePointId)}`,
        },
      },
      schema: {
        tags,
        summary: 'Kiosk: take a ticket',
        params: pointParams,
        body: z.strictObject({ categoryId: refId }),
        response: { 201: queueTakenTicket },
      },
    },
    async (request, reply) => {
      const pointId = request.params.servicePointId;
      const taken = await takeTicket(ctx, auditActorOf(request), pointId, request.body.categoryId);
      events.changed(pointId);
      return reply.status(201).send(taken);
    },
  );
  app.get(
    '/api/public/queue/:servicePointId/display',
    {
      config: open,
      schema: { tags, summary: 'Hall display (polling)', params: pointParams, response: { 200: queueDisplay } },
    },
    async (request) => displayView(ctx.db, ctx.clock, request.params.servicePointId),
  );
  displayStreamRoute(app, ctx, events);
}

/** The hall display's stream of Server-Sent Events: no login, no personal data. */
function displayStreamRoute(app: ZodApp, ctx: AppContext, events: QueueEvents): void {
  app.get(
    '/api/public/queue/:servicePointId/events',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'Hall display: Server-Sent Events (text/event-stream)',
        params: pointParams,
        response: {
          200: fileResponse(['text/event-stream'], 'A snapshot of the display, then a call and a snapshot per change'),
        },
      },
    },
    async (request, reply) => {
      if (!(request.headers.accept ?? '').includes('text/event-stream'))
        throw rejectQueue('queue_event_stream_required');
      const pointId = request.params.servicePointId;
      await publicPoint(ctx.db, pointId);
      const stream = new PassThrough();
      const unsubscribe = events.subscribe(pointId, { write: (chunk) => stream.write(chunk), end: () => stream.end() });
      reply.raw.on('close', () => {
        unsubscribe();
        stream.end();
      });
      return sendEventStream(reply, stream);
    },
  );
}

/**
 * Answers a stream of Server-Sent Events, never cached nor buffered by a proxy. The route's
 * declared answer is the media type, not JSON, so the bytes bypass the serializer.
 */
function sendEventStream(reply: FastifyReply, stream: Readable): FastifyReply {
  return reply
    .header('content-type', 'text/event-stream; charset=utf-8')
    .header('cache-control', 'no-cache, no-transform')
    .header('x-accel-buffering', 'no')
    .send(stream);
}

/** The window page: call, recall, no-show, start, finish. */
function windowRoutes(app: ZodApp, ctx: AppContext, events: QueueEvents): void {
  app.get(
    '/api/queue/windows/:windowId',
    {
      config: operate,
      schema: { tags, summary: 'Window: state', params: windowParams, response: { 200: queueWindowState } },
    },
    async (request) => windowView(ctx.db, ctx.clock, staffOf(request), request.params.windowId),
  );
  app.post(
    '/api/queue/windows/:windowId/call-next',
    {
      config: operate,
      schema: {
        tags,
        summary: 'Window: call the next ticket',
        params: windowParams,
        response: { 200: queueCalled },
      },
    },
    async (request) => {
      const outcome = await callNext(ctx, staffOf(request), auditActorOf(request), request.params.windowId);
      if (outcome.ticket) events.changed(outcome.ticket.servicePointId, outcome.announcement);
      return { ticket: outcome.ticket };
    },
  );
  const actions: Array<[string, TicketAction, string]> = [
    ['recall', 'recall', 'Window: recall the ticket (重呼)'],
    ['no-show', 'no_show', 'Window: mark the ticket no-show (过号)'],
    ['start', 'start', 'Window: start serving the ticket'],
    ['finish', 'finish', 'Window: finish the ticket'],
  ];
  for (const [path, action, summary] of actions) {
    app.post(
      `/api/queue/tickets/:ticketId/${path}`,
      { config: operate, schema: { tags, summary, params: ticketParams, response: { 200: queueTicket } } },
      async (request) => {
        const outcome = await actOnTicket(
          ctx,
          staffOf(request),
          auditActorOf(request),
          request.params.ticketId,
          action,
        );
        events.changed(outcome.ticket.servicePointId, outcome.announcement);
        return outcome.ticket;
      },
    );
  }
  app.get(
    '/api/queue/tickets',
    {
      config: { access: { anyPermission: ['queue.operate', 'service.monitor'] } },
      schema: {
        tags,
        summary: 'Tickets of a hall and day',
        querystring: z.strictObject({
          servicePointId: id,
          day: isoDate.optional(),
          status: z.enum(['waiting', 'called', 'serving', 'done', 'no_show']).optional(),
          windowId: id.optional(),
          page,
          pageSize: pageSizeUpTo(TICKET_PAGE_SIZE_MAX, 50),
        }),
        response: { 200: queueTicketList },
      },
    },
    async (request) => ticketList(ctx.db, ctx.clock, staffOf(request), request.query),
  );
}

/** A service point's queue set-up, and adding a ticket category. */
function servicePointSetupRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/queue/service-points/:servicePointId',
    {
      config: { access: { anyPermission: readers } },
      schema: {
        tags,
        summary: 'Queue set-up and state of a hall',
        params: pointParams,
        response: { 200: queuePointOverview },
      },
    },
    async (request) => pointOverview(ctx.db, ctx.clock, staffOf(request), request.params.servicePointId),
  );
  app.post(
    '/api/queue/service-points/:servicePointId/categories',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a queue category',
        params: pointParams,
        body: z.strictObject({
          letter: z.string().regex(/^[A-Z]$/),
          nameZh: categoryName,
          nameEn: categoryName,
          sort: sort.optional(),
        }),
        response: { 201: queueCategory },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await createCategory(
            ctx,
            staffOf(request),
            auditActorOf(request),
            request.params.servicePointId,
            request.body,
          ),
        ),
  );
}

/** The default categories, editing one, and which categories a window serves. */
function categorySetupRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/queue/service-points/:servicePointId/categories/defaults',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add the default categories A–D',
        params: pointParams,
        response: { 200: queueCategories },
      },
    },
    async (request) => ({
      items: await installDefaultCategories(
        ctx,
        staffOf(request),
        auditActorOf(request),
        request.params.servicePointId,
      ),
    }),
  );
  app.patch(
    '/api/queue/categories/:categoryId',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit, close or reopen a queue category',
        params: categoryParams,
        body: z.strictObject({
          version,
          nameZh: categoryName.optional(),
          nameEn: categoryName.optional(),
          sort: sort.optional(),
          status: z.enum(['active', 'closed']).optional(),
        }),
        response: { 200: queueCategory },
      },
    },
    async (request) =>
      updateCategory(ctx, staffOf(request), auditActorOf(request), request.params.categoryId, request.body),
  );
  app.put(
    '/api/queue/windows/:windowId/categories',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Set the categories a window serves ([] = all)',
        params: windowParams,
        body: z.strictObject({ categoryIds: z.array(refId).max(CATEGORIES_PER_POINT_MAX) }),
        response: { 200: queueWindowState },
      },
    },
    async (request) =>
      setWindowCategories(
        ctx,
        staffOf(request),
        auditActorOf(request),
        request.params.windowId,
        request.body.categoryIds,
      ),
  );
}

/** Hall set-up: categories and the categories each window serves. */
function setupRoutes(app: ZodApp, ctx: AppContext): void {
  servicePointSetupRoutes(app, ctx);
  categorySetupRoutes(app, ctx);
}

/** Waiting and service time statistics of the caller's subtree. */
function statsRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/queue/stats',
    {
      config: { access: { anyPermission: ['service.monitor', 'queue.operate'] } },
      schema: {
        tags,
        summary: 'Waiting and service times per hour, window and category',
        querystring: z.strictObject({
          from: isoDate.optional(),
          to: isoDate.optional(),
          servicePointId: id.optional(),
        }),
        response: { 200: queueStatsAnswer },
      },
    },
    async (request) => {
      const actor = staffOf(request);
      const day = today(ctx.clock);
      const range = statsRange(
        parseCalendarDate(request.query.from ?? day),
        parseCalendarDate(request.query.to ?? day),
      );
      if (!range) throw rejectQueue('queue_stats_range_invalid');
      const { servicePointId } = request.query;
      if (servicePointId !== undefined) await pointInScope(ctx.db, actor, servicePointId);
      return queueStats(ctx.db, actor.agencyPath, range.from, range.to, { servicePointId });
    },
  );
}

/** Registers every queue route; the display streams end when the server closes. */
export function queueRoutes(app: ZodApp, ctx: AppContext): void {
  const events = new QueueEvents((pointId) => displayView(ctx.db, ctx.clock, pointId));
  app.addHook('preClose', async () => events.close());
  publicRoutes(app, ctx, events);
  windowRoutes(app, ctx, events);
  setupRoutes(app, ctx);
  statsRoutes(app, ctx);
}
