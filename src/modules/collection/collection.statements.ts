/**
 * 对账单 (statement) of one payer for one period, read from the database: the payer, the period's
 * declarations, per fund what was due (employer and employee parts), paid and open, the late fees
 * on the period's bills, the bills, the payments allocated to them and the credit held at the
 * period's end. Money is fen inside and decimal strings in the view. Scope is the caller's job.
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/connection.ts';
import type { PaymentTable } from '../../db/tables/collection.ts';
import { dateOfInstant, startOfChinaDay } from '../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal, sumCents, type Cents } from '../../kernel/cents.ts';
import { firstDayOf, lastDayOf, nextPeriod, type Period } from '../../kernel/period.ts';
import { billsOfPayer, type BillSummary } from './collection.bills.views.ts';
import { payerColumns, type CollectionScheme, type DeclarationChannel, type Payer } from './collection.model.ts';
import { rejectStatement } from './collection.statements.rejections.ts';
import { fundFigures, fundTotals, type FeeSum, type FundFigures, type LineSum } from './collection.statements.rules.ts';
import { employerHeads, personHeads } from '../registration/index.ts';

/** Most periods the list of statements answers (50 years of months). */
export const STATEMENT_PERIODS_MAX = 600;

const fen = (v: number | string | null) => centsFromInteger(Number(v ?? 0));
const money = (c: Cents) => centsToDecimal(c);

/** The payer's name and code (credit code, or masked citizen ID) as the statement heads them. */
async function payerHead(db: Executor, payer: Payer) {
  const head =
    payer.kind === 'employer'
      ? (await employerHeads(db, [payer.employerId])).get(payer.employerId)
      : (await personHeads(db, [payer.personId])).get(payer.personId);
  return { ...payer, name: head?.name ?? '', code: head?.code ?? '' };
}

async function lineSums(db: Executor, billIds: readonly number[]): Promise<LineSum[]> {
  if (billIds.length === 0) return [];
  const { rows } = await sql<{ scheme: CollectionScheme; status: 'open' | 'paid'; er: string; ee: string }>`
    SELECT scheme, status, sum(employer_fen)::text AS er, sum(employee_fen)::text AS ee
      FROM bill_lines WHERE bill_id = ANY(${billIds}::bigint[])
     GROUP BY scheme, status`.execute(db);
  return rows.map((r) => ({ scheme: r.scheme, status: r.status, employer: fen(r.er), employee: fen(r.ee) }));
}

async function feeSums(db: Executor, billIds: readonly number[]): Promise<FeeSum[]> {
  if (billIds.length === 0) return [];
  const { rows } = await sql<{ scheme: CollectionScheme; status: FeeSum['status']; fee: string; paid: string }>`
    SELECT scheme, status, sum(fee_fen)::text AS fee, sum(paid_fen)::text AS paid
      FROM late_fees WHERE bill_id = ANY(${billIds}::bigint[])
     GROUP BY scheme, status`.execute(db);
  return rows.map((r) => ({ scheme: r.scheme, status: r.status, fee: fen(r.fee), paid: fen(r.paid) }));
}

interface AllocatedRow {
  payment_id: number | null;
  credit_id: number | null;
  payment_no: string | null;
  received_on: string | null;
  channel: PaymentTable['channel'] | null;
  contribution: string;
  late_fee: string;
  first_at: Date | string;
}

/**
 * What each payment (or each application of held credit) put on the period's bills: contributions
 * on their lines and late fees on their fees. Credit applied has no payment: its date is the day
 * it was applied and its channel 'credit'.
 */
async function allocatedPayments(db: Executor, billIds: readonly number[]) {
  if (billIds.length === 0) return [];
  const { rows } = await sql<AllocatedRow>`
    SELECT a.payment_id, a.credit_id, p.payment_no, p.received_on::text AS received_on, p.channel,
           coalesce(sum(a.amount_fen) FILTER (WHERE a.late_fee_id IS NULL), 0)::text AS contribution,
           coalesce(sum(a.amount_fen) FILTER (WHERE a.late_fee_id IS NOT NULL), 0)::text AS late_fee,
           min(a.allocated_at) AS first_at
      FROM payment_allocations a
      LEFT JOIN payments p ON p.id = a.payment_id
     WHERE a.bill_id = ANY(${billIds}::bigint[])
        OR a.late_fee_id IN (SELECT id FROM late_fees WHERE bill_id = ANY(${billIds}::bigint[]))
     GROUP BY a.payment_id, a.credit_id, p.payment_no, p.received_on, p.channel
     ORDER BY min(a.allocated_at), a.payment_id, a.credit_id`.execute(db);
  return rows.map((r) => {
    const contribution = fen(r.contribution);
    const lateFee = fen(r.late_fee);
    return {
      paymentId: r.payment_id === null ? null : Number(r.payment_id),
      paymentNo: r.payment_no,
      creditId: r.credit_id === null ? null : Number(r.credit_id),
      receivedOn: r.received_on ?? dateOfInstant(new Date(r.first_at)),
      channel: r.channel ?? ('credit' as const),
      contribution,
      lateFee,
      amount: sumCents([contribution, lateFee]),
    };
  });
}

