/**
 * HTTP routes of spreadsheet imports (staff and the employer's hall), the import template and
 * employer API keys; the payroll API itself is in `registration.payroll-api.routes.ts`.
 */
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, hallAccountOf, SESSION_COOKIE, staffOf } from '../../http/access.ts';
import { contentDisposition, readUploadedFile } from '../../http/files.ts';
import { languageOf } from '../../http/language.ts';
import { id } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { type Language } from '../../kernel/rejection.ts';
import { sm3 } from '../../kernel/sm-crypto.ts';
import { apiKeyScopeCodes } from '../auth/index.ts';
import { API_KEY_LABEL_LENGTH_MAX, createApiKey, listApiKeys, revokeApiKey } from './registration.api-keys.ts';
import { employerOfAccount } from './registration.employers.service.ts';
import { importById, importReport, listImports, runImport, type ImportChannel } from './registration.imports.ts';
import { importUploadRefusals } from './registration.imports.rejections.ts';
import {
  apiKeyCreated,
  apiKeyList,
  apiKeyView,
  importList,
  importResultView,
  spreadsheetFile,
} from './registration.imports.responses.ts';
import { IMPORT_BYTES_MAX } from './registration.model.ts';
import { payrollApiRoutes } from './registration.payroll-api.routes.ts';
import { employerInScope } from './registration.scope.ts';
import { importTemplate, MEDIA_TYPES } from './registration.spreadsheet.report.ts';

const UPLOADS_PER_MINUTE = 20;
const language = z.enum(['zh-CN', 'en']).optional();
const uploadQuery = z.strictObject({ dryRun: z.enum(['true', 'false']).default('false'), lang: language });
const keyBody = z.strictObject({
  label: z.string().trim().min(1).max(API_KEY_LABEL_LENGTH_MAX),
  scopes: z.array(z.enum(apiKeyScopeCodes)).min(1).max(apiKeyScopeCodes.length),
});

/** The caller's language: `?lang=` first, then Accept-Language. */
function languageFor(request: FastifyRequest, lang: Language | undefined): Language {
  return lang ?? languageOf(request.headers['accept-language']);
}

function sendFile(reply: FastifyReply, file: { fileName: string; mediaType: string; bytes: Buffer }): FastifyReply {
  return reply
    .header('content-type', file.mediaType)
    .header('content-disposition', contentDisposition('attachment', file.fileName))
    .header('cache-control', 'no-store')
    .send(file.bytes);
}

/** The hall caller's employer; persons are refused. */
async function hallEmployerId(ctx: AppContext, request: FastifyRequest): Promise<number> {
  return (await employerOfAccount(ctx.db, hallAccountOf(request, 'employer').id)).id;
}

const uploadLimit = {
  max: UPLOADS_PER_MINUTE,
  timeWindow: '1 minute',
  keyGenerator: (request: FastifyRequest) => {
    const session = request.cookies[SESSION_COOKIE];
    return session ? `import:${sm3(session)}` : request.ip;
  },
};

/** Upload routes, in their own plugin scope so that only they parse multipart bodies. */
function uploadRoutes(app: ZodApp, ctx: AppContext): void {
  const upload = async (
    request: FastifyRequest,
    employerId: number,
    channel: ImportChannel,
    lang?: Language,
    dryRun?: string,
  ) => {
    const file = await readUploadedFile(request, { maxBytes: IMPORT_BYTES_MAX }, importUploadRefusals);
    return runImport(ctx, auditActorOf(request), {
      employerId,
      ...file,
      language: languageFor(request, lang),
      channel,
      dryRun: dryRun === 'true',
    });
  };
  const tags = ['registration'];
  void app.register(async (instance) => {
    const scope = instance.withTypeProvider<ZodTypeProvider>();
    await scope.register(multipart, { throwFileSizeLimit: true });
    scope.post(
      '/api/registration/employers/:id/imports',
      {
        config: { access: { permission: 'registration.write' }, rateLimit: uploadLimit },
        schema: {
          tags,
          summary:
            'Import hires and separations from a spreadsheet (multipart "file": .xlsx or .csv); all rows or none',
          consumes: ['multipart/form-data'],
          params: z.strictObject({ id }),
          querystring: uploadQuery,
          response: { 200: importResultView },
        },
      },
      async (request) => {
        const employer = await employerInScope(ctx.db, staffOf(request), request.params.id);
        return upload(request, employer.id, 'window', request.query.lang, request.query.dryRun);
      },
    );
    scope.post(
      '/api/hall/employer/imports',
      {
        config: { access: { authenticated: 'public_user' }, rateLimit: uploadLimit },
        schema: {
          tags,
          summary: 'The employer\'s own spreadsheet import (multipart "file"); all rows or none',
          consumes: ['multipart/form-data'],
          querystring: uploadQuery,
          response: { 200: importResultView },
        },
      },
      async (request) => {
        const employerId = await hallEmployerId(ctx, request);
        return upload(request, employerId, 'web', request.query.lang, request.query.dryRun);
      },
    );
  });
}

