/** HTTP routes of control reconciliation and the fund accountant's figures (flows, fund summary). */
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { auditActorOf, staffOf } from '../../../http/access.ts';
import { id, page, pageSizeUpTo } from '../../../http/params.ts';
import type { ZodApp } from '../../../http/types.ts';
import { isCalendarDate, today, type CalendarDate } from '../../../kernel/calendar-date.ts';
import { fundFlows, fundSummary } from '../journal/ledger.flows.ts';
import { ledgerLimits } from '../ledger.model.ts';
import {
  flowsAnswer,
  reconcileRunAnswer,
  reconcileRunsAnswer,
  reconcileRunView,
  summaryAnswer,
} from './ledger.reconcile.responses.ts';
import { RECONCILE_CHECKS, reconcile, type ReconcileCheck } from './ledger.reconcile.ts';
import { listReconcileRuns, reconcileDifferences, reconcileRun } from './ledger.reconcile.views.ts';

/** Years the flows cover: the journal starts no earlier than the 1990s reforms. */
export const FLOW_YEAR_MIN = 1990;
export const FLOW_YEAR_MAX = 2100;

const pageSize = pageSizeUpTo(ledgerLimits.pageSizeMax);
const region = z
  .string()
  .regex(/^[0-9]{6}$/)
  .optional();
const calendarDate = z
  .string()
  .max(10)
  .refine(isCalendarDate, 'a calendar date YYYY-MM-DD')
  .transform((value) => value as CalendarDate);

function runRoutes(app: ZodApp, ctx: AppContext, more: readonly ReconcileCheck[]): void {
  const tags = ['ledger'];
  const read = { access: { permission: 'ledger.read' as const } };
  app.get(
    '/api/ledger/reconcile-runs',
    {
      config: read,
      schema: {
        tags,
        summary: 'Reconciliation runs, newest first',
        querystring: z.strictObject({ page, pageSize }),
        response: { 200: reconcileRunsAnswer },
      },
    },
    async (request) => listReconcileRuns(ctx.db, request.query),
  );
  app.get(
    '/api/ledger/reconcile-runs/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One reconciliation run: counts per check and a page of its differences',
        params: z.strictObject({ id }),
        querystring: z.strictObject({ kind: z.enum(RECONCILE_CHECKS).optional(), page, pageSize }),
        response: { 200: reconcileRunAnswer },
      },
    },
    async (request) => {
      const run = await reconcileRun(ctx.db, request.params.id);
      const differences = await reconcileDifferences(ctx.db, staffOf(request), run.id, request.query);
      return { ...run, differences };
    },
  );
  app.post(
    '/api/ledger/reconcile-runs',
    {
      config: { access: { permission: 'ledger.post' as const } },
      schema: {
        tags,
        summary: 'Reconcile the ledger now',
        body: z.strictObject({}).optional(),
        response: { 201: reconcileRunView },
      },
    },
    async (request, reply) => {
      const outcome = await reconcile(ctx, 'api', auditActorOf(request), more);
      return reply.status(201).send(await reconcileRun(ctx.db, outcome.id));
    },
  );
}

function figureRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['ledger'];
  const read = { access: { permission: 'ledger.read' as const } };
  app.get(
    '/api/ledger/flows',
    {
      config: read,
      schema: {
        tags,
        summary:
          'Fund flows of a year per month and fund (contributions, account credits, interest, benefits, transfers)',
        querystring: z.strictObject({
          region,
          year: z.coerce.number().int().min(FLOW_YEAR_MIN).max(FLOW_YEAR_MAX),
        }),
        response: { 200: flowsAnswer },
      },
    },
    async (request) => ({ ...request.query, months: await fundFlows(ctx.db, request.query) }),
  );
  app.get(
    '/api/ledger/summary',
    {
      config: read,
      schema: {
        tags,
        summary: 'Per fund: pooled, individual, bank and receivable balances as of a day (as known at an instant)',
        querystring: z.strictObject({
          region,
          asOf: calendarDate.optional(),
          knownAt: z.iso.datetime({ offset: true }).optional(),
        }),
        response: { 200: summaryAnswer },
      },
    },
    async (request) => {
      const asOf = request.query.asOf ?? today(ctx.clock);
      const knownAt = request.query.knownAt === undefined ? undefined : new Date(request.query.knownAt);
      const filter = { region: request.query.region, asOf, knownAt };
      return { region: filter.region ?? null, asOf, funds: await fundSummary(ctx.db, filter) };
    },
  );
}

/**
 * The registrar of the reconciliation runs and the fund figures under /api/ledger; every run adds
 * the checks in `more` to the ledger's own (collection's: the ledger cannot import them,
 * src/http/modules.ts hands them over). The nightly run is `serve`'s (src/jobs/schedules.ts).
 */
export function reconcileRoutes(more: readonly ReconcileCheck[] = []): (app: ZodApp, ctx: AppContext) => void {
  return (app, ctx) => {
    runRoutes(app, ctx, more);
    figureRoutes(app, ctx);
  };
}
