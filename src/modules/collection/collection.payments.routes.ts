/**
 * HTTP routes of part B: staff bills and payments (collection.read / collection.pay), the hall's
 * own bills, payments and credit (employer account; a flexible worker's bills), and the payroll
 * API's list of the employer's bills. Money as decimal strings. Money is recorded as received only
 * by staff (the window here, payment files elsewhere); an employer sends a payment notice.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { apiKeyOf, auditActorOf, perApiKey, staffOf } from '../../http/access.ts';
import { id, idParams, isoDate, moneyText, periodText } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal, parseCents, type Cents } from '../../kernel/cents.ts';
import { employerInScope, personInScope } from '../registration/index.ts';
import { billDetail, billsOfPayer, listBills, loadBill } from './collection.bills.views.ts';
import { employerSummary } from './collection.employer-summary.ts';
import type { Payer } from './collection.model.ts';
import { hallEmployerPayer, hallPersonPayer } from './collection.hall-payer.ts';
import { rejectPayment } from './collection.payments.rejections.ts';
import { personsIn, recordCollectionRead } from './collection.reads.ts';
import {
  collectionBillDetail,
  collectionBillsAnswer,
  collectionCreditAnswer,
  collectionEmployerSummary,
  collectionPaymentRecorded,
  collectionPaymentsAnswer,
} from './collection.payments.responses.ts';
import { recordPayment, type PaymentInput, type RecordedPayment } from './collection.payments.ts';
import { creditOf, listPayments } from './collection.payments.views.ts';

const reference = z.string().trim().min(1).max(100);

const decimal = (fen: number) => centsToDecimal(centsFromInteger(fen));

/** A positive amount in yuan (`1234.56`) as fen; zero is refused by name. */
export function amountOf(text: string): Cents {
  const fen = parseCents(text);
  if (fen <= 0) throw rejectPayment('collection_amount_invalid');
  return fen;
}

export function paymentView(p: RecordedPayment) {
  return {
    id: p.id,
    paymentNo: p.paymentNo,
    payer: p.payer,
    amount: decimal(p.amount),
    allocated: decimal(p.allocated),
    held: decimal(p.held),
    linesPaid: p.linesPaid,
    linesLeftOpen: p.linesLeftOpen,
    lateFeesCharged: decimal(p.lateFeesCharged),
    billsPaid: p.billsPaid,
    match: p.match,
    noticeNo: p.noticeNo,
  };
}

/** Staff may act on a payer of their subtree only. */
async function payerInScope(ctx: AppContext, request: FastifyRequest, payer: Payer): Promise<void> {
  const staff = staffOf(request);
  if (payer.kind === 'employer') await employerInScope(ctx.db, staff, payer.employerId);
  else await personInScope(ctx.db, staff, payer.personId);
}

/** The flexible workers among payers (an employer's bill summary shows no person). */
function flexiblePersons(payers: readonly Payer[]): number[] {
  return payers.flatMap((p) => (p.kind === 'flexible' ? [p.personId] : []));
}

const payerBody = z.union([
  z.strictObject({ kind: z.literal('employer'), employerId: id }),
  z.strictObject({ kind: z.literal('flexible'), personId: id }),
]);

