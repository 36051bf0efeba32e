/**
 * 缴款通知 (payment notices): what an employer says it paid (amount, day, bank, the transaction
 * reference on its bank slip, the bills it meant), sent from the hall or through the payroll API.
 * A notice is the employer's word, not money: it posts nothing, pays no bill and never dates a
 * payment. It waits until a payment received from the bank side (a payment file row, or the
 * window) carries the same reference and amount, whichever of the two comes first, and is then
 * matched to it; a clerk may match it to a payment by hand, or dismiss it. Everything is audited
 * on the employer.
 *
 * Lock order: each writer here locks the audit head before reading anything, and `recordPayment`
 * matches notices only after its own audit append (which holds the head until commit). A notice
 * and a payment with the same reference recorded at the same instant are therefore serialised,
 * and the later of the two always sees the earlier: neither is left waiting for the other.
 */
import { sql } from 'kysely';
import type { Trx } from '../../db/connection.ts';
import { compareDates, today, type CalendarDate } from '../../kernel/calendar-date.ts';
import type { Cents } from '../../kernel/cents.ts';
import type { Clock } from '../../kernel/clock.ts';
import { appendAudit, lockAuditHead, type AuditActor } from '../audit/index.ts';
import { reserveIds } from './collection.bills.ts';
import { documentNo } from './collection.model.ts';
import { rejectPaymentNotice } from './collection.payment-notices.rejections.ts';

/** Most bills one notice may name; field lengths of what the employer writes. */
export const NOTICE_BILLS_MAX = 24;
export const NOTICE_BANK_LENGTH_MAX = 100;
export const NOTICE_REFERENCE_LENGTH_MAX = 100;
export const NOTICE_NOTE_LENGTH_MAX = 500;

export type NoticeChannel = 'api' | 'hall';

export interface NoticeInput {
  readonly employerId: number;
  readonly amount: Cents;
  readonly paidOn: CalendarDate;
  readonly bank: string;
  readonly reference: string;
  readonly billNos: readonly string[];
  readonly note: string | null;
  readonly channel: NoticeChannel;
  /** `apikey:<id>` or `account:<id>`. */
  readonly sentBy: string;
}

/** What was sent, and the payment it was matched to at once, if any. */
export interface SentNotice {
  readonly id: number;
  readonly noticeNo: string;
  readonly matchedPaymentNo: string | null;
}

/** A payment received from the bank side, as far as matching a notice needs it. */
export interface ReceivedPayment {
  readonly id: number;
  readonly paymentNo: string;
  readonly employerId: number;
  readonly reference: string;
  readonly amount: Cents;
}

/** The employer's bills among `billNos` (cancelled ones excluded); refuses any other number. */
async function ownBillIds(trx: Trx, employerId: number, billNos: readonly string[]): Promise<number[]> {
  const wanted = [...new Set(billNos)];
  if (wanted.length === 0) return [];
  const rows = await trx
    .selectFrom('contribution_bills')
    .select(['id', 'bill_no'])
    .where('bill_no', 'in', wanted)
    .where('employer_id', '=', employerId)
    .where('status', '<>', 'cancelled')
    .execute();
  const found = new Set(rows.map((r) => r.bill_no));
  const unknown = wanted.filter((no) => !found.has(no));
  // Only the numbers the employer sent are named back: nothing about anyone else's bills.
  if (unknown.length > 0) throw rejectPaymentNotice('payment_notice_bill_unknown', { billNos: unknown });
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}

async function refuseDuplicate(trx: Trx, employerId: number, reference: string): Promise<void> {
  const live = await trx
    .selectFrom('payment_notices')
    .select('notice_no')
    .where('employer_id', '=', employerId)
    .where('reference', '=', reference)
    .where('status', '<>', 'dismissed')
    .executeTakeFirst();
  if (live) throw rejectPaymentNotice('payment_notice_duplicate', { noticeNo: live.notice_no });
}

/** Inserts the notice; a live notice with the same reference committed meanwhile refuses it. */
async function insertNotice(trx: Trx, clock: Clock, input: NoticeInput, billIds: number[]): Promise<SentNotice> {
  const [id] = await reserveIds(trx, 'payment_notices', 1);
  const noticeNo = documentNo('paymentNotice', today(clock).replaceAll('-', ''), id!);
  const inserted = await sql<{ id: number }>`
    INSERT INTO payment_notices (id, notice_no, employer_id, amount_fen, paid_on, bank, reference, bill_ids, note,
                                 channel, sent_by, sent_at)
    OVERRIDING SYSTEM VALUE
    VALUES (${id}, ${noticeNo}, ${input.employerId}, ${input.amount}, ${input.paidOn}, ${input.bank}, ${input.reference},
            ${billIds}::bigint[], ${input.note}, ${input.channel}, ${input.sentBy}, ${clock.now()})
    ON CONFLICT (employer_id, reference) WHERE status <> 'dismissed' DO NOTHING
    RETURNING id`.execute(trx);
  if (inserted.rows.length === 0) {
    await refuseDuplicate(trx, input.employerId, input.reference);
    throw new Error(`payment_notices: (${input.employerId}, ${input.reference}) conflicted but is not live`);
  }
  return { id: id!, noticeNo, matchedPaymentNo: null };
}

