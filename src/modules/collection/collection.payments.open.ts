/**
 * The open amounts of many payers at once, as allocation needs them: open bills (locked, so two
 * payments of one payer allocate one after the other), their open lines with the late fee each
 * would carry if paid on a given day, and their open late fees. Three queries for any number of payers.
 */
import { sql } from 'kysely';
import type { Trx } from '../../db/connection.ts';
import { compareDates, type CalendarDate } from '../../kernel/calendar-date.ts';
import { centsFromInteger, zeroCents, type Cents } from '../../kernel/cents.ts';
import type { Period } from '../../kernel/period.ts';
import type { OpenBill } from './collection.allocation.rules.ts';
import type { DeferredBill } from './collection.bills.ts';
import { lateFeeAppliesTo } from './collection.late-fee.applies.ts';
import { deferralTermsOf } from './collection.deferrals.terms.ts';
import { deferredRanges, type DeferralTerm } from './collection.deferrals.rules.ts';
import { lateFeeRatesCache } from './collection.late-fee.ts';
import { lateFee } from './collection.late-fee.rules.ts';
import { payerColumns, payerKey, type CollectionScheme, type Payer } from './collection.model.ts';

/** What the writer needs of an open line beyond what allocation sees. */
export interface LineFacts {
  readonly personId: number;
  readonly scheme: CollectionScheme;
  readonly base: Cents;
  readonly employer: Cents;
  readonly employee: Cents;
  readonly accountCredit: Cents;
}

/** An open bill with everything the writer needs. */
export interface LoadedBill extends OpenBill {
  readonly period: Period;
  readonly region: string;
  readonly basis: 'declared' | 'undeclared' | 'back_payment';
  readonly employerId: number | null;
  readonly dueOn: CalendarDate;
  readonly facts: ReadonlyMap<string, LineFacts>;
  /** Arrears and days of the fee each line would carry (for the late_fees row). */
  readonly feeTerms: ReadonlyMap<string, { start: CalendarDate; end: CalendarDate; days: number }>;
  /**
   * Issued with `deferLines` in this transaction: its lines are not in bill_lines yet, so the
   * writer does not mark them paid; the issuer inserts them paid (`writeDeferredLines`).
   */
  readonly linesPending: boolean;
}

export const lineKey = (personId: number, scheme: string) => `${personId}:${scheme}`;

interface BillRowRaw {
  id: number;
  payer_kind: 'employer' | 'flexible';
  employer_id: number | null;
  person_id: number | null;
  period: string;
  region_code: string;
  kind: 'regular' | 'back_payment';
  basis: 'declared' | 'undeclared' | 'back_payment';
  due_on: string;
}

async function openBills(trx: Trx, payers: readonly Payer[]): Promise<BillRowRaw[]> {
  const cols = payers.map(payerColumns);
  const rows = await sql<BillRowRaw>`
    SELECT b.id, b.payer_kind, b.employer_id, b.person_id, b.period, b.region_code, b.kind, b.basis, b.due_on::text AS due_on
      FROM unnest(${cols.map((c) => c.payer_kind)}::text[], ${cols.map((c) => c.employer_id ?? 0)}::bigint[],
                  ${cols.map((c) => c.person_id ?? 0)}::bigint[]) AS u(payer_kind, employer_id, person_id)
      JOIN contribution_bills b ON b.payer_kind = u.payer_kind AND coalesce(b.employer_id, 0) = u.employer_id
                               AND coalesce(b.person_id, 0) = u.person_id
     WHERE b.status = 'open'
     ORDER BY b.id
       FOR UPDATE OF b`.execute(trx);
  return rows.rows.map((r) => ({ ...r, id: Number(r.id) }));
}

type LineRow = Awaited<ReturnType<typeof openLines>>[number];

async function openLines(trx: Trx, billIds: readonly number[]) {
  return (
    await sql<{
      bill_id: number;
      person_id: number;
      scheme: CollectionScheme;
      base_fen: number;
      employer_fen: number;
      employee_fen: number;
      account_credit_fen: number;
    }>`
    SELECT bill_id, person_id, scheme, base_fen, employer_fen, employee_fen, account_credit_fen
      FROM bill_lines WHERE bill_id = ANY(${billIds}::bigint[]) AND status = 'open'`.execute(trx)
  ).rows;
}

/** The lines of bills issued with `deferLines`, not written yet, as `openLines` would read them. */
function freshLines(fresh: readonly DeferredBill[]): LineRow[] {
  return fresh.flatMap(({ billId, assessment }) =>
    assessment.lines.map((l) => ({
      bill_id: billId,
      person_id: l.personId,
      scheme: l.scheme,
      base_fen: l.base,
      employer_fen: l.employer,
      employee_fen: l.employee,
      account_credit_fen: l.accountCredit,
    })),
  );
}

function byBill<T extends { bill_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const id = Number(r.bill_id);
    const list = out.get(id);
    if (list) list.push(r);
    else out.set(id, [r]);
  }
  return out;
}

