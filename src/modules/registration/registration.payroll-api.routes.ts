/**
 * The payroll API (`/api/v1/…`): an employer's payroll software reports hires and separations
 * with an API key (`Authorization: Bearer sbk_…`, no session) and an `Idempotency-Key` on every
 * POST. A request of up to 1,000 rows is applied whole or not at all.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { apiKeyOf, perApiKey } from '../../http/access.ts';
import { idempotent, idempotentRequestOf, sendIdempotent } from '../../http/idempotency.ts';
import { languageOf } from '../../http/language.ts';
import { page, pageSizeUpTo } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { nameText } from '../../http/text.ts';
import { apiKeyActor } from '../auth/index.ts';
import { applyEmploymentBatch, type EmploymentRow } from './registration.batch.ts';
import { rejectImport } from './registration.imports.rejections.ts';
import { payrollEmployees } from './registration.employment.views.ts';
import { NAME_LENGTH_MAX, PAGE_SIZE_MAX, REPORTABLE_SEPARATION_REASONS, SCHEMES } from './registration.model.ts';
import { payrollBatchApplied, payrollEmployeePage } from './registration.payroll-api.responses.ts';
import { errorMessage } from './registration.spreadsheet.report.ts';

export const API_ROWS_MAX = 1_000;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const citizenId = z.string().trim().min(15).max(18);
const hireRow = z.strictObject({
  citizenId,
  name: nameText(NAME_LENGTH_MAX).nullable().optional(),
  gender: z.enum(['male', 'female']).nullable().optional(),
  birthDate: isoDate.nullable().optional(),
  phone: z.string().trim().min(1).max(32).nullable().optional(),
  date: isoDate,
  schemes: z.array(z.enum(SCHEMES)).min(1).max(SCHEMES.length).nullable().optional(),
});
const separationRow = z.strictObject({
  citizenId,
  date: isoDate,
  reason: z.enum(REPORTABLE_SEPARATION_REASONS),
});
const rowsOf = <T extends z.ZodType>(row: T) => z.strictObject({ rows: z.array(row).min(1).max(API_ROWS_MAX) });

/** Applies API rows as one batch inside the idempotent transaction; row errors refuse the whole request. */
async function postRows(ctx: AppContext, request: FastifyRequest, rows: Omit<EmploymentRow, 'line'>[]) {
  const principal = apiKeyOf(request);
  const who = apiKeyActor(principal, { ip: request.ip, requestId: request.id });
  const language = languageOf(request.headers['accept-language']);
  const batchRows = rows.map((row, index) => ({ ...row, line: index + 1 }));
  return idempotent(
    ctx.db,
    ctx.clock,
    idempotentRequestOf(request, `employer:${principal.employerId}`),
    async (trx) => {
      const result = await applyEmploymentBatch(trx, ctx, who, {
        employerId: principal.employerId,
        rows: batchRows,
        channel: 'api',
        importId: null,
      });
      if (!result.ok)
        throw rejectImport('payroll_rows_rejected', {
          errors: result.errors.slice(0, API_ROWS_MAX).map((e) => ({
            index: e.line - 1,
            field: e.field,
            code: e.code,
            message: errorMessage(e, null, language),
          })),
        });
      const { hires, separations, personsCreated } = result;
      return { statusCode: 201, body: { hires, separations, personsCreated } };
    },
  );
}

/** `GET /api/v1/employees`, `POST /api/v1/hires`, `POST /api/v1/separations`. */
export function payrollApiRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['payroll API'];
  const security = [{ employerApiKey: [] }];
  const idempotencyHeader = z.object({ 'idempotency-key': z.string().max(200).optional() });
  app.get(
    '/api/v1/employees',
    {
      config: { access: { apiKey: 'employment.read' }, rateLimit: perApiKey },
      schema: {
        tags,
        security,
        summary: "The employer's employees (masked identity numbers)",
        querystring: z.strictObject({
          status: z.enum(['active', 'ended', 'all']).default('active'),
          page,
          pageSize: pageSizeUpTo(PAGE_SIZE_MAX),
        }),
        response: { 200: payrollEmployeePage },
      },
    },
    async (request) => payrollEmployees(ctx.db, apiKeyOf(request).employerId, request.query),
  );
  app.post(
    '/api/v1/hires',
    {
      config: { access: { apiKey: 'employment.write' }, rateLimit: perApiKey },
      schema: {
        tags,
        security,
        summary: 'Report hires (1–1,000 rows, all or none); header Idempotency-Key required',
        headers: idempotencyHeader,
        body: rowsOf(hireRow),
        response: { 201: payrollBatchApplied },
      },
    },
    async (request, reply) =>
      sendIdempotent(
        reply,
        await postRows(
          ctx,
          request,
          request.body.rows.map((r) => ({ ...r, action: 'hire' })),
        ),
      ),
  );
  app.post(
    '/api/v1/separations',
    {
      config: { access: { apiKey: 'employment.write' }, rateLimit: perApiKey },
      schema: {
        tags,
        security,
        summary: 'Report separations (1–1,000 rows, all or none); header Idempotency-Key required',
        headers: idempotencyHeader,
        body: rowsOf(separationRow),
        response: { 201: payrollBatchApplied },
      },
    },
    async (request, reply) =>
      sendIdempotent(
        reply,
        await postRows(
          ctx,
          request,
          request.body.rows.map((r) => ({ ...r, action: 'separation' })),
        ),
      ),
  );
}
