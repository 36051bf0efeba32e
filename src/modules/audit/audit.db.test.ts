import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import { relinkAuditWithoutKey } from '../../../test/fixtures/audit/forgery.ts';
import { writeTestMasterKey } from '../../../test/support/keys.ts';
import { connect, type Db } from '../../db/connection.ts';
import { migrate } from '../../db/migrate.ts';
import { systemClock } from '../../kernel/clock.ts';
import { recordAudit, searchAudit, verifyAudit, type AuditActor } from './index.ts';

const actor: AuditActor = { kind: 'staff', id: 7, name: '王受理', agencyId: 3, ip: '127.0.0.1', requestId: 'r1' };

let t: TestContext;
beforeAll(async () => {
  t = await testContext();
});
afterAll(() => t.dispose());

async function reset(): Promise<void> {
  await t.database.asOwner(async (owner) => {
    await sql`DELETE FROM audit_log`.execute(owner);
    await sql`UPDATE audit_head SET seq = 0, hash = repeat('0', 64)`.execute(owner);
  });
  for (let i = 1; i <= 5; i++) {
    t.clock.advance(1000);
    await recordAudit(t.ctx.db, t.clock, actor, {
      action: 'agency.create',
      entity: 'agency',
      entityId: i,
      details: { name: `机构${i}`, nested: { b: 1, a: [1, 2] } },
    });
  }
}

describe('audit chain', () => {
  beforeEach(reset);

  it('verifies an untouched chain and finds entries by filter', async () => {
    expect(await verifyAudit(t.ctx.db)).toEqual({ ok: true, checked: 5, firstBadSeq: null, reason: null });
    const found = await searchAudit(t.ctx.db, { entity: 'agency', entityId: '3' }, 1, 10);
    expect(found.total).toBe(1);
    expect(found.items[0]).toMatchObject({
      seq: 3,
      actorName: '王受理',
      action: 'agency.create',
      details: { name: '机构3' },
    });
  });

  it.each([
    ['an altered detail', sql`UPDATE audit_log SET details = '{"name":"篡改"}' WHERE seq = 3`, 3, 'altered_entry'],
    ['an altered actor', sql`UPDATE audit_log SET actor_name = 'someone' WHERE seq = 2`, 2, 'altered_entry'],
    ['a removed entry', sql`DELETE FROM audit_log WHERE seq = 4`, 4, 'gap_in_sequence'],
    ['a removed newest entry', sql`DELETE FROM audit_log WHERE seq = 5`, 5, 'missing_tail'],
    ['two swapped entries', sql`SELECT 1`, 2, 'broken_link'],
    [
      'a re-hashed forgery',
      sql`UPDATE audit_log SET outcome = 'denied', hash = repeat('a', 64) WHERE seq = 1`,
      1,
      'altered_entry',
    ],
  ])('detects %s', async (_name, tamper, seq, reason) => {
    await t.database.asOwner(async (owner) => {
      if (reason === 'broken_link') {
        // Swap entries 2 and 3 (through a free number, the primary key being checked per row).
        await sql`UPDATE audit_log SET seq = -2 WHERE seq = 2`.execute(owner);
        await sql`UPDATE audit_log SET seq = 2 WHERE seq = 3`.execute(owner);
        await sql`UPDATE audit_log SET seq = 3 WHERE seq = -2`.execute(owner);
      } else {
        await tamper.execute(owner);
      }
    });
    expect(await verifyAudit(t.ctx.db)).toMatchObject({ ok: false, firstBadSeq: seq, reason });
  });

  it.each([2, 5])(
    'names entry %i after it is edited and every later entry re-hashed without the key, head moved',
    async (victim) => {
      await t.database.asOwner((owner) => forgeWithoutKey(owner, victim));
      expect(await verifyAudit(t.ctx.db)).toEqual({
        ok: false,
        checked: victim - 1,
        firstBadSeq: victim,
        reason: 'altered_entry',
      });
    },
  );
});

/** An entry edited, then the chain re-linked with the project's own (unkeyed) hash, head moved. */
async function forgeWithoutKey(owner: Db, victim: number): Promise<void> {
  await sql`UPDATE audit_log SET details = '{"name":"篡改"}' WHERE seq = ${victim}`.execute(owner);
  await relinkAuditWithoutKey(owner, victim);
}

describe("the application's role", () => {
  beforeEach(reset);

  it.each([
    ['update an entry', sql`UPDATE audit_log SET action = 'x' WHERE seq = 1`],
    ['delete an entry', sql`DELETE FROM audit_log WHERE seq = 5`],
    ['truncate the log', sql`TRUNCATE audit_log`],
    ['delete the head', sql`DELETE FROM audit_head`],
  ])('may not %s', async (_what, statement) => {
    await expect(statement.execute(t.ctx.db)).rejects.toMatchObject({ code: '42501' });
    expect((await verifyAudit(t.ctx.db)).ok).toBe(true);
  });

  it('appends and moves the head', async () => {
    await recordAudit(t.ctx.db, t.clock, actor, { action: 'x', entity: 'y' });
    expect(await verifyAudit(t.ctx.db)).toMatchObject({ ok: true, checked: 6 });
  });
});

describe('shebao verify-audit', () => {
  it('exits 0 on an intact log and 1 naming the first bad entry after an SQL edit', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-audit-'));
    writeTestMasterKey(dataDir);
    const connection = await connect({ dataDir: path.join(dataDir, 'pglite') });
    await migrate(connection);
    for (let i = 0; i < 3; i++)
      await recordAudit(connection.db, systemClock, actor, { action: 'x', entity: 'y', entityId: i });
    await connection.close();
    const bin = path.resolve('bin/shebao.mjs');
    const env = { ...process.env, SHEBAO_DATA_DIR: dataDir, DATABASE_URL: '' };
    const intact = spawnSync(process.execPath, [bin, 'verify-audit'], { env, encoding: 'utf8' });
    expect(intact.stdout).toContain('audit chain intact: 3 entries');
    expect(intact.status).toBe(0);

    // The owner (PGlite's session user) edits entry 2 and re-hashes it and the tail without the key.
    const again = await connect({ dataDir: path.join(dataDir, 'pglite') });
    await forgeWithoutKey(again.db, 2);
    await again.close();
    const broken = spawnSync(process.execPath, [bin, 'verify-audit'], { env, encoding: 'utf8' });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain('audit chain broken at entry 2: altered_entry');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 300_000); // two cold starts of the command on a shared machine
});
