/**
 * HTTP routes of part C: arrears (staff subtree and the hall's own), payment orders with their PDF,
 * deferral agreements, enforcement steps, back payments and extensions. docs/api-collection-arrears.md.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, hallAccountOf, staffOf } from '../../http/access.ts';
import { sendPdf } from '../../http/files.ts';
import { id, idParams } from '../../http/params.ts';
import { fileResponse } from '../../http/responses.ts';
import { listOf } from '../../http/response-pieces.ts';
import type { ZodApp } from '../../http/types.ts';
import { isCalendarDate, today, type CalendarDate } from '../../kernel/calendar-date.ts';
import { centsToDecimal, parseCents, type Cents } from '../../kernel/cents.ts';
import { isPeriod, type Period } from '../../kernel/period.ts';
import { common, Rejection } from '../../kernel/rejection.ts';
import { employerOfAccount, personOfAccount } from '../registration/index.ts';
import { arrearsOf, byPeriodView, payerArrearsView } from './arrears.roll.ts';
import { rejectArrears } from './arrears.rejections.ts';
import {
  arrearsAnswer,
  backPaymentView,
  deferralView,
  enforcementStepView,
  paymentOrderView,
} from './arrears.responses.ts';
import {
  BACK_PAYMENT_KINDS,
  BACK_PAYMENT_STATUSES,
  decideBackPayment,
  listBackPayments,
  proposeBackPayment,
} from './arrears.back-payments.ts';
import { cancelDeferral, decideDeferral, listDeferrals, proposeDeferral } from './arrears.deferrals.ts';
import {
  DEFERRAL_STATUSES,
  COLLECTION_SCHEMES,
  type Payer,
  personsIn,
  recordCollectionRead,
} from '../collection/index.ts';
import { ENFORCEMENT_STEPS, listSteps, recordStep } from './arrears.enforcement.ts';
import { issuePaymentOrder, listPaymentOrders, paymentOrderDetail, paymentOrderPdf } from './arrears.orders.ts';

const date = z
  .string()
  .refine(isCalendarDate, 'a date YYYY-MM-DD')
  .transform((s) => s as CalendarDate);
const period = z
  .string()
  .refine(isPeriod, 'a period YYYYMM')
  .transform((s) => s as Period);
const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const money = z
  .string()
  .max(24)
  .refine((s) => {
    try {
      return parseCents(s) > 0;
    } catch (error) {
      if (error instanceof Rejection) return false;
      throw error;
    }
  }, 'a positive amount such as "6000.00"')
  .transform((s) => parseCents(s) as Cents);
const decision = z.strictObject({ note: text(0, 500).optional() });

/** Arrears as the API prints them. */
function arrearsBody(result: Awaited<ReturnType<typeof arrearsOf>>, asOf: CalendarDate, limit = 500) {
  const total = result.payers.reduce((s, p) => s + p.amount, 0) as Cents;
  const fee = result.payers.reduce((s, p) => s + p.lateFeeAccrued, 0) as Cents;
  return {
    asOf,
    payerCount: result.payers.length,
    total: centsToDecimal(total),
    lateFeeAccrued: centsToDecimal(fee),
    payers: result.payers.slice(0, limit).map(payerArrearsView),
    byPeriod: byPeriodView(result.byPeriod),
  };
}

async function hallEmployerId(ctx: AppContext, request: FastifyRequest): Promise<number> {
  return Number((await employerOfAccount(ctx.db, hallAccountOf(request, 'employer').id)).id);
}

async function hallPersonId(ctx: AppContext, request: FastifyRequest): Promise<number> {
  const personId = await personOfAccount(ctx.db, hallAccountOf(request, 'person').id);
  if (personId === null) throw common.reject('not_found');
  return personId;
}

function arrearsRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/collection/arrears',
    {
      config: { access: { permission: 'collection.read' } },
      schema: {
        tags: ['collection'],
        summary: 'Payers in arrears (欠费) in my agency subtree, with late fees accrued to a date and totals by period',
        querystring: z.strictObject({
          asOf: date.optional(),
          limit: z.coerce.number().int().min(1).max(5000).optional(),
        }),
        response: { 200: arrearsAnswer },
      },
    },
    async (request) => {
      const asOf = request.query.asOf ?? today(ctx.clock);
      const result = await arrearsOf(ctx.db, { agencyPath: staffOf(request).agencyPath }, asOf);
      const body = arrearsBody(result, asOf, request.query.limit);
      const read = { action: 'collection.arrears.read', entity: 'arrears' } as const;
      await recordCollectionRead(ctx, request, read, personsIn(body.payers));
      return body;
    },
  );
  app.get(
    '/api/hall/employer/arrears',
    {
      config: { access: { authenticated: 'public_user' } },
      schema: {
        tags: ['hall'],
        summary: 'My employer’s arrears and late fees (欠费与滞纳金)',
        response: { 200: arrearsAnswer },
      },
    },
    async (request) => {
      const employerId = await hallEmployerId(ctx, request);
      const asOf = today(ctx.clock);
      return arrearsBody(await arrearsOf(ctx.db, { payer: { kind: 'employer', employerId } }, asOf), asOf);
    },
  );
  app.get(
    '/api/hall/person/arrears',
    {
      config: { access: { authenticated: 'public_user' } },
      schema: {
        tags: ['hall'],
        summary: 'My own arrears as a flexible worker (欠费与滞纳金)',
        response: { 200: arrearsAnswer },
      },
    },
    async (request) => {
      const personId = await hallPersonId(ctx, request);
      const asOf = today(ctx.clock);
      return arrearsBody(await arrearsOf(ctx.db, { payer: { kind: 'flexible', personId } }, asOf), asOf);
    },
  );
}

