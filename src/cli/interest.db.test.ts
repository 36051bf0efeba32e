import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chartWithAccounts, insertPersons, REGION } from '../../test/fixtures/ledger/journal.ts';
import { writeTestMasterKey } from '../../test/support/keys.ts';
import { loadConfig } from '../config.ts';
import type { CalendarDate } from '../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal, sumCents } from '../kernel/cents.ts';
import { manualClock } from '../kernel/clock.ts';
import type { Period } from '../kernel/period.ts';
import { contributionPosting, creditInterest, postEntries } from '../modules/ledger/index.ts';
import { openSystem } from '../system.ts';
import { createDatabase, dropDatabase as dropEverywhere, withDatabase } from '../db/cluster.ts';

const run = promisify(execFile);
let dataDir: string;
let expected: string;
/** A fresh database on the server of TEST_DATABASE_URL (PGlite in the data directory otherwise). */
let databaseUrl = '';
let dropDatabase = async () => {};

async function serverDatabase(serverUrl: string): Promise<void> {
  const name = `shebao_test_${crypto.randomBytes(6).toString('hex')}`;
  await createDatabase(serverUrl, name);
  databaseUrl = withDatabase(serverUrl, name);
  dropDatabase = () => dropEverywhere(serverUrl, name);
}

/** `shebao credit-interest …` against the temporary data directory: exit code, stdout, stderr. */
async function shebao(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, SHEBAO_DATA_DIR: dataDir, DATABASE_URL: databaseUrl };
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/shebao.mjs', 'credit-interest', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-interest-cli-'));
  writeTestMasterKey(dataDir);
  if (process.env.TEST_DATABASE_URL) await serverDatabase(process.env.TEST_DATABASE_URL);
  const system = await openSystem({ ...loadConfig({}), dataDir, databaseUrl: databaseUrl || undefined });
  try {
    const db = system.ctx.db;
    const persons = await insertPersons(db, 3);
    await chartWithAccounts(db, persons);
    const credit = (i: number) => centsFromInteger(30_000 + i * 5_000);
    const requests = persons.flatMap((personId, i) =>
      Array.from({ length: 12 }, (_, m) => {
        const mm = String(m + 1).padStart(2, '0');
        return contributionPosting({
          personId,
          scheme: 'pension',
          region: REGION,
          employerAmount: credit(i),
          employeeAmount: credit(i),
          accountCredit: credit(i),
          effectiveOn: `2024-${mm}-20` as CalendarDate,
          period: `2024${mm}` as Period,
          sourceModule: 'test',
          sourceRef: `cli:${i}`,
          reason: '缴费到账',
        });
      }),
    );
    const clock = manualClock(new Date('2026-03-02T01:00:00Z'));
    await db.transaction().execute((trx) => postEntries(trx, clock, requests, { source: 'test' }));
    const interest = persons.map(
      (_, i) =>
        creditInterest({
          openingBalance: centsFromInteger(0),
          rate: '0.0262',
          method: 'annual',
          monthlyCredits: Array.from({ length: 12 }, () => credit(i)),
        }).interest,
    );
    expected = centsToDecimal(sumCents(interest));
  } finally {
    await system.close();
  }
}, 180_000);
afterAll(async () => {
  await dropDatabase();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('shebao credit-interest', () => {
  it('credits the year and prints one JSON line; a rerun reports the same run', async () => {
    const first = await shebao('--year', '2024', '--region', REGION, '--fund', 'pension');
    expect(first.code, first.stderr).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({
      year: 2024,
      region: REGION,
      fund: 'pension',
      accounts: 3,
      interest: expected,
      status: 'completed',
    });
    const again = await shebao('--year', '2024', '--region', REGION, '--fund', 'pension');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ accounts: 3, interest: expected });
  }, 180_000);

  it('goes on with the medical fund for --fund all (every region), with nothing on it to credit', async () => {
    const all = await shebao('--year', '2024');
    expect(all.code, all.stderr).toBe(0);
    expect(JSON.parse(all.stdout)).toEqual({
      year: 2024,
      region: 'all',
      fund: 'all',
      accounts: 6,
      interest: expected,
      status: 'completed',
    });
  }, 180_000);

  it.each([
    [['--year', '2026', '--fund', 'pension'], 'interest_year_not_ended'],
    [['--year', '2025', '--fund', 'pension'], 'interest_rate_missing'],
  ])(
    'exits 1 when refused: %j',
    async (args, code) => {
      const refused = await shebao(...args);
      expect(refused.code).toBe(1);
      expect(JSON.parse(refused.stdout)).toMatchObject({ status: 'refused', code });
      expect(refused.stderr).toContain(code);
    },
    180_000,
  );

  it.each([
    [['--year', 'last']],
    [['--year', '2024', '--fund', 'unemployment']],
    [['--year', '2024', '--region', '33']],
  ])(
    'exits 1 on a bad option: %j',
    async (args) => {
      const bad = await shebao(...args);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('shebao credit-interest:');
    },
    180_000,
  );
});
