import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../../test/support/db.ts';
import { writeTestMasterKey } from '../../../../test/support/keys.ts';
import { OPENED, REGION } from '../../../../test/fixtures/ledger/journal.ts';
import { connect, type Db } from '../../../db/connection.ts';
import { migrate } from '../../../db/migrate.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import type { Cents } from '../../../kernel/cents.ts';
import { manualClock } from '../../../kernel/clock.ts';
import { ensureChart, postEntries, type PostingRequest } from '../index.ts';
import { journalPages, verifyLedger, type ChainBreak } from './ledger.chain.ts';
import { legacyHasher, merkleRoot } from './ledger.chain.rules.ts';

const run = promisify(execFile);
const clock = manualClock(new Date('2026-03-02T01:00:00Z'));
let database: TestDatabase;
let ids: number[][];

function request(key: string, amount: number): PostingRequest {
  return {
    idempotencyKey: key,
    effectiveOn: '2026-02-27' as CalendarDate,
    period: null,
    sourceModule: 'test',
    sourceRef: key,
    reason: `摘要 ${key}`,
    lines: [
      { account: { fund: 'pension', kind: 'bank_income', region: REGION }, side: 'debit', amount: amount as Cents },
      { account: { fund: 'pension', kind: 'bank_fiscal', region: REGION }, side: 'debit', amount: 1 as Cents },
      {
        account: { fund: 'pension', kind: 'pooled_fund', region: REGION },
        side: 'credit',
        amount: (amount + 1) as Cents,
      },
    ],
  };
}

/** Three batches of 3, 4 and 2 entries; returns the entry ids per batch. */
async function bookBatches(db: Db): Promise<number[][]> {
  await ensureChart(db, REGION, OPENED);
  const batches: number[][] = [];
  for (const [b, size] of [3, 4, 2].entries()) {
    clock.advance(1_000);
    const posted = await db.transaction().execute((trx) =>
      postEntries(
        trx,
        clock,
        Array.from({ length: size }, (_, i) => request(`b${b}:${i}`, 100 + i)),
        { source: 'test' },
      ),
    );
    batches.push(posted.map((p) => p.id));
  }
  return batches;
}

beforeAll(async () => {
  database = await freshDatabase();
  ids = await bookBatches(database.db);
});
afterAll(() => database?.dispose());

class Rollback extends Error {}

/** Tampers inside a transaction of the owner's, verifies there, and rolls the tampering back. */
async function verifyAfter(tamper: (trx: Db) => Promise<unknown>): Promise<ChainBreak | null> {
  let found: ChainBreak | null = null;
  await database.asOwner((owner) =>
    owner
      .transaction()
      .execute(async (trx) => {
        await tamper(trx);
        found = (await verifyLedger(trx)).firstBad;
        throw new Rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof Rollback)) throw e;
      }),
  );
  return found;
}

/**
 * What a database administrator could do to the journal of decision 16: move 1 yuan between two
 * lines' amounts of one entry (still balanced), recompute its hash, its batch's Merkle root and
 * the link of that batch and of every later one with the project's own (unkeyed) hashes, and
 * move the head to the new tip.
 */
async function forgeWithoutKey(owner: Db, victim: number): Promise<void> {
  await sql`UPDATE journal_lines SET amount_fen = amount_fen + 100 WHERE entry_id = ${victim} AND line_no IN (1, 3)`.execute(
    owner,
  );
  let prevHash: string | null = null;
  for await (const page of journalPages(owner))
    for (const { row, entries } of page) {
      const edited = entries.find(({ entry }) => entry.id === victim)?.entry;
      if (prevHash === null && !edited) continue;
      const leaves = entries.map(({ stored, entry }) => (entry === edited ? legacyHasher.entry(entry) : stored));
      if (edited)
        await sql`UPDATE journal_entries SET entry_hash = ${legacyHasher.entry(edited)} WHERE id = ${victim}`.execute(
          owner,
        );
      const root = merkleRoot(leaves);
      const prev: string = prevHash ?? row.prev_hash;
      prevHash = legacyHasher.batch(prev, row.batch_no, row.entry_count, root);
      await sql`UPDATE journal_batches SET prev_hash = ${prev}, merkle_root = ${root}, batch_hash = ${prevHash}
        WHERE batch_no = ${row.batch_no}`.execute(owner);
    }
  await sql`UPDATE journal_head SET hash = ${prevHash}`.execute(owner);
}

async function deleteEntries(trx: Db, entryIds: number[]): Promise<void> {
  await sql`DELETE FROM journal_lines WHERE entry_id = ANY(${entryIds}::bigint[])`.execute(trx);
  await sql`DELETE FROM journal_entries WHERE id = ANY(${entryIds}::bigint[])`.execute(trx);
}

