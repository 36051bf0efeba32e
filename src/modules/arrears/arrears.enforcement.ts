/**
 * 强制征缴 (enforcement steps): what the agency did against an employer in arrears, in the order of
 * 社会保险法 第六十三条 / 第八十六条: order to pay, bank query, deduction, guarantee or deferral
 * agreement, court. Recorded, never changed (a mistaken step is corrected by a note on a new one).
 */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import type { EnforcementStepTable } from '../../db/tables/collection.ts';
import { escapeLike } from '../../db/like.ts';
import { compareDates, today, type CalendarDate } from '../../kernel/calendar-date.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { employerInScope } from '../registration/index.ts';
import { rejectArrears } from './arrears.rejections.ts';

export const ENFORCEMENT_STEPS = [
  'order_to_pay',
  'bank_query',
  'deduction',
  'guarantee',
  'deferral',
  'court',
] as const satisfies readonly EnforcementStepTable['step'][];
export type EnforcementStep = (typeof ENFORCEMENT_STEPS)[number];

export interface StepInput {
  readonly employerId: number;
  readonly step: EnforcementStep;
  readonly takenOn: CalendarDate;
  readonly documentNo?: string | null | undefined;
  readonly note: string;
  readonly paymentOrderId?: number | null;
}

type Ctx = Pick<AppContext, 'db' | 'clock'>;

/** Inserts a step in the caller's transaction (payment orders record theirs this way) and audits it. */
export async function insertStep(
  trx: Trx,
  ctx: Pick<AppContext, 'clock'>,
  actor: StaffActor,
  audit: AuditActor,
  input: StepInput,
): Promise<number> {
  const row = await trx
    .insertInto('enforcement_steps')
    .values({
      employer_id: input.employerId,
      step: input.step,
      taken_on: input.takenOn,
      document_no: input.documentNo ?? null,
      note: input.note,
      payment_order_id: input.paymentOrderId ?? null,
      recorded_by: actor.id,
      recorded_at: ctx.clock.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await appendAudit(trx, ctx.clock, audit, {
    action: 'collection.enforcement.record',
    entity: 'employer',
    entityId: input.employerId,
    details: { stepId: Number(row.id), step: input.step, takenOn: input.takenOn, documentNo: input.documentNo ?? null },
  });
  return Number(row.id);
}

/** Records a step taken (not in the future) against an employer in scope. */
export async function recordStep(ctx: Ctx, actor: StaffActor, audit: AuditActor, input: StepInput) {
  if (compareDates(input.takenOn, today(ctx.clock)) > 0) throw rejectArrears('collection_step_in_future');
  const id = await ctx.db.transaction().execute(async (trx) => {
    await employerInScope(trx, actor, input.employerId, true);
    return insertStep(trx, ctx, actor, audit, input);
  });
  const [view] = await listSteps(ctx, actor, { employerId: input.employerId, id });
  return view!;
}

/** Steps of the staff member's subtree, newest first, optionally of one employer. */
export async function listSteps(ctx: Ctx, actor: StaffActor, filter: { employerId?: number | undefined; id?: number }) {
  if (filter.employerId !== undefined) await employerInScope(ctx.db, actor, filter.employerId);
  let query = ctx.db
    .selectFrom('enforcement_steps as s')
    .innerJoin('employers as e', 'e.id', 's.employer_id')
    .innerJoin('agencies as a', 'a.id', 'e.agency_id')
    .leftJoin('payment_orders as o', 'o.id', 's.payment_order_id')
    .select([
      's.id',
      's.employer_id',
      'e.name as employer_name',
      's.step',
      's.taken_on',
      's.document_no',
      's.note',
      's.payment_order_id',
      'o.order_no',
      's.recorded_by',
      's.recorded_at',
    ])
    .where('a.path', 'like', `${escapeLike(actor.agencyPath)}%`)
    .orderBy('s.taken_on', 'desc')
    .orderBy('s.id', 'desc')
    .limit(500);
  if (filter.employerId !== undefined) query = query.where('s.employer_id', '=', filter.employerId);
  if (filter.id !== undefined) query = query.where('s.id', '=', filter.id);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    employerId: Number(r.employer_id),
    employerName: r.employer_name,
    step: r.step,
    takenOn: String(r.taken_on),
    documentNo: r.document_no,
    note: r.note,
    paymentOrderId: r.payment_order_id === null ? null : Number(r.payment_order_id),
    paymentOrderNo: r.order_no,
    recordedBy: Number(r.recorded_by),
    recordedAt: new Date(r.recorded_at).toISOString(),
  }));
}
