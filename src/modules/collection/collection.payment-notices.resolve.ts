/**
 * A clerk settles a payment notice that did not match by itself: matches it to a payment the
 * employer made through the bank or the window (the bank shortened the reference, the amount
 * was split …), or dismisses it with a reason (no such money arrived). Each in one transaction,
 * audited on the employer; the notice must still be open.
 */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import { appendAudit, lockAuditHead, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { markMatched } from './collection.payment-notices.ts';
import { rejectPaymentNotice } from './collection.payment-notices.rejections.ts';
import { inSubtree } from '../org/index.ts';

interface OpenNotice {
  readonly id: number;
  readonly noticeNo: string;
  readonly employerId: number;
}

/**
 * The notice, locked, still open, of an employer in the staff member's subtree; a notice outside
 * the subtree is not found, as in the lists.
 */
async function openNoticeInScope(trx: Trx, staff: StaffActor, noticeId: number): Promise<OpenNotice> {
  const row = await trx
    .selectFrom('payment_notices as n')
    .innerJoin('employers as e', 'e.id', 'n.employer_id')
    .innerJoin('agencies as a', 'a.id', 'e.agency_id')
    .select(['n.id', 'n.notice_no', 'n.employer_id', 'n.status', 'a.path'])
    .where('n.id', '=', noticeId)
    .forUpdate('n')
    .executeTakeFirst();
  if (!row || !inSubtree(row.path, staff.agencyPath)) throw rejectPaymentNotice('payment_notice_not_found');
  if (row.status !== 'open') throw rejectPaymentNotice('payment_notice_resolved');
  return { id: Number(row.id), noticeNo: row.notice_no, employerId: Number(row.employer_id) };
}

/** The employer's bank-side payment with this number, answering no other notice; or a refusal. */
async function paymentToMatch(trx: Trx, employerId: number, paymentNo: string) {
  const payment = await trx
    .selectFrom('payments')
    .select(['id', 'payment_no', 'employer_id', 'channel'])
    .where('payment_no', '=', paymentNo)
    .executeTakeFirst();
  if (!payment || Number(payment.employer_id) !== employerId || payment.channel === 'api')
    throw rejectPaymentNotice('payment_notice_payment_unknown');
  const taken = await trx
    .selectFrom('payment_notices')
    .select('notice_no')
    .where('payment_id', '=', payment.id)
    .executeTakeFirst();
  if (taken) throw rejectPaymentNotice('payment_notice_payment_taken', { noticeNo: taken.notice_no });
  return { id: Number(payment.id), paymentNo: payment.payment_no };
}

/** Matches an open notice to a payment the clerk names by its number (SK…). */
export async function matchNoticeByStaff(
  ctx: AppContext,
  staff: StaffActor,
  actor: AuditActor,
  noticeId: number,
  input: { paymentNo: string; note: string | null },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const notice = await openNoticeInScope(trx, staff, noticeId);
    const payment = await paymentToMatch(trx, notice.employerId, input.paymentNo);
    await markMatched(
      trx,
      ctx.clock,
      actor,
      {
        ...notice,
        noticeId: notice.id,
        paymentId: payment.id,
        paymentNo: payment.paymentNo,
        by: 'staff',
        note: input.note,
      },
      `staff:${staff.id}`,
    );
  });
}

/** Closes an open notice that no payment answers, with the clerk's reason. */
export async function dismissNotice(
  ctx: AppContext,
  staff: StaffActor,
  actor: AuditActor,
  noticeId: number,
  note: string,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const notice = await openNoticeInScope(trx, staff, noticeId);
    await trx
      .updateTable('payment_notices')
      .set({
        status: 'dismissed',
        resolved_at: ctx.clock.now(),
        resolved_by: `staff:${staff.id}`,
        resolution_note: note,
      })
      .where('id', '=', notice.id)
      .execute();
    await appendAudit(trx, ctx.clock, actor, {
      action: 'collection.payment_notice.dismiss',
      entity: 'employer',
      entityId: notice.employerId,
      details: { noticeId: notice.id, noticeNo: notice.noticeNo, note },
    });
  });
}
