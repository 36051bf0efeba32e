import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { centsFromInteger, type Cents } from '../../kernel/cents.ts';
import { allocate, billOrder, itemOrder, type OpenBill } from './collection.allocation.rules.ts';
import { COLLECTION_SCHEMES } from './collection.model.ts';

const c = centsFromInteger;
const line = (personId: number, scheme: OpenBill['lines'][number]['scheme'], amount: number, lateFee = 0) => ({
  personId,
  scheme,
  amount: c(amount),
  lateFee: c(lateFee),
});
const bill = (billId: number, period: string, lines: OpenBill['lines'], extra: Partial<OpenBill> = {}): OpenBill => ({
  billId,
  period,
  kind: 'regular',
  lines,
  fees: [],
  ...extra,
});

const older = bill(1, '202401', [line(2, 'medical', 300), line(1, 'pension', 1_000), line(1, 'medical', 200)]);
const newer = bill(2, '202402', [line(1, 'pension', 1_000)]);
const backPay = bill(3, '202401', [line(5, 'pension', 50)], { kind: 'back_payment' });
const late = bill(4, '202312', [line(1, 'unemployment', 100, 7)], {
  fees: [{ lateFeeId: 9, personId: 1, scheme: 'pension', amount: c(3) }],
});

const paid = (bills: OpenBill[], amount: number, billIds?: number[]) => {
  const r = allocate({ bills, amount: c(amount), billIds });
  return {
    items: r.allocations.map(
      (a) => `${a.kind === 'line' ? 'L' : 'F'}${a.billId}:${a.personId}:${a.scheme}:${a.amount}`,
    ),
    held: r.held,
    charged: r.charged.map((f) => `${f.billId}:${f.personId}:${f.fee}`),
  };
};

describe('allocate', () => {
  it.each([
    {
      name: 'exact: the oldest bill, lines by scheme then person',
      bills: [newer, older],
      amount: 1_500,
      items: ['L1:1:pension:1000', 'L1:1:medical:200', 'L1:2:medical:300'],
      held: 0,
    },
    {
      name: 'over: the rest is held',
      bills: [older],
      amount: 1_600,
      items: ['L1:1:pension:1000', 'L1:1:medical:200', 'L1:2:medical:300'],
      held: 100,
    },
    {
      name: 'under: stops at the first line that does not fit, even when a later one would',
      bills: [older, newer],
      amount: 1_250,
      items: ['L1:1:pension:1000', 'L1:1:medical:200'],
      held: 50,
    },
    {
      name: 'regular before the back payment of the same period',
      bills: [backPay, older, newer],
      amount: 1_550,
      items: ['L1:1:pension:1000', 'L1:1:medical:200', 'L1:2:medical:300', 'L3:5:pension:50'],
      held: 0,
    },
    {
      name: 'named bills only',
      bills: [older, newer],
      amount: 1_000,
      billIds: [2],
      items: ['L2:1:pension:1000'],
      held: 0,
    },
    {
      name: 'a late bill: its lines, the fee charged now, then the older open fee',
      bills: [newer, late],
      amount: 1_110,
      items: ['L4:1:unemployment:100', 'F4:1:unemployment:7', 'F4:1:pension:3', 'L2:1:pension:1000'],
      held: 0,
    },
    {
      name: 'a late fee that does not fit stops the allocation (charged all the same)',
      bills: [late, newer],
      amount: 105,
      items: ['L4:1:unemployment:100'],
      held: 5,
    },
    { name: 'nothing open: all held', bills: [], amount: 42, items: [], held: 42 },
  ])('$name', ({ bills, amount, billIds, items, held }) => {
    const r = paid(bills, amount, billIds);
    expect(r.items).toEqual(items);
    expect(r.held).toBe(held);
  });

  it('charges the fee of every line paid late', () => {
    expect(paid([late], 100).charged).toEqual(['4:1:7']);
  });

  const arbBill = fc.record({
    billId: fc.integer({ min: 1, max: 1_000 }),
    period: fc.constantFrom('202401', '202402', '202403'),
    kind: fc.constantFrom<'regular' | 'back_payment'>('regular', 'back_payment'),
    lines: fc.uniqueArray(
      fc.record({
        personId: fc.integer({ min: 1, max: 5 }),
        scheme: fc.constantFrom(...COLLECTION_SCHEMES),
        amount: fc.integer({ min: 0, max: 5_000 }).map((n) => n as Cents),
        lateFee: fc.integer({ min: 0, max: 50 }).map((n) => n as Cents),
      }),
      { selector: (l) => `${l.personId}:${l.scheme}`, maxLength: 6 },
    ),
    fees: fc.constant([]),
  });

  it('allocated + held = amount, and no item is paid after an open one that fits', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbBill, { selector: (b) => b.billId, maxLength: 5 }),
        fc.integer({ min: 1, max: 30_000 }),
        (bills, amount) => {
          const r = allocate({ bills, amount: c(amount) });
          const sum = r.allocations.reduce((s, a) => s + a.amount, 0);
          expect(sum).toBe(r.allocated);
          expect(r.allocated + r.held).toBe(amount);
          expect(r.held).toBeGreaterThanOrEqual(0);
          // The open lines in strict order: paid ones form a prefix of it.
          const order = [...bills].sort(billOrder).flatMap((b) =>
            [...b.lines]
              .filter((l) => l.amount > 0)
              .sort(itemOrder)
              .map((l) => `${b.billId}:${l.personId}:${l.scheme}`),
          );
          const paidLines = r.allocations
            .filter((a) => a.kind === 'line')
            .map((a) => `${a.billId}:${a.personId}:${a.scheme}`);
          expect(order.slice(0, paidLines.length)).toEqual(paidLines);
          // The first line left open does not fit into what was held (else it would have been paid).
          const next = order[paidLines.length];
          if (next !== undefined) {
            const [billId, personId, scheme] = next.split(':');
            const open = bills
              .find((b) => b.billId === Number(billId))!
              .lines.find((l) => l.personId === Number(personId) && l.scheme === scheme)!;
            const feesPending =
              r.charged.reduce((s, f) => s + f.fee, 0) -
              r.allocations.filter((a) => a.kind === 'late_fee').reduce((s, a) => s + a.amount, 0);
            expect(open.amount > r.held || feesPending > 0).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
