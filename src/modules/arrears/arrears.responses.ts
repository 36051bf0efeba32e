/**
 * What the routes of part C answer (collection.arrears.routes.ts): arrears, payment orders,
 * deferral agreements, enforcement steps, back payments and extensions. Amounts are yuan text.
 */
import { z } from 'zod';
import { calendarDay, instantText, listOf, money, period, recordId } from '../../http/response-pieces.ts';
import { BACK_PAYMENT_KINDS, BACK_PAYMENT_STATUSES } from './arrears.back-payments.ts';
import { DEFERRAL_STATUSES, COLLECTION_SCHEMES, type PayerKind } from '../collection/index.ts';
import { ENFORCEMENT_STEPS } from './arrears.enforcement.ts';

const count = z.number().int().nonnegative();
const payerKind = z.enum(['employer', 'flexible'] as const satisfies readonly PayerKind[]);
const staffId = recordId.describe('The staff member’s id');

const periodAmounts = z.object({ period, amount: money, lateFee: money });

/** One payer in arrears: an employer (employerId) or a flexible worker (personId). */
export const arrearsPayerView = z
  .object({
    payerKind,
    employerId: recordId.nullable().describe('Set for an employer, null for a flexible worker'),
    personId: recordId.nullable().describe('Set for a flexible worker, null for an employer'),
    name: z.string(),
    code: z.string().describe('The employer’s unified credit code, or the person’s masked identity number'),
    amount: money.describe('Contributions owed on open lines past their due date'),
    lines: count.describe('Open bill lines in arrears'),
    months: count.describe('Periods in arrears'),
    oldestPeriod: period,
    lateFeeAccrued: money.describe('Late fee (滞纳金) accrued on the open lines up to asOf, not yet charged'),
    lateFeesCharged: money.describe('Late fees already charged on paid lines and not yet paid'),
    enforcement: z
      .object({ step: z.enum(ENFORCEMENT_STEPS), takenOn: calendarDay })
      .nullable()
      .describe('The last enforcement step taken against an employer'),
    deferral: z
      .object({ agreementNo: z.string(), payBy: calendarDay })
      .nullable()
      .describe('The deferral agreement in force on asOf'),
    byPeriod: listOf(periodAmounts),
  })
  .meta({ id: 'CollectionArrearsPayer' });

/** `GET /api/collection/arrears`, `GET /api/hall/employer/arrears`, `GET /api/hall/person/arrears`. */
export const arrearsAnswer = z
  .object({
    asOf: calendarDay,
    payerCount: count.describe('Payers in arrears (all of them, also those beyond the limit)'),
    total: money,
    lateFeeAccrued: money,
    payers: listOf(arrearsPayerView).describe('Largest amount first, at most `limit` (500 by default)'),
    byPeriod: listOf(periodAmounts.extend({ payers: count })).describe('Totals by period, oldest first'),
  })
  .meta({ id: 'CollectionArrears' });

/** A payment order (催缴通知) with the figures fixed on the day it was issued. */
export const paymentOrderView = z
  .object({
    id: recordId,
    orderNo: z.string(),
    employerId: recordId.nullable(),
    personId: recordId.nullable(),
    payerName: z.string(),
    arrears: money,
    lateFee: money.describe('Late fee accrued to asOf'),
    asOf: calendarDay,
    payBy: calendarDay,
    periods: listOf(period),
    issuedBy: staffId,
    issuedAt: instantText,
    pdfUrl: z.string().describe('Where the order is printed (GET, PDF)'),
  })
  .meta({ id: 'CollectionPaymentOrder' });

/** A deferral agreement (缓缴协议). */
export const deferralView = z
  .object({
    id: recordId,
    agreementNo: z.string(),
    employerId: recordId,
    employerName: z.string(),
    fromPeriod: period,
    toPeriod: period,
    payBy: calendarDay,
    guarantee: z.string().nullable(),
    status: z
      .enum(DEFERRAL_STATUSES)
      .describe('As stored, except breached / completed computed on read for an active agreement'),
    proposedBy: staffId,
    proposedAt: instantText,
    decidedBy: staffId.nullable(),
    decidedAt: instantText.nullable(),
    note: z.string().nullable(),
  })
  .meta({ id: 'CollectionDeferral' });

/** An enforcement step (强制征缴) taken against an employer. */
export const enforcementStepView = z
  .object({
    id: recordId,
    employerId: recordId,
    employerName: z.string(),
    step: z.enum(ENFORCEMENT_STEPS),
    takenOn: calendarDay,
    documentNo: z.string().nullable(),
    note: z.string(),
    paymentOrderId: recordId.nullable().describe('The payment order that recorded this step, if one did'),
    paymentOrderNo: z.string().nullable(),
    recordedBy: staffId,
    recordedAt: instantText,
  })
  .meta({ id: 'CollectionEnforcementStep' });

/** A back payment (补缴) or extension of payment (延长缴费), with the bills its approval issued. */
export const backPaymentView = z
  .object({
    id: recordId,
    backPaymentNo: z.string(),
    kind: z.enum(BACK_PAYMENT_KINDS),
    payerKind,
    employerId: recordId.nullable(),
    employerName: z.string().nullable(),
    personId: recordId,
    personName: z.string(),
    fromPeriod: period,
    toPeriod: period,
    wage: money.describe('The monthly wage the periods are assessed on'),
    schemes: listOf(z.enum(COLLECTION_SCHEMES)),
    employerAtFault: z.boolean().describe('Whether late fees are charged on its bills'),
    reason: z.string(),
    caseId: recordId.nullable(),
    caseNumber: z.string().nullable(),
    status: z.enum(BACK_PAYMENT_STATUSES),
    proposedBy: staffId,
    proposedAt: instantText,
    decidedBy: staffId.nullable(),
    decidedAt: instantText.nullable(),
    decisionNote: z.string().nullable(),
    bills: listOf(
      z.object({
        id: recordId,
        billNo: z.string(),
        period,
        total: money,
        status: z.enum(['open', 'paid', 'cancelled']),
      }),
    ).describe('One back-payment bill per period, once approved'),
  })
  .meta({ id: 'CollectionBackPayment' });
