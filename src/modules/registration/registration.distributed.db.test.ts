/**
 * The person group distributed, on a Citus cluster only: a database migrated with the schema's plan
 * (src/db/placement.ts: the eleven tables of a person hash-distributed by person_id) takes the keys
 * of 0039 and the registration writes that lean on them. Elsewhere the test says it is skipped.
 */
import crypto from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, dropDatabase, isCluster, withDatabase } from '../../db/cluster.ts';
import { connect, type Connection } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { PLACEMENT } from '../../db/placement.ts';
import { loadRecords } from './registration.employment.repository.ts';
import { insertDuplicateFlags, insertPerson } from './registration.persons.repository.ts';

const server = process.env.TEST_DATABASE_URL;
const onCitus = server ? await isCluster(server) : false;
const name = `distributed_${crypto.randomBytes(4).toString('hex')}`;

/** The schema's plan, with the person group distributed. */
const plan = PLACEMENT;
const group = Object.keys(plan).filter((table) => plan[table]!.kind === 'distributed' && table !== 'person_claims');

let connection: Connection;
let agencyId: number;
beforeAll(async () => {
  if (!onCitus) return;
  await createDatabase(server!, name);
  connection = await connect({ databaseUrl: withDatabase(server!, name), poolSize: 2 });
  await migrate(connection, plan);
  const { rows } = await sql<{ id: number }>`
    INSERT INTO agencies (code, name, level, division_code, path, opened_on)
    VALUES ('D330100', '分布式测试', 3, '330100', '/', '2020-01-01') RETURNING id`.execute(connection.db);
  agencyId = rows[0]!.id;
}, 600_000);
afterAll(async () => {
  if (!onCitus) return;
  await connection.close();
  await dropDatabase(server!, name);
});

const person = (index: string, name: string) =>
  ({
    id_index: index,
    id_enc: 'x',
    id_masked: '3301**********0000',
    name,
    gender: 'male',
    birth_date: '1990-01-01',
    agency_id: agencyId,
    source_channel: 'window',
  }) as const;

describe.runIf(onCitus)('the person group distributed by person_id (Citus)', () => {
  it('places the eleven tables in one co-location group, apart from the ID claims, with their keys back', async () => {
    expect(group).toHaveLength(11);
    const { rows } = await sql<{ table: string; colocation: number }>`
      SELECT logicalrelid::regclass::text AS table, colocationid AS colocation FROM pg_dist_partition
       WHERE partmethod = 'h'`.execute(connection.db);
    const colocation = new Map(rows.map((row) => [row.table, row.colocation]));
    expect(new Set(group.map((table) => colocation.get(table))).size).toBe(1);
    expect(colocation.get('person_claims')).not.toBe(colocation.get('persons'));
    const { rows: keys } = await sql<{ name: string }>`
      SELECT conname AS name FROM pg_constraint
       WHERE conname IN ('employments_person_id_fkey', 'enrolments_person_id_employment_id_fkey', 'persons_agency_id_fkey')
       ORDER BY 1`.execute(connection.db);
    expect(keys.map((key) => key.name)).toEqual([
      'employments_person_id_fkey',
      'enrolments_person_id_employment_id_fkey',
      'persons_agency_id_fkey',
    ]);
  });

  it('registers an ID once across the shards, locks persons on several shards, and flags namesakes', async () => {
    const ids = await connection.db.transaction().execute(async (trx) => {
      const first = await insertPerson(trx, person('dist:1', '张三'));
      const again = await insertPerson(trx, person('dist:1', '张三'));
      const second = await insertPerson(trx, person('dist:2', '张三'));
      expect(again).toBeUndefined();
      return [first!, second!];
    });
    const flags = await connection.db.transaction().execute(async (trx) => {
      const records = await loadRecords(trx, ids, true);
      expect([...records.keys()].sort((a, b) => a - b)).toEqual(ids);
      // Written on the coordinator after a read over several shards, in one transaction.
      return insertDuplicateFlags(trx, [ids[1]!], new Date());
    });
    expect(flags).toEqual([expect.objectContaining({ person_id: ids[1], other_person_id: ids[0] })]);
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM persons`.execute(connection.db);
    expect(rows).toEqual([{ n: 2 }]);
  });
});
