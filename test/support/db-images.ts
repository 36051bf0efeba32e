/**
 * Database images for the tests: built once per test run by the global setup, then cloned for every
 * test database instead of migrating (and seeding) each one.
 *
 * - `migrated`: the schema after every migration, nothing else.
 * - `demo`: `migrated` plus the demo data, seeded over the test context (manual clock at
 *   TEST_START, fixed keys) with the config recorded in `demoConfig` (its `seedView`); `testApp` clones
 *   it only when its own config is that one as far as the seed can see, and seeds a migrated clone
 *   itself otherwise.
 *
 * On PGlite an image is a data directory tarball (`dumpDataDir`) in a temporary directory, loaded
 * with `loadDataDir`; on PostgreSQL it is a template database (`CREATE DATABASE … TEMPLATE …`), on
 * a Citus cluster one on every node (test/support/cluster.ts).
 * Both are per run (a random name, removed at teardown), so they never outlive the code they were
 * built from.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import { connect, type Connection, type Db } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { NEXT_PLACEMENT, PLACEMENT } from '../../src/db/placement.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { contextOver, seedView } from './context.ts';
import { createDatabase, createFromTemplate, dropDatabase, sealTemplate } from '../../src/db/cluster.ts';
import { withDatabase, type DbImages } from './db.ts';

/** The placement the images take on a Citus cluster: the schema's, or the next one (TEST_CITUS_PLAN=next). */
function citusPlan() {
  return process.env.TEST_CITUS_PLAN === 'next' ? NEXT_PLACEMENT : PLACEMENT;
}

/** Seeds the demo data over `connection` as `testApp` would; returns the config it seeded with. */
async function seedOver(connection: Connection): Promise<string> {
  // The image's connection is the owner's (it migrated the database a moment ago).
  const owner = { ...connection, asOwner: <T>(work: (db: Db) => Promise<T>) => work(connection.db) };
  const context = contextOver({ ...owner, dispose: () => connection.close() }, { demo: true });
  try {
    // One line per part of the seed, once per run: the demo's cost stays in sight.
    await seedDemo(context.ctx, (line) => console.log(`${line} (${connection.driver})`));
    return seedView(context.ctx.config);
  } finally {
    await context.dispose();
  }
}

/** Writes the tarball of a closed, file-backed PGlite data directory. */
async function dumpDataDir(dataDir: string, file: string): Promise<void> {
  const pglite = await PGlite.create(dataDir);
  try {
    const tarball = await pglite.dumpDataDir('none');
    fs.writeFileSync(file, Buffer.from(await tarball.arrayBuffer()));
  } finally {
    await pglite.close();
  }
}

async function buildPglite(): Promise<{ images: DbImages; dispose(): Promise<void> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-db-images-'));
  const dispose = async () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    const files = { migrated: path.join(dir, 'migrated.tar'), demo: path.join(dir, 'demo.tar') };
    // File-backed, so that a closed data directory can be dumped (and copied for the demo image).
    const migratedDir = path.join(dir, 'migrated');
    const migrated = await connect({ dataDir: migratedDir });
    try {
      await migrate(migrated);
      // PGlite starts with 128 MB of shared buffers, and setting them up is half the cost of
      // starting a clone; a seeded test database is under 20 MB.
      await sql`ALTER SYSTEM SET shared_buffers = '32MB'`.execute(migrated.db);
    } finally {
      await migrated.close();
    }
    await dumpDataDir(migratedDir, files.migrated);
    const demoDir = path.join(dir, 'demo');
    fs.cpSync(migratedDir, demoDir, { recursive: true });
    const demoConfig = await seedOver(await connect({ dataDir: demoDir }));
    await dumpDataDir(demoDir, files.demo);
    for (const dataDir of [migratedDir, demoDir]) fs.rmSync(dataDir, { recursive: true, force: true });
    return { images: { driver: 'pglite', files, demoConfig }, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

async function buildPostgres(serverUrl: string): Promise<{ images: DbImages; dispose(): Promise<void> }> {
  const base = `shebao_tpl_${crypto.randomBytes(6).toString('hex')}`;
  const templates = { migrated: base, demo: `${base}_demo` };
  const dispose = async () => {
    for (const name of [templates.demo, templates.migrated]) await dropDatabase(serverUrl, name);
  };
  try {
    await createDatabase(serverUrl, templates.migrated);
    // The connections are closed before each clone: CREATE DATABASE … TEMPLATE needs the template idle.
    const migrated = await connect({ databaseUrl: withDatabase(serverUrl, templates.migrated), poolSize: 1 });
    try {
      await migrate(migrated, citusPlan());
    } finally {
      await migrated.close();
    }
    await sealTemplate(serverUrl, templates.migrated);
    await createFromTemplate(serverUrl, templates.demo, templates.migrated);
    const demoConfig = await seedOver(
      await connect({ databaseUrl: withDatabase(serverUrl, templates.demo), poolSize: 5 }),
    );
    await sealTemplate(serverUrl, templates.demo);
    return { images: { driver: 'postgres', templates, demoConfig }, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** Builds this run's images on PGlite, or on the server of TEST_DATABASE_URL when it is set. */
export function buildImages(): Promise<{ images: DbImages; dispose(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? buildPostgres(serverUrl) : buildPglite();
}
