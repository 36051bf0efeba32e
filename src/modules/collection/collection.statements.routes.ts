/**
 * HTTP routes of the statement (对账单): the hall's own statements (an employer's account, a
 * flexible worker's own bills) and the staff's view of an employer's statement (360 view), with
 * `collection.read` and the agency subtree check. Money as decimal strings. The lists of periods
 * are `…/statement-periods`: `/api/hall/person/statements` is the ledger's yearly rights statements.
 */
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { staffOf } from '../../http/access.ts';
import { id, periodText } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import type { Period } from '../../kernel/period.ts';
import { employerInScope } from '../registration/index.ts';
import { hallEmployerPayer, hallPersonPayer } from './collection.hall-payer.ts';
import { rejectStatement } from './collection.statements.rejections.ts';
import { periodStatement, statementPeriods, type DeclarationsOfPeriod } from './collection.statements.ts';
import { collectionStatement, statementPeriodsAnswer } from './collection.statements.responses.ts';

const periodParams = z.strictObject({ period: periodText });
const employerParams = z.strictObject({ id });
const employerPeriodParams = z.strictObject({ id, period: periodText });

function hallRoutes(app: ZodApp, ctx: AppContext, declarationsOf: DeclarationsOfPeriod): void {
  const tags = ['collection', 'hall'];
  const own = { access: { authenticated: 'public_user' as const } };
  app.get(
    '/api/hall/employer/statement-periods',
    {
      config: own,
      schema: {
        tags,
        summary: 'The periods I have a statement (对账单) for, newest first',
        response: { 200: statementPeriodsAnswer },
      },
    },
    async (request) => ({ items: await statementPeriods(ctx.db, await hallEmployerPayer(ctx, request)) }),
  );
  app.get(
    '/api/hall/employer/statements/:period',
    {
      config: own,
      schema: {
        tags,
        summary: 'My statement of one period',
        params: periodParams,
        response: { 200: collectionStatement },
      },
    },
    async (request) =>
      periodStatement(ctx.db, await hallEmployerPayer(ctx, request), request.params.period as Period, declarationsOf),
  );
  app.get(
    '/api/hall/person/statement-periods',
    {
      config: own,
      schema: {
        tags,
        summary: 'The periods I have a statement for as a flexible worker',
        response: { 200: statementPeriodsAnswer },
      },
    },
    async (request) => {
      const payer = await hallPersonPayer(ctx, request);
      return { items: payer === null ? [] : await statementPeriods(ctx.db, payer) };
    },
  );
  app.get(
    '/api/hall/person/statements/:period',
    {
      config: own,
      schema: {
        tags,
        summary: 'My statement of one period as a flexible worker',
        params: periodParams,
        response: { 200: collectionStatement },
      },
    },
    async (request) => {
      const payer = await hallPersonPayer(ctx, request);
      if (payer === null) throw rejectStatement('collection_statement_not_found');
      return periodStatement(ctx.db, payer, request.params.period as Period, declarationsOf);
    },
  );
}

function staffRoutes(app: ZodApp, ctx: AppContext, declarationsOf: DeclarationsOfPeriod): void {
  const tags = ['collection'];
  const read = { access: { permission: 'collection.read' as const } };
  app.get(
    '/api/collection/employers/:id/statement-periods',
    {
      config: read,
      schema: {
        tags,
        summary: 'The periods the employer has a statement for (360 view)',
        params: employerParams,
        response: { 200: statementPeriodsAnswer },
      },
    },
    async (request) => {
      await employerInScope(ctx.db, staffOf(request), request.params.id);
      return { items: await statementPeriods(ctx.db, { kind: 'employer', employerId: request.params.id }) };
    },
  );
  app.get(
    '/api/collection/employers/:id/statements/:period',
    {
      config: read,
      schema: {
        tags,
        summary: 'The employer’s statement (对账单) of one period',
        params: employerPeriodParams,
        response: { 200: collectionStatement },
      },
    },
    async (request) => {
      const { id: employerId, period } = request.params;
      await employerInScope(ctx.db, staffOf(request), employerId);
      return periodStatement(ctx.db, { kind: 'employer', employerId }, period as Period, declarationsOf);
    },
  );
}

/** The statement routes (registered once in src/http/modules.ts), given the reader of a period's declarations. */
export function collectionStatementRoutes(
  declarationsOf: DeclarationsOfPeriod,
): (app: ZodApp, ctx: AppContext) => void {
  return (app, ctx) => {
    hallRoutes(app, ctx, declarationsOf);
    staffRoutes(app, ctx, declarationsOf);
  };
}