/** The import template, in the caller's language. */
function templateRoute(app: ZodApp): void {
  const tags = ['registration'];
  app.get(
    '/api/registration/import-template',
    {
      config: { access: { authenticated: 'any' } },
      schema: {
        tags,
        summary: "The import template: header row in the caller's language and one example row",
        querystring: z.strictObject({ format: z.enum(['xlsx', 'csv']).default('xlsx'), lang: language }),
        response: { 200: spreadsheetFile },
      },
    },
    async (request, reply) => {
      const lang = languageFor(request, request.query.lang);
      const { format } = request.query;
      const bytes = await importTemplate(format, lang);
      const fileName = `${lang === 'en' ? 'employees-template' : '人员增减模板'}.${format}`;
      return sendFile(reply, { fileName, mediaType: MEDIA_TYPES[format], bytes });
    },
  );
}

function importReadRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['registration'];
  const read = { access: { permission: 'registration.read' as const } };
  const hall = { access: { authenticated: 'public_user' as const } };
  app.get(
    '/api/registration/employers/:id/imports',
    {
      config: read,
      schema: {
        tags,
        summary: 'Imports of an employer, newest first',
        params: z.strictObject({ id }),
        response: { 200: importList },
      },
    },
    async (request) => {
      const employer = await employerInScope(ctx.db, staffOf(request), request.params.id);
      return listImports(ctx, employer.id);
    },
  );
  app.get(
    '/api/registration/imports/:id/report',
    {
      config: read,
      schema: {
        tags,
        summary: 'The error report of a refused import (audited)',
        params: z.strictObject({ id }),
        response: { 200: spreadsheetFile },
      },
    },
    async (request, reply) => {
      const found = await importById(ctx, request.params.id);
      await employerInScope(ctx.db, staffOf(request), found.employerId);
      return sendFile(reply, await importReport(ctx, auditActorOf(request), found.id));
    },
  );
  app.get(
    '/api/hall/employer/imports',
    {
      config: hall,
      schema: { tags, summary: "The employer's own imports, newest first", response: { 200: importList } },
    },
    async (request) => listImports(ctx, await hallEmployerId(ctx, request)),
  );
  app.get(
    '/api/hall/employer/imports/:id/report',
    {
      config: hall,
      schema: {
        tags,
        summary: "The error report of one of the employer's own imports",
        params: z.strictObject({ id }),
        response: { 200: spreadsheetFile },
      },
    },
    async (request, reply) => {
      const found = await importById(ctx, request.params.id, await hallEmployerId(ctx, request));
      return sendFile(reply, await importReport(ctx, auditActorOf(request), found.id));
    },
  );
}

/** An employer's API keys at the window. */
function staffApiKeyRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['registration'];
  const staffBase = '/api/registration/employers/:id/api-keys';
  app.get(
    staffBase,
    {
      config: { access: { permission: 'registration.read' } },
      schema: {
        tags,
        summary: "An employer's API keys (never the secret)",
        params: z.strictObject({ id }),
        response: { 200: apiKeyList },
      },
    },
    async (request) => listApiKeys(ctx, (await employerInScope(ctx.db, staffOf(request), request.params.id)).id),
  );
  app.post(
    staffBase,
    {
      config: { access: { permission: 'registration.write' } },
      schema: {
        tags,
        summary: 'Create an API key for the employer: the full key is in this answer only',
        params: z.strictObject({ id }),
        body: keyBody,
        response: { 201: apiKeyCreated },
      },
    },
    async (request, reply) => {
      const employer = await employerInScope(ctx.db, staffOf(request), request.params.id);
      return reply.status(201).send(await createApiKey(ctx, auditActorOf(request), employer.id, request.body));
    },
  );
  app.post(
    `${staffBase}/:keyId/revoke`,
    {
      config: { access: { permission: 'registration.write' } },
      schema: {
        tags,
        summary: 'Revoke an API key',
        params: z.strictObject({ id, keyId: id }),
        response: { 200: apiKeyView },
      },
    },
    async (request) => {
      const employer = await employerInScope(ctx.db, staffOf(request), request.params.id);
      return revokeApiKey(ctx, auditActorOf(request), employer.id, request.params.keyId);
    },
  );
}

/** The employer's own API keys in the hall. */
function hallApiKeyRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['registration'];
  const hall = { access: { authenticated: 'public_user' as const } };
  app.get(
    '/api/hall/employer/api-keys',
    { config: hall, schema: { tags, summary: "The employer's own API keys", response: { 200: apiKeyList } } },
    async (request) => listApiKeys(ctx, await hallEmployerId(ctx, request)),
  );
  app.post(
    '/api/hall/employer/api-keys',
    {
      config: hall,
      schema: {
        tags,
        summary: 'Create an API key for my payroll software: shown once',
        body: keyBody,
        response: { 201: apiKeyCreated },
      },
    },
    async (request, reply) => {
      const employerId = await hallEmployerId(ctx, request);
      return reply.status(201).send(await createApiKey(ctx, auditActorOf(request), employerId, request.body));
    },
  );
  app.post(
    '/api/hall/employer/api-keys/:id/revoke',
    {
      config: hall,
      schema: {
        tags,
        summary: 'Revoke one of my API keys',
        params: z.strictObject({ id }),
        response: { 200: apiKeyView },
      },
    },
    async (request) => revokeApiKey(ctx, auditActorOf(request), await hallEmployerId(ctx, request), request.params.id),
  );
}

/** Imports, template, API keys and the payroll API. */
export function registrationImportRoutes(app: ZodApp, ctx: AppContext): void {
  uploadRoutes(app, ctx);
  templateRoute(app);
  importReadRoutes(app, ctx);
  staffApiKeyRoutes(app, ctx);
  hallApiKeyRoutes(app, ctx);
  payrollApiRoutes(app, ctx);
}
