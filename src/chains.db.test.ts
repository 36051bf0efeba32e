import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { relinkAuditWithoutKey } from '../test/fixtures/audit/forgery.ts';
import { OPENED, REGION } from '../test/fixtures/ledger/journal.ts';
import { createDatabase, dropDatabase } from './db/cluster.ts';
import { freshDatabase, withDatabase, type TestDatabase } from '../test/support/db.ts';
import { writeTestMasterKey } from '../test/support/keys.ts';
import { CHAINS_KEYED_FILE, ChainsRefused, keyChainsOnce } from './chains.ts';
import { loadConfig, type Config } from './config.ts';
import { connect, type Db } from './db/connection.ts';
import type { CalendarDate } from './kernel/calendar-date.ts';
import type { Cents } from './kernel/cents.ts';
import { manualClock } from './kernel/clock.ts';
import { recordAudit, searchAudit, verifyAudit, type AuditActor } from './modules/audit/index.ts';
import { ensureChart, postEntries, verifyLedger, type PostingRequest } from './modules/ledger/index.ts';
import { journalPages } from './modules/ledger/journal/ledger.chain.ts';
import { legacyHasher, merkleRoot } from './modules/ledger/journal/ledger.chain.rules.ts';
import { openSystem } from './system.ts';

const clock = manualClock(new Date('2026-03-02T01:00:00Z'));
const actor: AuditActor = { kind: 'staff', id: 7, name: '王受理', agencyId: 3, ip: null, requestId: null };

function request(key: string): PostingRequest {
  const line = (kind: 'bank_income' | 'pooled_fund', side: 'debit' | 'credit') => ({
    account: { fund: 'pension' as const, kind, region: REGION },
    side,
    amount: 100 as Cents,
  });
  return {
    idempotencyKey: key,
    effectiveOn: '2026-02-27' as CalendarDate,
    period: null,
    sourceModule: 'test',
    sourceRef: key,
    reason: `摘要 ${key}`,
    lines: [line('bank_income', 'debit'), line('pooled_fund', 'credit')],
  };
}

/** Three journal batches (2, 3 and 1 entries) and four audit entries, keyed as this version writes them. */
async function writeChains(db: Db): Promise<void> {
  await ensureChart(db, REGION, OPENED);
  for (const [b, size] of [2, 3, 1].entries()) {
    clock.advance(1_000);
    const requests = Array.from({ length: size }, (_, i) => request(`k${b}:${i}`));
    await db.transaction().execute((trx) => postEntries(trx, clock, requests, { source: 'test' }));
  }
  for (let i = 1; i <= 4; i++) await recordAudit(db, clock, actor, { action: 'x.test', entity: 'x', entityId: i });
}

/** Both chains re-hashed whole with the unkeyed algorithms: the database as the version before wrote it. */
async function makeLegacy(owner: Db): Promise<void> {
  await relinkAuditWithoutKey(owner, 1);
  let link = '0'.repeat(64);
  for await (const page of journalPages(owner))
    for (const { row, entries } of page) {
      const leaves = entries.map(({ entry }) => legacyHasher.entry(entry));
      for (const [i, { entry }] of entries.entries())
        await sql`UPDATE journal_entries SET entry_hash = ${leaves[i]!} WHERE id = ${entry.id}`.execute(owner);
      const root = merkleRoot(leaves);
      const hash = legacyHasher.batch(link, row.batch_no, row.entry_count, root);
      await sql`UPDATE journal_batches SET prev_hash = ${link}, merkle_root = ${root}, batch_hash = ${hash}
        WHERE batch_no = ${row.batch_no}`.execute(owner);
      link = hash;
    }
  await sql`UPDATE journal_head SET hash = ${link}`.execute(owner);
}

/** Entry `seq` edited and it and every later entry re-hashed without the key (decision 5's hash). */
async function forgeAudit(owner: Db, seq: number): Promise<void> {
  await sql`UPDATE audit_log SET action = 'x.forged' WHERE seq = ${seq}`.execute(owner);
  await relinkAuditWithoutKey(owner, seq);
}

const snapshot = async (db: Db) => ({
  audit: (await sql<{ hash: string }>`SELECT hash FROM audit_log ORDER BY seq`.execute(db)).rows,
  journal: (await sql<{ batch_hash: string }>`SELECT batch_hash FROM journal_batches ORDER BY batch_no`.execute(db))
    .rows,
});