/** A bank-side payment of the employer with this reference and amount that answers no notice yet. */
async function unmatchedPayment(trx: Trx, input: NoticeInput): Promise<{ id: number; paymentNo: string } | null> {
  const found = await trx
    .selectFrom('payments as p')
    .select(['p.id', 'p.payment_no'])
    .where('p.employer_id', '=', input.employerId)
    .where('p.reference', '=', input.reference)
    .where('p.amount_fen', '=', input.amount)
    // A payment recorded through the withdrawn payroll route was the employer's word too.
    .where('p.channel', '<>', 'api')
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('payment_notices as n').select('n.id').whereRef('n.payment_id', '=', 'p.id'))),
    )
    .orderBy('p.id')
    .limit(1)
    .executeTakeFirst();
  return found ? { id: Number(found.id), paymentNo: found.payment_no } : null;
}

interface MatchAudit {
  readonly noticeId: number;
  readonly noticeNo: string;
  readonly employerId: number;
  readonly paymentId: number;
  readonly paymentNo: string;
  readonly by: 'auto' | 'staff';
  readonly note?: string | null;
}

/** Marks an open notice matched to a payment and audits it on the employer. */
export async function markMatched(
  trx: Trx,
  clock: Clock,
  actor: AuditActor,
  match: MatchAudit,
  resolvedBy: string,
): Promise<void> {
  const updated = await trx
    .updateTable('payment_notices')
    .set({
      status: 'matched',
      payment_id: match.paymentId,
      resolved_at: clock.now(),
      resolved_by: resolvedBy,
      resolution_note: match.note ?? null,
    })
    .where('id', '=', match.noticeId)
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  if (Number(updated.numUpdatedRows) !== 1) throw new Error(`payment notice ${match.noticeNo} is not open`);
  const { noticeId, noticeNo, paymentId, paymentNo, by } = match;
  await appendAudit(trx, clock, actor, {
    action: 'collection.payment_notice.match',
    entity: 'employer',
    entityId: match.employerId,
    details: { noticeId, noticeNo, paymentId, paymentNo, by, ...(match.note ? { note: match.note } : {}) },
  });
}

/**
 * Records an employer's payment notice in the caller's transaction: refuses a date in the
 * future, bills that are not the employer's and a reference already noticed; matches it at once
 * when the bank-side payment is already recorded. Moves no money.
 */
export async function sendPaymentNotice(
  trx: Trx,
  ctx: { clock: Clock },
  actor: AuditActor,
  input: NoticeInput,
): Promise<SentNotice> {
  await lockAuditHead(trx);
  if (compareDates(input.paidOn, today(ctx.clock)) > 0) throw rejectPaymentNotice('payment_notice_paid_on_future');
  const billIds = await ownBillIds(trx, input.employerId, input.billNos);
  await refuseDuplicate(trx, input.employerId, input.reference);
  const sent = await insertNotice(trx, ctx.clock, input, billIds);
  await appendAudit(trx, ctx.clock, actor, {
    action: 'collection.payment_notice.send',
    entity: 'employer',
    entityId: input.employerId,
    details: {
      noticeId: sent.id,
      noticeNo: sent.noticeNo,
      amountFen: input.amount,
      paidOn: input.paidOn,
      bank: input.bank,
      reference: input.reference,
      billIds,
      channel: input.channel,
    },
  });
  const payment = await unmatchedPayment(trx, input);
  if (!payment) return sent;
  const match = { noticeId: sent.id, noticeNo: sent.noticeNo, employerId: input.employerId, by: 'auto' as const };
  await markMatched(trx, ctx.clock, actor, { ...match, paymentId: payment.id, paymentNo: payment.paymentNo }, 'auto');
  return { ...sent, matchedPaymentNo: payment.paymentNo };
}

/**
 * Matches the employer's open notice with the payment's reference and amount, if there is one;
 * called by `recordPayment` for every bank-side payment of an employer, after its audit append.
 * Returns the notice's number.
 */
export async function matchNoticeOf(
  trx: Trx,
  clock: Clock,
  actor: AuditActor,
  payment: ReceivedPayment,
): Promise<string | null> {
  const notice = await trx
    .selectFrom('payment_notices')
    .select(['id', 'notice_no'])
    .where('employer_id', '=', payment.employerId)
    .where('reference', '=', payment.reference)
    .where('amount_fen', '=', payment.amount)
    .where('status', '=', 'open')
    .forUpdate()
    .executeTakeFirst();
  if (!notice) return null;
  const match = { noticeId: Number(notice.id), noticeNo: notice.notice_no, employerId: payment.employerId };
  await markMatched(
    trx,
    clock,
    actor,
    { ...match, paymentId: payment.id, paymentNo: payment.paymentNo, by: 'auto' },
    'auto',
  );
  return notice.notice_no;
}
