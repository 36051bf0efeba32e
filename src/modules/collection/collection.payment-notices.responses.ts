/** What the routes of payment notices (缴款通知) answer (collection.payment-notices.routes.ts). */
import { z } from 'zod';
import { calendarDay, instantText, listOf, money, recordId } from '../../http/response-pieces.ts';
import { NOTICE_STATUSES } from './collection.payment-notices.views.ts';
import { paymentChannel } from './collection.payments.responses.ts';

/** A payment notice: what the employer says it paid, and how the agency settled it. */
export const paymentNotice = z
  .object({
    id: recordId,
    noticeNo: z.string(),
    employerId: recordId,
    employerName: z.string(),
    amount: money,
    paidOn: calendarDay.describe('The day the employer says it paid'),
    bank: z.string(),
    reference: z.string(),
    billNos: listOf(z.string()).describe('The bills the employer named'),
    note: z.string().nullable(),
    channel: z.enum(['api', 'hall']),
    sentAt: instantText,
    status: z.enum(NOTICE_STATUSES),
    payment: z
      .object({ paymentNo: z.string(), receivedOn: calendarDay, channel: paymentChannel, amount: money })
      .nullable()
      .describe('The payment received from the bank side that the notice was matched to'),
    resolvedAt: instantText.nullable(),
    resolvedBy: z
      .enum(['auto', 'staff'])
      .nullable()
      .describe('auto: matched by the same reference and amount; staff: matched or dismissed by a clerk'),
    resolutionNote: z.string().nullable(),
  })
  .meta({ id: 'CollectionPaymentNotice' });

/** One page of notices, newest first, and how many match in all. */
export const paymentNoticePage = z.object({
  items: listOf(paymentNotice),
  total: z.number().int().describe('Notices matching the filter, all pages'),
});
