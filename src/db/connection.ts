/**
 * One database API over two drivers: embedded PGlite (file-backed, or in memory for tests) and a
 * real PostgreSQL server through `pg`. Both return the same JavaScript types for every column type
 * the schema uses; see `typeParsers` below and `connection.db.test.ts`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import { assert } from '../kernel/assert.ts';
import type { Database } from './schema.ts';

/** The application's database: a pool of connections (PostgreSQL) or the one session (PGlite). */
export type Db = Kysely<Database>;
/** A transaction in progress: what `db.transaction().execute(async (trx) => …)` hands its callback. */
export type Trx = Transaction<Database>;
/** Where a query may run: the pool, or a transaction in progress that the query joins. */
export type Executor = Db | Trx;
export type DriverName = 'pglite' | 'postgres';

/**
 * The role the application's sessions run as (0029_app_role.sql): it reads and writes the
 * business tables but may not update or delete the audit trail or the journal. The role that
 * connects to migrate owns the tables and keeps every right.
 */
export const APP_ROLE = 'shebao_app';

export interface Connection {
  readonly db: Db;
  readonly driver: DriverName;
  /** Runs SQL statements in order in one transaction (migrations only; no parameters). */
  execStatements(statements: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

const OID = { int8: 20, date: 1082, timestamp: 1114, timestamptz: 1184, numeric: 1700 } as const;

/**
 * BIGINT comes back as a JS number, asserted safe: ids and fen stay far below 2^53, and a value
 * that is not must crash rather than silently lose precision. DATE comes back as the plain
 * `YYYY-MM-DD` text (never a Date at local midnight); NUMERIC as its exact decimal text.
 */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`bigint ${text} exceeds the safe integer range`);
  return value;
}

const identity = (text: string): string => text;

const typeParsers: Record<number, (text: string) => unknown> = {
  [OID.int8]: parseInt8,
  [OID.date]: identity,
  [OID.numeric]: identity,
};

/**
 * Marks a hot query whose planning costs more than its execution (the statement read:
 * ~10 ms to plan, ~1 ms to run): on PostgreSQL a query text starting with this comment runs as a
 * named prepared statement, parsed and planned once per connection (the server then settles on a
 * generic plan). The name is derived from the text, so each distinct text is its own statement.
 * PGlite runs it as any other query.
 */
export const PREPARED_QUERY = '/* prepared */';

/** Routes the pool client's marked queries through named prepared statements. */
function namePreparedQueries(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const names = new Map<string, string>();
  const nameOf = (text: string): string => {
    let name = names.get(text);
    if (name === undefined) {
      name = `q_${crypto.createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
      names.set(text, name);
    }
    return name;
  };
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text === 'string' && text.startsWith(PREPARED_QUERY) && args.length === 2 && Array.isArray(values))
      return query({ name: nameOf(text), text, values });
    return query(...args);
  };
}

/**
 * Opens PostgreSQL when `databaseUrl` is set, else PGlite in `dataDir` (or memory when null).
 * `loadDataDir` starts a new PGlite from a data directory tarball (`PGlite.dumpDataDir`), as the
 * tests do to clone a migrated database instead of migrating each one. With `role`, every
 * session runs as that role (`APP_ROLE` for the application); without, as the user that logs in.
 */
export async function connect(options: {
  databaseUrl?: string | undefined;
  dataDir?: string | null;
  poolSize?: number;
  loadDataDir?: Blob;
  role?: string;
}): Promise<Connection> {
  if (options.databaseUrl) return connectPostgres(options.databaseUrl, options.poolSize ?? 10, options.role);
  const connection = await connectPglite(options.dataDir ?? null, options.loadDataDir);
  if (options.role) await enterRole(connection, options.role);
  return connection;
}

/**
 * Makes an embedded database's one session run as `role` from now on: PGlite has no second
 * session, so the owner's work (migrations, the keying of the chains) comes first on the same one.
 * A PostgreSQL pool takes its role when each connection opens (`connect({ role })`).
 */
export async function enterRole(connection: Connection, role: string): Promise<void> {
  assert(connection.driver === 'pglite', 'a PostgreSQL pool takes its role as it connects: connect({ role })');
  await sql`SET ROLE ${sql.id(role)}`.execute(connection.db);
}

function connectPostgres(url: string, poolSize: number, role: string | undefined): Connection {
  assert(role === undefined || /^[a-z_][a-z0-9_]*$/.test(role), 'a role name is a plain identifier');
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    // Every session works in UTC so that timestamps print and truncate the same everywhere, and
    // as `role` from its first statement on (a startup option: no query can run before it). On a
    // Citus coordinator, a transaction that reads persons on several nodes may then write a table
    // on the coordinator (the audit trail, a bill): Citus allows that only when the multi-shard
    // command ran over one connection per node, not several in parallel. A plain server keeps the
    // setting as an unused placeholder.
    options: `-c TimeZone=UTC -c citus.multi_shard_modify_mode=sequential${role ? ` -c role=${role}` : ''}`,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        typeParsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  pool.on('connect', namePreparedQueries);
  // An idle client whose backend ends (a server restart, an administrator's terminate, a test's
  // database dropped) reports it here; the pool has already discarded it and opens another when
  // needed. Without a listener the report would be an uncaught exception that stops the process.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const execStatements = async (statements: readonly string[]): Promise<void> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      for (const statement of statements) await client.query(statement);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
  return { db, driver: 'postgres', execStatements, close: () => db.destroy() };
}

async function connectPglite(dataDir: string | null, loadDataDir?: Blob): Promise<Connection> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const parsers = Object.fromEntries(Object.entries(typeParsers).map(([oid, fn]) => [oid, (x: string) => fn(x)]));
  const pglite = await PGlite.create(dataDir ?? undefined, { parsers, ...(loadDataDir ? { loadDataDir } : {}) });
  await pglite.exec("SET TIME ZONE 'UTC'");
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  const execStatements = async (statements: readonly string[]): Promise<void> => {
    await pglite.transaction(async (tx) => {
      for (const statement of statements) await tx.exec(statement);
    });
  };
  return { db, driver: 'pglite', execStatements, close: () => db.destroy() };
}
