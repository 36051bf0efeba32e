/**
 * 缴费单 (bills): what a payer owes for a period, issued from an assessment. Issuing records every
 * line as owed in the rights record (`recordDue`), so a person's record shows the month as due at
 * once; paying a line (collection.payments.ts) moves it to paid through `postContributions`. The
 * month close writes the lines only after it has spent held credit on them (`deferLines`,
 * `writeDeferredLines`), so a line paid at once is inserted paid and its month recorded once.
 * Reissuing withdraws the owed months of the lines the new bill no longer holds (`withdrawDue`).
 * Every bill is booked in the ledger as the payer's receivable when issued, and taken out again
 * when a reissue cancels it (collection.bills.receivables.ts).
 * `issueBill` is the single-payer path (declarations, back payments); `issueBills` is the
 * set-based path of the month close (a few statements per 5,000 lines, never one per payer).
 */
import { sql } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import { compareDates, today, type CalendarDate } from '../../kernel/calendar-date.ts';
import { addCents, type Cents } from '../../kernel/cents.ts';
import { firstDayOf, type Period } from '../../kernel/period.ts';
import { appendAudit, systemActor, type AuditActor } from '../audit/index.ts';
import { ensureChart, recordDue, withdrawDue, type DueItem, type WithdrawItem } from '../ledger/index.ts';
import {
  billDueOn,
  documentNo,
  payerColumns,
  payerKey,
  type AssessedLine,
  type Assessment,
  type Payer,
} from './collection.model.ts';
import { rejectPayment } from './collection.payments.rejections.ts';
import { amountsByFund, postCancelledReceivables, postIssuedReceivables } from './collection.bills.receivables.ts';

/** Most rows per statement and per ledger call (the ledger books at most 5,000 entries a batch). */
export const COLLECTION_CHUNK = 5_000;

/** What issuing needs of the context: the clock (an AppContext will do). */
export type CollectionClockContext = Pick<AppContext, 'clock'>;

export interface IssueBillOptions {
  readonly monthCloseId?: number;
  readonly backPaymentId?: number;
  /** Who issues (audit); default: the system (month close, jobs). */
  readonly actor?: AuditActor;
  /**
   * Writes the bills' headers only, no line and no owed month: the caller spends held credit on the
   * new bills in the same transaction (`applyCredits` with `fresh`) and then writes the lines,
   * those paid as paid, and records as owed only the lines still open (`writeDeferredLines`). A
   * line paid at once is then inserted once and its month recorded once (the month close: a
   * region's bill lines and rights records are its bulk).
   */
  readonly deferLines?: boolean;
}

/** A bill as issued. */
export interface IssuedBill {
  readonly id: number;
  readonly billNo: string;
  readonly payer: Payer;
  readonly period: Period;
  readonly kind: 'regular' | 'back_payment';
  readonly total: Cents;
  readonly dueOn: CalendarDate;
  readonly lineCount: number;
  /** The open unpaid regular bill this one replaced (cancelled), if any. */
  readonly replacedBillId: number | null;
}

/** The rights-record source of a bill's lines (ledger vocabulary). */
function sourceOf(basis: Assessment['basis']): string {
  if (basis === 'declared') return 'declaration';
  if (basis === 'undeclared') return 'assessment_110';
  return 'back_payment';
}

function kindOf(assessment: Assessment): 'regular' | 'back_payment' {
  return assessment.basis === 'back_payment' ? 'back_payment' : 'regular';
}

function totalOf(lines: readonly AssessedLine[]): Cents {
  return lines.reduce((sum, l) => addCents(sum, addCents(l.employer, l.employee)), 0 as Cents);
}

/**
 * Owed months of the lines: 'due', except a back payment of a period already past due, which is
 * in arrears from the start (the payer is late by definition).
 */
function dueItems(assessment: Assessment, on: CalendarDate): DueItem[] {
  const late = kindOf(assessment) === 'back_payment' && compareDates(billDueOn(assessment.period), on) < 0;
  const employerId = assessment.payer.kind === 'employer' ? assessment.payer.employerId : null;
  return assessment.lines.map((l) => ({
    personId: l.personId,
    employerId,
    scheme: l.scheme,
    period: assessment.period,
    region: assessment.region,
    base: l.base,
    employerAmount: l.employer,
    employeeAmount: l.employee,
    accountCredit: l.accountCredit,
    status: late ? 'arrears' : 'due',
    dueOn: billDueOn(assessment.period),
    source: sourceOf(assessment.basis),
  }));
}

