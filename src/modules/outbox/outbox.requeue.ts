/** Queuing a dead message again, once the gateway or the recipient's details have been put right. */
import type { AppContext } from '../../app-context.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { rejectOutbox } from './outbox.rejections.ts';

/** Moves a dead message back to the queue with fresh attempts; audited. */
export async function requeueMessage(ctx: AppContext, actor: AuditActor, messageId: number): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const message = await trx
      .selectFrom('messages')
      .select(['id', 'status', 'channel', 'purpose', 'attempts', 'last_error'])
      .where('id', '=', messageId)
      .forUpdate()
      .executeTakeFirst();
    if (!message) throw rejectOutbox('message_not_found');
    if (message.status !== 'dead') throw rejectOutbox('message_not_dead', { status: message.status });
    const now = ctx.clock.now();
    await trx
      .updateTable('messages')
      .set({ status: 'queued', attempts: 0, next_attempt_at: now })
      .where('id', '=', messageId)
      .execute();
    await appendAudit(trx, ctx.clock, actor, {
      action: 'message.requeue',
      entity: 'message',
      entityId: messageId,
      details: {
        channel: message.channel,
        purpose: message.purpose,
        attempts: message.attempts,
        lastError: message.last_error,
      },
    });
  });
}