describe('verifyLedger', () => {
  it('finds an intact chain and reports progress', async () => {
    const progress: number[] = [];
    const result = await verifyLedger(database.db, { onProgress: (p) => progress.push(p.batches) });
    expect(result).toEqual({ ok: true, batches: 3, entries: 9, firstBad: null });
    expect(progress.at(-1)).toBe(3);
  });

  const e = (batch: number, i: number) => ids[batch]![i]!;
  const scenarios: [string, (trx: Db) => Promise<unknown>, () => ChainBreak][] = [
    [
      "one line's amount changed",
      (trx) =>
        sql`UPDATE journal_lines SET amount_fen = amount_fen + 1 WHERE entry_id = ${e(1, 2)} AND line_no = 1`.execute(
          trx,
        ),
      () => ({ batchNo: 2, entryId: e(1, 2), reason: 'entry_hash_mismatch' }),
    ],
    [
      "one entry's reason changed",
      (trx) => sql`UPDATE journal_entries SET reason = '篡改' WHERE id = ${e(0, 1)}`.execute(trx),
      () => ({ batchNo: 1, entryId: e(0, 1), reason: 'entry_hash_mismatch' }),
    ],
    [
      'one entry and its lines deleted',
      (trx) => deleteEntries(trx, [e(1, 1)]),
      () => ({ batchNo: 2, entryId: e(1, 2), reason: 'entry_missing' }),
    ],
    [
      'the last entry of a batch deleted',
      (trx) => deleteEntries(trx, [e(1, 3)]),
      () => ({ batchNo: 2, entryId: null, reason: 'entry_count_mismatch' }),
    ],
    [
      "two entries' seq_in_batch swapped",
      async (trx) => {
        await sql`UPDATE journal_entries SET seq_in_batch = -1 WHERE id = ${e(1, 0)}`.execute(trx);
        await sql`UPDATE journal_entries SET seq_in_batch = 1 WHERE id = ${e(1, 1)}`.execute(trx);
        await sql`UPDATE journal_entries SET seq_in_batch = 2 WHERE id = ${e(1, 0)}`.execute(trx);
      },
      () => ({ batchNo: 2, entryId: e(1, 1), reason: 'entry_hash_mismatch' }),
    ],
    [
      'a batch row deleted (with its entries)',
      async (trx) => {
        await deleteEntries(trx, ids[1]!);
        await sql`DELETE FROM journal_batches WHERE batch_no = 2`.execute(trx);
      },
      () => ({ batchNo: 3, entryId: null, reason: 'batch_missing' }),
    ],
    [
      'a Merkle root replaced',
      (trx) => sql`UPDATE journal_batches SET merkle_root = repeat('a', 64) WHERE batch_no = 3`.execute(trx),
      () => ({ batchNo: 3, entryId: null, reason: 'merkle_root_mismatch' }),
    ],
    [
      'a batch hash replaced',
      (trx) => sql`UPDATE journal_batches SET batch_hash = repeat('b', 64) WHERE batch_no = 1`.execute(trx),
      () => ({ batchNo: 1, entryId: null, reason: 'batch_hash_mismatch' }),
    ],
    [
      'the head moved back',
      (trx) => sql`UPDATE journal_head SET batch_no = 2`.execute(trx),
      () => ({ batchNo: 2, entryId: null, reason: 'head_mismatch' }),
    ],
  ];

  it.each(scenarios)('reports the break when %s', async (_name, tamper, expected) => {
    expect(await verifyAfter(tamper)).toEqual(expected());
  });

  it.each([
    ['the middle', 1, 2],
    ['the last', 2, 1],
  ])(
    'names an entry of %s batch edited and re-hashed without the key, its batch and all later re-linked',
    async (_where, batch, i) => {
      const victim = e(batch, i);
      expect(await verifyAfter((trx) => forgeWithoutKey(trx, victim))).toEqual({
        batchNo: batch + 1,
        entryId: victim,
        reason: 'entry_hash_mismatch',
      });
    },
  );

  it('is intact again after the rollbacks', async () => {
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });
});

describe("the application's role", () => {
  it.each([
    ['update a line', sql`UPDATE journal_lines SET amount_fen = amount_fen + 1`],
    ['delete a line', sql`DELETE FROM journal_lines`],
    ['update an entry', sql`UPDATE journal_entries SET reason = 'x'`],
    ['delete an entry', sql`DELETE FROM journal_entries`],
    ['update a batch', sql`UPDATE journal_batches SET source = 'x'`],
    ['delete a batch', sql`DELETE FROM journal_batches`],
    ['truncate the journal', sql`TRUNCATE journal_lines, journal_entries, journal_batches`],
    ['delete the head', sql`DELETE FROM journal_head`],
    ['update a rights-record version', sql`UPDATE rights_record_versions SET status = 'paid'`],
    ['delete a rights-record version', sql`DELETE FROM rights_record_versions`],
    ['delete a logged read of a person', sql`DELETE FROM person_reads`],
  ])('may not %s', async (_what, statement) => {
    await expect(statement.execute(database.db)).rejects.toMatchObject({ code: '42501' });
  });

  it('books (and moves the head) all the same', async () => {
    await database.db
      .transaction()
      .execute((trx) => postEntries(trx, clock, [request('role:1', 5)], { source: 'test' }));
    expect(await verifyLedger(database.db)).toMatchObject({ ok: true, batches: 4, entries: 10 });
  });
});

describe('shebao verify-ledger', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-ledger-cli-'));
    writeTestMasterKey(dir);
    const connection = await connect({ dataDir: path.join(dir, 'pglite') });
    await migrate(connection);
    await bookBatches(connection.db);
    await connection.close();
  }, 300_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const bin = (): Promise<{ code: number; stdout: string; stderr: string }> =>
    run(process.execPath, ['bin/shebao.mjs', 'verify-ledger'], {
      env: { ...process.env, SHEBAO_DATA_DIR: dir, DATABASE_URL: '' },
    }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );

  it('exits 0 on an intact chain and 1 naming the first break', async () => {
    const intact = await bin();
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toContain('ledger chain intact: 3 batches, 9 entries');
    // The owner (PGlite's session user) forges an entry of batch 2 without the key.
    const connection = await connect({ dataDir: path.join(dir, 'pglite') });
    const { rows } = await sql<{ id: number }>`
      SELECT id FROM journal_entries WHERE batch_no = 2 AND seq_in_batch = 3`.execute(connection.db);
    await forgeWithoutKey(connection.db, rows[0]!.id);
    await connection.close();
    const broken = await bin();
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain(`ledger chain broken at batch 2, entry ${rows[0]!.id}: entry_hash_mismatch`);
  }, 300_000); // two cold starts of the command on a shared machine
});
