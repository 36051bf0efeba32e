/** Read models of payments: the list of a payer's or a subtree's payments, and a payer's credit. */
import type { Db } from '../../db/connection.ts';
import { centsFromInteger, centsToDecimal } from '../../kernel/cents.ts';
import type { Payer } from './collection.model.ts';
import { creditBalances } from './collection.payments.ts';
import { firstInSubtree } from './collection.scope.ts';

/** The newest payments a list shows. */
const PAYMENTS_LISTED_MAX = 200;

const decimal = (fen: number) => centsToDecimal(centsFromInteger(fen));

/** Which payments a list shows: a payer's, the staff subtree's payers', or both narrowed together. */
export interface PaymentFilter {
  readonly employerId?: number | undefined;
  readonly personId?: number | undefined;
  /** Payments of employers or persons registered at an agency of this subtree. */
  readonly agencyPath?: string | undefined;
}

/** Payments matching the filter, newest first, money as decimal strings. */
export async function listPayments(db: Db, filter: PaymentFilter) {
  let q = db.selectFrom('payments as p').selectAll('p');
  if (filter.employerId !== undefined) q = q.where('p.employer_id', '=', filter.employerId);
  if (filter.personId !== undefined) q = q.where('p.person_id', '=', filter.personId);
  const ordered = q.orderBy('p.id', 'desc');
  const page = (offset: number, size: number) => ordered.offset(offset).limit(size).execute();
  const rows = await firstInSubtree(db, filter.agencyPath, PAYMENTS_LISTED_MAX, page, 'registered');
  return rows.map((r) => ({
    id: Number(r.id),
    paymentNo: r.payment_no,
    payerKind: r.payer_kind,
    employerId: r.employer_id === null ? null : Number(r.employer_id),
    personId: r.person_id === null ? null : Number(r.person_id),
    amount: decimal(Number(r.amount_fen)),
    allocated: decimal(Number(r.allocated_fen)),
    held: decimal(Number(r.held_fen)),
    receivedOn: String(r.received_on),
    channel: r.channel,
    reference: r.reference,
    paymentFileId: r.payment_file_id === null ? null : Number(r.payment_file_id),
    recordedAt: new Date(r.recorded_at).toISOString(),
  }));
}

/** The payer's credit (prepaid or overpaid, not yet allocated) as a decimal string. */
export async function creditOf(db: Db, payer: Payer): Promise<string> {
  const balances = await creditBalances(db, [payer]);
  return decimal([...balances.values()][0] ?? 0);
}
