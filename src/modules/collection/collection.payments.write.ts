/**
 * Writes what allocation decided, for any number of payers at once, set-based: the late fees
 * charged, the contribution months through `postContributions` (≤ 5,000 per call: it marks the
 * rights records paid), the other postings through `postEntries` (credit applied, late fees, held
 * credit, and the bills' receivables cleared by what was paid), then allocations, lines, fees,
 * bills and credit movements with one statement each (per chunk).
 */
import { sql } from 'kysely';
import type { Trx } from '../../db/connection.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { Clock } from '../../kernel/clock.ts';
import { addCents, negateCents, zeroCents, type Cents } from '../../kernel/cents.ts';
import {
  contributionKey,
  postContributions,
  postEntries,
  type ContributionItem,
  type Fund,
  type PostingRequest,
} from '../ledger/index.ts';
import type { Allocation, AllocationResult } from './collection.allocation.rules.ts';
import { billLineKey, COLLECTION_CHUNK, reserveIds, type LinePayment } from './collection.bills.ts';
import { settledReceivablePostings, type BillSettlement } from './collection.bills.receivables.ts';
import { payerColumns, type Payer } from './collection.model.ts';
import { lineKey, type LoadedBill } from './collection.payments.open.ts';
import {
  COLLECTION_SOURCE,
  creditAppliedPosting,
  heldCreditPosting,
  lateFeePaidPosting,
} from './collection.postings.ts';

export type SettlementSource =
  | { readonly kind: 'payment'; readonly paymentId: number; readonly paymentNo: string }
  | { readonly kind: 'credit'; readonly creditId: number };

/** One payer's money (a payment, or its credit) allocated, ready to write. */
export interface Settlement {
  readonly payer: Payer;
  readonly region: string;
  readonly on: CalendarDate;
  readonly source: SettlementSource;
  readonly bills: ReadonlyMap<number, LoadedBill>;
  readonly result: AllocationResult;
}

const sourceKey = (s: SettlementSource) => (s.kind === 'payment' ? `payment:${s.paymentId}` : `credit:${s.creditId}`);

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += COLLECTION_CHUNK) out.push(items.slice(i, i + COLLECTION_CHUNK));
  return out;
}

/** Inserts (or re-assesses an accrued, unpaid) late fee per line paid late; returns ids by fee key. */
async function chargeFees(trx: Trx, now: Date, settlements: readonly Settlement[]): Promise<Map<string, number>> {
  const rows = settlements.flatMap((s) =>
    s.result.charged.map((c) => ({ c, terms: s.bills.get(c.billId)!.feeTerms.get(lineKey(c.personId, c.scheme))! })),
  );
  const ids = new Map<string, number>();
  for (const chunk of chunks(rows)) {
    const col = <T>(f: (r: (typeof rows)[number]) => T) => chunk.map(f);
    const result = await sql<{ id: number; bill_id: number; person_id: number; scheme: string }>`
      INSERT INTO late_fees (bill_id, person_id, scheme, arrears_fen, start_on, end_on, days, fee_fen, charged_at)
      SELECT u.*, ${now}::timestamptz
        FROM unnest(${col((r) => r.c.billId)}::bigint[], ${col((r) => r.c.personId)}::bigint[],
                    ${col((r) => r.c.scheme)}::text[], ${col((r) => r.c.arrears)}::bigint[],
                    ${col((r) => r.terms.start)}::date[], ${col((r) => r.terms.end)}::date[],
                    ${col((r) => r.terms.days)}::int[], ${col((r) => r.c.fee)}::bigint[]) AS u
      ON CONFLICT (bill_id, person_id, scheme) DO UPDATE
         SET arrears_fen = excluded.arrears_fen, start_on = excluded.start_on, end_on = excluded.end_on,
             days = excluded.days, fee_fen = excluded.fee_fen, charged_at = excluded.charged_at
       WHERE late_fees.status = 'open' AND late_fees.paid_fen = 0
      RETURNING id, bill_id, person_id, scheme`.execute(trx);
    for (const r of result.rows) ids.set(billLineKey(Number(r.bill_id), Number(r.person_id), r.scheme), Number(r.id));
  }
  return ids;
}

