/**
 * Reading bills: a payer's bills and one bill with its lines (masked citizen IDs and names), late
 * fees and allocations. Money as decimal strings, as the API shows it. Scope is the caller's job.
 */
import type { Selectable } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { ContributionBillTable } from '../../db/tables/collection.ts';
import { centsFromInteger, centsToDecimal } from '../../kernel/cents.ts';
import { COLLECTION_SCHEMES, payerColumns, payerOf, type Payer } from './collection.model.ts';
import { rejectPayment } from './collection.payments.rejections.ts';
import { firstInSubtree } from './collection.scope.ts';

type BillRecord = Selectable<ContributionBillTable>;

const money = (fen: number | string) => centsToDecimal(centsFromInteger(Number(fen)));

export interface BillSummary {
  readonly id: number;
  readonly billNo: string;
  readonly payer: Payer;
  readonly period: string;
  readonly regionCode: string;
  readonly kind: BillRecord['kind'];
  readonly basis: BillRecord['basis'];
  readonly status: BillRecord['status'];
  readonly total: string;
  readonly paid: string;
  readonly open: string;
  readonly dueOn: string;
  readonly issuedAt: string;
  readonly declarationId: number | null;
  readonly backPaymentId: number | null;
}

export function billSummary(row: BillRecord): BillSummary {
  return {
    id: Number(row.id),
    billNo: row.bill_no,
    payer: payerOf(row),
    period: row.period,
    regionCode: row.region_code,
    kind: row.kind,
    basis: row.basis,
    status: row.status,
    total: money(row.total_fen),
    paid: money(row.paid_fen),
    open: money(Number(row.total_fen) - Number(row.paid_fen)),
    dueOn: String(row.due_on),
    issuedAt: new Date(row.issued_at).toISOString(),
    declarationId: row.declaration_id === null ? null : Number(row.declaration_id),
    backPaymentId: row.back_payment_id === null ? null : Number(row.back_payment_id),
  };
}

export interface BillFilter {
  readonly employerId?: number | undefined;
  readonly personId?: number | undefined;
  readonly period?: string | undefined;
  readonly status?: 'open' | 'paid' | 'cancelled' | undefined;
  /** Staff: only payers whose agency path starts with this. */
  readonly agencyPath?: string | undefined;
  readonly limit?: number | undefined;
}

/** Bills matching the filter, newest period first (at most `limit`, default 200). */
export async function listBills(db: Db, filter: BillFilter): Promise<BillSummary[]> {
  let q = db.selectFrom('contribution_bills as b').selectAll('b');
  if (filter.employerId !== undefined) q = q.where('b.employer_id', '=', filter.employerId);
  if (filter.personId !== undefined) q = q.where('b.person_id', '=', filter.personId);
  if (filter.period !== undefined) q = q.where('b.period', '=', filter.period);
  if (filter.status !== undefined) q = q.where('b.status', '=', filter.status);
  const ordered = q.orderBy('b.period', 'desc').orderBy('b.id', 'desc');
  const page = (offset: number, size: number) => ordered.offset(offset).limit(size).execute();
  const rows = await firstInSubtree(db, filter.agencyPath, filter.limit ?? 200, page, 'registered');
  return rows.map(billSummary);
}

/** A payer's bills (all statuses unless filtered), newest period first. */
export async function billsOfPayer(
  db: Db,
  payer: Payer,
  filter: Omit<BillFilter, 'employerId' | 'personId' | 'agencyPath'> = {},
): Promise<BillSummary[]> {
  const cols = payerColumns(payer);
  return listBills(db, {
    ...filter,
    ...(cols.employer_id === null ? { personId: cols.person_id! } : { employerId: cols.employer_id }),
  });
}

const schemeOrder = (s: string) => COLLECTION_SCHEMES.indexOf(s as (typeof COLLECTION_SCHEMES)[number]);

/** The bill row or a refusal. */
export async function loadBill(db: Db, billId: number): Promise<BillRecord> {
  const row = await db.selectFrom('contribution_bills').selectAll().where('id', '=', billId).executeTakeFirst();
  if (!row) throw rejectPayment('collection_bill_not_found');
  return row;
}

/** One bill with its lines (masked IDs), late fees and allocations. */
export async function billDetail(db: Db, billId: number) {
  const bill = await loadBill(db, billId);
  const lines = await db
    .selectFrom('bill_lines as l')
    .innerJoin('persons as p', 'p.person_id', 'l.person_id')
    .select([
      'l.person_id',
      'p.name',
      'p.id_masked',
      'l.scheme',
      'l.wage_fen',
      'l.base_fen',
      'l.employer_fen',
      'l.employee_fen',
      'l.account_credit_fen',
      'l.employer_rate',
      'l.employee_rate',
      'l.status',
      'l.payment_id',
      'l.entry_id',
      'l.paid_on',
    ])
    .where('l.bill_id', '=', billId)
    .execute();
  lines.sort((a, b) => schemeOrder(a.scheme) - schemeOrder(b.scheme) || Number(a.person_id) - Number(b.person_id));
  const lateFees = await db.selectFrom('late_fees').selectAll().where('bill_id', '=', billId).orderBy('id').execute();
  const allocations = await db
    .selectFrom('payment_allocations as a')
    .leftJoin('payments as p', 'p.id', 'a.payment_id')
    .select([
      'a.id',
      'a.payment_id',
      'p.payment_no',
      'a.credit_id',
      'a.person_id',
      'a.scheme',
      'a.late_fee_id',
      'a.amount_fen',
      'a.entry_id',
      'a.allocated_at',
    ])
    .where((eb) =>
      eb.or([
        eb('a.bill_id', '=', billId),
        eb('a.late_fee_id', 'in', eb.selectFrom('late_fees').select('id').where('bill_id', '=', billId)),
      ]),
    )
    .orderBy('a.id')
    .execute();
  return {
    ...billSummary(bill),
    lines: lines.map((l) => ({
      personId: Number(l.person_id),
      name: l.name,
      citizenId: l.id_masked,
      scheme: l.scheme,
      wage: money(l.wage_fen),
      base: money(l.base_fen),
      employer: money(l.employer_fen),
      employee: money(l.employee_fen),
      accountCredit: money(l.account_credit_fen),
      total: money(Number(l.employer_fen) + Number(l.employee_fen)),
      employerRate: l.employer_rate,
      employeeRate: l.employee_rate,
      status: l.status,
      paymentId: l.payment_id === null ? null : Number(l.payment_id),
      entryId: l.entry_id === null ? null : Number(l.entry_id),
      paidOn: l.paid_on === null ? null : String(l.paid_on),
    })),
    lateFees: lateFees.map((f) => ({
      id: Number(f.id),
      personId: Number(f.person_id),
      scheme: f.scheme,
      arrears: money(f.arrears_fen),
      startOn: String(f.start_on),
      endOn: String(f.end_on),
      days: f.days,
      fee: money(f.fee_fen),
      paid: money(f.paid_fen),
      status: f.status,
    })),
    allocations: allocations.map((a) => ({
      id: Number(a.id),
      paymentId: a.payment_id === null ? null : Number(a.payment_id),
      paymentNo: a.payment_no,
      creditId: a.credit_id === null ? null : Number(a.credit_id),
      personId: a.person_id === null ? null : Number(a.person_id),
      scheme: a.scheme,
      lateFeeId: a.late_fee_id === null ? null : Number(a.late_fee_id),
      amount: money(a.amount_fen),
      entryId: Number(a.entry_id),
      allocatedAt: new Date(a.allocated_at).toISOString(),
    })),
  };
}

export type BillDetail = Awaited<ReturnType<typeof billDetail>>;
