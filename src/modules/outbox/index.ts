export {
  sendMessage,
  messagesFor,
  outboxOnlyProvider,
  type MessageProvider,
  type OutgoingMessage,
} from './outbox.service.ts';
