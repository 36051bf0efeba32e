/**
 * HTTP routes of payment notices (缴款通知): the employer sends one from the hall or through the
 * payroll API (scope `payment_notices.write`, Idempotency-Key) and lists its own; the clerk lists
 * the notices of the subtree (open ones first to look for) and matches or dismisses one.
 * `receivedOn` is never among the fields: the day money is received is the bank's to say.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { apiKeyOf, auditActorOf, hallAccountOf, perApiKey, staffOf } from '../../http/access.ts';
import { idempotent, idempotentRequestOf, sendIdempotent } from '../../http/idempotency.ts';
import { id, idParams, page, pageSizeUpTo, isoDate, moneyText } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { apiKeyActor } from '../auth/index.ts';
import { hallEmployerPayer } from './collection.hall-payer.ts';
import {
  NOTICE_BANK_LENGTH_MAX,
  NOTICE_BILLS_MAX,
  NOTICE_NOTE_LENGTH_MAX,
  NOTICE_REFERENCE_LENGTH_MAX,
  sendPaymentNotice,
  type NoticeChannel,
} from './collection.payment-notices.ts';
import { dismissNotice, matchNoticeByStaff } from './collection.payment-notices.resolve.ts';
import { listPaymentNotices, NOTICE_STATUSES, paymentNoticeById } from './collection.payment-notices.views.ts';
import { amountOf } from './collection.payments.routes.ts';
import { paymentNotice, paymentNoticePage } from './collection.payment-notices.responses.ts';

const PAGE_SIZE_MAX = 100;
const noticeBody = z.strictObject({
  amount: moneyText,
  paidOn: isoDate,
  bank: z.string().trim().min(1).max(NOTICE_BANK_LENGTH_MAX),
  reference: z.string().trim().min(1).max(NOTICE_REFERENCE_LENGTH_MAX),
  billNos: z.array(z.string().trim().min(1).max(40)).max(NOTICE_BILLS_MAX).default([]),
  note: z.string().trim().max(NOTICE_NOTE_LENGTH_MAX).optional(),
});
type NoticeBody = z.infer<typeof noticeBody>;
const listQuery = z.strictObject({
  status: z.enum(NOTICE_STATUSES).optional(),
  page,
  pageSize: pageSizeUpTo(PAGE_SIZE_MAX),
});
const note = z.string().trim().min(1).max(NOTICE_NOTE_LENGTH_MAX);

function noticeInput(employerId: number, body: NoticeBody, channel: NoticeChannel, sentBy: string) {
  return {
    employerId,
    amount: amountOf(body.amount),
    paidOn: body.paidOn as CalendarDate,
    bank: body.bank,
    reference: body.reference,
    billNos: body.billNos,
    note: body.note ? body.note : null,
    channel,
    sentBy,
  };
}

function apiRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['payroll API'];
  const security = [{ employerApiKey: [] }];
  app.post(
    '/api/v1/payment-notices',
    {
      config: { access: { apiKey: 'payment_notices.write' }, rateLimit: perApiKey },
      schema: {
        tags,
        security,
        summary:
          'Tell the agency about a payment the employer made at its bank: it moves no money and is matched when the bank-side payment with the same reference and amount arrives; header Idempotency-Key required',
        headers: z.object({ 'idempotency-key': z.string().max(200).optional() }),
        body: noticeBody,
        response: { 201: paymentNotice },
      },
    },
    async (request, reply) => {
      const principal = apiKeyOf(request);
      const who = apiKeyActor(principal, { ip: request.ip, requestId: request.id });
      const input = noticeInput(principal.employerId, request.body, 'api', `apikey:${principal.keyId}`);
      const response = await idempotent(
        ctx.db,
        ctx.clock,
        idempotentRequestOf(request, `employer:${principal.employerId}`),
        async (trx) => {
          const sent = await sendPaymentNotice(trx, ctx, who, input);
          return { statusCode: 201, body: await paymentNoticeById(trx, sent.id, { employerId: principal.employerId }) };
        },
      );
      return sendIdempotent(reply, response);
    },
  );
  app.get(
    '/api/v1/payment-notices',
    {
      config: { access: { apiKey: 'payment_notices.read' }, rateLimit: perApiKey },
      schema: {
        tags,
        security,
        summary: "The employer's payment notices, newest first",
        querystring: listQuery,
        response: { 200: paymentNoticePage },
      },
    },
    async (request) => listPaymentNotices(ctx.db, { ...request.query, employerId: apiKeyOf(request).employerId }),
  );
}

async function hallEmployerId(ctx: AppContext, request: FastifyRequest): Promise<number> {
  const payer = await hallEmployerPayer(ctx, request);
  if (payer.kind !== 'employer') throw new Error('hall employer payer is not an employer');
  return payer.employerId;
}

function hallRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['collection', 'hall'];
  const employer = { access: { authenticated: 'public_user' as const } };
  app.get(
    '/api/hall/employer/payment-notices',
    {
      config: employer,
      schema: {
        tags,
        summary: 'My payment notices (缴款通知)',
        querystring: listQuery,
        response: { 200: paymentNoticePage },
      },
    },
    async (request) => listPaymentNotices(ctx.db, { ...request.query, employerId: await hallEmployerId(ctx, request) }),
  );
  app.post(
    '/api/hall/employer/payment-notices',
    {
      config: employer,
      schema: {
        tags,
        summary: 'Tell the agency about a payment made at the bank; matched when the money arrives',
        body: noticeBody,
        response: { 201: paymentNotice },
      },
    },
    async (request, reply) => {
      const employerId = await hallEmployerId(ctx, request);
      const account = hallAccountOf(request, 'employer').id;
      const input = noticeInput(employerId, request.body, 'hall', `account:${account}`);
      const sent = await ctx.db
        .transaction()
        .execute((trx) => sendPaymentNotice(trx, ctx, auditActorOf(request), input));
      return reply.status(201).send(await paymentNoticeById(ctx.db, sent.id, { employerId }));
    },
  );
}

function staffRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['collection'];
  app.get(
    '/api/collection/payment-notices',
    {
      config: { access: { permission: 'collection.read' } },
      schema: {
        tags,
        summary: 'Payment notices of employers in my subtree, newest first (status=open: those to look for)',
        querystring: listQuery.extend({ employerId: id.optional() }),
        response: { 200: paymentNoticePage },
      },
    },
    async (request) => listPaymentNotices(ctx.db, { ...request.query, agencyPath: staffOf(request).agencyPath }),
  );
  app.post(
    '/api/collection/payment-notices/:id/match',
    {
      config: { access: { permission: 'collection.pay' } },
      schema: {
        tags,
        summary: "Match an open notice to the employer's payment received through the bank or the window",
        params: idParams,
        body: z.strictObject({ paymentNo: z.string().trim().min(1).max(40), note: note.optional() }),
        response: { 200: paymentNotice },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      const input = { paymentNo: request.body.paymentNo, note: request.body.note ?? null };
      await matchNoticeByStaff(ctx, staff, auditActorOf(request), request.params.id, input);
      return paymentNoticeById(ctx.db, request.params.id, { agencyPath: staff.agencyPath });
    },
  );
  app.post(
    '/api/collection/payment-notices/:id/dismiss',
    {
      config: { access: { permission: 'collection.pay' } },
      schema: {
        tags,
        summary: 'Dismiss an open notice that no payment answers, with the reason',
        params: idParams,
        body: z.strictObject({ note }),
        response: { 200: paymentNotice },
      },
    },
    async (request) => {
      const staff = staffOf(request);
      await dismissNotice(ctx, staff, auditActorOf(request), request.params.id, request.body.note);
      return paymentNoticeById(ctx.db, request.params.id, { agencyPath: staff.agencyPath });
    },
  );
}

/** Payment notices (registered once in src/http/modules.ts). */
export function paymentNoticeRoutes(app: ZodApp, ctx: AppContext): void {
  apiRoutes(app, ctx);
  hallRoutes(app, ctx);
  staffRoutes(app, ctx);
}
