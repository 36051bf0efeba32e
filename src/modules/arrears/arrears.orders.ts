/**
 * 催缴通知 (payment orders): an order to a payer in arrears to pay by a date. Issuing fixes what was
 * owed that day (arrears, late fee accrued, periods), numbers the order ('CJ' + date + id) and, for
 * an employer, records the enforcement step 'order_to_pay'. The PDF is rendered on demand from the
 * stored order and the lines as they were when it was issued, so a reprint shows the same figures.
 */
import type { AppContext } from '../../app-context.ts';
import { compareDates, today, type CalendarDate } from '../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal } from '../../kernel/cents.ts';
import { escapeLike } from '../../db/like.ts';
import { sql } from 'kysely';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { employerInScope, personInScope } from '../registration/index.ts';
import { payerArrears } from './arrears.roll.ts';
import { rejectArrears } from './arrears.rejections.ts';
import { reserveIds, documentNo, type Payer } from '../collection/index.ts';
import { insertStep } from './arrears.enforcement.ts';
import { renderPaymentOrderPdf } from './arrears.orders.pdf.ts';

type Ctx = Pick<AppContext, 'db' | 'clock'>;

/** Loads the payer in the staff member's scope (locked), or refuses. */
async function payerInScope(db: Ctx['db'], actor: StaffActor, payer: Payer, forUpdate = false) {
  if (payer.kind === 'employer') {
    const e = await employerInScope(db, actor, payer.employerId, forUpdate);
    return { name: e.name, code: e.credit_code, agencyId: Number(e.agency_id) };
  }
  const p = await personInScope(db, actor, payer.personId, forUpdate);
  return { name: p.name, code: p.id_masked, agencyId: Number(p.agency_id) };
}

/** Issues a payment order for what the payer owes today; refuses a payer owing nothing. */
export async function issuePaymentOrder(
  ctx: Ctx,
  actor: StaffActor,
  audit: AuditActor,
  input: { payer: Payer; payBy: CalendarDate },
) {
  const asOf = today(ctx.clock);
  if (compareDates(input.payBy, asOf) < 0) throw rejectArrears('collection_pay_by_invalid');
  const id = await ctx.db.transaction().execute(async (trx) => {
    await payerInScope(trx, actor, input.payer, true);
    const owed = await payerArrears(trx, input.payer, asOf);
    if (!owed) throw rejectArrears('collection_no_arrears');
    const [id] = await reserveIds(trx, 'payment_orders', 1);
    const orderNo = documentNo('paymentOrder', asOf.replaceAll('-', ''), id!);
    const employerId = input.payer.kind === 'employer' ? input.payer.employerId : null;
    const personId = input.payer.kind === 'flexible' ? input.payer.personId : null;
    await sql`
      INSERT INTO payment_orders (id, order_no, employer_id, person_id, arrears_fen, late_fee_fen, as_of, pay_by,
                                  periods, issued_by, issued_at)
      OVERRIDING SYSTEM VALUE
      VALUES (${id!}, ${orderNo}, ${employerId}, ${personId}, ${owed.amount}, ${owed.lateFeeAccrued}, ${asOf}::date,
              ${input.payBy}::date, ${owed.periods}::text[], ${actor.id}, ${ctx.clock.now()})`.execute(trx);
    if (employerId !== null)
      await insertStep(trx, ctx, actor, audit, {
        employerId,
        step: 'order_to_pay',
        takenOn: asOf,
        documentNo: orderNo,
        note: `催缴通知 ${orderNo}，限 ${input.payBy} 前缴纳`,
        paymentOrderId: id!,
      });
    await appendAudit(trx, ctx.clock, audit, {
      action: 'collection.payment_order.issue',
      entity: employerId !== null ? 'employer' : 'person',
      entityId: employerId ?? personId,
      details: { orderId: id, orderNo, arrearsFen: owed.amount, lateFeeFen: owed.lateFeeAccrued, payBy: input.payBy },
    });
    return id!;
  });
  return paymentOrderDetail(ctx, actor, id);
}

type OrderRow = Awaited<ReturnType<typeof orderRows>>[number];

