/**
 * 缴款 (payments): money received from a payer through the bank side (the window, a bank's or the
 * tax bureau's payment file; never the payer's own word), allocated at once to its open amounts (oldest
 * first, or the named bills; collection.allocation.rules.ts), late fees charged on lines paid
 * after their due date, the rest held as the payer's credit. `applyCredits` (month close) spends
 * held credit the same way. Everything runs in the caller's transaction, all or nothing.
 */
import { sql } from 'kysely';
import type { Db, Trx } from '../../db/connection.ts';
import { compareDates, today, type CalendarDate } from '../../kernel/calendar-date.ts';
import { centsFromInteger, type Cents } from '../../kernel/cents.ts';
import { appendAudit, systemActor, type AuditActor } from '../audit/index.ts';
import { allocate, type AllocationResult } from './collection.allocation.rules.ts';
import { reserveIds, type CollectionClockContext, type DeferredBill, type LinePayment } from './collection.bills.ts';
import { documentNo, payerColumns, payerKey, payerOf, type Payer } from './collection.model.ts';
import { matchNoticeOf } from './collection.payment-notices.ts';
import { loadOpenBills, type LoadedBill } from './collection.payments.open.ts';
import { rejectPayment } from './collection.payments.rejections.ts';
import { writeSettlements, type Settlement } from './collection.payments.write.ts';
import { employerPoolingRegion, personPoolingRegion } from '../registration/index.ts';

/**
 * Where money is received. The payments table also holds `api` rows, recorded by the withdrawn
 * payroll route that took an employer's word for money; nothing records one any more.
 */
export type PaymentChannel = 'window' | 'bank_file' | 'tax_file';

export interface PaymentInput {
  readonly payer: Payer;
  readonly amount: Cents;
  readonly receivedOn: CalendarDate;
  readonly channel: PaymentChannel;
  readonly reference: string;
  readonly billIds?: readonly number[] | undefined;
  readonly paymentFileId?: number | undefined;
}

/** How a payment met the open amounts (the reconciliation report's verdict). */
export type PaymentMatch = 'matched' | 'over_paid' | 'under_paid' | 'unmatched';

export interface RecordedPayment {
  readonly id: number;
  readonly paymentNo: string;
  readonly payer: Payer;
  readonly amount: Cents;
  readonly allocated: Cents;
  readonly held: Cents;
  readonly linesPaid: number;
  readonly lateFeesCharged: Cents;
  readonly linesLeftOpen: number;
  readonly billsPaid: readonly number[];
  readonly match: PaymentMatch;
  /** The employer's payment notice this payment answered (same reference and amount), if any. */
  readonly noticeNo: string | null;
}

/** The pooling region of a payer: the employer's; a flexible worker's latest bill's, else enrolment's. */
export async function payerRegion(trx: Trx, payer: Payer): Promise<string> {
  if (payer.kind === 'employer') {
    const region = await employerPoolingRegion(trx, payer.employerId);
    if (region === undefined) throw rejectPayment('collection_payer_not_found', { employerId: payer.employerId });
    return region;
  }
  const bill = await trx
    .selectFrom('contribution_bills')
    .select('region_code')
    .where('person_id', '=', payer.personId)
    .orderBy('period', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (bill) return bill.region_code;
  const region = await personPoolingRegion(trx, payer.personId, 'latest');
  if (region === undefined) throw rejectPayment('collection_payer_not_found', { personId: payer.personId });
  return region;
}

function checkInput(ctx: CollectionClockContext, input: PaymentInput): void {
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0) throw rejectPayment('collection_amount_invalid');
  if (compareDates(input.receivedOn, today(ctx.clock)) > 0) throw rejectPayment('collection_received_in_future');
}

/** Refuses a repeated (channel, reference); the recorded payment's number only when it is the same payer's. */
async function refuseDuplicate(trx: Trx, payer: Payer, channel: PaymentChannel, reference: string): Promise<void> {
  const found = await trx
    .selectFrom('payments')
    .select(['payment_no', 'payer_kind', 'employer_id', 'person_id'])
    .where('channel', '=', channel)
    .where('reference', '=', reference)
    .executeTakeFirst();
  if (!found) return;
  const same = payerKey(payerOf(found)) === payerKey(payer);
  throw rejectPayment('collection_payment_duplicate', {
    channel,
    reference,
    ...(same ? { paymentNo: found.payment_no } : {}),
  });
}

function checkNamedBills(bills: readonly LoadedBill[], billIds: readonly number[] | undefined): void {
  if (!billIds) return;
  const open = new Set(bills.map((b) => b.billId));
  const foreign = billIds.filter((id) => !open.has(id));
  if (foreign.length > 0) throw rejectPayment('collection_bill_not_of_payer', { billIds: foreign });
}

