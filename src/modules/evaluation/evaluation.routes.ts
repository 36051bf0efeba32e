/** HTTP routes of evaluation: the applicant's ratings, the supervisors' call-back tasks, settings. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, publicOf, staffOf } from '../../http/access.ts';
import { id, page, pageSizeUpTo, version, isoDate } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { CASE_NUMBER_PATTERN, findCaseByNumber, verifyApplicant, type CaseSummary } from '../cases/index.ts';
import { CALLBACK_RESULTS, LEVELS, type RatingInput } from './evaluation.model.ts';
import { rejectEvaluation } from './evaluation.rejections.ts';
import {
  callbackTaskDetail,
  callbackTasksAnswer,
  evaluationRating,
  evaluationSettings,
  publicRatingViewAnswer,
  ratingsAnswer,
} from './evaluation.responses.ts';
import {
  advanceTask,
  getTask,
  listRatings,
  listTasks,
  loadEvaluationSettings,
  publicRatingView,
  rateCase,
  updateSettings,
} from './evaluation.service.ts';
import { scoreOf } from './evaluation.rules.ts';

const caseNumber = z.string().trim().regex(CASE_NUMBER_PATTERN);
const identifier = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{4,64}$/);
const level = z.enum(LEVELS);
const comment = z.string().trim().max(500).optional();
const kind = z.enum(['initial', 'follow_up']).default('initial');
const windowRating = {
  channel: z.literal('window'),
  overall: level,
  efficiency: level,
  competence: level,
  attitude: level,
};
const onlineRating = { channel: z.literal('online'), overall: level };
const ratingBody = <T extends z.ZodRawShape>(extra: T) =>
  z.discriminatedUnion('channel', [
    z.strictObject({ caseNumber, kind, comment, ...windowRating, ...extra }),
    z.strictObject({ caseNumber, kind, comment, ...onlineRating, ...extra }),
  ]);

function ratingInput(body: z.infer<ReturnType<typeof ratingBody>>): RatingInput {
  return body.channel === 'window'
    ? {
        kind: body.kind,
        channel: 'window',
        overall: body.overall,
        efficiency: body.efficiency,
        competence: body.competence,
        attitude: body.attitude,
        comment: body.comment,
      }
    : { kind: body.kind, channel: 'online', overall: body.overall, comment: body.comment };
}

/** The caller's own case (its public account); anything else looks unknown. */
async function ownCase(ctx: AppContext, request: FastifyRequest, number: string): Promise<CaseSummary> {
  const summary = await findCaseByNumber(ctx.db, number);
  if (!summary || summary.publicAccountId === null || summary.publicAccountId !== publicOf(request).id)
    throw rejectEvaluation('rating_case_not_found');
  return summary;
}

/** The case when the identifier is its applicant's; a wrong pair looks exactly like an unknown case. */
async function provenCase(ctx: AppContext, number: string, id: string): Promise<CaseSummary> {
  const summary = await verifyApplicant(ctx, number, id);
  if (!summary) throw rejectEvaluation('rating_case_not_found');
  return summary;
}

/** Applicant routes: anonymous with case number and identifier, or logged in. */
function applicantRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['evaluation'];
  const limited = {
    access: { public: true as const },
    rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
  };
  app.post(
    '/api/public/ratings/lookup',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Ratings of a case, by case number and identity number',
        body: z.strictObject({ caseNumber, identifier }),
        response: { 200: publicRatingViewAnswer },
      },
    },
    async (request) => publicRatingView(ctx, await provenCase(ctx, request.body.caseNumber, request.body.identifier)),
  );
  app.post(
    '/api/public/ratings',
    {
      config: limited,
      schema: {
        tags,
        summary: 'Rate a finished case (好差评), anonymous',
        body: ratingBody({ identifier }),
        response: { 201: evaluationRating },
      },
    },
    async (request, reply) => {
      const summary = await provenCase(ctx, request.body.caseNumber, request.body.identifier);
      const rating = await rateCase(
        ctx,
        auditActorOf(request),
        summary,
        { kind: 'anonymous', publicAccountId: null },
        ratingInput(request.body),
      );
      return reply.status(201).send(rating);
    },
  );
  app.get(
    '/api/me/ratings/:caseNumber',
    {
      config: { access: { authenticated: 'public_user' } },
      schema: {
        tags,
        summary: 'Ratings of my case',
        params: z.strictObject({ caseNumber }),
        response: { 200: publicRatingViewAnswer },
      },
    },
    async (request) => publicRatingView(ctx, await ownCase(ctx, request, request.params.caseNumber)),
  );
  app.post(
    '/api/me/ratings',
    {
      config: { access: { authenticated: 'public_user' } },
      schema: {
        tags,
        summary: 'Rate my finished case (好差评)',
        body: ratingBody({}),
        response: { 201: evaluationRating },
      },
    },
    async (request, reply) => {
      const summary = await ownCase(ctx, request, request.body.caseNumber);
      const actor = publicOf(request);
      const rating = await rateCase(
        ctx,
        auditActorOf(request),
        summary,
        { kind: actor.kind, publicAccountId: actor.id },
        ratingInput(request.body),
      );
      return reply.status(201).send(rating);
    },
  );
}

/** A note the staff member writes on a callback, up to `max` characters. */
const note = (max: number) => z.string().trim().min(1).max(max);

