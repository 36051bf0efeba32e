/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by TEST_DATABASE_URL (dropped again afterwards).
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { connect, type Connection } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';

export interface TestDatabase extends Connection {
  /** Drops the database (PostgreSQL) and closes the connection. */
  dispose(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function freshDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const connection = await connect({ dataDir: null });
    await migrate(connection);
    return { ...connection, dispose: () => connection.close() };
  }
  const name = `shebao_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const connection = await connect({ databaseUrl: withDatabase(serverUrl, name), poolSize: 5 });
  await migrate(connection);
  return {
    ...connection,
    dispose: async () => {
      await connection.close();
      const drop = new pg.Client({ connectionString: serverUrl });
      await drop.connect();
      await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await drop.end();
    },
  };
}
