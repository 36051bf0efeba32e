import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { Period } from '../../kernel/period.ts';
import { centsFromInteger } from '../../kernel/cents.ts';
import type { Fund } from '../ledger/index.ts';
import {
  billCancelledPosting,
  billIssuedPosting,
  billSettledPosting,
  creditAppliedPosting,
  heldCreditPosting,
  lateFeePaidPosting,
  refundPosting,
} from './collection.postings.ts';

const on = '2026-02-10' as CalendarDate;
const january = '202601' as Period;
const amount = centsFromInteger(12_345);
const sides = (r: ReturnType<typeof heldCreditPosting> | null) =>
  r!.lines.map((l) => `${l.side}:${l.account.fund}.${l.account.kind}.${l.account.region}:${l.amount}`);
const owed = new Map<Fund, ReturnType<typeof centsFromInteger>>([
  ['pension', centsFromInteger(240_00)],
  ['work_injury', centsFromInteger(0)],
  ['medical', centsFromInteger(100_00)],
]);

describe('collection postings', () => {
  it('holds credit in the pension income account against the receivable', () => {
    const r = heldCreditPosting({
      payerKind: 'employer',
      region: '330106',
      amount,
      on,
      paymentId: 7,
      paymentNo: 'SK2026021000000007',
    });
    expect(r.idempotencyKey).toBe('collection:held:7');
    expect(sides(r)).toEqual([
      'debit:pension.bank_income.330106:12345',
      'credit:pension.employer_receivable.330106:12345',
    ]);
  });
  it('applies and refunds credit the other way round', () => {
    const applied = creditAppliedPosting({ payerKind: 'employer', region: '330106', amount, on, creditId: 3 });
    const refund = refundPosting({
      payerKind: 'employer',
      region: '330106',
      amount,
      on,
      refundId: 4,
      refundNo: 'TF2026021000000004',
    });
    expect([applied.idempotencyKey, refund.idempotencyKey]).toEqual(['collection:apply:3', 'collection:refund:4']);
    for (const r of [applied, refund])
      expect(sides(r)).toEqual([
        'credit:pension.bank_income.330106:12345',
        'debit:pension.employer_receivable.330106:12345',
      ]);
  });
  it("keeps a flexible worker's credit on the persons' receivable", () => {
    const r = heldCreditPosting({
      payerKind: 'flexible',
      region: '330106',
      amount,
      on,
      paymentId: 8,
      paymentNo: 'SK2026021000000008',
    });
    expect(sides(r)).toEqual([
      'debit:pension.bank_income.330106:12345',
      'credit:pension.person_receivable.330106:12345',
    ]);
  });
  it('books a bill as the receivable of each fund it owes, from the first day of its period', () => {
    const bill = { billId: 17, billNo: 'JF20260100000017', payerKind: 'employer' as const, region: '330106' };
    const issued = billIssuedPosting({ ...bill, period: january, amounts: owed })!;
    expect([issued.idempotencyKey, issued.sourceRef, issued.effectiveOn, issued.period]).toEqual([
      'collection:bill:17',
      'bill:17',
      '2026-01-01',
      '202601',
    ]);
    // Funds in ledger order; a fund owing nothing gets no line.
    expect(sides(issued)).toEqual([
      'debit:pension.employer_receivable.330106:24000',
      'credit:pension.contributions_billed.330106:24000',
      'debit:medical.employer_receivable.330106:10000',
      'credit:medical.contributions_billed.330106:10000',
    ]);
    const cancelled = billCancelledPosting({ ...bill, period: january, amounts: owed })!;
    expect([cancelled.idempotencyKey, cancelled.effectiveOn]).toEqual(['collection:bill-cancelled:17', '2026-01-01']);
    expect(sides(cancelled)).toEqual([
      'credit:pension.employer_receivable.330106:24000',
      'debit:pension.contributions_billed.330106:24000',
      'credit:medical.employer_receivable.330106:10000',
      'debit:medical.contributions_billed.330106:10000',
    ]);
  });
  it("clears what a payment paid of a flexible worker's bill on the day it arrived", () => {
    const paid = new Map<Fund, ReturnType<typeof centsFromInteger>>([['pension', centsFromInteger(1_000_00)]]);
    const settled = billSettledPosting({
      billId: 18,
      payerKind: 'flexible',
      region: '330106',
      period: january,
      amounts: paid,
      sourceKey: 'payment:9',
      on,
    })!;
    expect([settled.idempotencyKey, settled.sourceRef, settled.effectiveOn]).toEqual([
      'collection:settle:18:payment:9',
      'bill:18',
      on,
    ]);
    expect(sides(settled)).toEqual([
      'credit:pension.person_receivable.330106:100000',
      'debit:pension.contributions_billed.330106:100000',
    ]);
  });
  it('books nothing for a bill that owes nothing', () => {
    const none = new Map<Fund, ReturnType<typeof centsFromInteger>>([['pension', centsFromInteger(0)]]);
    const bill = { billId: 19, billNo: 'JF', payerKind: 'employer' as const, region: '330106', period: january };
    expect(billIssuedPosting({ ...bill, amounts: none })).toBeNull();
    expect(billCancelledPosting({ ...bill, amounts: none })).toBeNull();
  });
  it('puts a late fee into the pooled fund of the line', () => {
    const r = lateFeePaidPosting({
      lateFeeId: 5,
      allocationKey: 'payment:9',
      fund: 'medical',
      region: '330106',
      amount,
      on,
      billId: 2,
      period: '202511',
    });
    expect(r.idempotencyKey).toBe('collection:latefee:5:payment:9');
    expect(r.reason).toBe('2025年11月缴费滞纳金');
    expect(sides(r)).toEqual(['debit:medical.bank_income.330106:12345', 'credit:medical.pooled_fund.330106:12345']);
  });
});
