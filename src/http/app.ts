/** The Fastify application: plugins, hooks, every module's routes, the web app and the docs. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import type { AppContext } from '../app-context.ts';
import { apiKeyHolderOf } from '../modules/registration/index.ts';
import { installAccess } from './access.ts';
import { moduleRoutes } from './modules.ts';
import { errorBody, handleError } from './errors.ts';
import { ERROR_RESPONSES, responseSerializer } from './responses.ts';
import { installTextGuard } from './text-guard.ts';
import type { ZodApp } from './types.ts';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Browsers that reached us over TLS keep to TLS for a year, subdomains included. */
export const HSTS = 'max-age=31536000; includeSubDomains';

export interface AppOptions {
  readonly logger?: FastifyServerOptions['logger'];
  /** Serve the built web app from web/dist (off in API tests). */
  readonly serveWeb?: boolean;
  /**
   * Refuse a handler's answer that carries a field its response schema does not declare (a 500
   * naming the field), instead of dropping the field. On in tests, where a
   * forgotten field must show; off when serving, where the field is only left out.
   */
  readonly strictResponses?: boolean;
}

/** Every registered route with its declared access, for the test that none is missing. */
export interface RouteRecord {
  readonly method: string;
  readonly url: string;
  readonly access: unknown;
  /** The status codes the route declares answers for (`200`, `201`, `4xx` …). */
  readonly responses: readonly string[];
  /** Left out of the OpenAPI document (the document itself, a withdrawn route that only answers 410). */
  readonly hidden: boolean;
}

/** Builds the application; the caller listens (or injects, in tests). */
export async function buildApp(
  ctx: AppContext,
  options: AppOptions = {},
): Promise<ZodApp & { routeRecords: RouteRecord[] }> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: ctx.config.trustProxy,
    genReqId: () => crypto.randomUUID(),
    requestIdHeader: false,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializer(options.strictResponses ?? false));
  app.setErrorHandler(handleError);

  const routeRecords: RouteRecord[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const access = route.config?.access;
    if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && !access) {
      throw new Error(`route ${methods.join(',')} ${route.url} declares no access`);
    }
    if (route.url.startsWith('/api/') && !route.schema?.hide) {
      route.schema = {
        ...route.schema,
        response: { ...ERROR_RESPONSES, ...(route.schema?.response as object | undefined) },
      };
    }
    const responses = Object.keys((route.schema?.response as object | undefined) ?? {});
    const hidden = route.schema?.hide === true;
    for (const method of methods) routeRecords.push({ method, url: route.url, access, responses, hidden });
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // Only over TLS: directly, or as a trusted proxy reports it (SHEBAO_TRUST_PROXY). Browsers
    // ignore the header over plain HTTP, and it would be a false promise there.
    if (request.protocol === 'https') reply.header('strict-transport-security', HSTS);
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design writes its styles at run time; scripts stay same-origin only.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    hsts: false, // sent by the onSend hook above, over TLS only
  });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (request) => ({ statusCode: 429, ...errorBody(request, 'rate_limited') }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Shebao API',
        description: '社保经办平台 Shebao — social insurance agency platform (GB/T 27768-2011)',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sb_session' },
          employerApiKey: { type: 'http', scheme: 'bearer', description: 'Employer API key sbk_<prefix>_<secret>' },
        },
      },
    },
    transform: jsonSchemaTransform,
    // Schemas with a `meta({id})` (the error body, shared pieces) become named components.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  installAccess(app, ctx, apiKeyHolderOf);
  installTextGuard(app);
  app.get('/api/openapi.json', { config: { access: { public: true } }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    try {
      await sql`SELECT 1`.execute(ctx.db);
      return { status: 'ready' };
    } catch {
      return reply.status(503).send({ status: 'unavailable' });
    }
  });

  for (const register of moduleRoutes) register(app, ctx);

  if (options.serveWeb && fs.existsSync(path.join(webDist, 'index.html'))) {
    // wildcard: files rebuilt while the server runs are served too (no file list frozen at start).
    await app.register(fastifyStatic, { root: webDist, wildcard: true, index: ['index.html'] });
  }
  app.setNotFoundHandler((request, reply) => {
    // A missing script or style must be a 404, never the page: an old tab then reloads cleanly.
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/api/') &&
      !request.url.startsWith('/assets/') &&
      options.serveWeb;
    if (wantsPage && fs.existsSync(path.join(webDist, 'index.html')))
      return reply.type('text/html').sendFile('index.html', webDist);
    return reply
      .status(404)
      .send(errorBody(request, 'not_found', { method: request.method, url: request.url.slice(0, 200) }));
  });
  return Object.assign(app, { routeRecords });
}
