import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { chartWithAccounts, insertPersons, REGION } from '../../test/fixtures/ledger/journal.ts';
import { writeTestMasterKey } from '../../test/support/keys.ts';
import { connect } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import type { CalendarDate } from '../kernel/calendar-date.ts';
import { centsFromInteger } from '../kernel/cents.ts';
import { systemClock } from '../kernel/clock.ts';
import type { Period } from '../kernel/period.ts';
import { contributionPosting, postEntries } from '../modules/ledger/index.ts';
import type { ReconcileOutcome } from '../modules/ledger/reconcile/ledger.reconcile.ts';
import { DIFFERENCES_PRINTED_MAX, reconcileReport } from './reconcile.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-reconcile-'));
writeTestMasterKey(dataDir);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

function shebao(...args: string[]) {
  const env = { ...process.env, SHEBAO_DATA_DIR: dataDir, DATABASE_URL: '' };
  return spawnSync(process.execPath, [path.resolve('bin/shebao.mjs'), ...args], { env, encoding: 'utf8' });
}

describe('shebao reconcile', () => {
  it('exits 0 on a ledger that agrees and 1 listing the differences after an SQL edit', async () => {
    const connection = await connect({ dataDir: path.join(dataDir, 'pglite') });
    await migrate(connection);
    const persons = await insertPersons(connection.db, 2);
    await chartWithAccounts(connection.db, persons);
    const requests = persons.map((personId) =>
      contributionPosting({
        personId,
        scheme: 'pension',
        region: REGION,
        employerAmount: centsFromInteger(1600_00),
        employeeAmount: centsFromInteger(800_00),
        accountCredit: centsFromInteger(800_00),
        effectiveOn: '2025-03-15' as CalendarDate,
        period: '202502' as Period,
        sourceModule: 'test',
        sourceRef: 'bill:1',
        reason: '缴费到账',
      }),
    );
    await connection.db.transaction().execute((trx) => postEntries(trx, systemClock, requests, { source: 'test' }));
    await connection.close();

    const clean = shebao('reconcile');
    expect(clean.stdout).toContain('reconciliation run 1: ok');
    expect(clean.stdout).toMatch(/entry_unbalanced\s+checked 2, differences 0/);
    // Collection's checks run too (no bills here: nothing to compare, nothing differs).
    for (const check of ['bill_receivable', 'payment_bank', 'arrears_receivable', 'rights_owed'])
      expect(clean.stdout).toMatch(new RegExp(`${check}\\s+checked \\d+, differences 0`));
    expect(clean.status).toBe(0);

    const again = await connect({ dataDir: path.join(dataDir, 'pglite') });
    await sql`UPDATE individual_accounts SET balance_fen = balance_fen + 1 WHERE person_id = ${persons[0]!} AND fund = 'pension'`.execute(
      again.db,
    );
    await again.close();
    const broken = shebao('reconcile');
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain('reconciliation run 2: DIFFERENCES FOUND');
    expect(broken.stdout).toMatch(/individual_cache\s+checked 4, differences 1/);
    expect(broken.stderr).toContain(
      `individual_cache: person ${persons[0]} pension individual account cache 80001, journal 80000`,
    );
    expect(broken.stderr).toContain('control_total: cached: control account pension.individual_liability.330100');
  }, 400_000);
});

describe('the report of a run', () => {
  it(`prints a line per check and at most ${DIFFERENCES_PRINTED_MAX} differences, saying how many more`, () => {
    const difference = {
      kind: 'entry_unbalanced' as const,
      accountId: null,
      personId: null,
      fund: null,
      entryId: 7,
      batchNo: null,
      expected: 1,
      actual: 2,
      detail: 'entry 7 debits 1 credits 2',
    };
    const run: ReconcileOutcome = {
      id: 3,
      trigger: 'cli',
      startedAt: new Date(),
      finishedAt: new Date(),
      ok: false,
      checks: { entry_unbalanced: { checked: 50, differences: 25 } },
      differences: Array.from({ length: 25 }, () => difference),
    };
    const report = reconcileReport(run);
    expect(report.out).toEqual([
      'reconciliation run 3: DIFFERENCES FOUND',
      '  entry_unbalanced  checked 50, differences 25',
    ]);
    expect(report.err).toHaveLength(DIFFERENCES_PRINTED_MAX + 1);
    expect(report.err[0]).toBe('  entry_unbalanced: entry 7 debits 1 credits 2 (entry 7)');
    expect(report.err.at(-1)).toContain('… and 5 more');
  });
});