/** Reserves `count` ids of an identity column, so numbers (JF…) can be written with the row. */
export async function reserveIds(trx: Trx, table: string, count: number): Promise<number[]> {
  if (count === 0) return [];
  const rows = await sql<{ id: string | number }>`
    SELECT nextval(pg_get_serial_sequence(${table}, 'id')) AS id FROM generate_series(1, ${count}::int)`.execute(trx);
  return rows.rows.map((r) => Number(r.id));
}

interface BillRowInput {
  readonly id: number;
  readonly assessment: Assessment;
  readonly monthCloseId: number | null;
  readonly backPaymentId: number | null;
}

/** Inserts bills (one statement) with their reserved ids. */
async function insertBills(trx: Trx, now: Date, rows: readonly BillRowInput[]): Promise<void> {
  if (rows.length === 0) return;
  const col = <T>(f: (r: BillRowInput) => T) => rows.map(f);
  const payer = (r: BillRowInput) => payerColumns(r.assessment.payer);
  await sql`
    INSERT INTO contribution_bills (id, bill_no, payer_kind, employer_id, person_id, period, region_code, kind, basis,
                                    declaration_id, declaration_revision, back_payment_id, month_close_id,
                                    total_fen, due_on, issued_at)
    OVERRIDING SYSTEM VALUE
    SELECT u.*, ${now}::timestamptz
      FROM unnest(${col((r) => r.id)}::bigint[],
                  ${col((r) => documentNo('bill', r.assessment.period, r.id))}::text[],
                  ${col((r) => payer(r).payer_kind)}::text[], ${col((r) => payer(r).employer_id)}::bigint[],
                  ${col((r) => payer(r).person_id)}::bigint[], ${col((r) => r.assessment.period)}::text[],
                  ${col((r) => r.assessment.region)}::text[], ${col((r) => kindOf(r.assessment))}::text[],
                  ${col((r) => r.assessment.basis)}::text[], ${col((r) => r.assessment.declarationId)}::bigint[],
                  ${col((r) => r.assessment.declarationRevision)}::int[], ${col((r) => r.backPaymentId)}::bigint[],
                  ${col((r) => r.monthCloseId)}::bigint[], ${col((r) => totalOf(r.assessment.lines))}::bigint[],
                  ${col((r) => billDueOn(r.assessment.period))}::date[]) AS u`.execute(trx);
}

/** How a line was paid (bill_lines.payment_id, entry_id, paid_on); paymentId null for held credit. */
export interface LinePayment {
  readonly paymentId: number | null;
  readonly entryId: number;
  readonly paidOn: CalendarDate;
}

interface LineRow {
  readonly billId: number;
  readonly line: AssessedLine;
  /** Set when the line is inserted already paid. */
  readonly paid?: LinePayment | undefined;
}

/** Inserts the lines of bills, in chunks of at most COLLECTION_CHUNK rows per statement. */
async function insertLines(trx: Trx, lines: readonly LineRow[]): Promise<void> {
  for (let i = 0; i < lines.length; i += COLLECTION_CHUNK) {
    const chunk = lines.slice(i, i + COLLECTION_CHUNK);
    const col = <T>(f: (r: LineRow) => T) => chunk.map(f);
    await sql`
      INSERT INTO bill_lines (bill_id, person_id, scheme, wage_fen, base_fen, employer_fen, employee_fen,
                              account_credit_fen, employer_rate, employee_rate, status, payment_id, entry_id, paid_on)
      SELECT * FROM unnest(${col((r) => r.billId)}::bigint[], ${col((r) => r.line.personId)}::bigint[],
                           ${col((r) => r.line.scheme)}::text[], ${col((r) => r.line.wage)}::bigint[],
                           ${col((r) => r.line.base)}::bigint[], ${col((r) => r.line.employer)}::bigint[],
                           ${col((r) => r.line.employee)}::bigint[], ${col((r) => r.line.accountCredit)}::bigint[],
                           ${col((r) => r.line.employerRate)}::text[], ${col((r) => r.line.employeeRate)}::text[],
                           ${col((r) => (r.paid ? 'paid' : 'open'))}::text[],
                           ${col((r) => r.paid?.paymentId ?? null)}::bigint[],
                           ${col((r) => r.paid?.entryId ?? null)}::bigint[],
                           ${col((r) => r.paid?.paidOn ?? null)}::date[])`.execute(trx);
  }
}

