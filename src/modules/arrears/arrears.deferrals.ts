/**
 * 缓缴协议 (deferral agreements): a clerk proposes that an employer in arrears may pay the arrears
 * of some periods by a date (optionally against a guarantee), another person approves or rejects,
 * either side may cancel. While in force the covered periods accrue no late fee up to the pay-by
 * date (collection.deferrals.rules.ts); the terms in force are read by collection.deferrals.terms.ts.
 */
import { sql } from 'kysely';
import type { Executor, Trx } from '../../db/connection.ts';
import { escapeLike } from '../../db/like.ts';
import { compareDates, today, type CalendarDate } from '../../kernel/calendar-date.ts';
import { diffMonths, type Period } from '../../kernel/period.ts';
import type { AppContext } from '../../app-context.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { employerInScope } from '../registration/index.ts';
import { rejectArrears } from './arrears.rejections.ts';
import { reserveIds, deferralStatusOn, type DeferralStatus, documentNo } from '../collection/index.ts';

/** Longest range one request may name (50 years of months). */
export const PERIODS_MAX = 600;

/** Refuses a range whose start is after its end, or longer than PERIODS_MAX months. */
export function checkPeriodRange(from: Period, to: Period): void {
  const months = diffMonths(from, to) + 1;
  if (months < 1 || months > PERIODS_MAX) throw rejectArrears('collection_period_range_invalid', { from, to });
}

