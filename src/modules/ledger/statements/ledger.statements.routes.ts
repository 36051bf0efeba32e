/**
 * HTTP routes of annual statements: the hall person's statements, PDF, discrepancy and access log;
 * the staff PDF of a person in scope; the public check by number and code; the bulk runs.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { auditActorOf, hallAccountOf, staffOf } from '../../../http/access.ts';
import { sendPdf } from '../../../http/files.ts';
import { id } from '../../../http/params.ts';
import type { ZodApp } from '../../../http/types.ts';
import { freeText } from '../../../http/text.ts';
import { isPeriod } from '../../../kernel/period.ts';
import type { PublicActor } from '../../auth/index.ts';
import { personOfAccount, personRow } from '../../registration/index.ts';
import {
  type PersonRow,
  checkStatement,
  statementPdfForPerson,
  statementPdfForStaff,
  statementsOfPerson,
  type StatementFile,
} from './ledger.statements.ts';
import { accessLogOf, ACCESS_LOG_PAGE_MAX } from '../ledger.access-log.ts';
import { FUNDS } from '../ledger.model.ts';
import { continueStatementRun, openStatementRun, statementRuns } from './ledger.statements-run.ts';
import { DISCREPANCY_DESCRIPTION_LENGTH_MAX, raiseDiscrepancy } from './ledger.statements.discrepancies.ts';
import { rejectStatement } from './ledger.statements.rejections.ts';
import {
  accessLogAnswer,
  discrepancyAnswer,
  personStatementsAnswer,
  statementCheckAnswer,
  statementPdf,
  statementRunsAnswer,
  statementRunView,
} from './ledger.statements.responses.ts';
import { STATEMENT_YEAR_MAX, STATEMENT_YEAR_MIN } from './ledger.statements.rules.ts';

const year = z.coerce.number().int().min(STATEMENT_YEAR_MIN).max(STATEMENT_YEAR_MAX);

const code = z.string().trim().min(1).max(40);

function sendStatement(reply: FastifyReply, file: StatementFile): FastifyReply {
  return sendPdf(reply.header('x-statement-no', file.statement.statementNo), file.fileName, file.bytes);
}

/** The registered person behind a hall person account, or the named refusal. */
async function hallPerson(
  ctx: AppContext,
  request: FastifyRequest,
): Promise<{ actor: PublicActor; person: PersonRow }> {
  const actor = hallAccountOf(request, 'person');
  const id = await personOfAccount(ctx.db, actor.id);
  const person = id === null ? undefined : await personRow(ctx.db, id);
  if (!person) throw rejectStatement('statement_person_not_registered');
  return { actor, person };
}

function hallRoutes(app: ZodApp, ctx: AppContext): void {
  const user = { access: { authenticated: 'public_user' as const } };
  const limited = { rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' } };
  const tags = ['hall'];
  app.get(
    '/api/hall/person/statements',
    {
      config: user,
      schema: {
        tags,
        summary: 'My years with rights records and my issued statements',
        response: { 200: personStatementsAnswer },
      },
    },
    async (request) => statementsOfPerson(ctx.db, ctx, (await hallPerson(ctx, request)).person.person_id),
  );
  app.get(
    '/api/hall/person/statements/:year/pdf',
    {
      config: { ...user, ...limited },
      schema: {
        tags,
        summary: 'My annual rights statement (个人权益记录单) as a PDF; an unchanged year reuses the statement issued',
        params: z.strictObject({ year }),
        response: { 200: statementPdf },
      },
    },
    async (request, reply) => {
      const { person } = await hallPerson(ctx, request);
      return sendStatement(reply, await statementPdfForPerson(ctx, auditActorOf(request), person, request.params.year));
    },
  );
  app.post(
    '/api/hall/person/rights/discrepancies',
    {
      config: { ...user, ...limited },
      schema: {
        tags,
        summary: 'Raise a doubt about my rights record (对记录有疑问): opens a service-desk case',
        body: z.strictObject({
          year: year.optional(),
          period: z
            .string()
            .trim()
            .max(6)
            .refine((p) => isPeriod(p), 'YYYYMM')
            .optional(),
          scheme: z.enum(FUNDS).optional(),
          // A description has paragraphs: line breaks are allowed.
          description: freeText(DISCREPANCY_DESCRIPTION_LENGTH_MAX),
        }),
        response: { 201: discrepancyAnswer },
      },
    },
    async (request, reply) => {
      const { actor, person } = await hallPerson(ctx, request);
      return reply.status(201).send(await raiseDiscrepancy(ctx, actor, auditActorOf(request), person, request.body));
    },
  );
  app.get(
    '/api/hall/person/access-log',
    {
      config: user,
      schema: {
        tags,
        summary: 'Who in the agency viewed or changed my record (查询记录), newest first',
        querystring: z.strictObject({ page: z.coerce.number().int().min(1).max(ACCESS_LOG_PAGE_MAX).default(1) }),
        response: { 200: accessLogAnswer },
      },
    },
    async (request) => accessLogOf(ctx.db, (await hallPerson(ctx, request)).person, request.query.page),
  );
}

function staffRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['ledger'];
  app.get(
    '/api/ledger/persons/:id/statements/:year/pdf',
    {
      config: { access: { permission: 'rights.read' } },
      schema: {
        tags,
        summary: 'Print a person’s annual rights statement at the window (person in scope; audited)',
        params: z.strictObject({ id, year }),
        response: { 200: statementPdf },
      },
    },
    async (request, reply) =>
      sendStatement(
        reply,
        await statementPdfForStaff(
          ctx,
          staffOf(request),
          auditActorOf(request),
          request.params.id,
          request.params.year,
        ),
      ),
  );
  app.post(
    '/api/ledger/statement-runs',
    {
      config: { access: { permission: 'ledger.post' } },
      schema: {
        tags,
        summary: 'Start (or resume a failed) bulk statement run for a region and year; runs in the background',
        body: z.strictObject({
          region: z
            .string()
            .trim()
            .regex(/^\d{6}$/),
          year,
        }),
        response: { 202: statementRunView },
      },
    },
    async (request, reply) => {
      const actor = staffOf(request);
      const who = auditActorOf(request);
      const run = await openStatementRun(ctx, { ...request.body, who, startedBy: `staff:${actor.id}` });
      // The run row carries progress and failure; the background promise has nobody to answer.
      continueStatementRun(ctx, run, { who }).catch((error: unknown) => request.log.error({ error }, 'statement run'));
      return reply.status(202).send(run);
    },
  );
  app.get(
    '/api/ledger/statement-runs',
    {
      config: { access: { permission: 'ledger.read' } },
      schema: {
        tags,
        summary: 'Bulk statement runs with their progress, newest first',
        response: { 200: statementRunsAnswer },
      },
    },
    async () => ({ items: await statementRuns(ctx.db) }),
  );
}

function publicRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/public/statements/check',
    {
      config: {
        access: { public: true },
        rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['public'],
        summary: 'Check an annual rights statement by its number and verification code',
        querystring: z.strictObject({ no: code, code }),
        response: { 200: statementCheckAnswer },
      },
    },
    async (request) => checkStatement(ctx, auditActorOf(request), request.query.no, request.query.code),
  );
}

/** Registers the statement routes (hall, staff, public check, bulk runs). */
export function statementRoutes(app: ZodApp, ctx: AppContext): void {
  hallRoutes(app, ctx);
  staffRoutes(app, ctx);
  publicRoutes(app, ctx);
}
