/**
 * Message delivery over HTTP: the hall learns whether codes can be sent at all, a hall login on a
 * system without an SMS gateway is refused by name (nothing queued), and the system administrator
 * sees delivery states without bodies and queues a dead message again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PUBLIC_ACCOUNTS } from '../support/demo-credentials.ts';
import { buildApp } from '../../src/http/app.ts';
import { ok, refused, testApp, type App, type TestApp } from '../support/http.ts';

let t: TestApp;
let bare: App; // the same database, served without any message provider (a non-demo start)

beforeAll(async () => {
  t = await testApp();
  bare = await buildApp({ ...t.ctx, messages: { sms: null, email: null } }, { strictResponses: true });
});
afterAll(async () => {
  await bare.close();
  await t.dispose();
});

const [zhang] = DEMO_PUBLIC_ACCOUNTS;

async function messageCount(): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n);
}

describe('messaging without a provider', () => {
  it('tells the hall that no codes can be sent', async () => {
    expect(ok(await t.anonymous('GET', '/api/public/messaging'))).toEqual({ sms: true, email: true });
    expect((await bare.inject({ method: 'GET', url: '/api/public/messaging' })).json()).toEqual({
      sms: false,
      email: false,
    });
  });

  it('refuses a hall login by name and queues no code that could never leave', async () => {
    const before = await messageCount();
    const response = await bare.inject({
      method: 'POST',
      url: '/api/public/login',
      payload: { kind: zhang!.kind, identifier: zhang!.identifier, password: DEMO_PASSWORD },
    });
    refused(response, 'message_channel_unavailable', 409);
    expect(response.json().message).toContain('窗口');
    expect(await messageCount()).toBe(before);
  });
});

describe('the delivery page of the system administrator', () => {
  it('lists states and attempts but never a body, and counts by channel and state', async () => {
    const admin = await t.as('admin');
    ok(
      await t.anonymous('POST', '/api/public/login', {
        kind: 'person',
        identifier: zhang!.identifier,
        password: DEMO_PASSWORD,
      }),
    );
    const page = ok(await admin.call('GET', '/api/messages?channel=sms&pageSize=5'));
    expect(page.total).toBeGreaterThan(0);
    const newest = page.items[0];
    expect(newest).toMatchObject({
      channel: 'sms',
      purpose: 'login',
      status: 'queued',
      recipientMasked: '138****8000',
    });
    expect(JSON.stringify(page)).not.toMatch(/验证码|bodyZh|\d{6}，/);
    const summary = ok(await admin.call('GET', '/api/messages/summary'));
    expect(summary.providers).toEqual({ sms: 'outbox', email: 'outbox' });
    expect(summary.counts).toEqual(
      expect.arrayContaining([expect.objectContaining({ channel: 'sms', status: 'queued' })]),
    );
  });

  it('queues a dead message again, audited; refuses one that is not dead', async () => {
    const admin = await t.as('admin');
    const { id } = await t.ctx.db
      .updateTable('messages')
      .set({ status: 'dead', attempts: 8, last_error: 'sms-http: gateway answered 503' })
      .where('id', '=', (eb) => eb.selectFrom('messages').select((m) => m.fn.max('id').as('id')))
      .returning('id')
      .executeTakeFirstOrThrow();
    expect((await admin.call('POST', `/api/messages/${id}/requeue`)).statusCode).toBe(204);
    const row = await t.ctx.db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'queued', attempts: 0 });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'actor_name'])
      .where('action', '=', 'message.requeue')
      .executeTakeFirstOrThrow();
    expect(audit.entity_id).toBe(String(id));
    refused(await admin.call('POST', `/api/messages/${id}/requeue`), 'message_not_dead', 409);
    refused(await admin.call('POST', '/api/messages/999999/requeue'), 'message_not_found', 404);
  });

  it('is the system administrator’s alone', async () => {
    for (const user of ['clerk', 'auditadmin', 'supervisor']) {
      const caller = await t.as(user);
      refused(await caller.call('GET', '/api/messages'), 'forbidden', 403);
    }
    refused(await t.anonymous('GET', '/api/messages'), 'unauthenticated', 401);
  });
});
