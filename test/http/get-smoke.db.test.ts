/**
 * Every GET route, asked by every demo staff role and by a hall user over the demo data, answers
 * without a server error. The same file runs on PGlite, PostgreSQL and Citus (.ci/run): a query
 * that a cluster cannot plan shows up here as a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PUBLIC_ACCOUNTS, DEMO_STAFF } from '../../src/demo/demo-data.ts';
import { type Caller, publicLogin, type TestApp, testApp } from '../support/http.ts';

let t: TestApp;
const callers = new Map<string, Caller>();

beforeAll(async () => {
  t = await testApp();
  for (const staff of DEMO_STAFF) callers.set(staff.username, await t.as(staff.username));
  const person = DEMO_PUBLIC_ACCOUNTS.find((account) => account.kind === 'person')!;
  const employer = DEMO_PUBLIC_ACCOUNTS.find((account) => account.kind === 'employer')!;
  callers.set('hall person', await publicLogin(t, 'person', person.identifier));
  callers.set('hall employer', await publicLogin(t, 'employer', employer.identifier));
}, 300_000);
afterAll(() => t?.dispose());

/** The GET routes of the API, each path parameter filled with 1 (a record the demo has, or a 404). */
function getRoutes(): string[] {
  return t.app.routeRecords
    .filter((route) => route.method === 'GET' && route.url.startsWith('/api/') && !route.url.startsWith('/api/docs'))
    .map((route) => route.url.replace(/:(\w+)/g, '1'));
}

describe('every GET route over the demo data', () => {
  it('answers every caller without a server error', async () => {
    const urls = getRoutes();
    expect(urls.length).toBeGreaterThan(100);
    const failures: string[] = [];
    for (const [who, caller] of callers)
      for (const url of urls) {
        const response = await caller.call('GET', url);
        if (response.statusCode >= 500) failures.push(`${who} GET ${url}: ${response.statusCode} ${response.body}`);
      }
    expect(failures).toEqual([]);
  }, 600_000);
});