function orderRows(ctx: Ctx, actor: StaffActor) {
  return ctx.db
    .selectFrom('payment_orders as o')
    .leftJoin('employers as e', 'e.id', 'o.employer_id')
    .leftJoin('persons as p', 'p.person_id', 'o.person_id')
    .innerJoin('agencies as a', (j) => j.on(sql<boolean>`a.id = coalesce(e.agency_id, p.agency_id)`))
    .selectAll('o')
    .select(['e.name as employer_name', 'p.name as person_name', 'a.name as agency_name'])
    .where('a.path', 'like', `${escapeLike(actor.agencyPath)}%`)
    .orderBy('o.id', 'desc')
    .limit(500)
    .execute();
}

function orderView(r: OrderRow) {
  return {
    id: Number(r.id),
    orderNo: r.order_no,
    employerId: r.employer_id === null ? null : Number(r.employer_id),
    personId: r.person_id === null ? null : Number(r.person_id),
    payerName: r.employer_name ?? r.person_name ?? '',
    arrears: centsToDecimal(centsFromInteger(Number(r.arrears_fen))),
    lateFee: centsToDecimal(centsFromInteger(Number(r.late_fee_fen))),
    asOf: String(r.as_of),
    payBy: String(r.pay_by),
    periods: r.periods,
    issuedBy: Number(r.issued_by),
    issuedAt: new Date(r.issued_at).toISOString(),
    pdfUrl: `/api/collection/payment-orders/${Number(r.id)}/pdf`,
  };
}

/** Orders of the staff member's subtree, newest first, optionally of one employer or person. */
export async function listPaymentOrders(
  ctx: Ctx,
  actor: StaffActor,
  filter: { employerId?: number | undefined; personId?: number | undefined },
) {
  if (filter.employerId !== undefined) await employerInScope(ctx.db, actor, filter.employerId);
  if (filter.personId !== undefined) await personInScope(ctx.db, actor, filter.personId);
  const rows = await orderRows(ctx, actor);
  return rows
    .filter((r) => filter.employerId === undefined || Number(r.employer_id) === filter.employerId)
    .filter((r) => filter.personId === undefined || Number(r.person_id) === filter.personId)
    .map(orderView);
}

async function loadOrder(ctx: Ctx, actor: StaffActor, id: number) {
  const row = await ctx.db.selectFrom('payment_orders').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw rejectArrears('collection_payment_order_not_found');
  const payer: Payer =
    row.employer_id !== null
      ? { kind: 'employer', employerId: Number(row.employer_id) }
      : { kind: 'flexible', personId: Number(row.person_id) };
  const who = await payerInScope(ctx.db, actor, payer);
  return { row, payer, who };
}

/** One order in scope. */
export async function paymentOrderDetail(ctx: Ctx, actor: StaffActor, id: number) {
  const { row, who } = await loadOrder(ctx, actor, id);
  const agency = await ctx.db
    .selectFrom('agencies')
    .select('name')
    .where('id', '=', who.agencyId)
    .executeTakeFirstOrThrow();
  return orderView({
    ...row,
    employer_name: row.employer_id === null ? null : who.name,
    person_name: who.name,
    agency_name: agency.name,
  });
}

/** The order's PDF: stored totals, and the periods as they stood when it was issued. */
export async function paymentOrderPdf(ctx: Ctx, actor: StaffActor, id: number) {
  const { row, payer, who } = await loadOrder(ctx, actor, id);
  const agency = await ctx.db
    .selectFrom('agencies')
    .select('name')
    .where('id', '=', who.agencyId)
    .executeTakeFirstOrThrow();
  const asOf = String(row.as_of) as CalendarDate;
  const owed = await payerArrears(ctx.db, payer, asOf, new Date(row.issued_at));
  const pdf = await renderPaymentOrderPdf({
    orderNo: row.order_no,
    payerName: who.name,
    payerCode: who.code,
    payerKind: payer.kind,
    asOf,
    payBy: String(row.pay_by),
    rows: (owed?.byPeriod ?? []).map((x) => ({
      period: x.period,
      amount: centsToDecimal(x.amount),
      lateFee: centsToDecimal(x.lateFee),
    })),
    arrears: centsToDecimal(centsFromInteger(Number(row.arrears_fen))),
    lateFee: centsToDecimal(centsFromInteger(Number(row.late_fee_fen))),
    agencyName: agency.name,
    issuedAt: new Date(row.issued_at),
  });
  return { pdf, orderNo: row.order_no, personId: payer.kind === 'flexible' ? payer.personId : null };
}
