import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import type { Cents } from '../../../kernel/cents.ts';
import type { Period } from '../../../kernel/period.ts';
import {
  accountProblems,
  contentHash,
  duplicateKeyProblems,
  requestProblems,
  type JournalRequest,
} from './ledger.journal.rules.ts';

const current = '202603' as Period;
const request: JournalRequest = {
  idempotencyKey: 'k',
  effectiveOn: '2026-03-01' as CalendarDate,
  period: '202603' as Period,
  sourceModule: 'test',
  sourceRef: 'r',
  reason: '测试',
  lines: [
    { account: { fund: 'pension', kind: 'bank_income', region: '330100' }, side: 'debit', amount: 10 as Cents },
    {
      account: { fund: 'pension', kind: 'individual_liability', region: '330100' },
      side: 'credit',
      amount: 10 as Cents,
      personId: 1,
    },
  ],
};
const codes = (r: JournalRequest) => requestProblems(r, 0, current).map((p) => p.code);

describe('requestProblems', () => {
  it('accepts a balanced, dated request of this month', () => {
    expect(codes(request)).toEqual([]);
  });

  it.each([
    ['a safe total overflowing', [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER], ['ledger_entry_unbalanced']],
    ['a NaN amount', [Number.NaN, 10], ['ledger_amount_invalid']],
    ['an Infinity amount', [Infinity, Infinity], ['ledger_amount_invalid', 'ledger_amount_invalid']],
  ])('%s', (_name, [debit, credit], expected) => {
    const lines = [
      { ...request.lines[0]!, amount: debit as Cents },
      { ...request.lines[0]!, side: 'debit' as const, amount: 1 as Cents },
      { ...request.lines[1]!, amount: credit as Cents },
    ];
    expect(codes({ ...request, lines })).toEqual(expected);
  });

  it('counts 1,000 lines as the most', () => {
    const many = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        ...request.lines[0]!,
        side: i % 2 ? ('credit' as const) : ('debit' as const),
      }));
    expect(codes({ ...request, lines: many(1000) })).toEqual([]);
    expect(codes({ ...request, lines: many(1002) })).toEqual(['ledger_lines_count_invalid']);
  });

  it('collects every fault at once', () => {
    expect(
      codes({
        ...request,
        idempotencyKey: '',
        reason: '',
        effectiveOn: 'x' as CalendarDate,
        period: '202604' as Period,
      }),
    ).toEqual([
      'ledger_idempotency_key_invalid',
      'ledger_reason_invalid',
      'ledger_effective_date_invalid',
      'ledger_period_invalid',
    ]);
  });
});

describe('duplicateKeyProblems and accountProblems', () => {
  it('names the later duplicate', () => {
    expect(duplicateKeyProblems([request, { ...request, idempotencyKey: 'j' }, request])).toEqual([
      { index: 2, idempotencyKey: 'k', code: 'ledger_idempotency_key_duplicated' },
    ]);
  });

  it('names the line of an unknown account and of a missing individual account', () => {
    const accounts = new Map([['pension.bank_income.330100', { id: 1, status: 'open' as const }]]);
    expect(accountProblems([{ index: 3, request }], accounts, new Map()).map((p) => [p.line, p.code])).toEqual([
      [1, 'ledger_account_unknown'],
      [1, 'ledger_individual_account_unknown'],
    ]);
  });
});

describe('contentHash', () => {
  it('differs for any change of content and is stable otherwise', () => {
    expect(contentHash({ ...request })).toBe(contentHash(request));
    expect(contentHash({ ...request, reason: '别的' })).not.toBe(contentHash(request));
    expect(contentHash({ ...request, reversesEntryId: 3 })).not.toBe(contentHash(request));
    expect(contentHash({ ...request, lines: [...request.lines].reverse() })).not.toBe(contentHash(request));
  });
});
