import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, refused, testApp, type Caller, type TestApp } from '../../../../test/support/http.ts';

let t: TestApp;
let accountant: Caller;
let approver: Caller;
const REGION = '330106';
const code = (fund: string, kind: string) => `${fund}.${kind}.${REGION}`;
let accounts: Map<string, number>;

beforeAll(async () => {
  t = await testApp();
  accountant = await t.as('accountant');
  approver = await t.as('approver');
  const chart = ok(await accountant.call('GET', `/api/ledger/accounts?region=${REGION}`));
  accounts = new Map(chart.items.map((a: { code: string; id: number }) => [a.code, a.id]));
}, 300_000);
afterAll(() => t?.dispose());

const manual = (key: string, amount = '100.00', extra: object = {}) => ({
  idempotencyKey: key,
  effectiveOn: '2026-02-27',
  reason: '手工调整',
  lines: [
    { accountId: accounts.get(code('pension', 'bank_fiscal')), side: 'debit', amount },
    { accountId: accounts.get(code('pension', 'bank_income')), side: 'credit', amount },
  ],
  ...extra,
});

describe('GET /api/ledger/accounts', () => {
  it('lists the chart with cached balances, and the same from the journal as of today', async () => {
    const cached = ok(await accountant.call('GET', `/api/ledger/accounts?region=${REGION}&fund=pension`));
    expect(cached.source).toBe('cache');
    expect(cached.items).toHaveLength(12);
    const computed = ok(
      await accountant.call('GET', `/api/ledger/accounts?region=${REGION}&fund=pension&asOf=2099-12-31`),
    );
    expect(computed.source).toBe('journal');
    expect(computed.items.map((a: { balance: unknown }) => a.balance)).toEqual(
      cached.items.map((a: { balance: unknown }) => a.balance),
    );
    const before = ok(
      await accountant.call('GET', `/api/ledger/accounts?region=${REGION}&knownAt=2000-01-01T00:00:00Z`),
    );
    expect(before.items.every((a: { balance: { debit: string } }) => a.balance.debit === '0.00')).toBe(true);
  });

  it.each([
    ['an impossible date', 'asOf=2025-02-30'],
    ['a bad region', 'region=33'],
    ['an unknown parameter', 'foo=1'],
  ])('refuses %s with 400', async (_name, query) => {
    expect((await accountant.call('GET', `/api/ledger/accounts?${query}`)).statusCode).toBe(400);
  });

  it('needs ledger.read', async () => {
    const clerk = await t.as('clerk');
    refused(await clerk.call('GET', '/api/ledger/accounts'), 'forbidden', 403);
  });
});

