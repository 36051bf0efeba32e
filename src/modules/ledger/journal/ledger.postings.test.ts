import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import { centsFromInteger } from '../../../kernel/cents.ts';
import type { Period } from '../../../kernel/period.ts';
import type { Fund } from '../ledger.model.ts';
import { contributionPosting, interestPosting, reversalPosting } from './ledger.postings.ts';

const fen = centsFromInteger;
const payment = (scheme: Fund, employer: number, employee: number, credit: number) =>
  contributionPosting({
    personId: 42,
    scheme,
    region: '330100',
    employerAmount: fen(employer),
    employeeAmount: fen(employee),
    accountCredit: fen(credit),
    effectiveOn: '2025-03-15' as CalendarDate,
    period: '202502' as Period,
    sourceModule: 'contribution',
    sourceRef: 'bill:17',
    reason: '缴费到账',
  });

describe('contributionPosting', () => {
  it.each([
    // scheme, employer, employee, credit, expected lines [kind, side, amount, person]
    [
      'pension',
      1600,
      800,
      800,
      [
        ['bank_income', 'debit', 2400, null],
        ['contribution_income', 'credit', 1600, null],
        ['individual_liability', 'credit', 800, 42],
      ],
    ],
    [
      'medical',
      900,
      200,
      200,
      [
        ['bank_income', 'debit', 1100, null],
        ['contribution_income', 'credit', 900, null],
        ['individual_liability', 'credit', 200, 42],
      ],
    ],
    [
      'unemployment',
      50,
      50,
      0,
      [
        ['bank_income', 'debit', 100, null],
        ['contribution_income', 'credit', 100, null],
      ],
    ],
    [
      'work_injury',
      40,
      0,
      0,
      [
        ['bank_income', 'debit', 40, null],
        ['contribution_income', 'credit', 40, null],
      ],
    ],
    [
      'pension',
      0,
      800,
      800,
      [
        ['bank_income', 'debit', 800, null],
        ['individual_liability', 'credit', 800, 42],
      ],
    ],
  ] as const)('%s %i + %i, credit %i', (scheme, employer, employee, credit, expected) => {
    const request = payment(scheme, employer, employee, credit);
    expect(request.lines.map((l) => [l.account.kind, l.side, l.amount, l.personId ?? null])).toEqual(expected);
    expect(request.lines.every((l) => l.account.fund === scheme && l.account.region === '330100')).toBe(true);
    expect(request.idempotencyKey).toBe(`contribution:bill:17:42:${scheme}:202502`);
  });

  it('never gives unemployment or work injury an individual line', () => {
    expect(() => payment('unemployment', 50, 50, 10)).toThrow(/individual accounts/);
    expect(() => payment('work_injury', 50, 0, 1)).toThrow(/individual accounts/);
  });

  it('refuses a credit above the payment and negative amounts (programmer errors)', () => {
    expect(() => payment('pension', 10, 10, 21)).toThrow(/exceeds/);
    expect(() => payment('pension', -1, 10, 0)).toThrow(/negative/);
  });
});

describe('interestPosting', () => {
  it('debits interest expense and credits the person, keyed per year, fund and person', () => {
    const request = interestPosting({ personId: 7, fund: 'pension', region: '330100', amount: fen(1234), year: 2024 });
    expect(request).toMatchObject({
      idempotencyKey: 'interest:2024:pension:7',
      effectiveOn: '2024-12-31',
      period: null,
      sourceModule: 'interest',
      sourceRef: 'year:2024',
    });
    expect(request.lines.map((l) => [l.account.kind, l.side, l.amount, l.personId ?? null])).toEqual([
      ['interest_expense', 'debit', 1234, null],
      ['individual_liability', 'credit', 1234, 7],
    ]);
  });
});

describe('reversalPosting', () => {
  it('swaps every side and keeps the original dates', () => {
    const original = payment('pension', 1600, 800, 800);
    const reversal = reversalPosting(
      {
        id: 9,
        effectiveOn: original.effectiveOn,
        period: original.period ?? null,
        sourceModule: 'contribution',
        sourceRef: 'bill:17',
        reason: 'x',
        lines: original.lines,
      },
      '冲销',
    );
    expect(reversal).toMatchObject({
      idempotencyKey: 'reversal:9',
      reversesEntryId: 9,
      effectiveOn: '2025-03-15',
      period: '202502',
      sourceModule: 'contribution',
      sourceRef: 'bill:17',
    });
    expect(reversal.lines.map((l) => l.side)).toEqual(['credit', 'debit', 'debit']);
  });
});
