import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, refused, testApp, type Caller, type TestApp } from '../../../test/support/http.ts';
import { settleMonthCloses } from './month-close.ts';

/** 上城区: in the demo accountant's scope, with no payers of its own (the demo's paid months are in 330106). The clock is 2026-03-02. */
const REGION = '330102';
let t: TestApp;
let accountant: Caller;

beforeAll(async () => {
  t = await testApp();
  accountant = await t.as('accountant');
}, 180_000);
afterAll(async () => {
  await settleMonthCloses();
  await t?.dispose();
});

describe('month closes over HTTP', () => {
  it('starts a close in the background (202), follows it by id and lists it', async () => {
    const started = ok(
      await accountant.call('POST', '/api/collection/month-closes', { period: '2026-02', region: REGION }),
      202,
    );
    expect(started).toMatchObject({
      region: REGION,
      period: '202602',
      status: 'running',
      startedBy: expect.stringMatching(/^staff:\d+$/),
    });
    await settleMonthCloses();
    const run = ok(await accountant.call('GET', `/api/collection/month-closes/${started.id}`));
    expect(run).toMatchObject({ id: started.id, status: 'completed', step: 'done' });
    expect(run.payersDone).toBe(run.payersTotal);
    expect(run.report.funds.map((f: { fund: string }) => f.fund)).toEqual([
      'pension',
      'medical',
      'unemployment',
      'work_injury',
    ]);
    const { items } = ok(await accountant.call('GET', `/api/collection/month-closes?region=${REGION}`));
    expect(items.map((i: { id: number }) => i.id)).toContain(started.id);
  });

  it('refuses a completed close, a period not ended, bad bodies, a region out of scope and callers without the permission', async () => {
    refused(
      await accountant.call('POST', '/api/collection/month-closes', { period: '2026-02', region: REGION }),
      'collection_month_already_closed',
      409,
    );
    refused(
      await accountant.call('POST', '/api/collection/month-closes', { period: '2026-03', region: REGION }),
      'collection_period_not_ended',
      409,
    );
    for (const body of [
      { period: '2026-13', region: REGION },
      { period: '2026-01', region: '3301' },
      { period: '2026-01', region: REGION, extra: 1 },
      undefined,
    ])
      refused(await accountant.call('POST', '/api/collection/month-closes', body), 'invalid_request', 400);
    const clerk = await t.as('clerk');
    refused(
      await clerk.call('POST', '/api/collection/month-closes', { period: '2026-01', region: REGION }),
      'forbidden',
      403,
    );
    ok(await clerk.call('GET', '/api/collection/month-closes'));
    refused(
      await accountant.call('POST', '/api/collection/month-closes', { period: '2026-01', region: '990000' }),
      'collection_month_close_out_of_scope',
      403,
    );
    refused(
      await accountant.call('GET', '/api/collection/month-closes/999999'),
      'collection_month_close_not_found',
      404,
    );
    refused(await t.anonymous('GET', '/api/collection/month-closes'), 'unauthenticated', 401);
  });
});