function contributionItem(s: Settlement, a: Allocation & { kind: 'line' }): ContributionItem {
  const bill = s.bills.get(a.billId)!;
  const f = bill.facts.get(lineKey(a.personId, a.scheme))!;
  return {
    personId: a.personId,
    employerId: bill.employerId,
    scheme: a.scheme,
    period: bill.period,
    region: bill.region,
    base: f.base,
    employerAmount: f.employer,
    employeeAmount: f.employee,
    accountCredit: f.accountCredit,
    paidOn: s.on,
    status: bill.kind === 'back_payment' ? 'back_paid' : 'paid',
    source: bill.basis === 'declared' ? 'declaration' : bill.basis === 'undeclared' ? 'assessment_110' : 'back_payment',
    sourceRef: `bill:${a.billId}`,
  };
}

/** Books the contribution months; returns entry ids by contribution key. */
async function postMonths(
  trx: Trx,
  clock: Clock,
  settlements: readonly Settlement[],
  requestedBy: number | undefined,
): Promise<Map<string, number>> {
  const items = settlements.flatMap((s) =>
    s.result.allocations.flatMap((a) => (a.kind === 'line' ? [contributionItem(s, a)] : [])),
  );
  const ids = new Map<string, number>();
  for (const chunk of chunks(items)) {
    const result = await postContributions(trx, clock, chunk, {
      sourceModule: COLLECTION_SOURCE,
      ...(requestedBy === undefined ? {} : { requestedBy }),
    });
    for (const e of result.entries) ids.set(e.idempotencyKey, e.id);
  }
  return ids;
}

/** What the settlement paid of each bill's lines, for clearing the bills' receivables. */
function billsSettled(s: Settlement): BillSettlement[] {
  const byBill = new Map<number, BillSettlement & { lines: Array<{ scheme: Fund; amount: Cents }> }>();
  for (const a of s.result.allocations) {
    if (a.kind !== 'line') continue;
    const bill = s.bills.get(a.billId)!;
    const settled = byBill.get(a.billId) ?? {
      billId: a.billId,
      payerKind: s.payer.kind,
      region: bill.region,
      period: bill.period,
      sourceKey: sourceKey(s.source),
      on: s.on,
      lines: [],
    };
    settled.lines.push({ scheme: a.scheme, amount: a.amount });
    byBill.set(a.billId, settled);
  }
  return [...byBill.values()];
}

/** The credit-applied, late-fee, held-credit and receivable-clearing entries of the settlements. */
function otherPostings(s: Settlement, feeIds: ReadonlyMap<string, number>): PostingRequest[] {
  const out: PostingRequest[] = [];
  const payerKind = s.payer.kind;
  if (s.source.kind === 'credit' && s.result.allocated > 0)
    out.push(
      creditAppliedPosting({
        payerKind,
        region: s.region,
        amount: s.result.allocated,
        on: s.on,
        creditId: s.source.creditId,
      }),
    );
  for (const a of s.result.allocations) {
    if (a.kind !== 'late_fee') continue;
    const bill = s.bills.get(a.billId)!;
    out.push(
      lateFeePaidPosting({
        lateFeeId: a.lateFeeId ?? feeIds.get(billLineKey(a.billId, a.personId, a.scheme))!,
        allocationKey: sourceKey(s.source),
        fund: a.scheme,
        region: bill.region,
        amount: a.amount,
        on: s.on,
        billId: a.billId,
        period: bill.period,
      }),
    );
  }
  out.push(...settledReceivablePostings(billsSettled(s)));
  if (s.source.kind === 'payment' && s.result.held > 0)
    out.push(
      heldCreditPosting({
        payerKind,
        region: s.region,
        amount: s.result.held,
        on: s.on,
        paymentId: s.source.paymentId,
        paymentNo: s.source.paymentNo,
      }),
    );
  return out;
}

async function postOthers(
  trx: Trx,
  clock: Clock,
  requests: readonly PostingRequest[],
  requestedBy: number | undefined,
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const chunk of chunks(requests)) {
    const entries = await postEntries(trx, clock, chunk, {
      source: COLLECTION_SOURCE,
      ...(requestedBy === undefined ? {} : { requestedBy }),
    });
    for (const e of entries) ids.set(e.idempotencyKey, e.id);
  }
  return ids;
}