/** Exactly one of employerId / personId. */
function payerOfBody(body: { employerId?: number | undefined; personId?: number | undefined }): Payer {
  if ((body.employerId === undefined) === (body.personId === undefined))
    throw rejectArrears('collection_payer_choice_invalid');
  return body.employerId !== undefined
    ? { kind: 'employer', employerId: body.employerId }
    : { kind: 'flexible', personId: body.personId! };
}

function orderRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/collection/payment-orders',
    {
      config: { access: { permission: 'collection.enforce' } },
      schema: {
        tags: ['collection'],
        summary: 'Issue a payment order (催缴通知) to a payer in arrears',
        body: z.strictObject({ employerId: id.optional(), personId: id.optional(), payBy: date }),
        response: { 201: paymentOrderView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        await issuePaymentOrder(ctx, staffOf(request), auditActorOf(request), {
          payer: payerOfBody(request.body),
          payBy: request.body.payBy,
        }),
      ),
  );
  app.get(
    '/api/collection/payment-orders',
    {
      config: { access: { permission: 'collection.read' } },
      schema: {
        tags: ['collection'],
        summary: 'Payment orders in my agency subtree',
        querystring: z.strictObject({ employerId: id.optional(), personId: id.optional() }),
        response: { 200: listOf(paymentOrderView) },
      },
    },
    async (request) => {
      const items = await listPaymentOrders(ctx, staffOf(request), request.query);
      const read = { action: 'collection.payment_orders.list', entity: 'payment_order' } as const;
      await recordCollectionRead(ctx, request, read, personsIn(items));
      return items;
    },
  );
  app.get(
    '/api/collection/payment-orders/:id',
    {
      config: { access: { permission: 'collection.read' } },
      schema: {
        tags: ['collection'],
        summary: 'A payment order',
        params: idParams,
        response: { 200: paymentOrderView },
      },
    },
    async (request) => {
      const order = await paymentOrderDetail(ctx, staffOf(request), request.params.id);
      const read = { action: 'collection.payment_order.read', entity: 'payment_order', entityId: order.id } as const;
      await recordCollectionRead(ctx, request, read, personsIn([order]));
      return order;
    },
  );
  app.get(
    '/api/collection/payment-orders/:id/pdf',
    {
      config: { access: { permission: 'collection.read' } },
      schema: {
        tags: ['collection'],
        summary: 'A payment order as PDF (社会保险费催缴通知书)',
        params: idParams,
        response: { 200: fileResponse(['application/pdf'], 'The payment order (社会保险费催缴通知书)') },
      },
    },
    async (request, reply) => {
      const { pdf, orderNo, personId } = await paymentOrderPdf(ctx, staffOf(request), request.params.id);
      const read = {
        action: 'collection.payment_order.print',
        entity: 'payment_order',
        entityId: request.params.id,
      } as const;
      await recordCollectionRead(ctx, request, read, personsIn([{ personId }]));
      return sendPdf(reply, `${orderNo}.pdf`, pdf);
    },
  );
}

const deferralStatus = z.enum(DEFERRAL_STATUSES);

function deferralRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/collection/deferrals',
    {
      config: { access: { permission: 'collection.enforce' } },
      schema: {
        tags: ['collection'],
        summary: 'Propose a deferral agreement (缓缴协议) for an employer in arrears',
        body: z.strictObject({
          employerId: id,
          fromPeriod: period,
          toPeriod: period,
          payBy: date,
          guarantee: text(1, 500).optional(),
          note: text(0, 500).optional(),
        }),
        response: { 201: deferralView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await proposeDeferral(ctx, staffOf(request), auditActorOf(request), request.body)),
  );
  for (const [action, approve] of [
    ['approve', true],
    ['reject', false],
  ] as const)
    app.post(
      `/api/collection/deferrals/:id/${action}`,
      {
        config: { access: { permission: 'collection.approve' } },
        schema: {
          tags: ['collection'],
          summary: `${approve ? 'Approve' : 'Reject'} a deferral agreement (another person than the proposer)`,
          params: idParams,
          body: decision,
          response: { 200: deferralView },
        },
      },
      async (request) =>
        decideDeferral(ctx, staffOf(request), auditActorOf(request), request.params.id, {
          approve,
          note: request.body.note,
        }),
    );
  app.post(
    '/api/collection/deferrals/:id/cancel',
    {
      config: { access: { anyPermission: ['collection.enforce', 'collection.approve'] } },
      schema: {
        tags: ['collection'],
        summary: 'Cancel a proposed or active deferral agreement',
        params: idParams,
        body: z.strictObject({ note: text(1, 500) }),
        response: { 200: deferralView },
      },
    },
    async (request) =>
      cancelDeferral(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body.note),
  );
  app.get(
    '/api/collection/deferrals',
    {
      config: { access: { permission: 'collection.read' } },
      schema: {
        tags: ['collection'],
        summary: 'Deferral agreements in my agency subtree (breached / completed computed on read)',
        querystring: z.strictObject({ employerId: id.optional(), status: deferralStatus.optional() }),
        response: { 200: listOf(deferralView) },
      },
    },
    async (request) => listDeferrals(ctx, staffOf(request), request.query),
  );
}

function enforcementRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/collection/enforcement-steps',
    {
      config: { access: { permission: 'collection.enforce' } },
      schema: {
        tags: ['collection'],
        summary: 'Record an enforcement step (强制征缴) taken against an employer',
        body: z.strictObject({
          employerId: id,
          step: z.enum(ENFORCEMENT_STEPS),
          takenOn: date,
          documentNo: text(1, 60).optional(),
          note: text(1, 1000),
        }),
        response: { 201: enforcementStepView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordStep(ctx, staffOf(request), auditActorOf(request), request.body)),
  );
  app.get(
    '/api/collection/enforcement-steps',
    {
      config: { access: { permission: 'collection.read' } },
      schema: {
        tags: ['collection'],
        summary: 'Enforcement steps in my agency subtree, newest first',
        querystring: z.strictObject({ employerId: id.optional() }),
        response: { 200: listOf(enforcementStepView) },
      },
    },
    async (request) => listSteps(ctx, staffOf(request), request.query),
  );
}

function backPaymentRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/collection/back-payments',
    {
      config: { access: { permission: 'collection.declare' } },
      schema: {
        tags: ['collection'],
        summary: 'Propose a back payment (补缴) or an extension of payment (延长缴费)',
        body: z.strictObject({
          kind: z.enum(BACK_PAYMENT_KINDS),
          employerId: id.optional(),
          personId: id,
          fromPeriod: period,
          toPeriod: period,
          wage: money,
          schemes: z.array(z.enum(COLLECTION_SCHEMES)).min(1).max(4),
          employerAtFault: z.boolean(),
          reason: text(1, 1000),
          caseNumber: text(1, 40).optional(),
        }),
        response: { 201: backPaymentView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await proposeBackPayment(ctx, staffOf(request), auditActorOf(request), request.body)),
  );
  for (const [action, approve] of [
    ['approve', true],
    ['reject', false],
  ] as const)
    app.post(
      `/api/collection/back-payments/:id/${action}`,
      {
        config: { access: { permission: 'collection.approve' } },
        schema: {
          tags: ['collection'],
          summary: `${approve ? 'Approve (issues the back-payment bills)' : 'Reject'} a back payment (another person than the proposer)`,
          params: idParams,
          body: decision,
          response: { 200: backPaymentView },
        },
      },
      async (request) =>
        decideBackPayment(ctx, staffOf(request), auditActorOf(request), request.params.id, {
          approve,
          note: request.body.note,
        }),
    );
  app.get(
    '/api/collection/back-payments',
    {
      config: { access: { permission: 'collection.read' } },
      schema: {
        tags: ['collection'],
        summary: 'Back payments and extensions in my agency subtree',
        querystring: z.strictObject({
          personId: id.optional(),
          employerId: id.optional(),
          status: z.enum(BACK_PAYMENT_STATUSES).optional(),
        }),
        response: { 200: listOf(backPaymentView) },
      },
    },
    async (request) => {
      const items = await listBackPayments(ctx, staffOf(request), request.query);
      const read = { action: 'collection.back_payments.list', entity: 'back_payment' } as const;
      await recordCollectionRead(ctx, request, read, personsIn(items));
      return items;
    },
  );
}

/** Registers every route of part C. */
export function collectionArrearsRoutes(app: ZodApp, ctx: AppContext): void {
  arrearsRoutes(app, ctx);
  orderRoutes(app, ctx);
  deferralRoutes(app, ctx);
  enforcementRoutes(app, ctx);
  backPaymentRoutes(app, ctx);
}
