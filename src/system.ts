/** Opening the running system: configuration, keys, database (migrated, chains keyed), context. */
import path from 'node:path';
import { loadConfig, type Config } from './config.ts';
import { APP_ROLE, connect, enterRole, type Connection } from './db/connection.ts';
import { migrate } from './db/migrate.ts';
import type { AppContext } from './app-context.ts';
import { keyChainsOnce } from './chains.ts';
import { systemClock } from './kernel/clock.ts';
import { loadDataKeys } from './keys.ts';
import { installChainKey } from './modules/audit/index.ts';
import { providersFromConfig } from './modules/outbox/index.ts';
import { bookOpeningReceivables } from './modules/collection/index.ts';
import { fsBlobStore } from './modules/archive/index.ts';
import { installHolidayYears } from './modules/calendar/index.ts';

export interface System {
  readonly ctx: AppContext;
  readonly connection: Connection;
  readonly migrated: string[];
  close(): Promise<void>;
}

/**
 * Connects to the configured database, applies pending migrations as the owner, and builds the
 * context over the application's connection (role `shebao_app`). With `keyChains` (`shebao
 * migrate` and `serve`), chains written before decision 35 are keyed; others refuse them.
 */
export async function openSystem(
  config: Config = loadConfig(),
  options: { keyChains?: boolean } = {},
): Promise<System> {
  const { keys } = loadDataKeys(config);
  installChainKey(keys);
  const { connection, migrated } = await openDatabase(config, options.keyChains ?? false);
  await installHolidayYears(connection.db);
  // Bills issued before they were booked in the ledger (0036) get their receivables, once: an
  // upgrade step, so it runs where the chains are keyed (migrate, serve), not in every command.
  if (options.keyChains) await bookOpeningReceivables(connection.db, systemClock);
  const blobs = fsBlobStore(path.join(config.dataDir, 'archive'));
  const ctx: AppContext = {
    db: connection.db,
    clock: systemClock,
    keys,
    config,
    messages: providersFromConfig(config),
    blobs,
  };
  return { ctx, connection, migrated, close: () => connection.close() };
}

/** The owner's work on a connection that has every right: migrations, then the chains' keying. */
async function prepare(owner: Connection, config: Config, keyChains: boolean): Promise<string[]> {
  const migrated = await migrate(owner);
  await keyChainsOnce(owner.db, systemClock, config.dataDir, keyChains);
  return migrated;
}

/**
 * PGlite has one session: the owner's work comes first on it, then it becomes the application's.
 * PostgreSQL: a short-lived owner connection (`SHEBAO_MIGRATE_URL`, else `DATABASE_URL`), then
 * the application's pool on `DATABASE_URL`, every connection of it as `shebao_app`.
 */
async function openDatabase(
  config: Config,
  keyChains: boolean,
): Promise<{ connection: Connection; migrated: string[] }> {
  if (!config.databaseUrl) {
    const connection = await connect({ dataDir: `${config.dataDir}/pglite` });
    try {
      const migrated = await prepare(connection, config, keyChains);
      await enterRole(connection, APP_ROLE);
      return { connection, migrated };
    } catch (error) {
      await connection.close();
      throw error;
    }
  }
  const owner = await connect({ databaseUrl: config.migrateUrl ?? config.databaseUrl, poolSize: 1 });
  const migrated = await prepare(owner, config, keyChains).finally(() => owner.close());
  return { connection: await connect({ databaseUrl: config.databaseUrl, role: APP_ROLE }), migrated };
}
