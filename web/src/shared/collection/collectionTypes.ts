/**
 * The collection area's names for what the server answers (征缴, issue 6; docs/collection-plan.md),
 * taken from the generated types of the OpenAPI document (`web/src/api/schema.gen.ts`), and the
 * web's own lists of their values. Money is yuan as decimal strings ("1234.56"), periods YYYYMM,
 * dates YYYY-MM-DD.
 */
import type { Schema } from '../../api/typed.ts';

/** Who pays: an employer or a flexible worker (灵活就业人员). */
export type Payer = Schema<'CollectionPayer'>;

/** A declaration as listed: its period's live regular bill, no lines. */
export type DeclarationSummary = Schema<'CollectionDeclarationSummary'>;
/** What a declaration answers: its number and revision, the bill issued, the covered persons left out. */
export type DeclarationReceipt = Schema<'CollectionDeclarationReceipt'>;

/** A bill (缴费单) as listed. */
export type Bill = Schema<'CollectionBill'>;
/** One bill with its lines (masked IDs), late fees and allocations. */
export type BillDetail = Schema<'CollectionBillDetail'>;
/** One line of a bill: one person and one scheme. */
export type BillLine = BillDetail['lines'][number];
export type BillStatus = Bill['status'];
export type CollectionScheme = BillLine['scheme'];
export const COLLECTION_SCHEMES: readonly CollectionScheme[] = ['pension', 'medical', 'unemployment', 'work_injury'];

/** A payment (缴款) as listed. */
export type Payment = Schema<'CollectionPayment'>;
/** The answer to recording a payment: how it matched what was open. */
export type PaymentRecorded = Schema<'CollectionPaymentRecorded'>;

/** 缴款通知: what an employer says it paid; it waits for the bank-side payment and moves no money. */
export type PaymentNotice = Schema<'CollectionPaymentNotice'>;
export type NoticeStatus = PaymentNotice['status'];
export const NOTICE_STATUSES: readonly NoticeStatus[] = ['open', 'matched', 'dismissed'];

/** The payers owing, totals and totals by period (staff and hall). */
export type ArrearsView = Schema<'CollectionArrears'>;
/** One payer owing. */
export type ArrearsRow = Schema<'CollectionArrearsPayer'>;
/** What is owed for one period (the view's rows also count the payers). */
export type ArrearsByPeriod = ArrearsRow['byPeriod'][number];

/** A payment order (催缴通知). */
export type PaymentOrder = Schema<'CollectionPaymentOrder'>;
/** An enforcement step (强制征缴) taken against an employer. */
export type EnforcementStep = Schema<'CollectionEnforcementStep'>;
export type EnforcementStepKind = EnforcementStep['step'];
export const ENFORCEMENT_STEPS: readonly EnforcementStepKind[] = [
  'order_to_pay',
  'bank_query',
  'deduction',
  'guarantee',
  'deferral',
  'court',
];
/** A deferral agreement (缓缴协议). */
export type Deferral = Schema<'CollectionDeferral'>;
/** A back payment (补缴) or an extension of payment (延长缴费). */
export type BackPayment = Schema<'CollectionBackPayment'>;
/** A refund of credit (退费). */
export type Refund = Schema<'CollectionRefund'>;

/** An imported bank or tax payment file with its reconciliation report. */
export type PaymentFile = Schema<'CollectionPaymentFile'>;
/** The answer to importing a payment file. */
export type PaymentFileImported = Schema<'CollectionPaymentFileImported'>;
export type ReconciliationReport = Schema<'CollectionReconciliationReport'>;
export type ReconciliationRow = Schema<'CollectionReconciliationRow'>;

/** A month close (月结) of a region and period: step, progress, and the report once made. */
export type MonthClose = Schema<'CollectionMonthClose'>;
/** One fund's row of the month close's report (or the total row, fund 'total'). */
export type FundReport = Schema<'CollectionMonthCloseFund'>;

/** The employer 360 view's 征缴 tab. */
export type EmployerCollectionSummary = Schema<'CollectionEmployerSummary'>;

/**
 * One problem of a refused spreadsheet or form, as a refusal's `details` lists it (the document
 * leaves `details` open, so this is the web's reading of it): the file's row number when there is one.
 */
export interface RowError {
  row?: number | null;
  line?: number | null;
  column?: string | null;
  field?: string | null;
  code: string;
  message: string;
}
