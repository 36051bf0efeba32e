/** Messages to people, the providers that carry them, and the limits of their delivery. */

/** The ways a message reaches a person: a text message, an e-mail, or the hall's own inbox. */
export type MessageChannel = 'sms' | 'email' | 'inbox';

export interface OutgoingMessage {
  readonly channel: MessageChannel;
  readonly recipient: string;
  readonly recipientMasked: string;
  readonly purpose: string;
  readonly bodyZh: string;
  readonly bodyEn: string;
  /** Links the message to what caused it (a login challenge, a case), for look-up. */
  readonly correlation: string | null;
  /**
   * The caller cannot go on unless the message can be delivered (a one-time code): with no
   * provider for the channel the call is refused by name instead of queuing a message that
   * will never leave.
   */
  readonly required?: boolean;
}

/** A stored message on its way out; `id` lets a gateway recognise a repeated attempt. */
export interface DeliverableMessage extends OutgoingMessage {
  readonly id: number;
}

/** Carries one message to a gateway; throws when the gateway refuses or cannot be reached. */
export interface MessageProvider {
  readonly name: string;
  deliver(message: DeliverableMessage): Promise<void>;
}

/** The provider of each outward channel, or null when none is configured. */
export interface MessageProviders {
  readonly sms: MessageProvider | null;
  readonly email: MessageProvider | null;
}

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
