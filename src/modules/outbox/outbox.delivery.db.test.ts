/**
 * Delivery after commit: a worker pass sends what committed and nothing that rolled back, retries
 * a failing gateway with growing waits, gives up into the dead-letter state, and refuses a
 * required message on a channel that has no provider.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import { Rejection } from '../../kernel/rejection.ts';
import { deliverDueMessages } from './outbox.delivery.ts';
import type { DeliverableMessage, MessageProvider, OutgoingMessage } from './outbox.model.ts';
import { sendMessage } from './outbox.service.ts';

/** A gateway whose answers the test scripts: true delivers, false fails. */
function scriptedGateway(): MessageProvider & { delivered: DeliverableMessage[]; answers: boolean[] } {
  const gateway = {
    name: 'scripted',
    delivered: [] as DeliverableMessage[],
    answers: [] as boolean[],
    async deliver(message: DeliverableMessage) {
      if (gateway.answers.shift() === false) throw new Error('gateway down');
      gateway.delivered.push(message);
    },
  };
  return gateway;
}

const sms = (n: number): OutgoingMessage => ({
  channel: 'sms',
  recipient: `1380000${String(n).padStart(4, '0')}`,
  recipientMasked: '138****',
  purpose: 'test',
  bodyZh: `消息 ${n}`,
  bodyEn: `message ${n}`,
  correlation: `test:${n}`,
});

let t: TestContext;
let gateway: ReturnType<typeof scriptedGateway>;

beforeEach(async () => {
  t = await testContext();
  gateway = scriptedGateway();
  t = { ...t, ctx: { ...t.ctx, messages: { sms: gateway, email: null } } };
});
afterEach(() => t.dispose());

async function store(message: OutgoingMessage): Promise<number> {
  return t.ctx.db.transaction().execute((trx) => sendMessage(trx, t.ctx, message));
}

async function row(id: number) {
  return t.ctx.db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

describe('message delivery', () => {
  it('sends a committed message after commit, never one whose transaction rolled back', async () => {
    const sent = await store(sms(1));
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await sendMessage(trx, t.ctx, sms(2));
        throw new Error('the business change failed');
      }),
    ).rejects.toThrow('the business change failed');
    expect(gateway.delivered).toEqual([]); // nothing leaves inside the transaction
    expect(await deliverDueMessages(t.ctx)).toEqual({ claimed: 1, sent: 1, retrying: 0, dead: 0 });
    expect(gateway.delivered.map((m) => [m.id, m.recipient, m.bodyZh])).toEqual([[sent, '13800000001', '消息 1']]);
    expect(await row(sent)).toMatchObject({ status: 'sent', provider: 'scripted', attempts: 1, last_error: null });
    expect(await deliverDueMessages(t.ctx)).toEqual({ claimed: 0, sent: 0, retrying: 0, dead: 0 });
  });

  it('retries a failing gateway with growing waits, then delivers once', async () => {
    const id = await store(sms(3));
    gateway.answers.push(false, false);
    expect(await deliverDueMessages(t.ctx)).toMatchObject({ retrying: 1 });
    const first = await row(id);
    expect(first).toMatchObject({ status: 'queued', attempts: 1, last_error: 'scripted: gateway down' });
    expect(first.next_attempt_at!.getTime() - t.clock.now().getTime()).toBe(30_000);
    expect(await deliverDueMessages(t.ctx)).toMatchObject({ claimed: 0 }); // not due yet
    t.clock.advance(30_000);
    expect(await deliverDueMessages(t.ctx)).toMatchObject({ retrying: 1 });
    expect((await row(id)).next_attempt_at!.getTime() - t.clock.now().getTime()).toBe(60_000);
    t.clock.advance(60_000);
    expect(await deliverDueMessages(t.ctx)).toMatchObject({ sent: 1 });
    expect(gateway.delivered.map((m) => m.id)).toEqual([id]);
    expect(await row(id)).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
  });

  it('gives up after the last attempt: dead, with the gateway’s error', async () => {
    const id = await store(sms(4));
    gateway.answers.push(...Array(8).fill(false));
    for (let attempt = 1; attempt <= 8; attempt++) {
      await deliverDueMessages(t.ctx);
      t.clock.advance(3_600_000);
    }
    expect(await row(id)).toMatchObject({ status: 'dead', attempts: 8, last_error: 'scripted: gateway down' });
    expect(await deliverDueMessages(t.ctx)).toMatchObject({ claimed: 0 });
    expect(gateway.delivered).toEqual([]);
  });

  it('takes a claimed message back only after its lease, so two passes never send it together', async () => {
    const id = await store(sms(5));
    await t.ctx.db.updateTable('messages').set({ attempts: 1 }).where('id', '=', id).execute();
    // A claim by a server that died: the lease runs two minutes from now.
    await t.ctx.db
      .updateTable('messages')
      .set({ next_attempt_at: new Date(t.clock.now().getTime() + 120_000) })
      .where('id', '=', id)
      .execute();
    expect(await deliverDueMessages(t.ctx)).toMatchObject({ claimed: 0 });
    t.clock.advance(120_000);
    expect(await deliverDueMessages(t.ctx)).toMatchObject({ sent: 1 });
  });

  it('stores inbox messages as delivered and needs no provider for them', async () => {
    const id = await store({ ...sms(6), channel: 'inbox', recipient: 'public_account:1' });
    expect(await row(id)).toMatchObject({ status: 'sent', provider: 'inbox' });
    expect(await deliverDueMessages(t.ctx)).toMatchObject({ claimed: 0 });
  });

  it('ends a message of a channel without a provider dead, and refuses a required one by name', async () => {
    const id = await store({ ...sms(7), channel: 'email', recipient: 'zhang@example.cn' });
    for (let attempt = 1; attempt <= 8; attempt++) {
      await deliverDueMessages(t.ctx);
      t.clock.advance(3_600_000);
    }
    expect(await row(id)).toMatchObject({ status: 'dead', last_error: 'no provider is configured for email' });
    const before = await t.ctx.db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    const refusal = await store({ ...sms(8), channel: 'email', recipient: 'li@example.cn', required: true }).catch(
      (error: unknown) => error,
    );
    expect(refusal).toBeInstanceOf(Rejection);
    expect((refusal as Rejection).code).toBe('message_channel_unavailable');
    const after = await t.ctx.db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(after).toEqual(before);
  });
});
