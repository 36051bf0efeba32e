/** The real Fastify app over a fresh seeded database, driven through inject, with login helpers. */
import type { LightMyRequestResponse } from 'fastify';
import type { Config } from '../../src/config.ts';
import { seedDemo } from '../../src/demo/seed.ts';
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
  const context = await testContext({ demo: true, ...config });
  await seedDemo(context.ctx);
  const app = await buildApp(context.ctx);
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
