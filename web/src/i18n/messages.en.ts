import type { messagesZh } from './messages.zh.ts';

/** English texts of message delivery; typed against the zh dictionary. */
export const messagesEn: Record<keyof typeof messagesZh, string> = {
  'menu.messages': 'Message delivery',
  'home.messagesText': 'Delivery of text messages and e-mail: retries, failures, requeue',
  'msg.description':
    'Text messages and e-mail are sent in the background after the change that wrote them is saved. A failed attempt is retried after growing waits; after 8 failed attempts the message is given up, and can be queued again once the gateway or the recipient has been put right. Message bodies are not shown here, to protect personal data.',
  'msg.providers': 'Providers',
  'msg.provider.none': 'not configured',
  'msg.chart': 'Messages by channel and state',
  'msg.channel.sms': 'Text message',
  'msg.channel.email': 'E-mail',
  'msg.channel.inbox': 'Hall inbox',
  'msg.status.queued': 'Queued',
  'msg.status.sent': 'Sent',
  'msg.status.dead': 'Given up',
  'msg.filter.status': 'State',
  'msg.filter.channel': 'Channel',
  'msg.filter.all': 'All',
  'msg.col.id': 'No.',
  'msg.col.channel': 'Channel',
  'msg.col.recipient': 'Recipient',
  'msg.col.purpose': 'Purpose',
  'msg.col.status': 'State',
  'msg.col.attempts': 'Attempts',
  'msg.col.lastError': 'Last error',
  'msg.col.createdAt': 'Created',
  'msg.col.sentAt': 'Sent',
  'msg.col.nextAttemptAt': 'Next attempt',
  'msg.requeue': 'Queue again',
  'msg.requeueConfirm': 'Queue message {id} again? It will be tried up to 8 more times.',
  'msg.requeued': 'Queued again',
  'msg.hall.smsUnavailable':
    'Text messages are not set up on this system, so no verification code can be sent and accounts cannot be opened or used online. Please come to a social insurance service window with your identity document (employers: the business licence and the agent’s identity document).',
};
