/**
 * HTTP routes of declarations (缴费申报): the employer's hall (form, file upload, list, detail), the
 * flexible worker's hall, the payroll API (API key + Idempotency-Key) and the window (staff, scope
 * = the agency subtree). Every POST goes through `declare` in one transaction: checked whole,
 * stored, audited, assessed and billed, or refused with nothing written.
 */
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { apiKeyOf, auditActorOf, hallAccountOf, perApiKey, staffOf } from '../../http/access.ts';
import { plainFileName, readUploadedFile } from '../../http/files.ts';
import { idempotent, idempotentRequestOf, sendIdempotent } from '../../http/idempotency.ts';
import { languageOf } from '../../http/language.ts';
import { id } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { nameText } from '../../http/text.ts';
import type { AuditActor } from '../audit/index.ts';
import { apiKeyActor } from '../auth/index.ts';
import {
  employerInScope,
  employerOfAccount,
  IMPORT_BYTES_MAX,
  importUploadRefusals,
  personInScope,
  personOfAccount,
} from '../registration/index.ts';
import type { DeclarationLineInput } from './contributions.declarations.lines.ts';
import { rejectDeclaration } from './contributions.declarations.rejections.ts';
import { declarationLinesOf } from './contributions.declarations.spreadsheet.ts';
import { declare, type DeclarationChannel, type DeclareInput } from './contributions.declarations.ts';
import { personsIn, recordCollectionRead, type Payer } from '../collection/index.ts';
import { declarationDetail, listDeclarations } from './contributions.declarations.views.ts';
import {
  declarationDetailAnswer,
  declarationReceipt,
  declarationsAnswer,
} from './contributions.declarations.responses.ts';

/** Most lines of one payroll API call (larger payrolls: several calls, or a file in the hall). */
export const API_DECLARATION_LINES_MAX = 1_000;
/** Most lines of a form (hall or window) body. */
const FORM_LINES_MAX = 10_000;
const UPLOADS_PER_MINUTE = 20;

const period = z.string().regex(/^\d{4}(\d{2})?$/, 'YYYYMM, or YYYY for an annual base declaration');
const money = z.string().trim().min(1).max(32);
const line = z.strictObject({
  citizenId: z.string().trim().min(15).max(18),
  name: nameText(100).nullable().optional(),
  /** Optional only where bases are declared annually (the year's base applies). */
  wage: money.nullable().optional(),
});
const linesOf = (max: number) => z.array(line).min(1).max(max);
const kind = z.enum(['monthly', 'annual_base']).default('monthly');
const employerBody = (max: number) => z.strictObject({ period, kind, lines: linesOf(max) });
const personBody = z.strictObject({ period, base: money });
const windowBody = z
  .strictObject({
    employerId: id.optional(),
    personId: id.optional(),
    period,
    kind,
    lines: linesOf(FORM_LINES_MAX).optional(),
    base: money.optional(),
  })
  .refine((b) => (b.employerId === undefined) !== (b.personId === undefined), {
    message: 'give employerId (with lines) or personId (with base)',
  })
  .refine((b) => (b.employerId === undefined ? b.base !== undefined && !b.lines : b.lines !== undefined && !b.base), {
    message: 'an employer declares lines, a flexible worker a base',
  });
const listQuery = z.strictObject({ period: period.optional() });
const staffListQuery = z
  .strictObject({ employerId: id.optional(), personId: id.optional(), period: period.optional() })
  .refine((q) => (q.employerId === undefined) !== (q.personId === undefined), {
    message: 'give employerId or personId',
  });
const detailQuery = z.strictObject({ revision: z.coerce.number().int().min(1).max(10_000).optional() });

const numbered = (lines: ReadonlyArray<z.infer<typeof line>>): DeclarationLineInput[] =>
  lines.map((l, i) => ({ row: i + 1, citizenId: l.citizenId, name: l.name ?? null, wage: l.wage ?? null }));

async function hallEmployer(
  ctx: AppContext,
  request: FastifyRequest,
): Promise<{ employerId: number; accountId: number }> {
  const actor = hallAccountOf(request, 'employer');
  return { employerId: (await employerOfAccount(ctx.db, actor.id)).id, accountId: actor.id };
}

async function hallPerson(ctx: AppContext, request: FastifyRequest): Promise<{ personId: number; accountId: number }> {
  const actor = hallAccountOf(request, 'person');
  const personId = await personOfAccount(ctx.db, actor.id);
  if (personId === null) throw rejectDeclaration('collection_not_flexible_worker');
  return { personId, accountId: actor.id };
}

/** Declares in one transaction. */
function submit(ctx: AppContext, actor: AuditActor, input: DeclareInput) {
  return ctx.db.transaction().execute((trx) => declare(trx, ctx, actor, input));
}

