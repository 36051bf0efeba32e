import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isCluster } from './cluster.ts';
import { freshDatabase, type TestDatabase } from '../../test/support/db.ts';
import { applyPlacement } from './citus.ts';
import { PLACEMENT, type Placement } from './placement.ts';
import { LOOSE_REFERENCES } from './references.ts';

/** Whether this run's databases are on a Citus cluster (they are skipped, and say so, elsewhere). */
const onCitus = process.env.TEST_DATABASE_URL ? await isCluster(process.env.TEST_DATABASE_URL) : false;

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.dispose());

async function tables(): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1`.execute(database.db);
  return rows.map((row) => row.name);
}

interface ForeignKey {
  readonly from: string;
  readonly to: string;
  readonly column: string;
}

async function foreignKeys(): Promise<ForeignKey[]> {
  const { rows } = await sql<ForeignKey>`
    SELECT conrelid::regclass::text AS from, confrelid::regclass::text AS to, a.attname AS column
      FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
     WHERE contype = 'f' AND connamespace = 'public'::regnamespace`.execute(database.db);
  return rows;
}

/** The co-location group a table is (or will be) in; undefined where that is not settled. */
function groupOf(placement: Placement | undefined): string | undefined {
  if (placement?.kind === 'distributed') return placement.colocateWith;
  if (placement?.kind === 'coordinator') return placement.group;
  return undefined;
}

async function columnsOf(table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT column_name AS name FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = ${table}`.execute(database.db);
  return rows.map((row) => row.name);
}

describe('the placement plan (src/db/placement.ts)', () => {
  it('places every table of the schema, and no table that is not in it', async () => {
    expect(Object.keys(PLACEMENT).sort()).toEqual(await tables());
  });

  it('lets a reference table reference only reference tables, as Citus requires', async () => {
    const { rows } = await sql<{ from: string; to: string }>`
      SELECT conrelid::regclass::text AS from, confrelid::regclass::text AS to
        FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`.execute(database.db);
    const wrong = rows.filter(
      ({ from, to }) => PLACEMENT[from]?.kind === 'reference' && PLACEMENT[to]?.kind !== 'reference',
    );
    expect(wrong).toEqual([]);
  });

  it('keeps a co-location group to itself: its foreign keys stay in the group or go to reference tables', async () => {
    const wrong = (await foreignKeys()).filter(({ from, to }) => {
      const [a, b] = [groupOf(PLACEMENT[from]), groupOf(PLACEMENT[to])];
      if (a === undefined && b === undefined) return false;
      if (a !== undefined && PLACEMENT[to]?.kind === 'reference') return false;
      return a !== b;
    });
    expect(wrong).toEqual([]);
  });

  it('lists every loose reference with columns that exist, and none that is still a foreign key', async () => {
    const keys = await foreignKeys();
    for (const ref of LOOSE_REFERENCES) {
      expect(await columnsOf(ref.table), ref.table).toContain(ref.column);
      expect(await columnsOf(ref.target.table), ref.target.table).toContain(ref.target.column);
      expect(keys.filter((k) => k.from === ref.table && k.column === ref.column)).toEqual([]);
    }
  });

  it('names distribution columns that exist (a payer key aside, which is still to come)', async () => {
    for (const [table, placement] of Object.entries(PLACEMENT)) {
      const column =
        placement.kind === 'distributed'
          ? placement.column
          : placement.kind === 'coordinator'
            ? placement.intended
            : null;
      if (column === null || column === 'payer_key') continue;
      expect(await columnsOf(table), table).toContain(column);
    }
  });

  it.runIf(onCitus)(
    'holds on Citus: every table is where the plan says, and placing again changes nothing',
    async () => {
      const { rows } = await sql<{ table: string; model: string }>`
      SELECT logicalrelid::regclass::text AS table, repmodel::text AS model FROM pg_dist_partition`.execute(
        database.db,
      );
      const reference = rows.filter((row) => row.model === 't').map((row) => row.table);
      expect(reference.sort()).toEqual(
        Object.entries(PLACEMENT)
          .filter(([, placement]) => placement.kind === 'reference')
          .map(([table]) => table)
          .sort(),
      );
      expect(rows).toHaveLength(Object.keys(PLACEMENT).length);
      expect(await database.asOwner((owner) => applyPlacement(owner))).toEqual([]);
    },
  );

  it.runIf(onCitus)('distributes a table the plan distributes, and then leaves it be', async () => {
    await database.asOwner(async (owner) => {
      await sql`CREATE TABLE distributed_probe (person_id bigint, id bigint, PRIMARY KEY (person_id, id))`.execute(
        owner,
      );
      const plan = {
        ...PLACEMENT,
        distributed_probe: { kind: 'distributed', column: 'person_id', colocateWith: 'distributed_probe' } as const,
      };
      expect(await applyPlacement(owner, plan)).toEqual(['distributed_probe']);
      const { rows } = await sql<{ method: string }>`
        SELECT partmethod::text AS method FROM pg_dist_partition
         WHERE logicalrelid = 'distributed_probe'::regclass`.execute(owner);
      expect(rows).toEqual([{ method: 'h' }]);
      expect(await applyPlacement(owner, plan)).toEqual([]);
      await sql`DROP TABLE distributed_probe`.execute(owner);
    });
  });

  it.runIf(onCitus)('refuses a table without a placement, naming it', async () => {
    await database.asOwner(async (owner) => {
      await sql`CREATE TABLE unplaced_probe (id bigint PRIMARY KEY)`.execute(owner);
      await expect(applyPlacement(owner)).rejects.toThrow(/unplaced_probe has no placement/);
      await sql`DROP TABLE unplaced_probe`.execute(owner);
    });
  });
});