/** Bills of payers in my subtree: the list, and one in full. */
function staffBillRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['collection'];
  const read = { access: { permission: 'collection.read' as const } };
  app.get(
    '/api/collection/bills',
    {
      config: read,
      schema: {
        tags,
        summary: 'Bills (缴费单) of payers in my subtree',
        querystring: z.strictObject({
          employerId: id.optional(),
          personId: id.optional(),
          period: periodText.optional(),
          status: z.enum(['open', 'paid', 'cancelled']).optional(),
        }),
        response: { 200: collectionBillsAnswer },
      },
    },
    async (request) => {
      const items = await listBills(ctx.db, { ...request.query, agencyPath: staffOf(request).agencyPath });
      const read = { action: 'collection.bills.list', entity: 'bill' } as const;
      await recordCollectionRead(ctx, request, read, flexiblePersons(items.map((b) => b.payer)));
      return { items };
    },
  );
  app.get(
    '/api/collection/bills/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One bill: lines (masked IDs), late fees, allocations',
        params: idParams,
        response: { 200: collectionBillDetail },
      },
    },
    async (request) => {
      const bill = await loadBill(ctx.db, request.params.id);
      await payerInScope(
        ctx,
        request,
        bill.employer_id === null
          ? { kind: 'flexible', personId: Number(bill.person_id) }
          : { kind: 'employer', employerId: Number(bill.employer_id) },
      );
      const detail = await billDetail(ctx.db, request.params.id);
      const read = { action: 'collection.bill.read', entity: 'bill', entityId: detail.id } as const;
      const shown = [...flexiblePersons([detail.payer]), ...personsIn(detail.lines)];
      await recordCollectionRead(ctx, request, read, shown);
      return detail;
    },
  );
}

/** Payments of payers in my subtree: the list, one recorded at the window, an employer's summary. */
function staffPaymentRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['collection'];
  const read = { access: { permission: 'collection.read' as const } };
  const pay = { access: { permission: 'collection.pay' as const } };
  app.get(
    '/api/collection/payments',
    {
      config: read,
      schema: {
        tags,
        summary: 'Payments (缴款) of payers in my subtree, newest first',
        querystring: z.strictObject({ employerId: id.optional(), personId: id.optional() }),
        response: { 200: collectionPaymentsAnswer },
      },
    },
    async (request) => {
      const items = await listPayments(ctx.db, { ...request.query, agencyPath: staffOf(request).agencyPath });
      await recordCollectionRead(
        ctx,
        request,
        { action: 'collection.payments.list', entity: 'payment' },
        personsIn(items),
      );
      return { items };
    },
  );
  app.post(
    '/api/collection/payments',
    {
      config: pay,
      schema: {
        tags,
        summary: 'Record a payment at the window; allocated at once, the rest held as credit',
        body: z.strictObject({
          payer: payerBody,
          amount: moneyText,
          receivedOn: isoDate,
          reference,
          billIds: z.array(id).min(1).max(100).optional(),
        }),
        response: { 201: collectionPaymentRecorded },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const payer = body.payer as Payer;
      await payerInScope(ctx, request, payer);
      const input: PaymentInput = {
        payer,
        amount: amountOf(body.amount),
        receivedOn: body.receivedOn as CalendarDate,
        channel: 'window',
        reference: body.reference,
        billIds: body.billIds,
      };
      const staff = staffOf(request);
      const recorded = await ctx.db
        .transaction()
        .execute((trx) => recordPayment(trx, ctx, input, `staff:${staff.id}`, auditActorOf(request)));
      return reply.status(201).send(paymentView(recorded));
    },
  );
  app.get(
    '/api/collection/employers/:id/summary',
    {
      config: read,
      schema: {
        tags,
        summary: 'The employer’s collection summary (360 view tab)',
        params: idParams,
        response: { 200: collectionEmployerSummary },
      },
    },
    async (request) => {
      await employerInScope(ctx.db, staffOf(request), request.params.id);
      return employerSummary(ctx, request.params.id);
    },
  );
}

/** The staff side: bills and payments of payers in my subtree. */
function staffRoutes(app: ZodApp, ctx: AppContext): void {
  staffBillRoutes(app, ctx);
  staffPaymentRoutes(app, ctx);
}

async function hallPerson(ctx: AppContext, request: FastifyRequest): Promise<Payer> {
  const payer = await hallPersonPayer(ctx, request);
  if (payer === null) throw rejectPayment('collection_bill_not_found');
  return payer;
}

/** A bill of the hall's own payer, or not found (never reveals another payer's bill). */
async function ownBill(ctx: AppContext, payer: Payer, billId: number) {
  const bill = await loadBill(ctx.db, billId);
  const mine =
    payer.kind === 'employer'
      ? Number(bill.employer_id) === payer.employerId
      : Number(bill.person_id) === payer.personId;
  if (!mine) throw rejectPayment('collection_bill_not_found');
  return billDetail(ctx.db, billId);
}

function hallRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['collection', 'hall'];
  const employer = { access: { authenticated: 'public_user' as const } };
  const query = z.strictObject({
    period: periodText.optional(),
    status: z.enum(['open', 'paid', 'cancelled']).optional(),
  });
  app.get(
    '/api/hall/employer/bills',
    {
      config: employer,
      schema: { tags, summary: 'My bills (缴费单)', querystring: query, response: { 200: collectionBillsAnswer } },
    },
    async (request) => ({ items: await billsOfPayer(ctx.db, await hallEmployerPayer(ctx, request), request.query) }),
  );
  app.get(
    '/api/hall/employer/bills/:id',
    {
      config: employer,
      schema: { tags, summary: 'One of my bills', params: idParams, response: { 200: collectionBillDetail } },
    },
    async (request) => ownBill(ctx, await hallEmployerPayer(ctx, request), request.params.id),
  );
  app.get(
    '/api/hall/employer/payments',
    {
      config: employer,
      schema: { tags, summary: 'My payments (缴款记录)', response: { 200: collectionPaymentsAnswer } },
    },
    async (request) => {
      const payer = (await hallEmployerPayer(ctx, request)) as { employerId: number };
      return { items: await listPayments(ctx.db, { employerId: payer.employerId }) };
    },
  );
  app.get(
    '/api/hall/employer/credit',
    {
      config: employer,
      schema: { tags, summary: 'My credit (预缴/溢缴) balance', response: { 200: collectionCreditAnswer } },
    },
    async (request) => ({ credit: await creditOf(ctx.db, await hallEmployerPayer(ctx, request)) }),
  );
  app.get(
    '/api/hall/person/bills',
    {
      config: employer,
      schema: {
        tags,
        summary: 'My bills as a flexible worker',
        querystring: query,
        response: { 200: collectionBillsAnswer },
      },
    },
    async (request) => ({ items: await billsOfPayer(ctx.db, await hallPerson(ctx, request), request.query) }),
  );
  app.get(
    '/api/hall/person/bills/:id',
    {
      config: employer,
      schema: {
        tags,
        summary: 'One of my bills as a flexible worker',
        params: idParams,
        response: { 200: collectionBillDetail },
      },
    },
    async (request) => ownBill(ctx, await hallPerson(ctx, request), request.params.id),
  );
}

/**
 * The payroll API's side of collection: an employer's software lists its bills (to name them in a
 * payment notice). `POST /api/v1/payments`, which let a key record the employer's own payment as
 * received, is withdrawn: it answers 410 naming payment notices, changes nothing, and is no longer
 * in the OpenAPI document.
 */
function apiRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/v1/bills',
    {
      config: { access: { apiKey: 'bills.read' }, rateLimit: perApiKey },
      schema: {
        tags: ['payroll API'],
        security: [{ employerApiKey: [] }],
        summary: "The employer's bills (缴费单), newest period first",
        querystring: z.strictObject({
          period: periodText.optional(),
          status: z.enum(['open', 'paid', 'cancelled']).optional(),
        }),
        response: { 200: collectionBillsAnswer },
      },
    },
    async (request) => {
      const payer: Payer = { kind: 'employer', employerId: apiKeyOf(request).employerId };
      return { items: await billsOfPayer(ctx.db, payer, request.query) };
    },
  );
  app.post(
    '/api/v1/payments',
    // Anyone may learn that the route is gone; it reads no key and touches nothing.
    { config: { access: { public: true } }, schema: { hide: true } },
    async () => {
      throw rejectPayment('collection_payment_api_withdrawn', { use: 'POST /api/v1/payment-notices' });
    },
  );
}

/** Part B's routes (registered once in src/http/modules.ts). */
export function collectionPaymentRoutes(app: ZodApp, ctx: AppContext): void {
  staffRoutes(app, ctx);
  hallRoutes(app, ctx);
  apiRoutes(app, ctx);
}
