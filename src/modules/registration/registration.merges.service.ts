/**
 * Merging two records of one human being, maker-checker: one member of staff proposes, another
 * approves or rejects. Approval moves the merged record's open registrations to the survivor in
 * one transaction, marks the merged record, and keeps both histories.
 */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import { today } from '../../kernel/calendar-date.ts';
import { common } from '../../kernel/rejection.ts';
import { appendAudit, lockAuditHead, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { recordPersonChanges } from './registration.history.ts';
import * as repo from './registration.merges.repository.ts';
import { planMerge } from './registration.merges.rules.ts';
import { rejectPerson } from './registration.persons.rejections.ts';
import { personRecordsByIds } from './registration.persons.repository.ts';
import { personSummary, type PersonSummary } from './registration.persons.views.ts';
import { personInScope, personVisibleTo, type PersonRow } from './registration.scope.ts';

export interface MergeView {
  readonly id: number;
  readonly survivorId: number;
  readonly mergedId: number;
  readonly survivor: PersonSummary;
  readonly merged: PersonSummary;
  readonly flagId: number | null;
  readonly status: 'proposed' | 'approved' | 'rejected';
  readonly reason: string;
  readonly proposedBy: { readonly id: number; readonly name: string };
  readonly proposedAt: string;
  readonly decidedBy: { readonly id: number; readonly name: string } | null;
  readonly decidedAt: string | null;
  readonly decisionNote: string | null;
}

export const MERGE_LIST_MAX = 500;

async function viewsOf(ctx: AppContext, records: readonly repo.MergeRecord[]): Promise<MergeView[]> {
  const persons = await personRecordsByIds(ctx.db, [...new Set(records.flatMap((m) => [m.survivor_id, m.merged_id]))]);
  const byId = new Map(persons.map((p) => [p.person_id, personSummary(p)]));
  return records.map((m) => ({
    id: m.id,
    survivorId: m.survivor_id,
    mergedId: m.merged_id,
    survivor: byId.get(m.survivor_id)!,
    merged: byId.get(m.merged_id)!,
    flagId: m.flag_id,
    status: m.status,
    reason: m.reason,
    proposedBy: { id: m.proposed_by, name: m.proposed_by_name },
    proposedAt: m.proposed_at.toISOString(),
    decidedBy: m.decided_by === null ? null : { id: m.decided_by, name: m.decided_by_name ?? '' },
    decidedAt: m.decided_at?.toISOString() ?? null,
    decisionNote: m.decision_note,
  }));
}

/** One merge as the API shows it. */
export async function mergeView(ctx: AppContext, mergeId: number): Promise<MergeView> {
  const record = await repo.mergeRecords(ctx.db).where('m.id', '=', mergeId).executeTakeFirst();
  if (!record) throw rejectPerson('person_merge_not_found');
  return (await viewsOf(ctx, [record]))[0]!;
}

/** One merge, when either of its persons is in scope. */
export async function mergeInScope(ctx: AppContext, actor: StaffActor, mergeId: number): Promise<MergeView> {
  const view = await mergeView(ctx, mergeId);
  const rows = await ctx.db
    .selectFrom('persons')
    .selectAll()
    .where('person_id', 'in', [view.survivor.id, view.merged.id])
    .execute();
  for (const row of rows) if (await personVisibleTo(ctx.db, actor, row)) return view;
  throw common.reject('out_of_scope');
}

/** Merges where either person is in scope, newest first. */
export async function listMerges(
  ctx: AppContext,
  actor: StaffActor,
  filter: { status?: 'proposed' | 'approved' | 'rejected' | undefined; personId?: number | undefined; limit: number },
): Promise<MergeView[]> {
  return viewsOf(ctx, await repo.listMerges(ctx.db, actor.agencyPath, filter, filter.limit));
}

/** Both persons, in scope and locked in id order (so two merges never wait on each other crosswise). */
async function lockPair(trx: Trx, actor: StaffActor, survivorId: number, mergedId: number) {
  const rows = new Map<number, PersonRow>();
  for (const id of [survivorId, mergedId].sort((a, b) => a - b))
    rows.set(id, await personInScope(trx, actor, id, true));
  return { survivor: rows.get(survivorId)!, merged: rows.get(mergedId)! };
}

async function checkFlag(trx: Trx, flagId: number, a: number, b: number): Promise<void> {
  const flag = await trx.selectFrom('person_duplicate_flags').selectAll().where('id', '=', flagId).executeTakeFirst();
  const links = flag && [flag.person_id, flag.other_person_id].sort().join() === [a, b].sort().join();
  if (!flag || !links || flag.status !== 'open') throw rejectPerson('person_merge_flag_mismatch', { flagId });
}

/** Proposes merging `mergedId` into `survivorId`; both active, in scope, and one open proposal per merged record. */
export async function proposeMerge(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  input: { survivorId: number; mergedId: number; flagId?: number | undefined; reason: string },
): Promise<MergeView> {
  const { survivorId, mergedId } = input;
  if (survivorId === mergedId) throw rejectPerson('person_merge_same_person');
  const mergeId = await ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const pair = await lockPair(trx, actor, survivorId, mergedId);
    if (pair.survivor.status !== 'active' || pair.merged.status !== 'active')
      throw rejectPerson('person_merge_not_active');
    if (input.flagId !== undefined) await checkFlag(trx, input.flagId, survivorId, mergedId);
    const created = await trx
      .insertInto('person_merges')
      .values({
        survivor_id: survivorId,
        merged_id: mergedId,
        flag_id: input.flagId ?? null,
        reason: input.reason,
        proposed_by: actor.id,
        proposed_at: ctx.clock.now(),
      })
      .onConflict((oc) => oc.column('merged_id').where('status', '=', 'proposed').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!created) throw rejectPerson('person_merge_already_proposed', { mergedId });
    await appendAudit(trx, ctx.clock, who, {
      action: 'person.merge.propose',
      entity: 'person_merge',
      entityId: created.id,
      details: { survivorId, mergedId, flagId: input.flagId ?? null },
    });
    return created.id;
  });
  return mergeView(ctx, mergeId);
}

