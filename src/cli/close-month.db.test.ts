import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MC_REGION, smallRegion } from '../../test/fixtures/collection/month-close.ts';
import { writeTestMasterKey } from '../../test/support/keys.ts';
import { loadConfig } from '../config.ts';
import { openSystem } from '../system.ts';
import { createDatabase, dropDatabase as dropEverywhere, withDatabase } from '../db/cluster.ts';

const run = promisify(execFile);
let dataDir: string;
let databaseUrl = '';
let dropDatabase = async () => {};

async function serverDatabase(serverUrl: string): Promise<void> {
  const name = `shebao_test_${crypto.randomBytes(6).toString('hex')}`;
  await createDatabase(serverUrl, name);
  databaseUrl = withDatabase(serverUrl, name);
  dropDatabase = () => dropEverywhere(serverUrl, name);
}

/** `shebao close-month …` against the temporary database: exit code, stdout, stderr. */
async function shebao(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = { ...process.env, SHEBAO_DATA_DIR: dataDir, DATABASE_URL: databaseUrl };
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/shebao.mjs', 'close-month', ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-close-month-cli-'));
  writeTestMasterKey(dataDir);
  if (process.env.TEST_DATABASE_URL) await serverDatabase(process.env.TEST_DATABASE_URL);
  const system = await openSystem({ ...loadConfig({}), dataDir, databaseUrl: databaseUrl || undefined });
  try {
    await smallRegion(system.ctx.db);
  } finally {
    await system.close();
  }
}, 180_000);
afterAll(async () => {
  await dropDatabase();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('shebao close-month', () => {
  it('closes the month with a progress bar and the report, and prints one JSON line; a rerun reports it', async () => {
    const first = await shebao('2026-01', '--region', MC_REGION);
    expect(first.code, first.stderr).toBe(0);
    const line = JSON.parse(first.stdout);
    expect(line).toMatchObject({ region: MC_REGION, period: '202601', status: 'completed', payers: 12 });
    expect(line.report).toMatchObject({ fund: 'total', rate: expect.stringMatching(/^0\.\d{4}$/) });
    expect(first.stderr).toContain('pension');
    const again = await shebao('2026-01', '--region', MC_REGION);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ status: 'completed', report: line.report });
  }, 180_000);

  it('exits 1 when refused or on a bad option', async () => {
    const future = await shebao('2099-01', '--region', MC_REGION);
    expect(future.code).toBe(1);
    expect(JSON.parse(future.stdout)).toMatchObject({ status: 'refused', code: 'collection_period_not_ended' });
    for (const args of [['2026-13'], ['2026-01', '--region', '33']]) {
      const bad = await shebao(...args);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('shebao close-month:');
    }
  }, 180_000);
});
