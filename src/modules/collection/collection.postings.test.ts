import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { centsFromInteger } from '../../kernel/cents.ts';
import { creditAppliedPosting, heldCreditPosting, lateFeePaidPosting, refundPosting } from './collection.postings.ts';

const on = '2026-02-10' as CalendarDate;
const amount = centsFromInteger(12_345);
const sides = (r: ReturnType<typeof heldCreditPosting>) =>
  r.lines.map((l) => `${l.side}:${l.account.fund}.${l.account.kind}.${l.account.region}:${l.amount}`);

describe('collection postings', () => {
  it('holds credit in the pension income account against the receivable', () => {
    const r = heldCreditPosting({ region: '330106', amount, on, paymentId: 7, paymentNo: 'SK2026021000000007' });
    expect(r.idempotencyKey).toBe('collection:held:7');
    expect(sides(r)).toEqual([
      'debit:pension.bank_income.330106:12345',
      'credit:pension.employer_receivable.330106:12345',
    ]);
  });
  it('applies and refunds credit the other way round', () => {
    const applied = creditAppliedPosting({ region: '330106', amount, on, creditId: 3 });
    const refund = refundPosting({ region: '330106', amount, on, refundId: 4, refundNo: 'TF2026021000000004' });
    expect([applied.idempotencyKey, refund.idempotencyKey]).toEqual(['collection:apply:3', 'collection:refund:4']);
    for (const r of [applied, refund])
      expect(sides(r)).toEqual([
        'credit:pension.bank_income.330106:12345',
        'debit:pension.employer_receivable.330106:12345',
      ]);
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
