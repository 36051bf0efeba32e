/** HTTP routes of the month close: start (or resume) one in the background, list them, follow one. */
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/connection.ts';
import { auditActorOf, staffOf } from '../../http/access.ts';
import { idParams } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import type { Period } from '../../kernel/period.ts';
import type { StaffActor } from '../../modules/auth/index.ts';
import { regionsOfSubtree } from '../../modules/org/index.ts';
import { monthCloseView, monthClosesAnswer } from './month-close.responses.ts';
import { monthCloseById, monthCloses, startMonthClose } from './month-close.ts';
import { rejectMonthClose } from './month-close.rejections.ts';

const region = z.string().regex(/^[0-9]{6}$/, 'a 6-digit region code (GB/T 2260)');
/** '2025-11' (as people write it) or '202511'. */
const period = z
  .string()
  .regex(/^\d{4}-?(0[1-9]|1[0-2])$/, 'a period like 2025-11')
  .transform((p) => p.replace('-', '') as Period);

async function refuseOutOfScope(db: Db, actor: StaffActor, code: string): Promise<void> {
  if (!(await regionsOfSubtree(db, actor.agencyPath)).includes(code))
    throw rejectMonthClose('collection_month_close_out_of_scope', { region: code });
}

/** Registers the /api/collection/month-closes routes. */
export function monthCloseRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['collection'];
  app.post(
    '/api/collection/month-closes',
    {
      config: { access: { permission: 'collection.close' } },
      schema: {
        tags,
        summary: 'Start (or resume) the month close of a region and period; 202 with the run, follow it by id',
        body: z.strictObject({ period, region }),
        response: { 202: monthCloseView },
      },
    },
    async (request, reply) => {
      const actor = staffOf(request);
      await refuseOutOfScope(ctx.db, actor, request.body.region);
      const run = await startMonthClose(ctx, {
        region: request.body.region,
        period: request.body.period,
        trigger: 'api',
        startedBy: `staff:${actor.id}`,
        actor: auditActorOf(request),
      });
      return reply.status(202).send(run);
    },
  );
  app.get(
    '/api/collection/month-closes',
    {
      config: { access: { permission: 'collection.read' } },
      schema: {
        tags,
        summary: 'Month closes of the regions in my scope, newest period first, with progress and report',
        querystring: z.strictObject({ region: region.optional() }),
        response: { 200: monthClosesAnswer },
      },
    },
    async (request) => {
      const regions = await regionsOfSubtree(ctx.db, staffOf(request).agencyPath);
      return { items: await monthCloses(ctx.db, { ...request.query, regions }) };
    },
  );
  app.get(
    '/api/collection/month-closes/:id',
    {
      config: { access: { permission: 'collection.read' } },
      schema: {
        tags,
        summary: 'One month close: step, payers done of total, counts, and the report per fund once made',
        params: idParams,
        response: { 200: monthCloseView },
      },
    },
    async (request) => {
      const run = await monthCloseById(ctx.db, request.params.id);
      // Another agency's close is not found, not forbidden: its existence is not for this caller.
      if (!(await regionsOfSubtree(ctx.db, staffOf(request).agencyPath)).includes(run.region))
        throw rejectMonthClose('collection_month_close_not_found', { id: request.params.id });
      return run;
    },
  );
}