describe('keyChainsOnce', () => {
  let database: TestDatabase;
  let dataDir: string;
  const keyAsOwner = (mayKey = true) => database.asOwner((owner) => keyChainsOnce(owner, clock, dataDir, mayKey));
  beforeEach(async () => {
    database = await freshDatabase();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-chains-'));
    await writeChains(database.db);
  });
  afterEach(async () => {
    await database.dispose();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keys chains written before the upgrade once, audited, and leaves a marker', async () => {
    await database.asOwner(makeLegacy);
    expect((await verifyAudit(database.db)).ok).toBe(false);
    expect(await keyAsOwner()).toEqual({ journalBatches: 3, auditEntries: 4 });
    expect(await verifyAudit(database.db)).toMatchObject({ ok: true, checked: 5 });
    expect(await verifyLedger(database.db)).toMatchObject({ ok: true, batches: 3, entries: 6 });
    const [keyed] = (await searchAudit(database.db, { action: 'audit.chains_keyed' }, 1, 10)).items;
    expect(keyed).toMatchObject({ seq: 5, actorKind: 'system', details: { journalBatches: 3, auditEntries: 4 } });
    const marker = JSON.parse(fs.readFileSync(path.join(dataDir, CHAINS_KEYED_FILE), 'utf8'));
    expect(marker).toEqual({ keyedAt: clock.now().toISOString(), relinked: { journalBatches: 3, auditEntries: 4 } });
    expect(await keyAsOwner()).toBeNull();
    expect(await verifyAudit(database.db)).toMatchObject({ ok: true, checked: 5 });
  });

  it('changes nothing on keyed chains but writes the marker', async () => {
    const before = await snapshot(database.db);
    expect(await keyAsOwner()).toBeNull();
    expect(await snapshot(database.db)).toEqual(before);
    expect(fs.existsSync(path.join(dataDir, CHAINS_KEYED_FILE))).toBe(true);
  });

  it('never keys a chain forged from an edited entry on: verification still names the entry', async () => {
    await database.asOwner((owner) => forgeAudit(owner, 3));
    const before = await snapshot(database.db);
    expect(await keyAsOwner()).toBeNull();
    expect(await snapshot(database.db)).toEqual(before);
    expect(await verifyAudit(database.db)).toMatchObject({ ok: false, firstBadSeq: 3, reason: 'altered_entry' });
  });

  it('refuses unkeyed chains where this node keyed them before (a rewrite, or an old backup)', async () => {
    expect(await keyAsOwner()).toBeNull();
    await database.asOwner(makeLegacy);
    const before = await snapshot(database.db);
    await expect(keyAsOwner()).rejects.toThrow(/chains-keyed\.json records that this node's chains were keyed/);
    expect(await snapshot(database.db)).toEqual(before);
  });

  it('refuses to key unless the command may (migrate, serve)', async () => {
    await database.asOwner(makeLegacy);
    await expect(keyAsOwner(false)).rejects.toThrow(/not keyed yet .*run `shebao migrate` once/);
    expect(fs.existsSync(path.join(dataDir, CHAINS_KEYED_FILE))).toBe(false);
  });

  it.each([
    [
      'an audit entry',
      sql`UPDATE audit_log SET actor_name = '某人' WHERE seq = 2`,
      /the audit chain is broken at entry 2 \(altered_entry\)/,
    ],
    [
      'a journal line',
      sql`UPDATE journal_lines SET amount_fen = 101 WHERE line_no = 1
            AND entry_id = (SELECT id FROM journal_entries WHERE batch_no = 2 AND seq_in_batch = 2)`,
      /the journal chain is broken at batch 2, entry \d+ \(entry_hash_mismatch\)/,
    ],
  ])('keys nothing when the unkeyed chains fail their own check: %s changed', async (_what, edit, message) => {
    await database.asOwner(async (owner) => {
      await makeLegacy(owner);
      await edit.execute(owner);
    });
    const before = await snapshot(database.db);
    const refusal = keyAsOwner();
    await expect(refusal).rejects.toBeInstanceOf(ChainsRefused);
    await expect(refusal).rejects.toThrow(message);
    expect(await snapshot(database.db)).toEqual(before);
    expect(fs.existsSync(path.join(dataDir, CHAINS_KEYED_FILE))).toBe(false);
  });
});

describe('openSystem over a database written before the upgrade', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-chains-system-'));
  const serverUrl = process.env.TEST_DATABASE_URL;
  const name = `shebao_test_${crypto.randomBytes(6).toString('hex')}`;
  const databaseUrl = serverUrl ? withDatabase(serverUrl, name) : undefined;
  const config: Config = { ...loadConfig({}), dataDir, databaseUrl };
  afterAll(async () => {
    if (serverUrl) await dropDatabase(serverUrl, name);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keys the chains under migrate, then serves as the role that may not edit them', async () => {
    writeTestMasterKey(dataDir);
    if (serverUrl) await createDatabase(serverUrl, name);
    const first = await openSystem(config);
    await writeChains(first.ctx.db).finally(() => first.close());
    // The owner's own connection (PGlite's session user; the server's login user) rewrites them.
    const owner = await connect(databaseUrl ? { databaseUrl, poolSize: 1 } : { dataDir: path.join(dataDir, 'pglite') });
    await makeLegacy(owner.db).finally(() => owner.close());
    fs.rmSync(path.join(dataDir, CHAINS_KEYED_FILE));

    await expect(openSystem(config)).rejects.toThrow(/run `shebao migrate` once/);
    const system = await openSystem(config, { keyChains: true });
    try {
      expect(await verifyAudit(system.ctx.db)).toMatchObject({ ok: true, checked: 5 });
      expect(await verifyLedger(system.ctx.db)).toMatchObject({ ok: true, batches: 3 });
      await expect(sql`UPDATE audit_log SET action = 'x'`.execute(system.ctx.db)).rejects.toMatchObject({
        code: '42501',
      });
      await expect(sql`DELETE FROM journal_lines`.execute(system.ctx.db)).rejects.toMatchObject({ code: '42501' });
    } finally {
      await system.close();
    }
  }, 300_000);
});
