/** What every service needs from the running system: database, time, keys, settings, outbound messages. */
import type { Config } from './config.ts';
import type { Db } from './db/connection.ts';
import type { Clock } from './kernel/clock.ts';
import type { DataKeys } from './kernel/sm-crypto.ts';
import type { BlobStore, MessageProviders } from './ports.ts';

export interface AppContext {
  readonly db: Db;
  readonly clock: Clock;
  readonly keys: DataKeys;
  readonly config: Config;
  /** The gateway of each outward message channel (null: none configured). */
  readonly messages: MessageProviders;
  /** Content-addressed store of archived files and pending uploads. */
  readonly blobs: BlobStore;
}