async function openFees(trx: Trx, billIds: readonly number[]) {
  return (
    await sql<{ id: number; bill_id: number; person_id: number; scheme: CollectionScheme; open_fen: number }>`
    SELECT f.id, f.bill_id, f.person_id, f.scheme, f.fee_fen - f.paid_fen AS open_fen
      FROM late_fees f
      JOIN bill_lines l ON l.bill_id = f.bill_id AND l.person_id = f.person_id AND l.scheme = f.scheme
                       AND l.status = 'paid'
     WHERE f.bill_id = ANY(${billIds}::bigint[]) AND f.status = 'open' AND f.fee_fen > f.paid_fen`.execute(trx)
  ).rows;
}

const n = (v: number | string) => centsFromInteger(Number(v));

/**
 * Open bills of each payer, keyed by payerKey, with every line's late fee as if paid on `on`.
 * A fee accrued earlier on a line still open is not offered on its own: paying the line charges
 * the fee afresh on the payment date (replacing the accrued one). `fresh`: bills of this
 * transaction issued with `deferLines`, whose lines are taken from their assessments.
 */
export async function loadOpenBills(
  trx: Trx,
  payers: readonly Payer[],
  on: CalendarDate,
  fresh: readonly DeferredBill[] = [],
): Promise<Map<string, LoadedBill[]>> {
  const result = new Map<string, LoadedBill[]>(payers.map((p) => [payerKey(p), []]));
  if (payers.length === 0) return result;
  const bills = await openBills(trx, payers);
  if (bills.length === 0) return result;
  const ids = bills.map((b) => b.id);
  const pending = new Set(fresh.map((b) => b.billId));
  const loadedIds = new Set(ids);
  const lines = byBill([...(await openLines(trx, ids)), ...freshLines(fresh.filter((b) => loadedIds.has(b.billId)))]);
  const fees = byBill(await openFees(trx, ids));
  const rates = lateFeeRatesCache(trx);
  const employerIds = [...new Set(bills.flatMap((b) => (b.employer_id === null ? [] : [Number(b.employer_id)])))];
  const deferrals = await deferralTermsOf(trx, employerIds);
  // No late fee on a back payment the employer was not at fault for, nor on an extension (RULES §3).
  const feeBearing = await lateFeeAppliesTo(trx, ids);
  for (const bill of bills) {
    const terms = bill.employer_id === null ? [] : (deferrals.get(Number(bill.employer_id)) ?? []);
    const loaded = await loadedBill(bill, lines.get(bill.id) ?? [], fees.get(bill.id) ?? [], on, {
      rates: await rates(bill.region_code),
      terms,
      charges: feeBearing.has(bill.id),
      linesPending: pending.has(bill.id),
    });
    const key = bill.payer_kind === 'employer' ? `employer:${bill.employer_id}` : `flexible:${bill.person_id}`;
    result.get(key)?.push(loaded);
  }
  return result;
}

async function loadedBill(
  bill: BillRowRaw,
  lines: readonly LineRow[],
  fees: Awaited<ReturnType<typeof openFees>>,
  on: CalendarDate,
  policy: {
    rates: Awaited<ReturnType<ReturnType<typeof lateFeeRatesCache>>>;
    terms: DeferralTerm[];
    charges: boolean;
    linesPending: boolean;
  },
): Promise<LoadedBill> {
  const period = bill.period as Period;
  const late = policy.charges && compareDates(bill.due_on as CalendarDate, on) < 0;
  const facts = new Map<string, LineFacts>();
  const feeTerms = new Map<string, { start: CalendarDate; end: CalendarDate; days: number }>();
  const open = lines.map((l) => {
    const amount = n(Number(l.employer_fen) + Number(l.employee_fen));
    const key = lineKey(Number(l.person_id), l.scheme);
    facts.set(key, {
      personId: Number(l.person_id),
      scheme: l.scheme,
      base: n(l.base_fen),
      employer: n(l.employer_fen),
      employee: n(l.employee_fen),
      accountCredit: n(l.account_credit_fen),
    });
    let fee: Cents = zeroCents;
    if (late && amount > 0) {
      const r = lateFee({
        arrears: amount,
        period,
        assessedOn: on,
        rates: policy.rates,
        deferred: deferredRanges(policy.terms, period),
      });
      fee = r.fee;
      feeTerms.set(key, { start: r.start, end: r.end, days: r.days });
    }
    return { personId: Number(l.person_id), scheme: l.scheme, amount, lateFee: fee };
  });
  return {
    billId: bill.id,
    period,
    kind: bill.kind,
    region: bill.region_code,
    basis: bill.basis,
    employerId: bill.employer_id === null ? null : Number(bill.employer_id),
    dueOn: bill.due_on as CalendarDate,
    lines: open,
    fees: fees.map((f) => ({
      lateFeeId: Number(f.id),
      personId: Number(f.person_id),
      scheme: f.scheme,
      amount: n(f.open_fen),
    })),
    facts,
    feeTerms,
    linesPending: policy.linesPending,
  };
}
