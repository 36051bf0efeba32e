import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { UNIQUE_VIOLATION_REJECTIONS } from './unique-violations.ts';

let t: TestContext;
beforeAll(async () => {
  t = await testContext();
});
afterAll(() => t.dispose());

it('names only unique constraints and indexes the schema has (a renamed one would fall back silently)', async () => {
  const { rows } = await sql<{ name: string }>`
    SELECT c.relname AS name
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE i.indisunique AND n.nspname = 'public'`.execute(t.ctx.db);
  const unique = new Set(rows.map((r) => r.name));
  const missing = [...UNIQUE_VIOLATION_REJECTIONS.keys()].filter((name) => !unique.has(name));
  expect(missing).toEqual([]);
});
