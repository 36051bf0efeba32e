/**
 * What the routes of payment files (到账文件) and refunds of credit (退费) answer
 * (collection.payment-files.routes.ts).
 */
import { z } from 'zod';
import { calendarDay, instantText, listOf, money, recordId } from '../../http/response-pieces.ts';
import { paymentMatch } from './collection.payments.responses.ts';

/** One row of a payment file as recorded: the payment it became and how it met the open amounts. */
const reconciliationRow = z
  .object({
    row: z.number().int().describe('The row number in the file'),
    payerCode: z.string(),
    payerName: z.string(),
    amount: money,
    receivedOn: calendarDay,
    reference: z.string(),
    billNo: z.string().nullable(),
    paymentNo: z.string(),
    due: money.describe('What was open on the bills considered (late fees included), before the payment'),
    held: money.describe('What was held as credit'),
    outcome: paymentMatch,
    noticeNo: z.string().nullable().describe('The employer’s payment notice the row answered, if any'),
  })
  .meta({ id: 'CollectionReconciliationRow' });

/** The reconciliation report of a payment file: its rows by outcome. */
const reconciliationReport = z
  .object({
    matched: listOf(reconciliationRow),
    overPaid: listOf(reconciliationRow),
    underPaid: listOf(reconciliationRow),
    unmatched: listOf(reconciliationRow),
    counts: z.object({
      matched: z.number().int(),
      overPaid: z.number().int(),
      underPaid: z.number().int(),
      unmatched: z.number().int(),
    }),
  })
  .meta({ id: 'CollectionReconciliationReport' });

const paymentFileFields = z.object({
  id: recordId,
  fileNo: z.string(),
  source: z.enum(['bank', 'tax']),
  fileName: z.string(),
  rowCount: z.number().int(),
  total: money,
  report: reconciliationReport,
  importedAt: instantText,
});

/** A payment file just imported, with its reconciliation report. */
export const paymentFileImported = paymentFileFields.meta({ id: 'CollectionPaymentFileImported' });

/** A payment file as the list and the detail show it: who imported it, too. */
export const paymentFileRecord = paymentFileFields
  .extend({ importedBy: recordId.describe('The staff member who imported it') })
  .meta({ id: 'CollectionPaymentFile' });

/** The payment files of the caller's subtree, newest first. */
export const paymentFilesAnswer = z.object({ items: listOf(paymentFileRecord) });

/** A refund of a payer's credit, proposed by one staff member and decided by another. */
export const collectionRefund = z
  .object({
    id: recordId,
    refundNo: z.string(),
    payerKind: z.enum(['employer', 'flexible']),
    employerId: recordId.nullable(),
    personId: recordId.nullable(),
    payerName: z.string().nullable(),
    regionCode: z.string(),
    amount: money,
    reason: z.string(),
    status: z.enum(['proposed', 'approved', 'rejected']),
    proposedBy: recordId.describe('Staff id'),
    proposedAt: instantText,
    decidedBy: recordId.nullable().describe('Staff id'),
    decidedAt: instantText.nullable(),
    decisionNote: z.string().nullable(),
    entryId: recordId.nullable().describe('The ledger entry of an approved refund'),
  })
  .meta({ id: 'CollectionRefund' });

/** Refunds of the caller's subtree, newest first. */
export const collectionRefundsAnswer = z.object({ items: listOf(collectionRefund) });
