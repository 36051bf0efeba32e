/**
 * A fresh, migrated database for one test file: in-memory PGlite by default, or a new database on
 * the PostgreSQL server named by TEST_DATABASE_URL (dropped again afterwards). Its `db` runs as
 * the application's role, as a running server does (no UPDATE or DELETE on the audit trail or the
 * journal); what only the owner may do, a test does through `asOwner`.
 *
 * Under vitest the database is a clone of an image the global setup built once for the run
 * (test/support/db-images.ts): a PGlite data directory tarball, or a PostgreSQL template database
 * (on a Citus cluster, one on every node: test/support/cluster.ts).
 * Without the setup each database is migrated from nothing, as before.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { inject } from 'vitest';
import { sql } from 'kysely';
import { APP_ROLE, connect, enterRole, type Connection, type Db } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { createDatabase, createFromTemplate, dropDatabase, withDatabase } from '../../src/db/cluster.ts';

export interface TestDatabase extends Connection {
  /**
   * Runs `work` as the role that owns the tables: what the application may not do, such as
   * editing the journal to prove that verification finds it. Not inside a transaction of `db`.
   */
  asOwner<T>(work: (owner: Db) => Promise<T>): Promise<T>;
  /** Drops the database (PostgreSQL) and closes the connection. */
  dispose(): Promise<void>;
}

/** `migrated`: the schema only; `demo`: the schema and the demo data (see db-images.ts). */
export type ImageName = 'migrated' | 'demo';

export type DbImages =
  | { readonly driver: 'pglite'; readonly files: Record<ImageName, string>; readonly demoConfig: string }
  | { readonly driver: 'postgres'; readonly templates: Record<ImageName, string>; readonly demoConfig: string };

declare module 'vitest' {
  export interface ProvidedContext {
    /** This run's database images (test/support/db-images.ts), or null when there are none. */
    shebaoDbImages: DbImages | null;
  }
}

let images: DbImages | null | undefined;

/** The images the global setup provided to this worker, or null (a run without the setup). */
export function providedImages(): DbImages | null {
  images ??= inject('shebaoDbImages') ?? null;
  return images;
}

export { withDatabase } from '../../src/db/cluster.ts';

/**
 * A tarball Blob whose `arrayBuffer()` is one copy of bytes already in memory: Node's own Blob
 * reassembles a 40 MB tarball chunk by chunk, which costs about half a second per clone.
 */
class TarballBlob extends Blob {
  constructor(private readonly tarball: Uint8Array) {
    super([]);
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.tarball.slice().buffer);
  }
}

/** The tarballs read so far by this worker, by file. */
const tarballs = new Map<string, Uint8Array>();

function tarball(file: string): Blob {
  let bytes = tarballs.get(file);
  if (!bytes) {
    bytes = new Uint8Array(fs.readFileSync(file));
    tarballs.set(file, bytes);
  }
  return new TarballBlob(bytes);
}

export async function freshDatabase(image: ImageName = 'migrated'): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  const provided = providedImages();
  if (image !== 'migrated' && !provided) throw new Error(`no ${image} image without the vitest global setup`);
  if (!serverUrl) {
    if (provided && provided.driver !== 'pglite') throw new Error('the images were built for PostgreSQL');
    const connection = provided
      ? await connect({ dataDir: null, loadDataDir: tarball(provided.files[image]) })
      : await connect({ dataDir: null });
    if (!provided) await migrate(connection);
    await enterRole(connection, APP_ROLE);
    return { ...connection, asOwner: pgliteOwner(connection), dispose: () => connection.close() };
  }
  if (provided && provided.driver !== 'postgres') throw new Error('the images were built for PGlite');
  const name = `shebao_test_${crypto.randomBytes(6).toString('hex')}`;
  if (provided) await createFromTemplate(serverUrl, name, provided.templates[image]);
  else await createDatabase(serverUrl, name);
  const url = withDatabase(serverUrl, name);
  if (!provided) {
    const owner = await connect({ databaseUrl: url, poolSize: 1 });
    await migrate(owner).finally(() => owner.close());
  }
  const connection = await connect({ databaseUrl: url, poolSize: 5, role: APP_ROLE });
  let owner: Connection | undefined;
  return {
    ...connection,
    asOwner: async (work) => work((owner ??= await connect({ databaseUrl: url, poolSize: 1 })).db),
    dispose: async () => {
      await owner?.close();
      await connection.close();
      await dropDatabase(serverUrl, name);
    },
  };
}

/** PGlite's one session: back to the session user (the owner) for `work`, then the app's role again. */
function pgliteOwner(connection: Connection): TestDatabase['asOwner'] {
  return async (work) => {
    await sql`RESET ROLE`.execute(connection.db);
    try {
      return await work(connection.db);
    } finally {
      await enterRole(connection, APP_ROLE);
    }
  };
}