/** The verdict of an allocation against what was open. */
export function matchOf(
  bills: readonly LoadedBill[],
  result: AllocationResult,
  billIds?: readonly number[],
): PaymentMatch {
  const considered = billIds ? bills.filter((b) => billIds.includes(b.billId)) : bills;
  const openItems = considered.reduce((n, b) => n + b.lines.filter((l) => l.amount > 0).length + b.fees.length, 0);
  if (openItems === 0) return 'unmatched';
  const paidLines = result.allocations.filter((a) => a.kind === 'line').length;
  const openLines = considered.reduce((n, b) => n + b.lines.filter((l) => l.amount > 0).length, 0);
  const paidFees = result.allocations.length - paidLines;
  const feesDue = result.charged.length + considered.reduce((n, b) => n + b.fees.length, 0);
  if (paidLines < openLines || paidFees < feesDue) return 'under_paid';
  return result.held > 0 ? 'over_paid' : 'matched';
}

/**
 * Records a payment and allocates it. Refuses a non-positive amount, a date in the future, a
 * repeated (channel, reference) and named bills that are not the payer's open bills. Audited on
 * the employer or the flexible worker; an employer's open payment notice with the same reference
 * and amount is matched to it.
 */
export async function recordPayment(
  trx: Trx,
  ctx: CollectionClockContext,
  input: PaymentInput,
  recordedBy: string,
  actor: AuditActor = systemActor,
): Promise<RecordedPayment> {
  checkInput(ctx, input);
  const region = await payerRegion(trx, input.payer);
  await refuseDuplicate(trx, input.payer, input.channel, input.reference);
  const bills = (await loadOpenBills(trx, [input.payer], input.receivedOn)).get(payerKey(input.payer)) ?? [];
  checkNamedBills(bills, input.billIds);
  const result = allocate({ bills, amount: input.amount, billIds: input.billIds });
  const [id] = await reserveIds(trx, 'payments', 1);
  const paymentNo = documentNo('payment', input.receivedOn.replaceAll('-', ''), id!);
  const cols = payerColumns(input.payer);
  // A twin (same channel and reference) recorded at the same instant passed refuseDuplicate too:
  // this insert waits on its unique key, and once the twin commits inserts nothing, so the
  // payment is refused as a duplicate (rolled back whole) instead of failing on the index.
  const inserted = await sql<{ id: string }>`
    INSERT INTO payments (id, payment_no, payer_kind, employer_id, person_id, region_code, amount_fen, received_on,
                          channel, reference, payment_file_id, allocated_fen, held_fen, recorded_at, recorded_by)
    OVERRIDING SYSTEM VALUE
    VALUES (${id}, ${paymentNo}, ${cols.payer_kind}, ${cols.employer_id}, ${cols.person_id}, ${region},
            ${input.amount}, ${input.receivedOn}, ${input.channel}, ${input.reference}, ${input.paymentFileId ?? null},
            ${result.allocated}, ${result.held}, ${ctx.clock.now()}, ${recordedBy})
    ON CONFLICT (channel, reference) DO NOTHING
    RETURNING id`.execute(trx);
  if (inserted.rows.length === 0) {
    await refuseDuplicate(trx, input.payer, input.channel, input.reference);
    throw new Error(`payments: (${input.channel}, ${input.reference}) conflicted but is not recorded`);
  }
  const settlement: Settlement = {
    payer: input.payer,
    region,
    on: input.receivedOn,
    source: { kind: 'payment', paymentId: id!, paymentNo },
    bills: new Map(bills.map((b) => [b.billId, b])),
    result,
  };
  await writeSettlements(trx, ctx.clock, [settlement], {
    requestedBy: actor.kind === 'staff' ? (actor.id ?? undefined) : undefined,
  });
  const recorded = summary(id!, paymentNo, input, bills, result);
  await appendAudit(trx, ctx.clock, actor, {
    action: 'collection.payment.record',
    entity: input.payer.kind === 'employer' ? 'employer' : 'person',
    entityId: input.payer.kind === 'employer' ? input.payer.employerId : input.payer.personId,
    details: {
      paymentId: id,
      paymentNo,
      amountFen: input.amount,
      allocatedFen: result.allocated,
      heldFen: result.held,
      channel: input.channel,
      reference: input.reference,
      match: recorded.match,
      ...(input.paymentFileId === undefined ? {} : { paymentFileId: input.paymentFileId }),
    },
  });
  // After the audit append, which holds the audit head: see collection.payment-notices.ts.
  const noticeNo =
    input.payer.kind === 'employer'
      ? await matchNoticeOf(trx, ctx.clock, actor, {
          id: id!,
          paymentNo,
          employerId: input.payer.employerId,
          reference: input.reference,
          amount: input.amount,
        })
      : null;
  return { ...recorded, noticeNo };
}