describe('POST /api/ledger/entries', () => {
  let entryId: number;

  it('books a manual entry (201), audited, and replays it (200)', async () => {
    const booked = ok(await accountant.call('POST', '/api/ledger/entries', manual('manual:1')), 201);
    entryId = booked.entry.id;
    expect(booked).toMatchObject({
      replayed: false,
      entry: { kind: 'posting', amount: '100.00', sourceModule: 'ledger' },
    });
    expect(booked.lines.map((l: { accountCode: string; side: string }) => [l.accountCode, l.side])).toEqual([
      [code('pension', 'bank_fiscal'), 'debit'],
      [code('pension', 'bank_income'), 'credit'],
    ]);
    expect(booked.batch.batchHash).toMatch(/^[0-9a-f]{64}$/);
    const again = ok(await accountant.call('POST', '/api/ledger/entries', manual('manual:1')));
    expect(again).toMatchObject({ replayed: true, entry: { id: entryId } });
    const audits = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'journal_entry')
      .where('entity_id', '=', String(entryId))
      .execute();
    expect(audits.map((a) => a.action)).toEqual(['ledger.entry.post']);
  });

  it.each([
    ['the same key with other content', () => manual('manual:1', '100.01'), 'ledger_idempotency_key_reused', 409],
    ['three decimals', () => manual('m:2', '1.005'), 'ledger_amount_not_whole_fen', 400],
    ['zero', () => manual('m:2', '0.00'), 'ledger_amount_not_whole_fen', 400],
    ['a negative amount', () => manual('m:2', '-1.00'), 'ledger_amount_not_whole_fen', 400],
    ['grouping commas', () => manual('m:2', '1,000.00'), 'ledger_amount_not_whole_fen', 400],
    ['a future period', () => manual('m:2', '1.00', { period: '209901' }), 'ledger_period_invalid', 400],
    [
      'unbalanced lines',
      () => ({ ...manual('m:2'), lines: [manual('m:2').lines[0], { ...manual('m:2').lines[1], amount: '99.99' }] }),
      'ledger_entry_unbalanced',
      400,
    ],
    [
      'an unknown account',
      () => ({ ...manual('m:2'), lines: [manual('m:2').lines[0], { ...manual('m:2').lines[1], accountId: 999_999 }] }),
      'ledger_account_unknown',
      400,
    ],
  ])('refuses %s', async (_name, body, codeExpected, status) => {
    refused(await accountant.call('POST', '/api/ledger/entries', body()), codeExpected, status);
  });

  it('refuses an approver (no ledger.post) and a malformed body', async () => {
    refused(await approver.call('POST', '/api/ledger/entries', manual('m:3')), 'forbidden', 403);
    expect((await accountant.call('POST', '/api/ledger/entries', { ...manual('m:3'), extra: 1 })).statusCode).toBe(400);
    expect((await accountant.call('POST', '/api/ledger/entries', { ...manual('m:3'), lines: [] })).statusCode).toBe(
      400,
    );
  });

  it('finds the entry by source and by account', async () => {
    const bySource = ok(await accountant.call('GET', '/api/ledger/entries?sourceModule=ledger&pageSize=5'));
    expect(bySource.items[0].id).toBe(entryId);
    const byAccount = ok(
      await accountant.call('GET', `/api/ledger/accounts/${accounts.get(code('pension', 'bank_fiscal'))}/entries`),
    );
    expect(byAccount.items[0]).toMatchObject({ id: entryId, accountDebit: '100.00', accountCredit: '0.00' });
    refused(await accountant.call('GET', '/api/ledger/accounts/999999/entries'), 'ledger_account_not_found', 404);
    refused(await accountant.call('GET', '/api/ledger/entries/999999'), 'ledger_entry_not_found', 404);
  });
});

describe('entries of a person', () => {
  it('shows masked names and audits the read where the person sees it', async () => {
    const { person_id: personId } = await t.ctx.db
      .selectFrom('individual_accounts')
      .select('person_id')
      .orderBy('person_id')
      .executeTakeFirstOrThrow();
    const list = ok(await accountant.call('GET', `/api/ledger/entries?personId=${personId}&pageSize=3`));
    expect(list.total).toBeGreaterThan(0);
    const detail = ok(await accountant.call('GET', `/api/ledger/entries/${list.items[0].id}`));
    const personLine = detail.lines.find((l: { personId: number | null }) => l.personId === personId);
    expect(personLine.personName).toMatch(/^.\*+$/);
    const reads = await t.ctx.db
      .selectFrom('audit_log')
      .select(sql<string>`details->>'view'`.as('view'))
      .where('action', '=', 'rights.read')
      .where('entity', '=', 'person')
      .where('entity_id', '=', String(personId))
      .execute();
    expect(reads.map((r) => r.view)).toEqual(expect.arrayContaining(['ledger.entries', 'ledger.entry']));
  });
});

