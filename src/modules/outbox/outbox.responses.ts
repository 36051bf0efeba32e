/** What the message routes answer: which channels can be sent, and the delivery states (never bodies). */
import { z } from 'zod';
import { instantText, listOf } from '../../http/response-pieces.ts';

const channel = z.enum(['sms', 'email', 'inbox']);
const status = z.enum(['queued', 'sent', 'dead']);

/** `GET /api/public/messaging`: whether a provider carries each channel. */
export const messagingChannels = z
  .object({ sms: z.boolean(), email: z.boolean() })
  .meta({ id: 'OutboxChannels', description: 'Without SMS the hall tells users to register at the window' });

/** One message as the delivery page lists it: the recipient masked and no body (it may hold a code). */
export const outboxMessage = z
  .object({
    id: z.number().int(),
    channel,
    recipientMasked: z.string(),
    purpose: z.string(),
    status,
    attempts: z.number().int(),
    lastError: z.string().nullable().describe('The provider’s last error, cut to 500 characters'),
    provider: z.string().nullable().describe('The provider that sent it; null until sent'),
    createdAt: instantText,
    sentAt: instantText.nullable(),
    nextAttemptAt: instantText.nullable(),
  })
  .meta({ id: 'OutboxMessage' });

/** `GET /api/messages`: a page, newest first. */
export const messagePage = z.object({ items: listOf(outboxMessage), total: z.number().int() });

/** `GET /api/messages/summary`: counts by channel and state, and the provider of each channel. */
export const messageSummary = z
  .object({
    counts: listOf(z.object({ channel, status, count: z.number().int() })),
    providers: z
      .object({ sms: z.string().nullable(), email: z.string().nullable() })
      .describe('Provider names; null where none carries the channel'),
  })
  .meta({ id: 'OutboxSummary' });