interface AllocationRow {
  paymentId: number | null;
  creditId: number | null;
  billId: number | null;
  /** The line's bill was issued with `deferLines`: its line is inserted paid by the issuer. */
  linePending: boolean;
  lateFeeId: number | null;
  personId: number;
  scheme: string;
  amount: Cents;
  entryId: number;
  on: CalendarDate;
}

/** Every allocation of the settlements with its entry. */
function allocationRows(
  settlements: readonly Settlement[],
  feeIds: ReadonlyMap<string, number>,
  entryIds: ReadonlyMap<string, number>,
): AllocationRow[] {
  return settlements.flatMap((s) =>
    s.result.allocations.map((a) => {
      const bill = s.bills.get(a.billId)!;
      const lateFeeId =
        a.kind === 'late_fee' ? (a.lateFeeId ?? feeIds.get(billLineKey(a.billId, a.personId, a.scheme))!) : null;
      const key =
        a.kind === 'line'
          ? contributionKey({
              sourceRef: `bill:${a.billId}`,
              personId: a.personId,
              scheme: a.scheme,
              period: bill.period,
            })
          : `collection:latefee:${lateFeeId}:${sourceKey(s.source)}`;
      return {
        paymentId: s.source.kind === 'payment' ? s.source.paymentId : null,
        creditId: s.source.kind === 'credit' ? s.source.creditId : null,
        billId: a.kind === 'line' ? a.billId : null,
        linePending: a.kind === 'line' && bill.linesPending,
        lateFeeId,
        personId: a.personId,
        scheme: a.scheme,
        amount: a.amount,
        entryId: entryIds.get(key)!,
        on: s.on,
      };
    }),
  );
}

/**
 * Inserts the allocations and marks paid what they paid: the lines (except those still pending,
 * which their issuer inserts paid) and the late fees.
 */
async function writeAllocations(trx: Trx, now: Date, rows: readonly AllocationRow[]): Promise<void> {
  for (const chunk of chunks(rows)) {
    const col = <T>(f: (r: AllocationRow) => T) => chunk.map(f);
    await sql`
      INSERT INTO payment_allocations (payment_id, credit_id, bill_id, person_id, scheme, late_fee_id, amount_fen,
                                       entry_id, allocated_at)
      SELECT u.*, ${now}::timestamptz
        FROM unnest(${col((r) => r.paymentId)}::bigint[], ${col((r) => r.creditId)}::bigint[],
                    ${col((r) => r.billId)}::bigint[], ${col((r) => r.personId)}::bigint[],
                    ${col((r) => r.scheme)}::text[], ${col((r) => r.lateFeeId)}::bigint[],
                    ${col((r) => r.amount)}::bigint[], ${col((r) => r.entryId)}::bigint[]) AS u`.execute(trx);
    const lines = chunk.filter((r) => r.billId !== null && !r.linePending);
    if (lines.length > 0)
      await sql`
        UPDATE bill_lines l SET status = 'paid', payment_id = u.payment_id, entry_id = u.entry_id, paid_on = u.paid_on
          FROM unnest(${lines.map((r) => r.billId)}::bigint[], ${lines.map((r) => r.personId)}::bigint[],
                      ${lines.map((r) => r.scheme)}::text[], ${lines.map((r) => r.paymentId)}::bigint[],
                      ${lines.map((r) => r.entryId)}::bigint[], ${lines.map((r) => r.on)}::date[])
               AS u(bill_id, person_id, scheme, payment_id, entry_id, paid_on)
         WHERE l.bill_id = u.bill_id AND l.person_id = u.person_id AND l.scheme = u.scheme`.execute(trx);
    const fees = chunk.filter((r) => r.lateFeeId !== null);
    if (fees.length > 0)
      await sql`
        UPDATE late_fees f SET paid_fen = f.paid_fen + u.amount,
               status = CASE WHEN f.paid_fen + u.amount >= f.fee_fen THEN 'paid' ELSE 'open' END
          FROM unnest(${fees.map((r) => r.lateFeeId)}::bigint[], ${fees.map((r) => r.amount)}::bigint[]) AS u(id, amount)
         WHERE f.id = u.id`.execute(trx);
  }
}

