import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, refused, testApp, type Caller, type TestApp } from '../../../../test/support/http.ts';
import { settleInterestRuns } from './ledger.interest-run.ts';

const DEMO_REGION = '330106';
let t: TestApp;
let accountant: Caller;

beforeAll(async () => {
  t = await testApp();
  accountant = await t.as('accountant');
}, 180_000);
afterAll(async () => {
  await settleInterestRuns();
  await t?.dispose();
});

const body = { year: 2024, region: DEMO_REGION, fund: 'pension' };

describe('interest runs over HTTP', () => {
  it('starts a run in the background (202) and lists its progress until it completes', async () => {
    // (A second start while the run is under way answers the same run: ledger.interest-run.db.test.ts.)
    const started = ok(await accountant.call('POST', '/api/ledger/interest-runs', body), 202);
    expect(started).toMatchObject({ year: 2024, region: DEMO_REGION, fund: 'pension', rate: '0.0262' });
    await settleInterestRuns();
    const { items } = ok(await accountant.call('GET', '/api/ledger/interest-runs?year=2024'));
    expect(items).toHaveLength(1);
    const run = items[0];
    expect(run).toMatchObject({ id: started.id, status: 'completed', startedBy: expect.stringMatching(/^staff:\d+$/) });
    expect(run.accountsDone).toBe(run.accountsTotal);
    const booked = await sql<{ n: number; fen: number | null }>`
      SELECT count(*)::int AS n, CAST(sum(l.amount_fen) AS bigint) AS fen
        FROM journal_entries e JOIN journal_lines l ON l.entry_id = e.id AND l.side = 'credit'
       WHERE e.source_ref = ${`run:${started.id}`}`.execute(t.ctx.db);
    expect(booked.rows[0]!.n).toBeGreaterThan(0);
    expect(Math.round(Number(run.interest) * 100)).toBe(booked.rows[0]!.fen);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'actor_name'])
      .where('entity', '=', 'interest_run')
      .where('entity_id', '=', String(started.id)) // the demo seed credits 2016–2023 with runs of its own
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['interest.run.start', 'interest.credit', 'interest.run.complete']);
  });

  it('refuses a completed run, a year not ended, a year without a rate', async () => {
    refused(await accountant.call('POST', '/api/ledger/interest-runs', body), 'interest_run_completed', 409);
    refused(
      await accountant.call('POST', '/api/ledger/interest-runs', { ...body, year: 2026 }),
      'interest_year_not_ended',
      409,
    );
    refused(
      await accountant.call('POST', '/api/ledger/interest-runs', { ...body, year: 2025 }),
      'interest_rate_missing',
      409,
    );
  });

  it.each<[string, unknown]>([
    ['an unknown fund', { ...body, fund: 'unemployment' }],
    ['a year out of range', { ...body, year: 1989 }],
    ['a year as a fraction', { ...body, year: 2024.5 }],
    ['a short region', { ...body, region: '3301' }],
    ['an extra field', { ...body, rate: '0.05' }],
    ['no body', undefined],
  ])('refuses %s as invalid input', async (_label, payload) => {
    refused(await accountant.call('POST', '/api/ledger/interest-runs', payload), 'invalid_request', 400);
  });

  it('refuses a region outside my agency’s subtree and callers without the permission', async () => {
    refused(
      await accountant.call('POST', '/api/ledger/interest-runs', { ...body, region: '990000' }),
      'out_of_scope',
      403,
    );
    const auditor = await t.as('auditor');
    ok(await auditor.call('GET', '/api/ledger/interest-runs'));
    refused(await auditor.call('POST', '/api/ledger/interest-runs', { ...body, fund: 'medical' }), 'forbidden', 403);
    const clerk = await t.as('clerk');
    refused(await clerk.call('GET', '/api/ledger/interest-runs'), 'forbidden', 403);
    refused(await t.anonymous('GET', '/api/ledger/interest-runs'), 'unauthenticated', 401);
    refused(await accountant.call('GET', '/api/ledger/interest-runs?year=abc'), 'invalid_request', 400);
  });
});
