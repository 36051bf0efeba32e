/**
 * Payment notices as the employer (hall, payroll API) and the clerk see them: newest first, a page
 * at a time, with the bills named by number and the payment a notice was matched to.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { PaymentTable } from '../../db/tables/collection.ts';
import { escapeLike } from '../../db/like.ts';
import { centsFromInteger, centsToDecimal } from '../../kernel/cents.ts';
import { rejectPaymentNotice } from './collection.payment-notices.rejections.ts';

export const NOTICE_STATUSES = ['open', 'matched', 'dismissed'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

export interface NoticeFilter {
  readonly employerId?: number;
  /** Staff: notices of employers in this agency subtree. */
  readonly agencyPath?: string;
  readonly status?: NoticeStatus;
  readonly page: number;
  readonly pageSize: number;
}

export interface PaymentNoticeView {
  readonly id: number;
  readonly noticeNo: string;
  readonly employerId: number;
  readonly employerName: string;
  readonly amount: string;
  /** The day the employer says it paid. */
  readonly paidOn: string;
  readonly bank: string;
  readonly reference: string;
  readonly billNos: string[];
  readonly note: string | null;
  readonly channel: 'api' | 'hall';
  readonly sentAt: string;
  readonly status: NoticeStatus;
  /** The payment received from the bank side that the notice was matched to. */
  readonly payment: {
    paymentNo: string;
    receivedOn: string;
    channel: PaymentTable['channel'];
    amount: string;
  } | null;
  readonly resolvedAt: string | null;
  /** Who settled it: `auto` (same reference and amount) or `staff`. */
  readonly resolvedBy: 'auto' | 'staff' | null;
  readonly resolutionNote: string | null;
}

interface NoticeRow {
  id: number;
  notice_no: string;
  employer_id: number;
  employer_name: string;
  amount_fen: number;
  paid_on: string;
  bank: string;
  reference: string;
  bill_nos: string[];
  note: string | null;
  channel: 'api' | 'hall';
  sent_at: Date | string;
  status: NoticeStatus;
  payment_no: string | null;
  received_on: string | null;
  payment_channel: PaymentTable['channel'] | null;
  payment_amount_fen: number | null;
  resolved_at: Date | string | null;
  resolved_by: string | null;
  resolution_note: string | null;
}

const decimal = (fen: number) => centsToDecimal(centsFromInteger(Number(fen)));
const instant = (at: Date | string) => new Date(at).toISOString();

function viewOf(r: NoticeRow): PaymentNoticeView {
  return {
    id: Number(r.id),
    noticeNo: r.notice_no,
    employerId: Number(r.employer_id),
    employerName: r.employer_name,
    amount: decimal(r.amount_fen),
    paidOn: String(r.paid_on),
    bank: r.bank,
    reference: r.reference,
    billNos: r.bill_nos,
    note: r.note,
    channel: r.channel,
    sentAt: instant(r.sent_at),
    status: r.status,
    payment:
      r.payment_no === null
        ? null
        : {
            paymentNo: r.payment_no,
            receivedOn: String(r.received_on),
            channel: r.payment_channel!,
            amount: decimal(r.payment_amount_fen!),
          },
    resolvedAt: r.resolved_at === null ? null : instant(r.resolved_at),
    resolvedBy: r.resolved_by === null ? null : r.resolved_by === 'auto' ? 'auto' : 'staff',
    resolutionNote: r.resolution_note,
  };
}

function conditions(filter: NoticeFilter & { id?: number }) {
  const where = [sql`TRUE`];
  if (filter.id !== undefined) where.push(sql`n.id = ${filter.id}`);
  if (filter.employerId !== undefined) where.push(sql`n.employer_id = ${filter.employerId}`);
  if (filter.status !== undefined) where.push(sql`n.status = ${filter.status}`);
  if (filter.agencyPath !== undefined) where.push(sql`a.path LIKE ${`${escapeLike(filter.agencyPath)}%`}`);
  return sql.join(where, sql` AND `);
}

/** Notices matching the filter, newest first, one page, with the total count. */
export async function listPaymentNotices(
  db: Db,
  filter: NoticeFilter & { id?: number },
): Promise<{ items: PaymentNoticeView[]; total: number }> {
  const from = sql`payment_notices n JOIN employers e ON e.id = n.employer_id JOIN agencies a ON a.id = e.agency_id`;
  const where = conditions(filter);
  const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${from} WHERE ${where}`.execute(db);
  const rows = await sql<NoticeRow>`
    SELECT n.id, n.notice_no, n.employer_id, e.name AS employer_name, n.amount_fen, n.paid_on, n.bank, n.reference,
           ARRAY(SELECT b.bill_no FROM contribution_bills b WHERE b.id = ANY (n.bill_ids) ORDER BY b.period, b.id) AS bill_nos,
           n.note, n.channel, n.sent_at, n.status, p.payment_no, p.received_on, p.channel AS payment_channel,
           p.amount_fen AS payment_amount_fen, n.resolved_at, n.resolved_by, n.resolution_note
      FROM ${from} LEFT JOIN payments p ON p.id = n.payment_id
     WHERE ${where}
     ORDER BY n.id DESC
     LIMIT ${filter.pageSize} OFFSET ${(filter.page - 1) * filter.pageSize}`.execute(db);
  return { items: rows.rows.map(viewOf), total: Number(total.rows[0]?.n ?? 0) };
}

/** One notice of the employer (or in the staff member's subtree); not found otherwise. */
export async function paymentNoticeById(
  db: Db,
  id: number,
  owner: { employerId: number } | { agencyPath: string },
): Promise<PaymentNoticeView> {
  const { items } = await listPaymentNotices(db, { ...owner, id, page: 1, pageSize: 1 });
  if (!items[0]) throw rejectPaymentNotice('payment_notice_not_found');
  return items[0];
}