/** Adds what each bill's lines received; a bill whose lines are all paid becomes 'paid'. */
async function updateBills(trx: Trx, rows: readonly AllocationRow[]): Promise<void> {
  const byBill = new Map<number, Cents>();
  for (const r of rows)
    if (r.billId !== null) byBill.set(r.billId, addCents(byBill.get(r.billId) ?? zeroCents, r.amount));
  if (byBill.size === 0) return;
  await sql`
    UPDATE contribution_bills b SET paid_fen = b.paid_fen + u.amount,
           status = CASE WHEN b.paid_fen + u.amount = b.total_fen THEN 'paid' ELSE b.status END
      FROM unnest(${[...byBill.keys()]}::bigint[], ${[...byBill.values()]}::bigint[]) AS u(id, amount)
     WHERE b.id = u.id`.execute(trx);
}

/** The credit movements: money held (+) by payments, credit applied (−) with its reserved id. */
interface CreditRow {
  id: number | null;
  payer_kind: string;
  employer_id: number | null;
  person_id: number | null;
  region: string;
  movement: 'held' | 'applied';
  amount: Cents;
  paymentId: number | null;
  entryId: number;
}

async function writeCredits(trx: Trx, now: Date, settlements: readonly Settlement[], entryIds: Map<string, number>) {
  const rows = settlements.flatMap((s): CreditRow[] => {
    const cols = payerColumns(s.payer);
    if (s.source.kind === 'payment' && s.result.held > 0)
      return [
        {
          id: null,
          ...cols,
          region: s.region,
          movement: 'held',
          amount: s.result.held,
          paymentId: s.source.paymentId,
          entryId: entryIds.get(`collection:held:${s.source.paymentId}`)!,
        },
      ];
    if (s.source.kind === 'credit' && s.result.allocated > 0)
      return [
        {
          id: s.source.creditId,
          ...cols,
          region: s.region,
          movement: 'applied',
          amount: negateCents(s.result.allocated),
          paymentId: null,
          entryId: entryIds.get(`collection:apply:${s.source.creditId}`)!,
        },
      ];
    return [];
  });
  if (rows.length === 0) return;
  const ids = await reserveIds(trx, 'payer_credits', rows.filter((r) => r.id === null).length);
  let next = 0;
  const withIds = rows.map((r) => ({ ...r, id: r.id ?? ids[next++]! }));
  for (const chunk of chunks(withIds)) {
    const col = <T>(f: (r: (typeof withIds)[number]) => T) => chunk.map(f);
    await sql`
      INSERT INTO payer_credits (id, payer_kind, employer_id, person_id, region_code, movement, amount_fen, payment_id,
                                 entry_id, at)
      OVERRIDING SYSTEM VALUE
      SELECT u.*, ${now}::timestamptz
        FROM unnest(${col((r) => r.id)}::bigint[], ${col((r) => r.payer_kind)}::text[],
                    ${col((r) => r.employer_id)}::bigint[], ${col((r) => r.person_id)}::bigint[],
                    ${col((r) => r.region)}::text[], ${col((r) => r.movement)}::text[], ${col((r) => r.amount)}::bigint[],
                    ${col((r) => r.paymentId)}::bigint[], ${col((r) => r.entryId)}::bigint[]) AS u`.execute(trx);
  }
}

export interface WriteSettlementsOptions {
  /** The staff member the postings are requested by (ledger). */
  readonly requestedBy?: number | undefined;
}

/**
 * Writes the settlements (all or nothing with the caller's transaction); returns how each line
 * paid was paid, by `billLineKey`.
 */
export async function writeSettlements(
  trx: Trx,
  clock: Clock,
  settlements: readonly Settlement[],
  options: WriteSettlementsOptions = {},
): Promise<Map<string, LinePayment>> {
  const { requestedBy } = options;
  const now = clock.now();
  const feeIds = await chargeFees(trx, now, settlements);
  const monthIds = await postMonths(trx, clock, settlements, requestedBy);
  const otherIds = await postOthers(
    trx,
    clock,
    settlements.flatMap((s) => otherPostings(s, feeIds)),
    requestedBy,
  );
  const entryIds = new Map([...monthIds, ...otherIds]);
  const rows = allocationRows(settlements, feeIds, entryIds);
  await writeAllocations(trx, now, rows);
  await updateBills(trx, rows);
  await writeCredits(trx, now, settlements, entryIds);
  return new Map(
    rows.flatMap((r) =>
      r.billId === null
        ? []
        : [[billLineKey(r.billId, r.personId, r.scheme), { paymentId: r.paymentId, entryId: r.entryId, paidOn: r.on }]],
    ),
  );
}
