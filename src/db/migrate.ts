/**
 * Versioned SQL migrations: `src/db/migrations/NNNN_name.sql`, applied in name order, each in its
 * own transaction and one statement at a time, recorded in `schema_migrations`. Applied files must
 * never change; a checksum guards that. On a Citus coordinator every table is then placed as
 * src/db/placement.ts says (src/db/citus.ts).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { applyPlacement, hasCitus } from './citus.ts';
import type { Connection } from './connection.ts';
import { PLACEMENT, type Placement } from './placement.ts';
import { splitStatements } from './statements.ts';

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

interface Migration {
  readonly version: string;
  readonly script: string;
  readonly checksum: string;
}

function loadMigrations(): Migration[] {
  return fs
    .readdirSync(migrationsDir)
    .filter((name) => /^\d{4}_[a-z0-9_]+\.sql$/.test(name))
    .sort()
    .map((name) => {
      const script = fs.readFileSync(path.join(migrationsDir, name), 'utf8');
      const checksum = crypto.createHash('sm3').update(script).digest('hex');
      return { version: name.replace(/\.sql$/, ''), script, checksum };
    });
}

/**
 * Applies every pending migration; returns the versions it applied. On a Citus coordinator it then
 * places the tables by `plan` (the schema's own, src/db/placement.ts, unless a test tries another).
 */
export async function migrate(
  connection: Connection,
  plan: Readonly<Record<string, Placement>> = PLACEMENT,
): Promise<string[]> {
  const { db } = connection;
  // Created only when missing: a role without CREATE (the application's) may then still find
  // that nothing is pending.
  const { rows } = await sql<{ found: boolean }>`SELECT to_regclass('schema_migrations') IS NOT NULL AS found`.execute(
    db,
  );
  if (!rows[0]!.found)
    await sql`CREATE TABLE IF NOT EXISTS schema_migrations (
      version text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db);
  const applied = new Map(
    (
      await sql<{ version: string; checksum: string }>`SELECT version, checksum FROM schema_migrations`.execute(db)
    ).rows.map((row) => [row.version, row.checksum]),
  );
  const done: string[] = [];
  for (const migration of loadMigrations()) {
    const known = applied.get(migration.version);
    if (known !== undefined) {
      if (known !== migration.checksum)
        throw new Error(`migration ${migration.version} was edited after it was applied`);
      continue;
    }
    // The advisory lock makes two servers starting together apply each migration once.
    const record = `INSERT INTO schema_migrations (version, checksum) VALUES ('${migration.version}', '${migration.checksum}')`;
    await connection.execStatements([
      'SELECT pg_advisory_xact_lock(27768)',
      ...(await splitStatements(migration.script)),
      record,
    ]);
    done.push(migration.version);
  }
  if (await hasCitus(db))
    await db.connection().execute(async (session) => {
      // The same lock, held by this one session while it places (each placement is a statement of
      // its own, not one transaction): two servers starting together place each table once.
      await sql`SELECT pg_advisory_lock(27768)`.execute(session);
      try {
        await applyPlacement(session, plan);
      } finally {
        await sql`SELECT pg_advisory_unlock(27768)`.execute(session);
      }
    });
  return done;
}