async function lockProposal(trx: Trx, actor: StaffActor, mergeId: number) {
  const merge = await repo.lockMerge(trx, mergeId);
  if (!merge) throw rejectPerson('person_merge_not_found');
  if (merge.status !== 'proposed') throw rejectPerson('person_merge_not_proposed', { status: merge.status });
  if (merge.proposed_by === actor.id) throw rejectPerson('person_merge_proposer_cannot_decide');
  return merge;
}

async function closeProposal(
  trx: Trx,
  ctx: AppContext,
  actor: StaffActor,
  mergeId: number,
  status: 'approved' | 'rejected',
  note: string | null,
): Promise<void> {
  await trx
    .updateTable('person_merges')
    .set({ status, decided_by: actor.id, decided_at: ctx.clock.now(), decision_note: note })
    .where('id', '=', mergeId)
    .execute();
}

/** Rejects a proposal (not by its proposer). */
export async function rejectMerge(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  mergeId: number,
  note: string | null,
): Promise<MergeView> {
  await ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const merge = await lockProposal(trx, actor, mergeId);
    await lockPair(trx, actor, merge.survivor_id, merge.merged_id);
    await closeProposal(trx, ctx, actor, mergeId, 'rejected', note);
    await appendAudit(trx, ctx.clock, who, {
      action: 'person.merge.reject',
      entity: 'person_merge',
      entityId: mergeId,
      details: { survivorId: merge.survivor_id, mergedId: merge.merged_id, note },
    });
  });
  return mergeView(ctx, mergeId);
}

/** Marks the merged record, writes both histories and closes the flags between the two. */
async function markMerged(
  trx: Trx,
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  pair: { survivor: PersonRow; merged: PersonRow },
  reason: string,
): Promise<void> {
  const now = ctx.clock.now();
  const { survivor, merged } = pair;
  await trx
    .updateTable('persons')
    .set({ status: 'merged', merged_into: survivor.person_id, version: merged.version + 1, updated_at: now })
    .where('person_id', '=', merged.person_id)
    .execute();
  await trx
    .updateTable('persons')
    .set({ version: survivor.version + 1, updated_at: now })
    .where('person_id', '=', survivor.person_id)
    .execute();
  const meta = { effectiveOn: today(ctx.clock), reason, caseId: null };
  const history = (field: string, value: number) => [{ field, oldValue: null, newValue: String(value) }];
  await recordPersonChanges(trx, ctx.clock, who, merged.person_id, history('merged_into', survivor.person_id), meta);
  await recordPersonChanges(trx, ctx.clock, who, survivor.person_id, history('merged_from', merged.person_id), meta);
  await trx
    .updateTable('person_duplicate_flags')
    .set({ status: 'merged', resolved_at: now, resolved_by: actor.id, resolution_note: reason })
    .where('status', '=', 'open')
    .where((eb) =>
      eb.or([
        eb.and([eb('person_id', '=', survivor.person_id), eb('other_person_id', '=', merged.person_id)]),
        eb.and([eb('person_id', '=', merged.person_id), eb('other_person_id', '=', survivor.person_id)]),
      ]),
    )
    .execute();
}

/**
 * Approves a proposal (not by its proposer): in one transaction the merged record's active
 * employments and open enrolments end with reason 'merged' and start again on the survivor with
 * the same dates; a clash with the survivor's own registrations refuses and changes nothing.
 */
export async function approveMerge(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  mergeId: number,
  note: string | null,
): Promise<MergeView> {
  await ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const merge = await lockProposal(trx, actor, mergeId);
    const pair = await lockPair(trx, actor, merge.survivor_id, merge.merged_id);
    const survivorSide = { status: pair.survivor.status, ...(await repo.openRegistrations(trx, merge.survivor_id)) };
    const mergedSide = { status: pair.merged.status, ...(await repo.openRegistrations(trx, merge.merged_id)) };
    const plan = planMerge(survivorSide, mergedSide, today(ctx.clock));
    if (!plan.ok) throw rejectPerson(plan.code, 'details' in plan ? plan.details : undefined);
    const now = ctx.clock.now();
    const employmentIds = await repo.moveEmployments(
      trx,
      who,
      now,
      merge.merged_id,
      merge.survivor_id,
      plan.employments,
    );
    await repo.moveEnrolments(trx, who, now, merge.merged_id, merge.survivor_id, plan.enrolments, employmentIds);
    await markMerged(trx, ctx, actor, who, pair, merge.reason);
    await closeProposal(trx, ctx, actor, mergeId, 'approved', note);
    await appendAudit(trx, ctx.clock, who, {
      action: 'person.merge.approve',
      entity: 'person_merge',
      entityId: mergeId,
      details: {
        survivorId: merge.survivor_id,
        mergedId: merge.merged_id,
        employments: plan.employments.map((e) => e.id),
        enrolments: plan.enrolments.map((e) => e.id),
        note,
      },
    });
  });
  return mergeView(ctx, mergeId);
}
