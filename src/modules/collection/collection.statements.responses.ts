/** What the routes of statements (对账单) answer (collection.statements.routes.ts). */
import { z } from 'zod';
import { calendarDay, instantText, listOf, money, period, recordId } from '../../http/response-pieces.ts';
import { COLLECTION_SCHEMES, DECLARATION_CHANNELS } from './collection.model.ts';
import { collectionBillFields, paymentChannel } from './collection.payments.responses.ts';

const payerHead = {
  name: z.string(),
  code: z.string().describe('The employer’s credit code, or the flexible worker’s masked citizen ID'),
};

/** One fund's figures (or the 合计 row, scheme `total`). */
const fundFigures = z.object({
  scheme: z.enum([...COLLECTION_SCHEMES, 'total']),
  employer: money,
  employee: money,
  due: money.describe('employer + employee'),
  paid: money,
  open: money.describe('due − paid'),
  lateFee: money.describe('Late fees charged (a waived fee counts what was paid of it)'),
  lateFeePaid: money,
  lateFeeOpen: money,
});

/** One payer's statement of one period: declarations, funds, bills, payments, credit at the end. */
export const collectionStatement = z
  .object({
    period,
    payer: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('employer'), employerId: recordId, ...payerHead }),
      z.object({ kind: z.literal('flexible'), personId: recordId, ...payerHead }),
    ]),
    basis: z.enum(['declared', 'undeclared', 'back_payment']).nullable().describe('The regular bill’s basis, if any'),
    declarations: listOf(
      z.object({
        id: recordId,
        declarationNo: z.string(),
        kind: z.enum(['monthly', 'annual_base']),
        revision: z.number().int(),
        status: z.enum(['submitted', 'closed']),
        channel: z.enum(DECLARATION_CHANNELS),
        headcount: z.number().int(),
        wageTotal: money,
        submittedAt: instantText,
      }),
    ),
    funds: listOf(fundFigures).describe('One row per fund with a line or a fee, in bill order'),
    totals: fundFigures.extend({ received: money.describe('What the payments below put on the period') }),
    bills: listOf(
      collectionBillFields.pick({
        id: true,
        billNo: true,
        kind: true,
        basis: true,
        status: true,
        total: true,
        paid: true,
        open: true,
        dueOn: true,
        issuedAt: true,
      }),
    ).describe('Every bill of the period, a cancelled one too (its figures are not in funds)'),
    payments: listOf(
      z.object({
        paymentId: recordId.nullable(),
        paymentNo: z.string().nullable(),
        creditId: recordId.nullable().describe('Set when held credit was applied (no payment)'),
        receivedOn: calendarDay.describe('For credit applied: the day it was applied'),
        channel: z.union([paymentChannel, z.literal('credit')]),
        contribution: money,
        lateFee: money,
        amount: money,
      }),
    ),
    credit: z.object({ asOf: calendarDay, balance: money }).describe('Credit held at the end of the period'),
  })
  .meta({ id: 'CollectionStatement' });

/** The periods with a statement, newest first. */
export const statementPeriodsAnswer = z.object({ items: listOf(period) });
