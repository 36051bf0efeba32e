/**
 * A benchmark's throwaway database: an in-memory PGlite, or a scratch database created
 * next to the one DATABASE_URL names (dropped afterwards). Besides the Kysely connection it offers
 * the raw paths the benchmark compares against: COPY text in (pg-copy-streams `COPY … FROM STDIN`
 * on PostgreSQL, `COPY … FROM '/dev/blob'` on PGlite) and COPY text out (to capture the rows a real
 * API wrote), and a pool of N connections for the concurrent statement readers.
 */
import crypto from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect } from 'kysely';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { connect, parseInt8, type Connection, type Db } from '../../src/db/connection.ts';
import { clusterOf, createDatabase, dropDatabase, withDatabase } from '../../src/db/cluster.ts';
import { migrate } from '../../src/db/migrate.ts';
import type { Database } from '../../src/db/schema.ts';

/** Rows for one table in PostgreSQL COPY text format (tab-separated, `\N` for null, one per line). */
export interface CopyBatch {
  readonly table: string;
  readonly columns: string;
  /** The rows as text (built by a bench) or as the bytes `copyOut` read. */
  readonly text: string | Buffer;
}

/** A pool of connections for concurrent readers. */
export interface ReaderPool {
  readonly db: Db;
  /** How many connections really serve the readers (1 on PGlite). */
  readonly connections: number;
  close(): Promise<void>;
}

export interface Scratch {
  readonly connection: Connection;
  readonly where: string;
  /** The PostgreSQL url of the scratch database (another process may connect); null on PGlite. */
  readonly url: string | null;
  /** COPY every batch in, all in one transaction. */
  copyIn(batches: readonly CopyBatch[]): Promise<void>;
  /**
   * `COPY (<select>) TO STDOUT`: the rows as COPY text in UTF-8 bytes, ready for `copyIn` (bytes,
   * not a string: a full-size month close writes more than V8's longest string, 512 MiB).
   */
  copyOut(select: string): Promise<Buffer>;
  readers(size: number): Promise<ReaderPool>;
  dispose(): Promise<void>;
}

const identity = (text: string): string => text;

/** The same type parsers as src/db/connection.ts: int8 → safe number, date and numeric → text. */
const parsers = { 20: parseInt8, 1082: identity, 1700: identity };

/** In memory, or in `dataDir` (a directory another process may open after this one closes it). */
export async function pgliteScratch(dataDir?: string): Promise<Scratch> {
  const pglite = await PGlite.create(dataDir, { parsers });
  await pglite.exec("SET TIME ZONE 'UTC'");
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }) });
  const connection: Connection = {
    db,
    driver: 'pglite',
    execStatements: async (statements) => {
      await pglite.transaction(async (tx) => {
        for (const statement of statements) await tx.exec(statement);
      });
    },
    close: () => db.destroy(),
  };
  await migrate(connection);
  return {
    connection,
    where: dataDir ? `PGlite (${dataDir})` : 'PGlite (in memory)',
    url: null,
    copyIn: async (batches) => {
      await pglite.transaction(async (tx) => {
        for (const b of batches)
          await tx.query(`COPY ${b.table} (${b.columns}) FROM '/dev/blob'`, [], {
            blob: new Blob([b.text as BlobPart]),
          });
      });
    },
    copyOut: async (select) => {
      const result = await pglite.query(`COPY (${select}) TO '/dev/blob'`);
      return result.blob ? Buffer.from(await result.blob.arrayBuffer()) : Buffer.alloc(0);
    },
    // One embedded database, one connection: concurrent readers queue on it.
    readers: async () => ({ db, connections: 1, close: async () => undefined }),
    dispose: () => connection.close(),
  };
}

/** Bytes per CopyData message: a server refuses a message of 1 GiB or more ("invalid message length"). */
const COPY_PIECE_BYTES = 8 * 1024 * 1024;

/** A batch's rows as CopyData-sized pieces (COPY accepts rows split across messages). */
function* copyPieces(text: string | Buffer): Generator<Buffer> {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  for (let at = 0; at < bytes.length; at += COPY_PIECE_BYTES) yield bytes.subarray(at, at + COPY_PIECE_BYTES);
}

export async function postgresScratch(url: string): Promise<Scratch> {
  const name = `shebao_bench_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  await admin.end();
  // On a Citus coordinator: the database on every node, the tables placed by the migrator.
  await createDatabase(url, name);
  const workers = (await clusterOf(url)).workers.length;
  const targetUrl = withDatabase(url, name);
  const connection = await connect({ databaseUrl: targetUrl, poolSize: 2 });
  await migrate(connection);
  const client = async (): Promise<pg.Client> => {
    const c = new pg.Client({ connectionString: targetUrl, options: '-c TimeZone=UTC' });
    await c.connect();
    return c;
  };
  return {
    connection,
    where: `PostgreSQL ${version}${workers > 0 ? ` + Citus, ${workers} workers` : ''} (scratch database ${name})`,
    url: targetUrl,
    copyIn: async (batches) => {
      const c = await client();
      try {
        await c.query('BEGIN');
        for (const b of batches)
          await pipeline(
            Readable.from(copyPieces(b.text)),
            c.query(copyFrom(`COPY ${b.table} (${b.columns}) FROM STDIN`)),
          );
        await c.query('COMMIT');
      } finally {
        await c.end();
      }
    },
    copyOut: async (select) => {
      const c = await client();
      const chunks: Buffer[] = [];
      try {
        await pipeline(
          c.query(copyTo(`COPY (${select}) TO STDOUT`)),
          new Writable({
            write(chunk: Buffer, _encoding, done) {
              chunks.push(chunk);
              done();
            },
          }),
        );
      } finally {
        await c.end();
      }
      return Buffer.concat(chunks);
    },
    readers: async (size) => {
      const pool = await connect({ databaseUrl: targetUrl, poolSize: size });
      return { db: pool.db, connections: size, close: () => pool.close() };
    },
    dispose: async () => {
      await connection.close();
      if (process.env.SHEBAO_BENCH_KEEP) {
        console.log(`kept the scratch database: ${targetUrl}`);
        return;
      }
      await dropDatabase(url, name);
    },
  };
}

export function openScratch(): Promise<Scratch> {
  const url = process.env.DATABASE_URL;
  return url ? postgresScratch(url) : pgliteScratch();
}