function summary(
  id: number,
  paymentNo: string,
  input: PaymentInput,
  bills: readonly LoadedBill[],
  result: AllocationResult,
): Omit<RecordedPayment, 'noticeNo'> {
  const linesPaid = result.allocations.filter((a) => a.kind === 'line');
  const paidByBill = new Map<number, number>();
  for (const a of linesPaid) paidByBill.set(a.billId, (paidByBill.get(a.billId) ?? 0) + 1);
  const billsPaid = bills
    .filter((b) => paidByBill.get(b.billId) === b.lines.filter((l) => l.amount > 0).length && paidByBill.has(b.billId))
    .map((b) => b.billId);
  const openLines = bills.reduce((n, b) => n + b.lines.filter((l) => l.amount > 0).length, 0);
  return {
    id,
    paymentNo,
    payer: input.payer,
    amount: input.amount,
    allocated: result.allocated,
    held: result.held,
    linesPaid: linesPaid.length,
    lateFeesCharged: centsFromInteger(result.charged.reduce((s, c) => s + c.fee, 0)),
    linesLeftOpen: openLines - linesPaid.length,
    billsPaid,
    match: matchOf(bills, result, input.billIds),
  };
}

/** Each payer's credit balance (Σ movements), for the payers given (all with a balance when omitted). */
export async function creditBalances(db: Trx | Db, payers?: readonly Payer[]): Promise<Map<string, Cents>> {
  const cols = (payers ?? []).map(payerColumns);
  const rows = await sql<{ payer_kind: string; employer_id: number | null; person_id: number | null; balance: string }>`
    SELECT c.payer_kind, c.employer_id, c.person_id, sum(c.amount_fen)::text AS balance
      FROM payer_credits c
     WHERE ${payers === undefined}
        OR (c.payer_kind, coalesce(c.employer_id, 0), coalesce(c.person_id, 0)) IN (
             SELECT * FROM unnest(${cols.map((c) => c.payer_kind)}::text[], ${cols.map((c) => c.employer_id ?? 0)}::bigint[],
                                  ${cols.map((c) => c.person_id ?? 0)}::bigint[]))
     GROUP BY 1, 2, 3`.execute(db);
  return new Map(
    rows.rows.map((r) => [
      r.payer_kind === 'employer' ? `employer:${r.employer_id}` : `flexible:${r.person_id}`,
      centsFromInteger(Number(r.balance)),
    ]),
  );
}

export interface ApplyCreditsResult {
  readonly payers: number;
  readonly applied: Cents;
  readonly linesPaid: number;
  /** How each line paid was paid, by `billLineKey`. */
  readonly paidLines: ReadonlyMap<string, LinePayment>;
}

const nothingApplied = (): ApplyCreditsResult => ({
  payers: 0,
  applied: centsFromInteger(0),
  linesPaid: 0,
  paidLines: new Map(),
});

export interface ApplyCreditsOptions {
  readonly actor?: AuditActor;
  /**
   * Bills of this transaction issued with `deferLines`: their lines are taken from their
   * assessments and left for the caller to insert (`writeDeferredLines` with `paidLines`).
   */
  readonly fresh?: readonly DeferredBill[];
}

/**
 * Spends the payers' held credit on their open amounts as of `asOf` (month close: "post what was
 * collected"), with the allocation rules of a payment; late fees are assessed on `asOf`. Loads and
 * writes set-based for all payers given (the caller chunks its payers; the ledger calls are
 * chunked here at ≤ 5,000 items). A payer whose credit pays nothing is left alone.
 */
export async function applyCredits(
  trx: Trx,
  ctx: CollectionClockContext,
  payers: readonly Payer[],
  asOf: CalendarDate,
  options: ApplyCreditsOptions = {},
): Promise<ApplyCreditsResult> {
  const balances = await creditBalances(trx, payers);
  const withCredit = payers.filter((p) => (balances.get(payerKey(p)) ?? 0) > 0);
  if (withCredit.length === 0) return nothingApplied();
  const open = await loadOpenBills(trx, withCredit, asOf, options.fresh);
  const planned = withCredit
    .map((payer) => {
      const bills = open.get(payerKey(payer)) ?? [];
      return { payer, bills, result: allocate({ bills, amount: balances.get(payerKey(payer))! }) };
    })
    .filter((p) => p.result.allocated > 0);
  if (planned.length === 0) return nothingApplied();
  const creditIds = await reserveIds(trx, 'payer_credits', planned.length);
  const settlements: Settlement[] = planned.map((p, i) => ({
    payer: p.payer,
    region: p.bills[0]!.region,
    on: asOf,
    source: { kind: 'credit', creditId: creditIds[i]! },
    bills: new Map(p.bills.map((b) => [b.billId, b])),
    result: p.result,
  }));
  const paidLines = await writeSettlements(trx, ctx.clock, settlements);
  const applied = centsFromInteger(planned.reduce((s, p) => s + p.result.allocated, 0));
  const linesPaid = paidLines.size;
  await appendAudit(trx, ctx.clock, options.actor ?? systemActor, {
    action: 'collection.credits.apply',
    entity: 'collection',
    entityId: null,
    details: { asOf, payers: planned.length, appliedFen: applied, linesPaid },
  });
  return { payers: planned.length, applied, linesPaid, paidLines };
}
