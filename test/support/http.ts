/** The real Fastify app over a fresh seeded database, driven through inject, with login helpers. */
import type { LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Config } from '../../src/config.ts';
import { buildApp } from '../../src/http/app.ts';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.ts';
import { testContext, type TestContext } from './context.ts';

export type App = Awaited<ReturnType<typeof buildApp>>;

export interface Caller {
  readonly cookie: string;
  readonly csrf: string;
  call(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export interface TestApp extends TestContext {
  readonly app: App;
  /** A logged-in caller for a demo staff member (demo mode skips the second factor). */
  as(username: string, password?: string): Promise<Caller>;
  /** Calls without a session. */
  anonymous(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
}

export function sessionCookie(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'sb_session');
  if (!cookie) throw new Error(`no session cookie in ${response.statusCode} ${response.body}`);
  return `sb_session=${cookie.value}`;
}

/** A caller for an existing session cookie. */
export async function callerFor(app: App, cookie: string): Promise<Caller> {
  const session = (await app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } })).json();
  const csrf = session.session?.csrfToken ?? '';
  return {
    cookie,
    csrf,
    call: (method, url, body, headers = {}) =>
      app.inject({
        method,
        url,
        headers: { cookie, 'x-csrf-token': csrf, ...headers },
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}

export async function testApp(config: Partial<Config> = {}): Promise<TestApp> {
  const context = await testContext({ demo: true, ...config }, { seedDemo: true });
  // TEST_LOG_ERRORS=1 prints each unhandled error (a 500's cause) as a JSON line: the tests otherwise
  // see only the refusal's body, which names no cause by design.
  const logger = process.env.TEST_LOG_ERRORS ? { level: 'error' } : false;
  const app = await buildApp(context.ctx, { strictResponses: true, logger });
  const anonymous: TestApp['anonymous'] = (method, url, body, headers = {}) =>
    app.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body as object }) });
  return {
    ...context,
    app,
    anonymous,
    async as(username, password = DEMO_PASSWORD) {
      const response = await anonymous('POST', '/api/auth/staff/login', { username, password });
      if (response.json().status !== 'ok') throw new Error(`login of ${username} needs more steps: ${response.body}`);
      return callerFor(app, sessionCookie(response));
    },
    dispose: async () => {
      await app.close();
      await context.dispose();
    },
  };
}

/** The JSON body of a response that must have `status`; the body is shown when it has not. */
export function ok(response: LightMyRequestResponse, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

/** The JSON body of a refusal that must carry the rejection `code` and the HTTP `status`. */
export function refused(response: LightMyRequestResponse, code: string, status: number) {
  expect(response.json().code, response.body).toBe(code);
  expect(response.statusCode).toBe(status);
  return response.json();
}

/** Logs a self-service account in: password, then the one-time code from the outbox. */
export async function publicLogin(
  t: TestApp,
  kind: 'person' | 'employer',
  identifier: string,
  password = DEMO_PASSWORD,
): Promise<Caller> {
  const step = ok(await t.anonymous('POST', '/api/public/login', { kind, identifier, password }));
  const sms = await t.ctx.db
    .selectFrom('messages')
    .select('body_zh')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const code = /(\d{6})/.exec(sms.body_zh)![1]!;
  const done = await t.anonymous('POST', '/api/public/login/verify', { challenge: step.challenge, code });
  return callerFor(t.app, sessionCookie(done));
}
