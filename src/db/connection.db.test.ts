import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../test/support/db.ts';
import { migrate } from './migrate.ts';
import { parseInt8 } from './connection.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.dispose());

describe(`database driver ${process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'}`, () => {
  it('returns BIGINT as a number, DATE as text, NUMERIC as exact text, TIMESTAMPTZ as a Date', async () => {
    const row = (
      await sql<{ big: unknown; small: unknown; day: unknown; amount: unknown; at: unknown }>`
        SELECT 9007199254740991::int8 AS big, 5::int8 AS small, DATE '2024-02-29' AS day,
               1234.50::numeric AS amount, TIMESTAMPTZ '2026-01-01 08:00:00+08' AS at`.execute(database.db)
    ).rows[0]!;
    expect(row.big).toBe(9007199254740991);
    expect(row.small).toBe(5);
    expect(row.day).toBe('2024-02-29');
    expect(row.amount).toBe('1234.50');
    expect(row.at).toEqual(new Date('2026-01-01T00:00:00Z'));
  });

  it('crashes rather than lose precision on a BIGINT beyond 2^53', async () => {
    expect(() => parseInt8('9007199254740993')).toThrow(/safe integer/);
    await expect(sql`SELECT 9007199254740993::int8 AS big`.execute(database.db)).rejects.toThrow(/safe integer/);
  });

  it('identity ids come back as numbers from inserts', async () => {
    const row = await database.db
      .insertInto('roles')
      .values({ code: 'probe', name_zh: '探针', name_en: 'Probe', kind: 'business', sort: 99 })
      .returning(['code'])
      .executeTakeFirstOrThrow();
    expect(row.code).toBe('probe');
    const agency = await database.db
      .insertInto('agencies')
      .values({
        code: 'x1',
        name: 'x',
        level: 1,
        division_code: '110000',
        parent_id: null,
        path: '/x/',
        opened_on: '2020-01-01',
      })
      .returning(['id', 'opened_on'])
      .executeTakeFirstOrThrow();
    expect(typeof agency.id).toBe('number');
    expect(agency.opened_on).toBe('2020-01-01');
  });

  it('runs migrations once and reports nothing to do the second time', async () => {
    expect(await migrate(database)).toEqual([]);
    const applied = await sql<{ version: string }>`SELECT version FROM schema_migrations ORDER BY version`.execute(
      database.db,
    );
    expect(applied.rows.map((r) => r.version)).toContain('0001_foundation');
  });
});
