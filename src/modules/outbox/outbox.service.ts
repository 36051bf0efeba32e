/**
 * The outbox of messages to people. A message is stored first, in the caller's transaction, and
 * then handed to a pluggable provider (SMS gateway, mail). The built-in provider delivers nothing
 * outside: the stored message is what the demo shows on screen.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Clock } from '../../kernel/clock.ts';
import { seal, type DataKeys } from '../../kernel/sm-crypto.ts';

export interface OutgoingMessage {
  readonly channel: 'sms' | 'email' | 'inbox';
  readonly recipient: string;
  readonly recipientMasked: string;
  readonly purpose: string;
  readonly bodyZh: string;
  readonly bodyEn: string;
  /** Links the message to what caused it (a login challenge, a case), for look-up. */
  readonly correlation: string | null;
}

/** Delivers a stored message; throws when the gateway refuses it. */
export interface MessageProvider {
  readonly name: string;
  deliver(message: OutgoingMessage): Promise<void>;
}

/** Keeps messages in the outbox table only; nothing leaves the machine. */
export const outboxOnlyProvider: MessageProvider = {
  name: 'outbox',
  async deliver() {},
};

/** Stores a message and delivers it through the provider, recording the outcome. */
export async function sendMessage(
  trx: Transaction<Database>,
  deps: { clock: Clock; keys: DataKeys; messages: MessageProvider },
  message: OutgoingMessage,
): Promise<number> {
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
      provider: deps.messages.name,
      created_at: deps.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  let status: 'sent' | 'failed' = 'sent';
  try {
    await deps.messages.deliver(message);
  } catch {
    status = 'failed';
  }
  await trx.updateTable('messages').set({ status, sent_at: deps.clock.now() }).where('id', '=', row.id).execute();
  return row.id;
}

/** Messages correlated with `correlation`, newest first (demo outbox view). */
export async function messagesFor(
  db: import('../../db/connection.ts').Db,
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