/** Records owed months in batches the ledger accepts (≤ 5,000 per call). */
async function recordDueChunked(trx: Trx, ctx: CollectionClockContext, items: readonly DueItem[]): Promise<void> {
  for (let i = 0; i < items.length; i += COLLECTION_CHUNK)
    await recordDue(trx, ctx.clock, items.slice(i, i + COLLECTION_CHUNK));
}

interface OpenRegularBill {
  readonly id: number;
  readonly key: string;
  readonly paidFen: number;
  readonly status: string;
}

/** The live (not cancelled) regular bills of these payers and periods, locked. One query. */
async function liveRegularBills(trx: Trx, assessments: readonly Assessment[]): Promise<OpenRegularBill[]> {
  const regular = assessments.filter((a) => kindOf(a) === 'regular');
  if (regular.length === 0) return [];
  const rows = await sql<{
    id: number;
    payer_kind: string;
    employer_id: number | null;
    person_id: number | null;
    period: string;
    paid_fen: number;
    status: string;
  }>`
    SELECT b.id, b.payer_kind, b.employer_id, b.person_id, b.period, b.paid_fen, b.status
      FROM unnest(${regular.map((a) => payerColumns(a.payer).payer_kind)}::text[],
                  ${regular.map((a) => payerColumns(a.payer).employer_id ?? 0)}::bigint[],
                  ${regular.map((a) => payerColumns(a.payer).person_id ?? 0)}::bigint[],
                  ${regular.map((a) => a.period)}::text[]) AS u(payer_kind, employer_id, person_id, period)
      JOIN contribution_bills b ON b.payer_kind = u.payer_kind AND coalesce(b.employer_id, 0) = u.employer_id
                               AND coalesce(b.person_id, 0) = u.person_id AND b.period = u.period
     WHERE b.kind = 'regular' AND b.status <> 'cancelled'
       FOR UPDATE OF b`.execute(trx);
  return rows.rows.map((r) => ({
    id: Number(r.id),
    key: `${r.payer_kind === 'employer' ? `employer:${r.employer_id}` : `flexible:${r.person_id}`}:${r.period}`,
    paidFen: Number(r.paid_fen),
    status: r.status,
  }));
}

/**
 * Cancels the open unpaid regular bills the new ones replace; a bill with any payment is refused
 * (its money was allocated to its lines: re-assessing it needs a back payment or a refund).
 */
async function cancelReplaced(trx: Trx, assessments: readonly Assessment[]): Promise<Map<string, number>> {
  const live = await liveRegularBills(trx, assessments);
  const paid = live.filter((b) => b.paidFen > 0 || b.status === 'paid');
  if (paid.length > 0) throw rejectPayment('collection_bill_paid', { billIds: paid.slice(0, 100).map((b) => b.id) });
  if (live.length > 0)
    await trx
      .updateTable('contribution_bills')
      .set({ status: 'cancelled' })
      .where(
        'id',
        'in',
        live.map((b) => b.id),
      )
      .execute();
  return new Map(live.map((b) => [b.key, b.id]));
}

function checkAssessments(assessments: readonly Assessment[]): void {
  const empty = assessments.filter((a) => a.lines.length === 0).map((a) => payerKey(a.payer));
  if (empty.length > 0) throw rejectPayment('collection_bill_empty', { payers: empty.slice(0, 100) });
}

/** Ensures the chart of accounts of every region of the batch (idempotent; the postings need it). */
async function ensureCharts(trx: Trx, assessments: readonly Assessment[]): Promise<void> {
  const earliest = new Map<string, Period>();
  for (const a of assessments) {
    const seen = earliest.get(a.region);
    if (!seen || a.period < seen) earliest.set(a.region, a.period);
  }
  for (const [region, period] of earliest) await ensureChart(trx, region, firstDayOf(period));
}

/**
 * The owed months of the replaced bills' lines that the replacing bills no longer hold (a person
 * or a scheme dropped by the correction), grouped by replaced bill. One query.
 */
