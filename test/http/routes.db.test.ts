import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasSuccessResponse } from '../../src/http/responses.ts';
import { testApp, type Caller, type TestApp } from '../support/http.ts';

interface OpenApiOperation {
  responses?: Record<string, { content?: unknown }>;
}

let t: TestApp;
let callers: Caller[];
beforeAll(async () => {
  t = await testApp();
  callers = [await t.as('admin'), await t.as('secofficer'), await t.as('auditadmin'), await t.as('clerk')];
});
afterAll(() => t.dispose());

const apiRoutes = () =>
  t.app.routeRecords.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD');
// Logging out would end the sessions the hostile-input tests run with; it has its own test.
const fuzzedRoutes = () => apiRoutes().filter((r) => r.url !== '/api/auth/logout');

describe('route registry', () => {
  it('has a declared access rule on every API route', () => {
    const routes = apiRoutes();
    expect(routes.length).toBeGreaterThan(30);
    const missing = routes.filter((r) => !r.access);
    expect(missing).toEqual([]);
  });

  it('has a success response schema on every API route, and the error body on each', () => {
    const documented = apiRoutes().filter((r) => !r.hidden);
    const missing = documented
      .filter((r) => !hasSuccessResponse(Object.fromEntries(r.responses.map((status) => [status, true]))))
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    expect(documented.filter((r) => !r.responses.includes('4xx'))).toEqual([]);
  });

  it('serves a response schema for every operation in the OpenAPI document', async () => {
    const doc = (await t.anonymous('GET', '/api/openapi.json')).json();
    const bare: string[] = [];
    for (const [url, operations] of Object.entries(doc.paths as Record<string, Record<string, OpenApiOperation>>)) {
      for (const [method, operation] of Object.entries(operations)) {
        const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^2/.test(status));
        if (success.length === 0 || !success.every(([status, answer]) => answer.content || status === '204'))
          bare.push(`${method} ${url}`);
      }
    }
    expect(bare).toEqual([]);
    expect(doc.components.schemas.ErrorBody).toBeDefined();
  });

  it('refuses to register a route without an access rule', async () => {
    const { buildApp } = await import('../../src/http/app.ts');
    const fresh = await buildApp(t.ctx, { strictResponses: true });
    expect(() => fresh.get('/api/undeclared', async () => 'x')).toThrow(/declares no access/);
    await fresh.close();
  });

  it('answers every non-public route with 401 when not logged in', async () => {
    for (const route of apiRoutes().filter((r) => !(r.access as { public?: boolean }).public)) {
      const response = await t.anonymous(
        route.method as 'GET',
        route.url.replace(/:(\w+)/g, '1'),
        route.method === 'GET' ? undefined : {},
      );
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(response.json().code).toBe('unauthenticated');
    }
  });
});

/** The fuzzed areas: the first path segment after /api/ of the larger modules, and the rest. */
const NAMED_AREAS = ['collection', 'registration', 'ledger', 'queue', 'cases', 'staff', 'hall'] as const;
const FUZZ_AREAS = [...NAMED_AREAS, 'other'] as const;
function areaOf(url: string): string {
  const segment = url.split('/')[2] ?? '';
  return (NAMED_AREAS as readonly string[]).includes(segment) ? segment : 'other';
}

const PARAMS = ['1', '0', '-1', 'abc', '99999999999999999999', '1.5', '%00'];
const BODIES: unknown[] = [
  {},
  [],
  'text',
  0,
  null,
  { unknown: 1 },
  { id: 'x', version: 'x', parentId: -1, name: '' },
  { name: 'x'.repeat(10_000), code: '💥', level: 9, roles: ['x'], permissions: [1], openingHours: [{ days: [8] }] },
  { version: 1e308, reason: {}, password: [], roles: 'clerk', number: null },
];

describe('malformed input never produces a 5xx', () => {
  // By area, so that each part has its own time limit on a busy machine (some 250 requests a route).
  it.each(FUZZ_AREAS)(
    'survives a table of hostile bodies and path parameters on every %s route',
    async (area) => {
      const failures: string[] = [];
      for (const route of fuzzedRoutes().filter((r) => areaOf(r.url) === area)) {
        // A route without path parameters is the same URL for every hostile parameter: send it once.
        for (const url of new Set(PARAMS.map((param) => route.url.replace(/:(\w+)/g, param)))) {
          for (const body of route.method === 'GET' ? [undefined] : BODIES) {
            for (const caller of callers) {
              const response = await caller.call(
                route.method as 'POST',
                url,
                body,
                body === undefined ? {} : { 'content-type': 'application/json' },
              );
              if (response.statusCode >= 500)
                failures.push(
                  `${route.method} ${url} ${JSON.stringify(body)?.slice(0, 60)} → ${response.statusCode} ${response.body.slice(0, 120)}`,
                );
              else if (response.statusCode >= 400)
                expect(Object.keys(response.json()).sort()).toEqual(['code', 'details', 'message']);
            }
          }
        }
      }
      expect(failures).toEqual([]);
    },
    300_000,
  );

  it('survives random JSON bodies (fast-check) on every state-changing route', async () => {
    const admin = callers[0]!;
    const routes = fuzzedRoutes().filter((r) => r.method !== 'GET');
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), fc.jsonValue({ maxDepth: 3 }), async (route, body) => {
        const response = await admin.call(route.method as 'POST', route.url.replace(/:(\w+)/g, '2'), body, {
          'content-type': 'application/json',
        });
        return response.statusCode < 500 && response.statusCode !== 401;
      }),
      { numRuns: 150 },
    );
  }, 300_000);

  it('refuses bodies that are too large, not JSON, or of another media type', async () => {
    const admin = callers[0]!;
    expect((await admin.call('GET', '/api/agencies')).statusCode).toBe(200);
    const big = await admin.call('POST', '/api/agencies', JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) }), {
      'content-type': 'application/json',
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('payload_too_large');
    const broken = await admin.call('POST', '/api/agencies', '{"name":', { 'content-type': 'application/json' });
    expect(broken.statusCode).toBe(400);
    const xml = await admin.call('POST', '/api/agencies', '<a/>', { 'content-type': 'application/xml' });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().code).toBe('unsupported_media_type');
  });
});

describe('the HTTP surface', () => {
  it('logs out: the session ends and the cookie is cleared', async () => {
    const caller = await t.as('supervisor');
    const out = await caller.call('POST', '/api/auth/logout');
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'sb_session')?.value).toBe('');
    expect((await caller.call('GET', '/api/agencies')).statusCode).toBe(401);
  });

  it('serves the OpenAPI 3.1 document, the docs, health and readiness', async () => {
    const doc = (await t.anonymous('GET', '/api/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/agencies');
    expect((await t.anonymous('GET', '/api/docs/')).statusCode).toBe(200);
    expect((await t.anonymous('GET', '/healthz')).json()).toEqual({ status: 'ok' });
    expect((await t.anonymous('GET', '/readyz')).json()).toEqual({ status: 'ready' });
  });

  it('sends security headers and a request id', async () => {
    const response = await t.anonymous('GET', '/api/auth/session');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('rate-limits login attempts per client', async () => {
    const limited = await testApp({ loginRateLimitPerMinute: 3 });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++)
        codes.push(
          (await limited.anonymous('POST', '/api/auth/staff/login', { username: 'x', password: 'y' })).statusCode,
        );
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const body = (
        await limited.anonymous(
          'POST',
          '/api/auth/staff/login',
          { username: 'x', password: 'y' },
          { 'accept-language': 'en' },
        )
      ).json();
      expect(body.code).toBe('rate_limited');
    } finally {
      await limited.dispose();
    }
  });
});