/** Callback tasks of my subtree: the list, and one. */
function callbackReadRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['evaluation'];
  const handle = { access: { permission: 'callback.handle' as const } };
  app.get(
    '/api/callbacks',
    {
      config: handle,
      schema: {
        tags,
        summary: 'Call-back tasks (回访整改) in my subtree',
        querystring: z.strictObject({
          status: z.enum(['open', 'called_back', 'rectified', 'closed', 'active']).optional(),
          overdue: z.enum(['true', 'false']).optional(),
          mine: z.enum(['true', 'false']).optional(),
          page,
          pageSize: pageSizeUpTo(100),
        }),
        response: { 200: callbackTasksAnswer },
      },
    },
    async (request) =>
      listTasks(ctx, staffOf(request), {
        status: request.query.status,
        overdue: request.query.overdue === 'true',
        mine: request.query.mine === 'true',
        page: request.query.page,
        pageSize: request.query.pageSize,
      }),
  );
  app.get(
    '/api/callbacks/:id',
    {
      config: handle,
      schema: {
        tags,
        summary: 'One call-back task with its history',
        params: z.strictObject({ id }),
        response: { 200: callbackTaskDetail },
      },
    },
    async (request) => getTask(ctx, staffOf(request), request.params.id),
  );
}

/** Handling a callback task: the call made, rectification, closing. */
function callbackHandlingRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['evaluation'];
  const handle = { access: { permission: 'callback.handle' as const } };
  app.post(
    '/api/callbacks/:id/callback',
    {
      config: handle,
      schema: {
        tags,
        summary: 'Record a call-back (回访)',
        params: z.strictObject({ id }),
        body: z.strictObject({ version, result: z.enum(CALLBACK_RESULTS), note: note(1000) }),
        response: { 200: callbackTaskDetail },
      },
    },
    async (request) =>
      advanceTask(ctx, staffOf(request), auditActorOf(request), request.params.id, 'callback', request.body),
  );
  app.post(
    '/api/callbacks/:id/rectify',
    {
      config: handle,
      schema: {
        tags,
        summary: 'Record the rectification (整改)',
        params: z.strictObject({ id }),
        body: z.strictObject({ version, note: note(2000) }),
        response: { 200: callbackTaskDetail },
      },
    },
    async (request) =>
      advanceTask(ctx, staffOf(request), auditActorOf(request), request.params.id, 'rectify', request.body),
  );
  app.post(
    '/api/callbacks/:id/close',
    {
      config: handle,
      schema: {
        tags,
        summary: 'Close a call-back task',
        params: z.strictObject({ id }),
        body: z.strictObject({ version, note: note(1000) }),
        response: { 200: callbackTaskDetail },
      },
    },
    async (request) =>
      advanceTask(ctx, staffOf(request), auditActorOf(request), request.params.id, 'close', request.body),
  );
}

/** Ratings of my subtree, and the evaluation settings. */
function ratingStaffRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['evaluation'];
  app.get(
    '/api/ratings',
    {
      config: { access: { anyPermission: ['callback.handle', 'service.monitor'] } },
      schema: {
        tags,
        summary: 'Ratings in my subtree',
        querystring: z.strictObject({
          from: isoDate.optional(),
          to: isoDate.optional(),
          level: level.optional(),
          poor: z.enum(['true', 'false']).optional(),
          itemCode: z
            .string()
            .regex(/^[a-z][a-z0-9-]{1,47}$/)
            .optional(),
          page,
          pageSize: pageSizeUpTo(100),
        }),
        response: { 200: ratingsAnswer },
      },
    },
    async (request) => {
      const q = request.query;
      return listRatings(ctx, staffOf(request), {
        from: q.from,
        to: q.to,
        level: q.level ? scoreOf(q.level) : undefined,
        poor: q.poor === undefined ? undefined : q.poor === 'true',
        itemCode: q.itemCode,
        page: q.page,
        pageSize: q.pageSize,
      });
    },
  );
  app.get(
    '/api/evaluation/settings',
    {
      config: { access: { anyPermission: ['callback.handle', 'catalog.manage'] } },
      schema: { tags, summary: 'Local deadlines of ratings and call-backs', response: { 200: evaluationSettings } },
    },
    async () => loadEvaluationSettings(ctx.db),
  );
  app.put(
    '/api/evaluation/settings',
    {
      config: { access: { permission: 'catalog.manage' } },
      schema: {
        tags,
        summary: 'Change the local deadlines',
        body: z.strictObject({
          callbackDeadlineWorkdays: z.number().int().min(0).max(30).optional(),
          rectifyDeadlineWorkdays: z.number().int().min(1).max(90).optional(),
          ratingOpenDays: z.number().int().min(1).max(365).optional(),
        }),
        response: { 200: evaluationSettings },
      },
    },
    async (request) => updateSettings(ctx, staffOf(request), auditActorOf(request), request.body),
  );
}

/** Staff routes: call-back tasks in the subtree, ratings, settings. */
function staffRoutes(app: ZodApp, ctx: AppContext): void {
  callbackReadRoutes(app, ctx);
  callbackHandlingRoutes(app, ctx);
  ratingStaffRoutes(app, ctx);
}

/** Registers every evaluation route. */
export function evaluationRoutes(app: ZodApp, ctx: AppContext): void {
  applicantRoutes(app, ctx);
  staffRoutes(app, ctx);
}