async function droppedLines(
  trx: Trx,
  replaced: ReadonlyMap<string, number>,
  assessments: readonly Assessment[],
): Promise<Map<number, WithdrawItem[]>> {
  const kept = new Set(
    assessments.flatMap((a) => a.lines.map((l) => `${payerKey(a.payer)}:${a.period}:${l.personId}:${l.scheme}`)),
  );
  const keyOf = new Map([...replaced].map(([key, id]) => [id, key]));
  const lines = await trx
    .selectFrom('bill_lines as l')
    .innerJoin('contribution_bills as b', 'b.id', 'l.bill_id')
    .select(['l.bill_id', 'l.person_id', 'l.scheme', 'b.period', 'b.employer_id'])
    .where('l.bill_id', 'in', [...keyOf.keys()])
    .execute();
  const dropped = new Map<number, WithdrawItem[]>();
  for (const l of lines) {
    const billId = Number(l.bill_id);
    if (kept.has(`${keyOf.get(billId)}:${l.person_id}:${l.scheme}`)) continue;
    const item: WithdrawItem = {
      personId: Number(l.person_id),
      scheme: l.scheme as WithdrawItem['scheme'],
      period: l.period as Period,
      employerId: l.employer_id === null ? null : Number(l.employer_id),
    };
    dropped.set(billId, [...(dropped.get(billId) ?? []), item]);
  }
  return dropped;
}

/**
 * Withdraws the owed months a reissue dropped, so a person left out of a corrected declaration owes
 * nothing for the period; the others are re-recorded by the new lines. Nothing was paid on a
 * replaced bill (`cancelReplaced` refuses that), so only owed, moneyless records go.
 */
async function withdrawDropped(
  trx: Trx,
  ctx: CollectionClockContext,
  actor: AuditActor,
  replaced: ReadonlyMap<string, number>,
  billIdOf: ReadonlyMap<string, number>,
  assessments: readonly Assessment[],
): Promise<void> {
  if (replaced.size === 0) return;
  const dropped = await droppedLines(trx, replaced, assessments);
  for (const [key, replacedBillId] of replaced) {
    const items = dropped.get(replacedBillId) ?? [];
    for (let i = 0; i < items.length; i += COLLECTION_CHUNK)
      await withdrawDue(trx, ctx.clock, actor, items.slice(i, i + COLLECTION_CHUNK), {
        reason: 'bill_reissued',
        replacedBillId,
        billId: billIdOf.get(key) ?? null,
      });
  }
}

/** Writes the bills of the assessments (all statements set-based); returns them in input order. */
async function writeBills(
  trx: Trx,
  ctx: CollectionClockContext,
  assessments: readonly Assessment[],
  options: IssueBillOptions,
): Promise<IssuedBill[]> {
  checkAssessments(assessments);
  const requestedBy = options.actor?.kind === 'staff' ? (options.actor.id ?? undefined) : undefined;
  const replaced = await cancelReplaced(trx, assessments);
  await ensureCharts(trx, assessments);
  await postCancelledReceivables(trx, ctx.clock, [...replaced.values()], requestedBy);
  const ids = await reserveIds(trx, 'contribution_bills', assessments.length);
  const rows = assessments.map((assessment, i) => ({
    id: ids[i]!,
    assessment,
    monthCloseId: options.monthCloseId ?? null,
    backPaymentId: options.backPaymentId ?? null,
  }));
  await insertBills(trx, ctx.clock.now(), rows);
  await postIssuedReceivables(
    trx,
    ctx.clock,
    rows.map((r) => ({
      billId: r.id,
      billNo: documentNo('bill', r.assessment.period, r.id),
      payerKind: r.assessment.payer.kind,
      region: r.assessment.region,
      period: r.assessment.period,
      amounts: amountsByFund(r.assessment.lines),
    })),
    requestedBy,
  );
  if (!options.deferLines)
    await insertLines(
      trx,
      rows.flatMap((r) => r.assessment.lines.map((line) => ({ billId: r.id, line }))),
    );
  const regular = rows.filter((r) => kindOf(r.assessment) === 'regular');
  const billIdOf = new Map(regular.map((r) => [`${payerKey(r.assessment.payer)}:${r.assessment.period}`, r.id]));
  await withdrawDropped(
    trx,
    ctx,
    options.actor ?? systemActor,
    replaced,
    billIdOf,
    regular.map((r) => r.assessment),
  );
  if (!options.deferLines) {
    const on = today(ctx.clock);
    await recordDueChunked(
      trx,
      ctx,
      assessments.flatMap((a) => dueItems(a, on)),
    );
  }
  return rows.map(({ id, assessment: a }) => ({
    id,
    billNo: documentNo('bill', a.period, id),
    payer: a.payer,
    period: a.period,
    kind: kindOf(a),
    total: totalOf(a.lines),
    dueOn: billDueOn(a.period),
    lineCount: a.lines.length,
    replacedBillId: kindOf(a) === 'regular' ? (replaced.get(`${payerKey(a.payer)}:${a.period}`) ?? null) : null,
  }));
}

