/**
 * The distribution step of the migrator: on a database with the Citus extension it places every
 * table as src/db/placement.ts says, after the migrations and again after each later one, so a
 * table is placed in the run that creates it. On PGlite and a single PostgreSQL server it never runs.
 */
import { sql } from 'kysely';
import { APP_ROLE, type Db } from './connection.ts';
import { PLACEMENT, type Placement } from './placement.ts';

/** True when the database has the Citus extension: a coordinator. */
export async function hasCitus(db: Db): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    SELECT EXISTS (SELECT FROM pg_extension WHERE extname = 'citus') AS found`.execute(db);
  return rows[0]!.found;
}

interface Placed {
  readonly table: string;
  /** Citus's partition method: `n` (reference or local), `h` (hash-distributed). */
  readonly method: string;
  /** Its replication model: `t` for a reference table, `s` otherwise. */
  readonly model: string;
}

async function placedTables(db: Db): Promise<Map<string, Placed>> {
  const { rows } = await sql<Placed>`
    SELECT logicalrelid::regclass::text AS table, partmethod::text AS method, repmodel::text AS model
      FROM pg_dist_partition`.execute(db);
  return new Map(rows.map((row) => [row.table, row]));
}

/**
 * The tables of the public schema, each after every table it references (self-references aside)
 * and after the table it is co-located with: Citus places a table only beside one already placed.
 */
async function tablesInPlacementOrder(db: Db, plan: Readonly<Record<string, Placement>>): Promise<string[]> {
  const { rows: tables } = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`.execute(db);
  const { rows: edges } = await sql<{ from: string; to: string }>`
    SELECT conrelid::regclass::text AS from, confrelid::regclass::text AS to
      FROM pg_constraint WHERE contype = 'f' AND conrelid <> confrelid`.execute(db);
  const ordered: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const placement = plan[name];
    if (placement?.kind === 'distributed' && placement.colocateWith !== name) visit(placement.colocateWith);
    for (const edge of edges) if (edge.from === name) visit(edge.to);
    ordered.push(name);
  };
  for (const table of tables) visit(table.name);
  return ordered;
}

function isPlacedAs(placed: Placed | undefined, placement: Placement): boolean {
  if (placement.kind === 'reference') return placed?.model === 't';
  if (placement.kind === 'distributed') return placed?.method === 'h';
  return placed !== undefined;
}

async function place(db: Db, table: string, placement: Placement): Promise<void> {
  if (placement.kind === 'reference') await sql`SELECT create_reference_table(${table}::regclass)`.execute(db);
  else if (placement.kind === 'distributed')
    await sql`SELECT create_distributed_table(${table}::regclass, ${placement.column},
      colocate_with => ${placement.colocateWith === table ? 'none' : placement.colocateWith})`.execute(db);
  // A table with a foreign key to a reference table became a Citus local table when that table
  // was placed; the others join it here, so that every table can be joined with the reference ones.
  else
    await sql`SELECT citus_add_local_table_to_metadata(${table}::regclass, cascade_via_foreign_keys => true)`.execute(
      db,
    );
}

/**
 * Moves every identity sequence past the largest id in its table. Citus rebuilds a table it places,
 * and the rebuilt identity starts again at 1: the next insert would collide with the rows the
 * migrations put there.
 */
async function resumeIdentities(db: Db): Promise<void> {
  const { rows } = await sql<{ table: string; column: string }>`
    SELECT table_name AS table, column_name AS column FROM information_schema.columns
     WHERE table_schema = 'public' AND is_identity = 'YES'`.execute(db);
  for (const { table, column } of rows)
    await sql`SELECT setval(pg_get_serial_sequence(${table}, ${column}), last_id)
                FROM (SELECT max(${sql.ref(column)}) AS last_id FROM ${sql.table(table)}) AS t
               WHERE last_id IS NOT NULL`.execute(db);
}

interface ForeignKey {
  readonly table: string;
  readonly name: string;
  readonly definition: string;
}

/**
 * Drops the foreign keys that touch a table about to be distributed, and gives them back. Citus
 * cannot distribute a table that a foreign key has already tied to a Citus local one (placing a
 * reference table turns every table that references it into one, and a local table with an
 * identity column never converts); without its keys the table stays plain until it is distributed,
 * and each key returns once both ends are placed: between co-located tables, or to a reference table.
 */
async function detachForeignKeys(db: Db, tables: readonly string[]): Promise<ForeignKey[]> {
  if (tables.length === 0) return [];
  const { rows } = await sql<ForeignKey>`
    SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS definition
      FROM pg_constraint
     WHERE contype = 'f' AND (conrelid::regclass::text = ANY(${tables}) OR confrelid::regclass::text = ANY(${tables}))
     ORDER BY conrelid::regclass::text, conname`.execute(db);
  for (const key of rows)
    await sql`ALTER TABLE ${sql.table(key.table)} DROP CONSTRAINT ${sql.id(key.name)}`.execute(db);
  return rows;
}

async function reattachForeignKeys(db: Db, keys: readonly ForeignKey[]): Promise<void> {
  for (const key of keys)
    await sql`ALTER TABLE ${sql.table(key.table)} ADD CONSTRAINT ${sql.id(key.name)} ${sql.raw(key.definition)}`.execute(
      db,
    );
}

/**
 * Places every table that is not yet where `plan` says; returns the tables it placed. Refuses a
 * table the plan does not name: a migration that adds a table must place it.
 */
export async function applyPlacement(db: Db, plan: Readonly<Record<string, Placement>> = PLACEMENT): Promise<string[]> {
  // Citus opens its connections to the workers as the session's current role: the application's
  // role must be able to log in there (its password, if any, goes in pg_dist_authinfo).
  const { rows } = await sql<{ login: boolean }>`
    SELECT rolcanlogin AS login FROM pg_roles WHERE rolname = ${APP_ROLE}`.execute(db);
  if (rows[0]?.login === false) await sql`ALTER ROLE ${sql.id(APP_ROLE)} WITH LOGIN`.execute(db);
  let placed = await placedTables(db);
  const order = await tablesInPlacementOrder(db, plan);
  const unplaced = order.filter((table) => {
    const placement = plan[table];
    if (placement === undefined) throw new Error(`table ${table} has no placement in src/db/placement.ts`);
    return !isPlacedAs(placed.get(table), placement);
  });
  const keys = await detachForeignKeys(
    db,
    unplaced.filter((table) => plan[table]?.kind === 'distributed'),
  );
  for (const table of unplaced) {
    if (isPlacedAs(placed.get(table), plan[table]!)) continue;
    await place(db, table, plan[table]!);
    // Placing one table can carry others along its foreign keys.
    placed = await placedTables(db);
  }
  await reattachForeignKeys(db, keys);
  if (unplaced.length > 0) await resumeIdentities(db);
  return unplaced;
}
