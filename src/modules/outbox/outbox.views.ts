/** What the system administrator sees of message delivery: states and attempts, never bodies. */
import type { Db } from '../../db/connection.ts';
import type { MessageStatus } from '../../db/tables/foundation.ts';
import type { MessageChannel } from './outbox.model.ts';

export interface MessageFilter {
  readonly status?: MessageStatus;
  readonly channel?: MessageChannel;
}

/** One message as the delivery page lists it: the recipient masked and no body (it may hold a code). */
export interface MessageRow {
  readonly id: number;
  readonly channel: MessageChannel;
  readonly recipientMasked: string;
  readonly purpose: string;
  readonly status: MessageStatus;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly provider: string | null;
  readonly createdAt: string;
  readonly sentAt: string | null;
  readonly nextAttemptAt: string | null;
}

/** A page of messages, newest first. */
export async function listMessages(
  db: Db,
  filter: MessageFilter,
  page: number,
  pageSize: number,
): Promise<{ items: MessageRow[]; total: number }> {
  let query = db.selectFrom('messages');
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.channel) query = query.where('channel', '=', filter.channel);
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .select([
      'id',
      'channel',
      'recipient_masked',
      'purpose',
      'status',
      'attempts',
      'last_error',
      'provider',
      'created_at',
      'sent_at',
      'next_attempt_at',
    ])
    .orderBy('id', 'desc')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      id: r.id,
      channel: r.channel,
      recipientMasked: r.recipient_masked,
      purpose: r.purpose,
      status: r.status,
      attempts: r.attempts,
      lastError: r.last_error,
      provider: r.provider,
      createdAt: r.created_at.toISOString(),
      sentAt: r.sent_at?.toISOString() ?? null,
      nextAttemptAt: r.next_attempt_at?.toISOString() ?? null,
    })),
  };
}

/** Message counts by channel and state, for the delivery page's chart. */
export async function messageCounts(
  db: Db,
): Promise<Array<{ channel: MessageChannel; status: MessageStatus; count: number }>> {
  const rows = await db
    .selectFrom('messages')
    .select(['channel', 'status', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['channel', 'status'])
    .orderBy('channel')
    .orderBy('status')
    .execute();
  return rows.map((r) => ({ channel: r.channel, status: r.status, count: Number(r.n) }));
}
