/**
 * What the running system plugs into the application: the store of archived files and the gateways
 * of outward messages. Declared here, below the modules, so that `AppContext` names them without
 * importing a module; the archive and the outbox implement them and re-export the types.
 */

/** A content-addressed store: bytes kept once under their SM3 digest, never overwritten. */
export interface BlobStore {
  /** 'filesystem', 'memory', … for logs and the verify report. */
  readonly kind: string;
  /** Stores the bytes (if not already there) and returns their SM3 digest, 64 hex characters. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under `digest`, or null when there are none. Does not re-hash. */
  get(digest: string): Promise<Buffer | null>;
  has(digest: string): Promise<boolean>;
  /** Every digest in the store, in no particular order. */
  list(): AsyncIterable<string>;
}

/** The ways a message reaches a person: a text message, an e-mail, or the hall's own inbox. */
export type MessageChannel = 'sms' | 'email' | 'inbox';

/** A message to one person, as a module queues it. */
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
