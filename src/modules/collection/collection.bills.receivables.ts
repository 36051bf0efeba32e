/**
 * Bills in the ledger (collection.postings.ts): a bill issued books what it owes per fund as the
 * payer's receivable, a replaced bill takes it out again, and the lines a payment or held credit
 * pays clear it. Set-based: one ledger call per ≤ 5,000 entries, whatever the number of bills.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { Clock } from '../../kernel/clock.ts';
import { addCents, centsFromInteger, zeroCents, type Cents } from '../../kernel/cents.ts';
import type { Period } from '../../kernel/period.ts';
import { postEntries, type Fund, type PostingRequest } from '../ledger/index.ts';
import type { AssessedLine, PayerKind } from './collection.model.ts';
import {
  billCancelledPosting,
  billIssuedPosting,
  billSettledPosting,
  COLLECTION_SOURCE,
  type FundAmounts,
} from './collection.postings.ts';

type Trx = Transaction<Database>;

/** Most entries per ledger call (the journal books at most 5,000 a batch). */
const ENTRIES_PER_CALL = 5_000;

/** Books the requests in batches the journal accepts. */
export async function postInChunks(
  trx: Trx,
  clock: Clock,
  requests: readonly PostingRequest[],
  requestedBy: number | undefined,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let i = 0; i < requests.length; i += ENTRIES_PER_CALL) {
    const entries = await postEntries(trx, clock, requests.slice(i, i + ENTRIES_PER_CALL), {
      source: COLLECTION_SOURCE,
      ...(requestedBy === undefined ? {} : { requestedBy }),
    });
    for (const e of entries) ids.set(e.idempotencyKey, e.id);
  }
  return ids;
}

/** Employer + employee of lines, per fund. */
export function amountsByFund(
  lines: ReadonlyArray<Pick<AssessedLine, 'scheme' | 'employer' | 'employee'>>,
): FundAmounts {
  const amounts = new Map<Fund, Cents>();
  for (const l of lines)
    amounts.set(l.scheme, addCents(amounts.get(l.scheme) ?? zeroCents, addCents(l.employer, l.employee)));
  return amounts;
}

/** A bill as its receivable posting needs it. */
export interface ReceivableBill {
  readonly billId: number;
  readonly billNo: string;
  readonly payerKind: PayerKind;
  readonly region: string;
  readonly period: Period;
  readonly amounts: FundAmounts;
}

/** A bill's owed amount in one fund, as the queries over its lines read it. */
export interface OwedRow {
  readonly id: number | string;
  readonly bill_no: string;
  readonly payer_kind: PayerKind;
  readonly region_code: string;
  readonly period: Period;
  readonly scheme: Fund;
  readonly owed: number | string;
}

/** The bills of `rows` (ordered by bill), each with what it owes per fund. */
export function receivableBillsOf(rows: readonly OwedRow[]): ReceivableBill[] {
  const bills = new Map<number, ReceivableBill & { amounts: Map<Fund, Cents> }>();
  for (const r of rows) {
    const id = Number(r.id);
    const bill = bills.get(id) ?? {
      billId: id,
      billNo: r.bill_no,
      payerKind: r.payer_kind,
      region: r.region_code,
      period: r.period,
      amounts: new Map<Fund, Cents>(),
    };
    bill.amounts.set(r.scheme, centsFromInteger(Number(r.owed)));
    bills.set(id, bill);
  }
  return [...bills.values()];
}

/** Books the receivables of newly issued bills. */
export async function postIssuedReceivables(
  trx: Trx,
  clock: Clock,
  bills: readonly ReceivableBill[],
  requestedBy: number | undefined,
): Promise<void> {
  const requests = bills.flatMap((b) => billIssuedPosting(b) ?? []);
  await postInChunks(trx, clock, requests, requestedBy);
}

/** Takes out the receivables of bills just cancelled (unpaid: every line still owed). One query. */
export async function postCancelledReceivables(
  trx: Trx,
  clock: Clock,
  billIds: readonly number[],
  requestedBy: number | undefined,
): Promise<void> {
  if (billIds.length === 0) return;
  const { rows } = await sql<OwedRow>`
    SELECT b.id, b.bill_no, b.payer_kind, b.region_code, b.period, l.scheme,
           sum(l.employer_fen + l.employee_fen)::bigint AS owed
      FROM contribution_bills b JOIN bill_lines l ON l.bill_id = b.id
     WHERE b.id = ANY(${[...billIds]}::bigint[])
     GROUP BY b.id, b.bill_no, b.payer_kind, b.region_code, b.period, l.scheme
     ORDER BY b.id`.execute(trx);
  const requests = receivableBillsOf(rows).flatMap((b) => billCancelledPosting(b) ?? []);
  await postInChunks(trx, clock, requests, requestedBy);
}

/** What one payment (or one application of credit) paid of one bill's lines. */
export interface BillSettlement {
  readonly billId: number;
  readonly payerKind: PayerKind;
  readonly region: string;
  readonly period: Period;
  readonly sourceKey: string;
  readonly on: CalendarDate;
  readonly lines: ReadonlyArray<{ readonly scheme: Fund; readonly amount: Cents }>;
}

/** The postings that clear what the settlements paid, one per bill and source. */
export function settledReceivablePostings(settled: readonly BillSettlement[]): PostingRequest[] {
  return settled.flatMap((s) => {
    const amounts = new Map<Fund, Cents>();
    for (const l of s.lines) amounts.set(l.scheme, addCents(amounts.get(l.scheme) ?? zeroCents, l.amount));
    return billSettledPosting({ ...s, amounts }) ?? [];
  });
}
