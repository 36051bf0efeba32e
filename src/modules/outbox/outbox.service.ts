/**
 * The outbox of messages to people. A message is stored in the caller's transaction and nothing
 * more: the delivery worker (`outbox.delivery.ts`) sends it after the transaction commits, so a
 * rolled-back change never sends a message and a slow gateway never holds a transaction open.
 */
import type { Db, Trx } from '../../db/connection.ts';
import type { Clock } from '../../kernel/clock.ts';
import { seal, type DataKeys } from '../../kernel/sm-crypto.ts';
import type { MessageProviders, OutgoingMessage } from './outbox.model.ts';
import { rejectOutbox } from './outbox.rejections.ts';

/** Whether messages of `channel` can leave the system (the inbox always can: it is ours). */
export function channelAvailable(providers: MessageProviders, channel: OutgoingMessage['channel']): boolean {
  return channel === 'inbox' || providers[channel] !== null;
}

/** Refuses by name when no provider carries `channel`: for callers that must not go on without it. */
export function assertChannelAvailable(providers: MessageProviders, channel: OutgoingMessage['channel']): void {
  if (!channelAvailable(providers, channel)) throw rejectOutbox('message_channel_unavailable', { channel });
}

/**
 * Stores a message for delivery after commit and returns its id. An inbox message is delivered
 * by being stored. A `required` message on a channel without a provider is refused by name.
 */
export async function sendMessage(
  trx: Trx,
  deps: { clock: Clock; keys: DataKeys; messages: MessageProviders },
  message: OutgoingMessage,
): Promise<number> {
  if (message.required) assertChannelAvailable(deps.messages, message.channel);
  const now = deps.clock.now();
  const inbox = message.channel === 'inbox';
  const row = await trx
    .insertInto('messages')
    .values({
      channel: message.channel,
      recipient_enc: seal(deps.keys, message.recipient),
      recipient_masked: message.recipientMasked,
      purpose: message.purpose,
      body_zh: message.bodyZh,
      body_en: message.bodyEn,
      correlation: message.correlation,
      status: inbox ? 'sent' : 'queued',
      provider: inbox ? 'inbox' : null,
      created_at: now,
      sent_at: inbox ? now : null,
      next_attempt_at: inbox ? null : now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Messages correlated with `correlation`, newest first (demo outbox view). */
export async function messagesFor(
  db: Db,
  correlation: string,
): Promise<Array<{ to: string; bodyZh: string; bodyEn: string; at: Date }>> {
  const rows = await db
    .selectFrom('messages')
    .select(['recipient_masked', 'body_zh', 'body_en', 'created_at'])
    .where('correlation', '=', correlation)
    .orderBy('id', 'desc')
    .limit(10)
    .execute();
  return rows.map((r) => ({ to: r.recipient_masked, bodyZh: r.body_zh, bodyEn: r.body_en, at: r.created_at }));
}
