/**
 * HTTP routes of message delivery: whether the hall can send codes at all (public), and the
 * delivery states for the system administrator, who may queue a dead message again.
 */
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf } from '../../http/access.ts';
import { idParams, page, pageSizeUpTo } from '../../http/params.ts';
import { noContent } from '../../http/responses.ts';
import type { ZodApp } from '../../http/types.ts';
import { requeueMessage } from './outbox.requeue.ts';
import { messagePage, messageSummary, messagingChannels } from './outbox.responses.ts';
import { channelAvailable } from './outbox.service.ts';
import { listMessages, messageCounts } from './outbox.views.ts';

const filter = z.strictObject({
  status: z.enum(['queued', 'sent', 'dead']).optional(),
  channel: z.enum(['sms', 'email', 'inbox']).optional(),
  page,
  pageSize: pageSizeUpTo(200, 50),
});

/** Registers the outbox routes. */
export function outboxRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['messages'];
  const monitor = { access: { permission: 'message.monitor' } } as const;
  app.get(
    '/api/public/messaging',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'Whether text messages and e-mail can be sent (else: register at the window)',
        response: { 200: messagingChannels },
      },
    },
    async () => ({ sms: channelAvailable(ctx.messages, 'sms'), email: channelAvailable(ctx.messages, 'email') }),
  );
  app.get(
    '/api/messages',
    {
      config: monitor,
      schema: {
        tags,
        summary: 'Messages and their delivery state',
        querystring: filter,
        response: { 200: messagePage },
      },
    },
    async (request) => {
      const { page, pageSize, ...rest } = request.query;
      return listMessages(ctx.db, rest, page, pageSize);
    },
  );
  app.get(
    '/api/messages/summary',
    {
      config: monitor,
      schema: { tags, summary: 'Message counts by channel and delivery state', response: { 200: messageSummary } },
    },
    async () => ({
      counts: await messageCounts(ctx.db),
      providers: { sms: ctx.messages.sms?.name ?? null, email: ctx.messages.email?.name ?? null },
    }),
  );
  app.post(
    '/api/messages/:id/requeue',
    {
      config: monitor,
      schema: { tags, summary: 'Queue a dead message again', params: idParams, response: { 204: noContent } },
    },
    async (request, reply) => {
      await requeueMessage(ctx, auditActorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
}