/**
 * Issues one payer's bill for one period from its assessment, in the caller's transaction: a
 * regular bill replaces the payer's open unpaid regular bill of the period (cancelled; the new
 * lines re-record the owed months), a bill with a payment is refused (`collection_bill_paid`).
 * Audited on the employer or the flexible worker.
 */
export async function issueBill(
  trx: Trx,
  ctx: CollectionClockContext,
  assessment: Assessment,
  options: IssueBillOptions = {},
): Promise<IssuedBill> {
  const [bill] = await writeBills(trx, ctx, [assessment], options);
  const payer = assessment.payer;
  await appendAudit(trx, ctx.clock, options.actor ?? systemActor, {
    action: bill!.replacedBillId === null ? 'collection.bill.issue' : 'collection.bill.reissue',
    entity: payer.kind === 'employer' ? 'employer' : 'person',
    entityId: payer.kind === 'employer' ? payer.employerId : payer.personId,
    details: {
      billId: bill!.id,
      billNo: bill!.billNo,
      period: bill!.period,
      kind: bill!.kind,
      totalFen: bill!.total,
      lines: bill!.lineCount,
      replacedBillId: bill!.replacedBillId,
      ...(options.backPaymentId === undefined ? {} : { backPaymentId: options.backPaymentId }),
    },
  });
  return bill!;
}

/** The key of one bill line: bill, person, scheme. */
export const billLineKey = (billId: number, personId: number, scheme: string): string =>
  `${billId}:${personId}:${scheme}`;

/** A bill issued with `deferLines`, with the assessment its lines come from. */
export interface DeferredBill {
  readonly billId: number;
  readonly assessment: Assessment;
}

/**
 * Writes the lines of bills issued with `deferLines`: those in `paid` (held credit paid them in the
 * same transaction, and `postContributions` recorded their months paid) as paid, the others open
 * and recorded as owed.
 */
export async function writeDeferredLines(
  trx: Trx,
  ctx: CollectionClockContext,
  issued: readonly DeferredBill[],
  paid: ReadonlyMap<string, LinePayment>,
): Promise<void> {
  await insertLines(
    trx,
    issued.flatMap(({ billId, assessment }) =>
      assessment.lines.map((line) => ({
        billId,
        line,
        paid: paid.get(billLineKey(billId, line.personId, line.scheme)),
      })),
    ),
  );
  const on = today(ctx.clock);
  const items = issued.flatMap(({ billId, assessment }) =>
    dueItems(assessment, on).filter((item) => !paid.has(billLineKey(billId, item.personId, item.scheme))),
  );
  await recordDueChunked(trx, ctx, items);
}

/** Most bills per `issueBills` call: the caller (month close) chunks its payers. */
export const ISSUE_BILLS_MAX = 50_000;

/**
 * Issues many payers' bills at once (the month close): the same rules as `issueBill`, with
 * set-based writes, owed months recorded in calls of ≤ 5,000 lines, and ONE audit entry for the
 * batch (entity 'month_close') instead of one per payer, which would dominate a 1,000,000-person run.
 */
export async function issueBills(
  trx: Trx,
  ctx: CollectionClockContext,
  assessments: readonly Assessment[],
  options: IssueBillOptions = {},
): Promise<IssuedBill[]> {
  if (assessments.length === 0) return [];
  const bills = await writeBills(trx, ctx, assessments, options);
  await appendAudit(trx, ctx.clock, options.actor ?? systemActor, {
    action: 'collection.bills.issue',
    entity: options.monthCloseId === undefined ? 'collection' : 'month_close',
    entityId: options.monthCloseId ?? null,
    details: {
      bills: bills.length,
      lines: bills.reduce((n, b) => n + b.lineCount, 0),
      replaced: bills.filter((b) => b.replacedBillId !== null).length,
      firstBillId: bills[0]!.id,
      lastBillId: bills.at(-1)!.id,
    },
  });
  return bills;
}