/** The payer's credit (预缴/溢缴) balance at the end of the period's last day, China time. */
async function creditAtEnd(db: Executor, payer: Payer, period: Period): Promise<Cents> {
  const cols = payerColumns(payer);
  const end = startOfChinaDay(firstDayOf(nextPeriod(period)));
  // The same coalesce form as payer_credits_payer_idx, so the index serves it.
  const { rows } = await sql<{ n: string | null }>`
    SELECT sum(amount_fen)::text AS n FROM payer_credits
     WHERE payer_kind = ${cols.payer_kind} AND coalesce(employer_id, 0) = ${cols.employer_id ?? 0}
       AND coalesce(person_id, 0) = ${cols.person_id ?? 0} AND at < ${end}`.execute(db);
  return fen(rows[0]?.n ?? null);
}

function fundView(f: FundFigures) {
  return {
    scheme: f.scheme,
    employer: money(f.employer),
    employee: money(f.employee),
    due: money(f.due),
    paid: money(f.paid),
    open: money(f.open),
    lateFee: money(f.lateFee),
    lateFeePaid: money(f.lateFeePaid),
    lateFeeOpen: money(f.lateFeeOpen),
  };
}

function billView(b: BillSummary) {
  const { id, billNo, kind, basis, status, total, paid, open, dueOn, issuedAt } = b;
  return { id, billNo, kind, basis, status, total, paid, open, dueOn, issuedAt };
}

/** The regular bill's basis: declared, or assessed at 110 % of the last month when undeclared. */
function basisOf(live: readonly BillSummary[]): BillSummary['basis'] | null {
  return live.find((b) => b.kind === 'regular')?.basis ?? null;
}

/** A declaration of the period as the statement shows it. */
export interface StatementDeclaration {
  readonly id: number;
  readonly declarationNo: string;
  readonly kind: 'monthly' | 'annual_base';
  readonly revision: number;
  readonly status: 'submitted' | 'closed';
  readonly channel: DeclarationChannel;
  readonly lineCount: number;
  readonly totalWage: string;
  readonly submittedAt: string;
}

/**
 * The declarations of a payer's period. Declarations are the contributions module's, which sits
 * above collection (a declaration issues a bill): the app passes the reader in.
 */
export type DeclarationsOfPeriod = (
  db: Executor,
  payer: Payer,
  period: Period,
) => Promise<readonly StatementDeclaration[]>;

/** One payer's statement for one period; a period with no declaration and no bill is refused. */
export async function periodStatement(
  db: Executor,
  payer: Payer,
  period: Period,
  declarationsOf: DeclarationsOfPeriod,
) {
  const bills = await billsOfPayer(db, payer, { period });
  const declarations = await declarationsOf(db, payer, period);
  if (bills.length === 0 && declarations.length === 0) throw rejectStatement('collection_statement_not_found');
  // A cancelled bill is shown (it was issued) but owes nothing: figures come from the live ones.
  const live = bills.filter((b) => b.status !== 'cancelled');
  const ids = live.map((b) => b.id);
  const funds = fundFigures(await lineSums(db, ids), await feeSums(db, ids));
  const payments = await allocatedPayments(db, ids);
  return {
    period,
    payer: await payerHead(db, payer),
    basis: basisOf(live),
    declarations: declarations.map((d) => ({
      id: d.id,
      declarationNo: d.declarationNo,
      kind: d.kind,
      revision: d.revision,
      status: d.status,
      channel: d.channel,
      headcount: d.lineCount,
      wageTotal: d.totalWage,
      submittedAt: d.submittedAt,
    })),
    funds: funds.map(fundView),
    totals: { ...fundView(fundTotals(funds)), received: money(sumCents(payments.map((p) => p.amount))) },
    bills: bills.map(billView),
    payments: payments.map((p) => ({
      ...p,
      contribution: money(p.contribution),
      lateFee: money(p.lateFee),
      amount: money(p.amount),
    })),
    credit: { asOf: lastDayOf(period), balance: money(await creditAtEnd(db, payer, period)) },
  };
}

export type PeriodStatementView = Awaited<ReturnType<typeof periodStatement>>;

/** The periods the payer has a statement for (a bill or a declaration), newest first. */
export async function statementPeriods(db: Executor, payer: Payer): Promise<string[]> {
  const cols = payerColumns(payer);
  const { rows } = await sql<{ period: string }>`
    SELECT period FROM contribution_bills
     WHERE ${payer.kind === 'employer' ? sql`employer_id = ${payer.employerId}` : sql`person_id = ${payer.personId}`}
       AND payer_kind = ${cols.payer_kind}
    UNION
    SELECT period FROM contribution_declarations
     WHERE payer_kind = ${cols.payer_kind} AND coalesce(employer_id, 0) = ${cols.employer_id ?? 0}
       AND coalesce(person_id, 0) = ${cols.person_id ?? 0}
     ORDER BY period DESC
     LIMIT ${STATEMENT_PERIODS_MAX}`.execute(db);
  return rows.map((r) => r.period);
}
