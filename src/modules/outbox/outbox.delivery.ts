/**
 * Delivery of stored messages, after the transactions that wrote them have committed. A pass
 * claims the due messages (reserving them for a lease, so two servers never send one message at
 * the same time), hands each to its channel's provider outside any transaction, and records the
 * outcome: sent, another try later (backoff), or dead after the last attempt. A server that dies
 * mid-pass leaves its claims to expire, and the next pass tries them again: delivery is at least
 * once, which is what SMS and mail gateways offer anyway.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/connection.ts';
import { unseal } from '../../kernel/sm-crypto.ts';
import {
  DELIVERY_BATCH_MAX,
  DELIVERY_ERROR_CHARS_MAX,
  DELIVERY_LEASE_MS,
  type MessageChannel,
  type DeliverableMessage,
} from './outbox.model.ts';
import { afterFailedAttempt } from './outbox.rules.ts';

/** What one pass did. */
export interface DeliveryPass {
  readonly claimed: number;
  readonly sent: number;
  readonly retrying: number;
  readonly dead: number;
}

interface ClaimedMessage {
  readonly id: number;
  readonly channel: MessageChannel;
  readonly recipientEnc: string;
  readonly recipientMasked: string;
  readonly purpose: string;
  readonly bodyZh: string;
  readonly bodyEn: string;
  readonly correlation: string | null;
  readonly attempts: number;
}

/** Claims up to `limit` due messages for this pass, counting the attempt now. */
async function claimDue(db: Db, now: Date, limit: number): Promise<ClaimedMessage[]> {
  return db.transaction().execute(async (trx) => {
    const due = await trx
      .selectFrom('messages')
      .select('id')
      .where('status', '=', 'queued')
      .where('next_attempt_at', '<=', now)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .execute();
    if (due.length === 0) return [];
    const rows = await trx
      .updateTable('messages')
      .set({ next_attempt_at: new Date(now.getTime() + DELIVERY_LEASE_MS), attempts: sql`attempts + 1` })
      .where(
        'id',
        'in',
        due.map((d) => d.id),
      )
      .returning([
        'id',
        'channel',
        'recipient_enc as recipientEnc',
        'recipient_masked as recipientMasked',
        'purpose',
        'body_zh as bodyZh',
        'body_en as bodyEn',
        'correlation',
        'attempts',
      ])
      .execute();
    return rows.sort((a, b) => a.id - b.id);
  });
}

type Outcome = { kind: 'sent'; provider: string } | { kind: 'failed'; error: string };

/** Hands one message to its channel's provider; a missing provider is a failure like any other. */
async function deliverOne(ctx: AppContext, message: ClaimedMessage): Promise<Outcome> {
  const provider = message.channel === 'inbox' ? null : ctx.messages[message.channel];
  if (!provider) return { kind: 'failed', error: `no provider is configured for ${message.channel}` };
  const outgoing: DeliverableMessage = {
    id: message.id,
    channel: message.channel,
    recipient: unseal(ctx.keys, message.recipientEnc),
    recipientMasked: message.recipientMasked,
    purpose: message.purpose,
    bodyZh: message.bodyZh,
    bodyEn: message.bodyEn,
    correlation: message.correlation,
  };
  try {
    await provider.deliver(outgoing);
    return { kind: 'sent', provider: provider.name };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return { kind: 'failed', error: `${provider.name}: ${text}`.slice(0, DELIVERY_ERROR_CHARS_MAX) };
  }
}

/** Records an attempt's outcome; returns what became of the message. */
async function recordOutcome(
  ctx: AppContext,
  message: ClaimedMessage,
  outcome: Outcome,
): Promise<'sent' | 'retrying' | 'dead'> {
  const now = ctx.clock.now();
  const row = ctx.db.updateTable('messages').where('id', '=', message.id).where('status', '=', 'queued');
  if (outcome.kind === 'sent') {
    await row.set({ status: 'sent', sent_at: now, provider: outcome.provider, last_error: null }).execute();
    return 'sent';
  }
  const next = afterFailedAttempt(message.attempts);
  if (next.next === 'dead') {
    await row.set({ status: 'dead', next_attempt_at: null, last_error: outcome.error }).execute();
    return 'dead';
  }
  await row.set({ next_attempt_at: new Date(now.getTime() + next.delayMs), last_error: outcome.error }).execute();
  return 'retrying';
}

/** One delivery pass over the due messages (at most `limit`), a few at a time. */
export async function deliverDueMessages(ctx: AppContext, limit = DELIVERY_BATCH_MAX): Promise<DeliveryPass> {
  const claimed = await claimDue(ctx.db, ctx.clock.now(), limit);
  const counts = { sent: 0, retrying: 0, dead: 0 };
  const parallel = 4;
  for (let i = 0; i < claimed.length; i += parallel) {
    const group = claimed.slice(i, i + parallel);
    const results = await Promise.all(group.map(async (m) => recordOutcome(ctx, m, await deliverOne(ctx, m))));
    for (const result of results) counts[result] += 1;
  }
  return { claimed: claimed.length, ...counts };
}