function employerInput(
  request: FastifyRequest,
  employerId: number,
  body: { period: string; kind: DeclareInput['kind']; lines: DeclarationLineInput[] },
  channel: DeclarationChannel,
  submittedBy: string,
  fileName: string | null = null,
): DeclareInput {
  return {
    payer: { kind: 'employer', employerId },
    kind: body.kind,
    period: body.period,
    lines: body.lines,
    channel,
    fileName,
    submittedBy,
    language: languageOf(request.headers['accept-language']),
  };
}

/** The employer's declarations in the hall: declaring, the list, one. */
function hallEmployerRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['collection'];
  const hall = { access: { authenticated: 'public_user' as const } };
  app.post(
    '/api/hall/employer/declarations',
    {
      config: hall,
      schema: {
        tags,
        summary: 'Declare the month’s wages of my employees (all lines or none); a repeat corrects',
        body: employerBody(FORM_LINES_MAX),
        response: { 201: declarationReceipt },
      },
    },
    async (request, reply) => {
      const { employerId, accountId } = await hallEmployer(ctx, request);
      const input = employerInput(
        request,
        employerId,
        { ...request.body, lines: numbered(request.body.lines) },
        'web',
        `employer:${accountId}`,
      );
      return reply.status(201).send(await submit(ctx, auditActorOf(request), input));
    },
  );
  app.get(
    '/api/hall/employer/declarations',
    {
      config: hall,
      schema: {
        tags,
        summary: 'My declarations, newest first, with each period’s bill',
        querystring: listQuery,
        response: { 200: declarationsAnswer },
      },
    },
    async (request) => {
      const { employerId } = await hallEmployer(ctx, request);
      return { items: await listDeclarations(ctx.db, { payer: { kind: 'employer', employerId }, ...request.query }) };
    },
  );
  app.get(
    '/api/hall/employer/declarations/:id',
    {
      config: hall,
      schema: {
        tags,
        summary: 'One of my declarations: lines (masked), revisions',
        params: z.strictObject({ id }),
        querystring: detailQuery,
        response: { 200: declarationDetailAnswer },
      },
    },
    async (request) => {
      const { employerId } = await hallEmployer(ctx, request);
      return declarationDetail(ctx.db, request.params.id, { kind: 'employer', employerId }, request.query.revision);
    },
  );
}

/** A flexible worker's declarations in the hall: declaring, the list. */
function hallPersonRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['collection'];
  const hall = { access: { authenticated: 'public_user' as const } };
  app.post(
    '/api/hall/person/declarations',
    {
      config: hall,
      schema: {
        tags,
        summary: 'A flexible worker declares their own base for a month',
        body: personBody,
        response: { 201: declarationReceipt },
      },
    },
    async (request, reply) => {
      const { personId, accountId } = await hallPerson(ctx, request);
      const input: DeclareInput = {
        payer: { kind: 'flexible', personId },
        kind: 'monthly',
        period: request.body.period,
        base: request.body.base,
        channel: 'web',
        submittedBy: `person:${accountId}`,
        language: languageOf(request.headers['accept-language']),
      };
      return reply.status(201).send(await submit(ctx, auditActorOf(request), input));
    },
  );
  app.get(
    '/api/hall/person/declarations',
    {
      config: hall,
      schema: {
        tags,
        summary: 'My own declarations as a flexible worker',
        querystring: listQuery,
        response: { 200: declarationsAnswer },
      },
    },
    async (request) => {
      const { personId } = await hallPerson(ctx, request);
      return { items: await listDeclarations(ctx.db, { payer: { kind: 'flexible', personId }, ...request.query }) };
    },
  );
}

/** The self-service hall's declarations: the employer's and a flexible worker's. */
function hallRoutes(app: ZodApp, ctx: AppContext): void {
  hallEmployerRoutes(app, ctx);
  hallPersonRoutes(app, ctx);
}

/** The upload route, in its own plugin scope so that only it parses multipart bodies. */
function uploadRoutes(app: ZodApp, ctx: AppContext): void {
  void app.register(async (instance) => {
    const scope = instance.withTypeProvider<ZodTypeProvider>();
    await scope.register(multipart, { throwFileSizeLimit: true });
    scope.post(
      '/api/hall/employer/declarations/upload',
      {
        config: {
          access: { authenticated: 'public_user' },
          rateLimit: { max: UPLOADS_PER_MINUTE, timeWindow: '1 minute' },
        },
        schema: {
          tags: ['collection'],
          summary:
            'Declare the month’s wages from a file (multipart "file": .xlsx or .csv; columns 身份证号, 姓名, 月工资); all rows or none, every bad row reported',
          consumes: ['multipart/form-data'],
          querystring: z.strictObject({ period, kind }),
          response: { 201: declarationReceipt },
        },
      },
      async (request, reply) => {
        const { employerId, accountId } = await hallEmployer(ctx, request);
        const file = await readUploadedFile(request, { maxBytes: IMPORT_BYTES_MAX }, importUploadRefusals);
        const lines = await declarationLinesOf(file.bytes);
        const input = employerInput(
          request,
          employerId,
          { ...request.query, lines },
          'import',
          `employer:${accountId}`,
          plainFileName(file.fileName, 'upload'),
        );
        return reply.status(201).send(await submit(ctx, auditActorOf(request), input));
      },
    );
  });
}

function apiRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/v1/declarations',
    {
      config: {
        access: { apiKey: 'declarations.write' },
        rateLimit: perApiKey,
      },
      schema: {
        tags: ['payroll API'],
        security: [{ employerApiKey: [] }],
        summary:
          'Declare the month’s wages (1–1,000 lines, all or none; a repeat corrects); header Idempotency-Key required',
        headers: z.object({ 'idempotency-key': z.string().max(200).optional() }),
        body: employerBody(API_DECLARATION_LINES_MAX),
        response: { 201: declarationReceipt },
      },
    },
    async (request, reply) => {
      const principal = apiKeyOf(request);
      const who = apiKeyActor(principal, { ip: request.ip, requestId: request.id });
      const input = employerInput(
        request,
        principal.employerId,
        { ...request.body, lines: numbered(request.body.lines) },
        'api',
        `apikey:${principal.keyId}`,
      );
      const response = await idempotent(
        ctx.db,
        ctx.clock,
        idempotentRequestOf(request, `employer:${principal.employerId}`),
        async (trx) => ({
          statusCode: 201,
          body: await declare(trx, ctx, who, input),
        }),
      );
      return sendIdempotent(reply, response);
    },
  );
}

/** The payer a staff member names, within their agency subtree. */
async function staffPayer(
  ctx: AppContext,
  request: FastifyRequest,
  ids: { employerId?: number; personId?: number },
): Promise<Payer> {
  const staff = staffOf(request);
  if (ids.employerId !== undefined)
    return { kind: 'employer', employerId: (await employerInScope(ctx.db, staff, ids.employerId)).id };
  return { kind: 'flexible', personId: (await personInScope(ctx.db, staff, ids.personId!)).person_id };
}

function windowRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['collection'];
  app.post(
    '/api/collection/declarations',
    {
      config: { access: { permission: 'collection.declare' } },
      schema: {
        tags,
        summary: 'Declare at the window for an employer (lines) or a flexible worker (base); a repeat corrects',
        body: windowBody,
        response: { 201: declarationReceipt },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const payer = await staffPayer(ctx, request, body);
      const input: DeclareInput = {
        payer,
        kind: payer.kind === 'employer' ? body.kind : 'monthly',
        period: body.period,
        ...(body.lines ? { lines: numbered(body.lines) } : {}),
        ...(body.base === undefined ? {} : { base: body.base }),
        channel: 'window',
        submittedBy: `staff:${staffOf(request).id}`,
        language: languageOf(request.headers['accept-language']),
      };
      return reply.status(201).send(await submit(ctx, auditActorOf(request), input));
    },
  );
  app.get(
    '/api/collection/declarations',
    {
      config: { access: { permission: 'collection.read' } },
      schema: {
        tags,
        summary: 'Declarations of an employer or a flexible worker in scope',
        querystring: staffListQuery,
        response: { 200: declarationsAnswer },
      },
    },
    async (request) => {
      const payer = await staffPayer(ctx, request, request.query);
      const items = await listDeclarations(ctx.db, {
        payer,
        ...(request.query.period ? { period: request.query.period } : {}),
      });
      // An employer's list shows head counts only; a flexible worker's is theirs.
      const shown = payer.kind === 'flexible' && items.length > 0 ? [payer.personId] : [];
      await recordCollectionRead(
        ctx,
        request,
        { action: 'collection.declarations.list', entity: 'declaration' },
        shown,
      );
      return { items };
    },
  );
}

/** The window's detail of one declaration: scope by its payer, the persons shown logged. */
function windowDetailRoute(app: ZodApp, ctx: AppContext): void {
  const tags = ['collection'];
  app.get(
    '/api/collection/declarations/:id',
    {
      config: { access: { permission: 'collection.read' } },
      schema: {
        tags,
        summary: 'One declaration: lines (masked), revisions',
        params: z.strictObject({ id }),
        querystring: detailQuery,
        response: { 200: declarationDetailAnswer },
      },
    },
    async (request) => {
      const detail = await declarationDetail(ctx.db, request.params.id, null, request.query.revision);
      // Scope: the payer must be in the staff member's subtree.
      await staffPayer(
        ctx,
        request,
        detail.employerId !== null ? { employerId: detail.employerId } : { personId: detail.personId! },
      );
      const read = { action: 'collection.declaration.read', entity: 'declaration', entityId: detail.id } as const;
      await recordCollectionRead(ctx, request, read, [...personsIn([detail]), ...personsIn(detail.lines)]);
      return detail;
    },
  );
}

/** Registers every declaration route. */
export function declarationRoutes(app: ZodApp, ctx: AppContext): void {
  hallRoutes(app, ctx);
  uploadRoutes(app, ctx);
  apiRoutes(app, ctx);
  windowRoutes(app, ctx);
  windowDetailRoute(app, ctx);
}
