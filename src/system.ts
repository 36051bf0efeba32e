/** Opening the running system: configuration, keys, database (migrated), context. */
import path from 'node:path';
import { loadConfig, type Config } from './config.ts';
import { connect, type Connection } from './db/connection.ts';
import { migrate } from './db/migrate.ts';
import type { AppContext } from './app-context.ts';
import { systemClock } from './kernel/clock.ts';
import { loadDataKeys } from './keys.ts';
import { providersFromConfig } from './modules/outbox/index.ts';
import { fsBlobStore } from './modules/archive/index.ts';
import { installHolidayYears } from './modules/calendar/index.ts';

export interface System {
  readonly ctx: AppContext;
  readonly connection: Connection;
  readonly migrated: string[];
  close(): Promise<void>;
}

/** Connects to the configured database, applies pending migrations and builds the context. */
export async function openSystem(config: Config = loadConfig()): Promise<System> {
  const connection = await connect({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? null : `${config.dataDir}/pglite`,
  });
  const migrated = await migrate(connection);
  await installHolidayYears(connection.db);
  const { keys } = loadDataKeys(config);
  const blobs = fsBlobStore(path.join(config.dataDir, 'archive'));
  const ctx: AppContext = { db: connection.db, clock: systemClock, keys, config, messages: providersFromConfig(config), blobs };
  return { ctx, connection, migrated, close: () => connection.close() };
}
