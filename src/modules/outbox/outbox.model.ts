/** Messages to people, the providers that carry them, and the limits of their delivery. */

export type {
  DeliverableMessage,
  MessageChannel,
  MessageProvider,
  MessageProviders,
  OutgoingMessage,
} from '../../ports.ts';

/** How many times a message is tried before it is dead. */
export const DELIVERY_ATTEMPTS_MAX = 8;
/** The wait after the first failure; it doubles with each further failure. */
export const RETRY_FIRST_DELAY_MS = 30_000;
/** The longest wait between two attempts. */
export const RETRY_DELAY_MAX_MS = 3_600_000;
/** How long a claimed message is reserved for the worker delivering it (then it may be tried again). */
export const DELIVERY_LEASE_MS = 120_000;
/** Messages one worker pass claims at most. */
export const DELIVERY_BATCH_MAX = 50;
/** How long a gateway may take to answer one message. */
export const GATEWAY_TIMEOUT_MS = 10_000;
/** A provider's error is kept in this many characters at most. */
export const DELIVERY_ERROR_CHARS_MAX = 500;
