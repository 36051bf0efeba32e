import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../../test/support/context.ts';
import { Rejection } from '../kernel/rejection.ts';
import { canonicalJson } from '../modules/audit/index.ts';
import { idempotencyKeyOf, idempotent, purgeIdempotencyRecords, requestHash } from './idempotency.ts';

let t: TestContext;
beforeAll(async () => {
  t = await testContext();
  // A table of the test's own: only the owner may create one (the app's role reads and writes it).
  await t.database.asOwner((owner) => sql`CREATE TABLE idem_probe (n integer NOT NULL)`.execute(owner));
});
afterAll(() => t.dispose());

const request = (key: string, body: unknown) => ({
  scope: 'employer:1',
  key,
  method: 'POST',
  path: '/api/v1/hires',
  body,
});

/** Work that inserts one probe row and answers with the number of rows it saw. */
async function probe(trx: Parameters<Parameters<typeof idempotent>[3]>[0]) {
  await sql`INSERT INTO idem_probe VALUES (1)`.execute(trx);
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM idem_probe`.execute(trx);
  return { statusCode: 201, body: { seen: rows[0]!.n, at: new Date('2026-03-02T01:00:00Z') } };
}

async function probes(): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM idem_probe`.execute(t.ctx.db);
  return rows[0]!.n;
}

describe('idempotent requests', () => {
  it('does the work once; a replay returns the stored response and changes nothing', async () => {
    const first = await idempotent(t.ctx.db, t.clock, request('k-1', { rows: [1, 2] }), probe);
    expect(first).toEqual({
      statusCode: 201,
      body: { seen: 1, at: new Date('2026-03-02T01:00:00Z') },
      replayed: false,
    });
    const again = await idempotent(t.ctx.db, t.clock, request('k-1', { rows: [1, 2] }), probe);
    expect(again).toEqual({ statusCode: 201, body: { seen: 1, at: '2026-03-02T01:00:00.000Z' }, replayed: true });
    expect(again.body).toEqual(JSON.parse(JSON.stringify(first.body)));
    expect(await probes()).toBe(1);
  });

  it('the same key with another request is refused; key order of the body does not matter', async () => {
    await idempotent(t.ctx.db, t.clock, request('k-2', { a: 1, b: [{ x: 1, y: 2 }] }), probe);
    const reordered = await idempotent(t.ctx.db, t.clock, request('k-2', { b: [{ y: 2, x: 1 }], a: 1 }), probe);
    expect(reordered.replayed).toBe(true);
    await expect(idempotent(t.ctx.db, t.clock, request('k-2', { a: 2 }), probe)).rejects.toMatchObject({
      code: 'idempotency_key_reused',
    });
    expect(requestHash('POST', '/a', { a: 1 })).not.toBe(requestHash('POST', '/b', { a: 1 }));
  });

  it('keys of other scopes are other keys', async () => {
    const before = await probes();
    const other = await idempotent(
      t.ctx.db,
      t.clock,
      { ...request('k-1', { rows: [1, 2] }), scope: 'employer:2' },
      probe,
    );
    expect(other.replayed).toBe(false);
    expect(await probes()).toBe(before + 1);
  });

  it('failed work is not remembered: the key can be used again', async () => {
    const failing = async () => {
      throw new Error('refused');
    };
    await expect(idempotent(t.ctx.db, t.clock, request('k-3', { x: 1 }), failing)).rejects.toThrow('refused');
    const retried = await idempotent(t.ctx.db, t.clock, request('k-3', { x: 1 }), probe);
    expect(retried.replayed).toBe(false);
  });

  it('concurrent duplicates: the work runs once, the other replays', async () => {
    const before = await probes();
    const results = await Promise.all(
      Array.from({ length: 4 }, () => idempotent(t.ctx.db, t.clock, request('k-4', { same: true }), probe)),
    );
    expect(results.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => canonicalJson(JSON.parse(JSON.stringify(r.body))))).size).toBe(1);
    expect(await probes()).toBe(before + 1);
  });

  it('validates the header', () => {
    expect(idempotencyKeyOf('abc-123')).toBe('abc-123');
    const code = (value: string | string[] | undefined) => {
      try {
        idempotencyKeyOf(value);
        return 'ok';
      } catch (error) {
        return (error as Rejection).code;
      }
    };
    expect(code(undefined)).toBe('idempotency_key_missing');
    expect(code('')).toBe('idempotency_key_missing');
    expect(code('x'.repeat(101))).toBe('idempotency_key_invalid');
    expect(code('x'.repeat(100))).toBe('ok');
    expect(code(' padded')).toBe('idempotency_key_invalid');
    expect(code('tab\there')).toBe('idempotency_key_invalid');
    expect(code('中文')).toBe('idempotency_key_invalid');
    expect(code(['a', 'b'])).toBe('idempotency_key_invalid');
  });

  it('purges records older than 24 hours', async () => {
    t.clock.set(new Date(t.clock.now().getTime() + 25 * 3_600_000));
    await idempotent(t.ctx.db, t.clock, request('k-new', {}), probe);
    const purged = await purgeIdempotencyRecords(t.ctx.db, t.clock);
    expect(purged).toBeGreaterThanOrEqual(4);
    const left = await t.ctx.db.selectFrom('idempotency_records').select('key').execute();
    expect(left.map((r) => r.key)).toEqual(['k-new']);
  });
});
