export type {
  DeliverableMessage,
  MessageChannel,
  MessageProvider,
  MessageProviders,
  OutgoingMessage,
} from './outbox.model.ts';
export { sendMessage, messagesFor, channelAvailable, assertChannelAvailable } from './outbox.service.ts';
export { outboxOnlyProvider, outboxOnlyProviders, providersFromConfig } from './outbox.providers.ts';
export { deliverDueMessages, type DeliveryPass } from './outbox.delivery.ts';
