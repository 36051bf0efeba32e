import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../../../test/support/db.ts';
import { OPENED, REGION } from '../../../test/fixtures/ledger/journal.ts';
import { connect } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import type { Database } from '../../db/schema.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { Cents } from '../../kernel/cents.ts';
import { manualClock } from '../../kernel/clock.ts';
import { ensureChart, postEntries, type PostingRequest } from './index.ts';
import { verifyLedger, type ChainBreak } from './ledger.chain.ts';

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
async function bookBatches(db: Kysely<Database>): Promise<number[][]> {
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

/** Tampers inside a transaction, verifies there, and rolls the tampering back. */
async function verifyAfter(tamper: (trx: Kysely<Database>) => Promise<unknown>): Promise<ChainBreak | null> {
  let found: ChainBreak | null = null;
  await database.db
    .transaction()
    .execute(async (trx) => {
      await tamper(trx);
      found = (await verifyLedger(trx)).firstBad;
      throw new Rollback();
    })
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return found;
}

async function deleteEntries(trx: Kysely<Database>, entryIds: number[]): Promise<void> {
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
  const scenarios: [string, (trx: Kysely<Database>) => Promise<unknown>, () => ChainBreak][] = [
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

  it('is intact again after the rollbacks', async () => {
    expect((await verifyLedger(database.db)).ok).toBe(true);
  });
});

describe('shebao verify-ledger', () => {
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-ledger-cli-'));
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
    const connection = await connect({ dataDir: path.join(dir, 'pglite') });
    await sql`UPDATE journal_entries SET reason = '篡改' WHERE batch_no = 2 AND seq_in_batch = 3`.execute(
      connection.db,
    );
    await connection.close();
    const broken = await bin();
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/ledger chain broken at batch 2, entry \d+: entry_hash_mismatch/);
  }, 300_000); // two cold starts of the command on a shared machine
});
