/**
 * Allocation of a payment (or of held credit) to a payer's open amounts. Pure; the service loads
 * the open items and writes what this decides.
 *
 * - Bills oldest first: by period, a regular bill before a back-payment bill of the same period,
 *   then by id. When the payment names bills, only those are paid (in the same order).
 * - Within a bill: lines in scheme order (pension, medical, unemployment, work injury), then by
 *   person id; after the bill's lines, its late fees (the fees charged now on the lines this
 *   payment pays late, then fees left open earlier), in the same order.
 * - An item is paid whole or not at all (a line is one rights-record month: it is paid or not).
 * - Allocation STOPS at the first item that does not fit: skipping it to pay a smaller, newer item
 *   would let a payer choose which months to pay and leave older months in arrears while newer
 *   ones count. Everything from there on stays open; the rest of the money is held as credit.
 * - Lines with nothing to pay (zero amount) are not offered: the ledger refuses a zero posting.
 */
import { addCents, subCents, zeroCents, type Cents } from '../../kernel/cents.ts';
import { COLLECTION_SCHEMES, type CollectionScheme } from './collection.model.ts';

export interface OpenLine {
  readonly personId: number;
  readonly scheme: CollectionScheme;
  /** employer + employee of the line. */
  readonly amount: Cents;
  /** The late fee due if the line is paid now (0 when not past due). */
  readonly lateFee: Cents;
}

export interface OpenFee {
  readonly lateFeeId: number;
  readonly personId: number;
  readonly scheme: CollectionScheme;
  /** What is still owed of the fee. */
  readonly amount: Cents;
}

export interface OpenBill {
  readonly billId: number;
  readonly period: string;
  readonly kind: 'regular' | 'back_payment';
  readonly lines: readonly OpenLine[];
  readonly fees: readonly OpenFee[];
}

export type Allocation =
  | {
      readonly kind: 'line';
      readonly billId: number;
      readonly personId: number;
      readonly scheme: CollectionScheme;
      readonly amount: Cents;
    }
  | {
      readonly kind: 'late_fee';
      readonly billId: number;
      readonly personId: number;
      readonly scheme: CollectionScheme;
      readonly amount: Cents;
      /** The existing fee row, or null for a fee charged now on a line this payment pays. */
      readonly lateFeeId: number | null;
    };

/** A late fee charged now: on a line paid after its bill was due. */
export interface ChargedFee {
  readonly billId: number;
  readonly personId: number;
  readonly scheme: CollectionScheme;
  readonly arrears: Cents;
  readonly fee: Cents;
}

export interface AllocationResult {
  readonly allocations: readonly Allocation[];
  readonly charged: readonly ChargedFee[];
  readonly allocated: Cents;
  readonly held: Cents;
}

/** Bills in payment order: period, regular before back payment, id. */
export function billOrder(a: OpenBill, b: OpenBill): number {
  if (a.period !== b.period) return a.period < b.period ? -1 : 1;
  if (a.kind !== b.kind) return a.kind === 'regular' ? -1 : 1;
  return a.billId - b.billId;
}

const schemeRank = (s: CollectionScheme) => COLLECTION_SCHEMES.indexOf(s);

/** Items of a bill in payment order: scheme, then person. */
export function itemOrder(
  a: { scheme: CollectionScheme; personId: number },
  b: { scheme: CollectionScheme; personId: number },
): number {
  return schemeRank(a.scheme) - schemeRank(b.scheme) || a.personId - b.personId;
}

type Item = { readonly allocation: Allocation; readonly charge: ChargedFee | null };

/** A bill's items in order: its lines, then the fees charged on them, then its older open fees. */
function itemsOf(bill: OpenBill): { lines: OpenLine[]; fees: OpenFee[] } {
  return {
    lines: bill.lines.filter((l) => l.amount > 0).sort(itemOrder),
    fees: bill.fees.filter((f) => f.amount > 0).sort(itemOrder),
  };
}

/** Pays one bill while items fit; returns its allocations and whether allocation must stop. */
function payBill(bill: OpenBill, budget: Cents): { items: Item[]; spent: Cents; stopped: boolean } {
  const { lines, fees } = itemsOf(bill);
  const items: Item[] = [];
  let spent = zeroCents;
  const take = (amount: Cents) => amount <= subCents(budget, spent);
  for (const line of lines) {
    if (!take(line.amount)) return { items, spent, stopped: true };
    spent = addCents(spent, line.amount);
    const allocation: Allocation = { kind: 'line', billId: bill.billId, ...pick(line), amount: line.amount };
    const charge =
      line.lateFee > 0 ? { billId: bill.billId, ...pick(line), arrears: line.amount, fee: line.lateFee } : null;
    items.push({ allocation, charge });
  }
  const newFees = items.flatMap((i) => (i.charge ? [i.charge] : []));
  const dues = [
    ...newFees.map((c) => ({ ...pick(c), amount: c.fee, lateFeeId: null })),
    ...fees.map((f) => ({ ...pick(f), amount: f.amount, lateFeeId: f.lateFeeId })),
  ];
  for (const due of dues) {
    if (!take(due.amount)) return { items, spent, stopped: true };
    spent = addCents(spent, due.amount);
    items.push({ allocation: { kind: 'late_fee', billId: bill.billId, ...due }, charge: null });
  }
  return { items, spent, stopped: false };
}

function pick(x: { personId: number; scheme: CollectionScheme }) {
  return { personId: x.personId, scheme: x.scheme };
}

/**
 * Decides what `amount` pays of the open bills (only `billIds` when given) and what is held as
 * credit. Fees are charged on every line paid late, even when the money runs out before the fee
 * itself is paid (the fee then stays open on the bill).
 */
export function allocate(input: {
  readonly bills: readonly OpenBill[];
  readonly amount: Cents;
  readonly billIds?: readonly number[] | undefined;
}): AllocationResult {
  const named = input.billIds ? new Set(input.billIds) : null;
  const bills = input.bills.filter((b) => !named || named.has(b.billId)).sort(billOrder);
  const allocations: Allocation[] = [];
  const charged: ChargedFee[] = [];
  let allocated = zeroCents;
  for (const bill of bills) {
    const { items, spent, stopped } = payBill(bill, subCents(input.amount, allocated));
    for (const item of items) {
      allocations.push(item.allocation);
      if (item.charge) charged.push(item.charge);
    }
    allocated = addCents(allocated, spent);
    if (stopped) break;
  }
  return { allocations, charged, allocated, held: subCents(input.amount, allocated) };
}
