/**
 * What the routes of bills, payments and credit answer (collection.payments.routes.ts), and the
 * collection shapes the other collection answers reuse: a payer, a bill, a payment channel.
 * Money is yuan as decimal text (`money`) throughout.
 */
import { z } from 'zod';
import { calendarDay, instantText, listOf, money, period, recordId } from '../../http/response-pieces.ts';
import { COLLECTION_SCHEMES } from './collection.model.ts';

/** A fund (险种) of a bill line, a late fee or an allocation. */
export const collectionScheme = z.enum(COLLECTION_SCHEMES);

/** Who pays: an employer for its employees, or a flexible worker for themself. */
export const collectionPayer = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('employer'), employerId: recordId }),
    z.object({ kind: z.literal('flexible'), personId: recordId }),
  ])
  .meta({ id: 'CollectionPayer' });

/** How a payment came in; `api` only on payments recorded by the withdrawn `POST /api/v1/payments`. */
export const paymentChannel = z.enum(['window', 'bank_file', 'tax_file', 'api']);

/** How a payment met the open amounts (the reconciliation report's verdict). */
export const paymentMatch = z.enum(['matched', 'over_paid', 'under_paid', 'unmatched']);

/** The fields of a bill, unnamed: a statement picks from them. */
export const collectionBillFields = z.object({
  id: recordId,
  billNo: z.string(),
  payer: collectionPayer,
  period,
  regionCode: z.string(),
  kind: z.enum(['regular', 'back_payment']),
  basis: z
    .enum(['declared', 'undeclared', 'back_payment'])
    .describe('What the bill was assessed from: a declaration, 110 % of the last month, a back payment'),
  status: z.enum(['open', 'paid', 'cancelled']),
  total: money,
  paid: money,
  open: money.describe('total − paid'),
  dueOn: calendarDay,
  issuedAt: instantText,
  declarationId: recordId.nullable(),
  backPaymentId: recordId.nullable(),
});

/** A bill (缴费单) as lists show it. */
export const collectionBill = collectionBillFields.meta({ id: 'CollectionBill' });

const billLine = z.object({
  personId: recordId,
  name: z.string(),
  citizenId: z.string().describe('Masked citizen ID'),
  scheme: collectionScheme,
  wage: money,
  base: money,
  employer: money,
  employee: money,
  accountCredit: money.describe('The part credited to the personal account'),
  total: money.describe('employer + employee'),
  employerRate: z.string().describe('Exact decimal rate'),
  employeeRate: z.string().describe('Exact decimal rate'),
  status: z.enum(['open', 'paid']),
  paymentId: recordId.nullable(),
  entryId: recordId.nullable(),
  paidOn: calendarDay.nullable(),
});

const lateFee = z.object({
  id: recordId,
  personId: recordId,
  scheme: collectionScheme,
  arrears: money,
  startOn: calendarDay,
  endOn: calendarDay,
  days: z.number().int(),
  fee: money,
  paid: money,
  status: z.enum(['open', 'paid', 'waived']),
});

const allocation = z.object({
  id: recordId,
  paymentId: recordId.nullable().describe('Null when held credit was applied'),
  paymentNo: z.string().nullable(),
  creditId: recordId.nullable(),
  personId: recordId.nullable().describe('Null on a late fee allocation'),
  scheme: collectionScheme.nullable(),
  lateFeeId: recordId.nullable(),
  amount: money,
  entryId: recordId,
  allocatedAt: instantText,
});

/** One bill with its lines (masked IDs), late fees and allocations. */
export const collectionBillDetail = collectionBillFields
  .extend({ lines: listOf(billLine), lateFees: listOf(lateFee), allocations: listOf(allocation) })
  .meta({ id: 'CollectionBillDetail' });

/** A list of bills. */
export const collectionBillsAnswer = z.object({ items: listOf(collectionBill) });

/** A payment as recorded at the window: what it paid and what it left open or held. */
export const collectionPaymentRecorded = z
  .object({
    id: recordId,
    paymentNo: z.string(),
    payer: collectionPayer,
    amount: money,
    allocated: money,
    held: money.describe('Held as credit (预缴/溢缴)'),
    linesPaid: z.number().int(),
    linesLeftOpen: z.number().int(),
    lateFeesCharged: money,
    billsPaid: listOf(recordId).describe('Bills this payment paid in full'),
    match: paymentMatch,
    noticeNo: z.string().nullable().describe('The employer’s payment notice it answered (same reference and amount)'),
  })
  .meta({ id: 'CollectionPaymentRecorded' });

/** A payment as lists show it. */
export const collectionPayment = z
  .object({
    id: recordId,
    paymentNo: z.string(),
    payerKind: z.enum(['employer', 'flexible']),
    employerId: recordId.nullable(),
    personId: recordId.nullable(),
    amount: money,
    allocated: money,
    held: money,
    receivedOn: calendarDay,
    channel: paymentChannel,
    reference: z.string(),
    paymentFileId: recordId.nullable(),
    recordedAt: instantText,
  })
  .meta({ id: 'CollectionPayment' });

/** A list of payments, newest first. */
export const collectionPaymentsAnswer = z.object({ items: listOf(collectionPayment) });

/** The employer's collection summary (360 view tab). */
export const collectionEmployerSummary = z
  .object({
    openBills: listOf(collectionBill),
    paidThisYear: money,
    arrears: money.describe('Open amounts of open bills past their due day'),
    lateFeesOpen: money,
    credit: money,
  })
  .meta({ id: 'CollectionEmployerSummary' });

/** The payer's credit (预缴/溢缴) balance. */
export const collectionCreditAnswer = z.object({ credit: money });