/** Whether the employer has open lines of open bills in the periods. */
async function owesIn(db: Executor, employerId: number, from: string, to: string): Promise<boolean> {
  const row = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM contribution_bills b JOIN bill_lines l ON l.bill_id = b.id AND l.status = 'open'
     WHERE b.payer_kind = 'employer' AND b.employer_id = ${employerId} AND b.status = 'open'
       AND b.period BETWEEN ${from} AND ${to}`.execute(db);
  return Number(row.rows[0]?.n ?? 0) > 0;
}

export interface DeferralProposal {
  readonly employerId: number;
  readonly fromPeriod: Period;
  readonly toPeriod: Period;
  readonly payBy: CalendarDate;
  readonly guarantee?: string | undefined;
  readonly note?: string | undefined;
}

type Ctx = Pick<AppContext, 'db' | 'clock'>;

/** Proposes an agreement (maker). Refuses overlaps with another open agreement and ranges owing nothing. */
export async function proposeDeferral(
  ctx: Ctx,
  actor: StaffActor,
  audit: AuditActor,
  input: DeferralProposal,
): Promise<DeferralView> {
  checkPeriodRange(input.fromPeriod, input.toPeriod);
  if (compareDates(input.payBy, today(ctx.clock)) < 0) throw rejectArrears('collection_pay_by_invalid');
  const id = await ctx.db.transaction().execute(async (trx) => {
    await employerInScope(trx, actor, input.employerId, true);
    const overlap = await trx
      .selectFrom('deferral_agreements')
      .select('id')
      .where('employer_id', '=', input.employerId)
      .where('status', 'in', ['proposed', 'active'])
      .where('from_period', '<=', input.toPeriod)
      .where('to_period', '>=', input.fromPeriod)
      .executeTakeFirst();
    if (overlap) throw rejectArrears('collection_deferral_overlaps', { agreementId: Number(overlap.id) });
    if (!(await owesIn(trx, input.employerId, input.fromPeriod, input.toPeriod)))
      throw rejectArrears('collection_deferral_no_arrears');
    const [id] = await reserveIds(trx, 'deferral_agreements', 1);
    const now = ctx.clock.now();
    const agreementNo = documentNo('deferral', today(ctx.clock).replaceAll('-', ''), id!);
    await sql`
      INSERT INTO deferral_agreements (id, agreement_no, employer_id, from_period, to_period, pay_by, guarantee,
                                       proposed_by, proposed_at, note)
      OVERRIDING SYSTEM VALUE
      VALUES (${id!}, ${agreementNo}, ${input.employerId}, ${input.fromPeriod}, ${input.toPeriod}, ${input.payBy}::date,
              ${input.guarantee ?? null}, ${actor.id}, ${now}, ${input.note ?? null})`.execute(trx);
    await appendAudit(trx, ctx.clock, audit, {
      action: 'collection.deferral.propose',
      entity: 'employer',
      entityId: input.employerId,
      details: {
        agreementId: id,
        agreementNo,
        fromPeriod: input.fromPeriod,
        toPeriod: input.toPeriod,
        payBy: input.payBy,
      },
    });
    return id!;
  });
  return deferralDetail(ctx, actor, id);
}

async function loadForUpdate(trx: Trx, actor: StaffActor, id: number) {
  const row = await trx
    .selectFrom('deferral_agreements')
    .selectAll()
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw rejectArrears('collection_deferral_not_found');
  await employerInScope(trx, actor, Number(row.employer_id));
  return row;
}

/**
 * Approves (→ active, and an enforcement step 'deferral' is recorded with the agreement's number)
 * or rejects a proposed agreement; the proposer may not decide it.
 */
export async function decideDeferral(
  ctx: Ctx,
  actor: StaffActor,
  audit: AuditActor,
  id: number,
  decision: { approve: boolean; note?: string | undefined },
): Promise<DeferralView> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadForUpdate(trx, actor, id);
    if (row.status !== 'proposed') throw rejectArrears('collection_deferral_not_proposed');
    if (Number(row.proposed_by) === actor.id) throw rejectArrears('collection_same_person');
    const now = ctx.clock.now();
    await trx
      .updateTable('deferral_agreements')
      .set({
        status: decision.approve ? 'active' : 'rejected',
        decided_by: actor.id,
        decided_at: now,
        note: decision.note ?? row.note,
      })
      .where('id', '=', id)
      .execute();
    if (decision.approve)
      await trx
        .insertInto('enforcement_steps')
        .values({
          employer_id: row.employer_id,
          step: 'deferral',
          taken_on: today(ctx.clock),
          document_no: row.agreement_no,
          note: `缓缴协议 ${row.agreement_no}：${row.from_period}–${row.to_period}，限 ${String(row.pay_by)} 前缴清`,
          recorded_by: actor.id,
          recorded_at: now,
        })
        .execute();
    await appendAudit(trx, ctx.clock, audit, {
      action: decision.approve ? 'collection.deferral.approve' : 'collection.deferral.reject',
      entity: 'employer',
      entityId: Number(row.employer_id),
      details: { agreementId: id, agreementNo: row.agreement_no, note: decision.note ?? null },
    });
  });
  return deferralDetail(ctx, actor, id);
}

/** Cancels a proposed or active agreement: from then on the periods accrue late fees as if it never existed. */
export async function cancelDeferral(
  ctx: Ctx,
  actor: StaffActor,
  audit: AuditActor,
  id: number,
  note: string,
): Promise<DeferralView> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await loadForUpdate(trx, actor, id);
    if (row.status !== 'proposed' && row.status !== 'active')
      throw rejectArrears('collection_deferral_not_cancellable');
    await trx.updateTable('deferral_agreements').set({ status: 'cancelled', note }).where('id', '=', id).execute();
    await appendAudit(trx, ctx.clock, audit, {
      action: 'collection.deferral.cancel',
      entity: 'employer',
      entityId: Number(row.employer_id),
      details: { agreementId: id, agreementNo: row.agreement_no, note },
    });
  });
  return deferralDetail(ctx, actor, id);
}

export interface DeferralView {
  readonly id: number;
  readonly agreementNo: string;
  readonly employerId: number;
  readonly employerName: string;
  readonly fromPeriod: string;
  readonly toPeriod: string;
  readonly payBy: string;
  readonly guarantee: string | null;
  /** As stored, except 'breached' / 'completed' computed on read for an active agreement. */
  readonly status: DeferralStatus;
  readonly proposedBy: number;
  readonly proposedAt: string;
  readonly decidedBy: number | null;
  readonly decidedAt: string | null;
  readonly note: string | null;
}

/** Agreements of the staff member's subtree, optionally of one employer or status (as shown). */
export async function listDeferrals(
  ctx: Ctx,
  actor: StaffActor,
  filter: { employerId?: number | undefined; status?: DeferralStatus | undefined },
): Promise<DeferralView[]> {
  let query = ctx.db
    .selectFrom('deferral_agreements as d')
    .innerJoin('employers as e', 'e.id', 'd.employer_id')
    .innerJoin('agencies as a', 'a.id', 'e.agency_id')
    .selectAll('d')
    .select('e.name as employer_name')
    .where('a.path', 'like', `${escapeLike(actor.agencyPath)}%`)
    .orderBy('d.id', 'desc')
    .limit(500);
  if (filter.employerId !== undefined) query = query.where('d.employer_id', '=', filter.employerId);
  const rows = await query.execute();
  const views = await Promise.all(rows.map((r) => viewOf(ctx, r)));
  return filter.status === undefined ? views : views.filter((v) => v.status === filter.status);
}

async function deferralDetail(ctx: Ctx, actor: StaffActor, id: number): Promise<DeferralView> {
  const row = await ctx.db
    .selectFrom('deferral_agreements as d')
    .innerJoin('employers as e', 'e.id', 'd.employer_id')
    .selectAll('d')
    .select('e.name as employer_name')
    .where('d.id', '=', id)
    .executeTakeFirst();
  if (!row) throw rejectArrears('collection_deferral_not_found');
  await employerInScope(ctx.db, actor, Number(row.employer_id));
  return viewOf(ctx, row);
}

type DeferralRow = Awaited<ReturnType<typeof loadForUpdate>> & { employer_name: string };

async function viewOf(ctx: Ctx, r: DeferralRow): Promise<DeferralView> {
  const left = r.status === 'active' ? await owesIn(ctx.db, Number(r.employer_id), r.from_period, r.to_period) : false;
  return {
    id: Number(r.id),
    agreementNo: r.agreement_no,
    employerId: Number(r.employer_id),
    employerName: r.employer_name,
    fromPeriod: r.from_period,
    toPeriod: r.to_period,
    payBy: String(r.pay_by),
    guarantee: r.guarantee,
    status: deferralStatusOn(r.status, r.pay_by as CalendarDate, today(ctx.clock), left),
    proposedBy: Number(r.proposed_by),
    proposedAt: new Date(r.proposed_at).toISOString(),
    decidedBy: r.decided_by === null ? null : Number(r.decided_by),
    decidedAt: r.decided_at === null ? null : new Date(r.decided_at).toISOString(),
    note: r.note,
  };
}