describe('corrections (maker-checker)', () => {
  let entryId: number;
  let correctionId: number;

  beforeAll(async () => {
    entryId = ok(await accountant.call('POST', '/api/ledger/entries', manual('manual:corr', '50.00')), 201).entry.id;
  });

  it('proposes a reversal with replacement lines, once', async () => {
    const replacementLines = manual('x', '40.00').lines;
    const proposal = ok(
      await accountant.call('POST', `/api/ledger/entries/${entryId}/corrections`, {
        reason: '金额有误',
        replacementLines,
      }),
      201,
    );
    correctionId = proposal.id;
    expect(proposal).toMatchObject({
      status: 'proposed',
      entryId,
      replacementLines: [{ amount: '40.00' }, { amount: '40.00' }],
    });
    refused(
      await accountant.call('POST', `/api/ledger/entries/${entryId}/corrections`, { reason: '再来一次' }),
      'ledger_already_reversed',
      409,
    );
    const pending = ok(await approver.call('GET', '/api/ledger/corrections?status=proposed'));
    expect(pending.items.map((c: { id: number }) => c.id)).toContain(correctionId);
  });

  it('refuses replacement lines that would not book', async () => {
    const other = ok(await accountant.call('POST', '/api/ledger/entries', manual('manual:corr2', '5.00')), 201).entry
      .id;
    const lines = manual('x', '4.00').lines;
    refused(
      await accountant.call('POST', `/api/ledger/entries/${other}/corrections`, {
        reason: '不平',
        replacementLines: [lines[0], { ...lines[1], amount: '3.00' }],
      }),
      'ledger_entry_unbalanced',
      400,
    );
    refused(
      await accountant.call('POST', '/api/ledger/entries/999999/corrections', { reason: 'x' }),
      'ledger_entry_not_found',
      404,
    );
  });

  it('approval by another staff member books the reversal and the replacement', async () => {
    const before = ok(await accountant.call('GET', `/api/ledger/accounts?region=${REGION}&fund=pension`));
    const decided = ok(
      await approver.call('POST', `/api/ledger/corrections/${correctionId}/approve`, { note: '同意' }),
    );
    expect(decided).toMatchObject({ status: 'approved', decisionNote: '同意' });
    const reversal = ok(await accountant.call('GET', `/api/ledger/entries/${decided.reversalEntryId}`));
    expect(reversal.entry).toMatchObject({
      kind: 'reversal',
      reversesEntryId: entryId,
      idempotencyKey: `reversal:${entryId}`,
    });
    expect(reversal.entry.requestedBy).not.toBe(reversal.entry.approvedBy);
    expect(reversal.lines.map((l: { side: string }) => l.side)).toEqual(['credit', 'debit']);
    const replacement = ok(await accountant.call('GET', `/api/ledger/entries/${decided.replacementEntryId}`));
    expect(replacement.entry).toMatchObject({
      kind: 'posting',
      amount: '40.00',
      idempotencyKey: `correction:${correctionId}`,
    });
    const original = ok(await accountant.call('GET', `/api/ledger/entries/${entryId}`));
    expect(original.entry.reversedByEntryId).toBe(decided.reversalEntryId);
    expect(original.corrections.map((c: { status: string }) => c.status)).toEqual(['approved']);
    const after = ok(await accountant.call('GET', `/api/ledger/accounts?region=${REGION}&fund=pension`));
    const fiscal = (page: { items: { code: string; balance: { balance: string } }[] }) =>
      Number(page.items.find((a) => a.code === code('pension', 'bank_fiscal'))!.balance.balance);
    expect(fiscal(after) - fiscal(before)).toBeCloseTo(-10, 2);
  });

  it('refuses a second decision, a reversal of the reversal and a new proposal', async () => {
    refused(
      await approver.call('POST', `/api/ledger/corrections/${correctionId}/reject`, { note: '晚了' }),
      'ledger_correction_not_pending',
      409,
    );
    const { reversalEntryId } = ok(await approver.call('GET', '/api/ledger/corrections?status=approved')).items.find(
      (c: { id: number }) => c.id === correctionId,
    );
    refused(
      await accountant.call('POST', `/api/ledger/entries/${reversalEntryId}/corrections`, { reason: '撤销冲销' }),
      'ledger_reversal_of_reversal',
      409,
    );
    refused(
      await accountant.call('POST', `/api/ledger/entries/${entryId}/corrections`, { reason: '再次' }),
      'ledger_already_reversed',
      409,
    );
    refused(
      await approver.call('POST', '/api/ledger/corrections/999999/approve', { note: 'x' }),
      'ledger_correction_not_found',
      404,
    );
  });

  it('a rejection books nothing; nobody decides their own proposal', async () => {
    const entry = ok(await accountant.call('POST', '/api/ledger/entries', manual('manual:corr3', '7.00')), 201).entry
      .id;
    const first = ok(
      await accountant.call('POST', `/api/ledger/entries/${entry}/corrections`, { reason: '重复' }),
      201,
    );
    const rejected = ok(await approver.call('POST', `/api/ledger/corrections/${first.id}/reject`, { note: '无误' }));
    expect(rejected).toMatchObject({ status: 'rejected', reversalEntryId: null });
    await sql`INSERT INTO role_permissions (role_code, permission) VALUES ('fund_accountant', 'ledger.approve')`.execute(
      t.ctx.db,
    );
    const both = await t.as('accountant');
    const second = ok(await both.call('POST', `/api/ledger/entries/${entry}/corrections`, { reason: '再议' }), 201);
    refused(
      await both.call('POST', `/api/ledger/corrections/${second.id}/approve`, { note: '自批' }),
      'ledger_self_approval',
      403,
    );
    refused(
      await both.call('POST', `/api/ledger/corrections/${second.id}/reject`, { note: '自驳' }),
      'ledger_self_approval',
      403,
    );
  });
});
