/**
 * Use cases of enrolments at the window: a flexible worker's own enrolment (pension or medical,
 * no employer) and the status changes of any enrolment (suspend, resume, terminate), each with
 * its enrolment event and audit entry.
 */
import type { AppContext } from '../../app-context.ts';
import { today as todayOf } from '../../kernel/calendar-date.ts';
import { common } from '../../kernel/rejection.ts';
import { appendAudit, lockAuditHead, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { linkedCaseId } from './registration.case-link.ts';
import { loadRecords } from './registration.employment.repository.ts';
import { accepted, EMPLOYMENT_ITEMS, requestDate } from './registration.employment.service.ts';
import { rejectEnrolment } from './registration.enrolments.rejections.ts';
import { decideEnrolmentChange, decideFlexible, type EnrolmentAction } from './registration.enrolments.rules.ts';
import type { Scheme } from './registration.model.ts';
import { enrolmentsOf, type EnrolmentView } from './registration.person-view.ts';
import { rejectRegistration } from './registration.rejections.ts';
import { employerInScope, personInScope, personReached } from './registration.scope.ts';

export const ENROLMENT_REASON_LENGTH_MAX = 500;

export interface FlexibleInput {
  readonly scheme: Extract<Scheme, 'pension' | 'medical'>;
  readonly startedOn: string;
  readonly poolingRegion: string;
  readonly caseNumber?: string | undefined;
}

async function enrolmentView(db: AppContext['db'], personId: number, enrolmentId: number): Promise<EnrolmentView> {
  const found = (await enrolmentsOf(db, personId)).find((e) => e.id === enrolmentId);
  if (!found) throw rejectEnrolment('enrolment_not_found');
  return found;
}

async function recordOf(trx: Parameters<typeof loadRecords>[0], personId: number) {
  const record = (await loadRecords(trx, [personId], true)).get(personId);
  if (!record) throw rejectRegistration('person_not_found');
  return record;
}

/** Enrols a person in scope as a flexible worker (灵活就业) in pension or medical insurance. */
export async function enrolFlexible(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  personId: number,
  input: FlexibleInput,
): Promise<EnrolmentView> {
  const startedOn = requestDate(input.startedOn, 'startedOn');
  const enrolmentId = await ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const person = await personInScope(trx, actor, personId, true);
    const caseId = await linkedCaseId(trx, actor, input.caseNumber, EMPLOYMENT_ITEMS, person.id_index);
    const record = await recordOf(trx, personId);
    accepted(decideFlexible({ record, scheme: input.scheme, startedOn, today: todayOf(ctx.clock) }));
    const now = ctx.clock.now();
    const row = await trx
      .insertInto('enrolments')
      .values({
        person_id: personId,
        scheme: input.scheme,
        category: 'flexible',
        employer_id: null,
        employment_id: null,
        started_on: startedOn,
        pooling_region: input.poolingRegion,
        merged_from: null,
        status_reason: null,
        ended_on: null,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('enrolment_events')
      .values({
        person_id: personId,
        enrolment_id: row.id,
        event: 'started',
        effective_on: startedOn,
        reason: 'flexible',
        actor_kind: who.kind,
        actor_id: who.id,
        actor_name: who.name,
        at: now,
      })
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: 'registration.enrol_flexible',
      entity: 'person',
      entityId: personId,
      details: { enrolmentId: row.id, scheme: input.scheme, startedOn, poolingRegion: input.poolingRegion, caseId },
    });
    return row.id;
  });
  return enrolmentView(ctx.db, personId, enrolmentId);
}

export interface ChangeInput {
  readonly effectiveOn: string;
  readonly reason: string;
}

/**
 * Suspends, resumes or terminates an enrolment (transition table in the rules): any of a person
 * whose whole record is in scope, or one of an employer in scope for a person employed there.
 */
export async function changeEnrolment(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  personId: number,
  enrolmentId: number,
  action: EnrolmentAction,
  input: ChangeInput,
): Promise<EnrolmentView> {
  const effectiveOn = requestDate(input.effectiveOn, 'effectiveOn');
  await ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const { reach } = await personReached(trx, actor, personId, true);
    const record = await recordOf(trx, personId);
    const enrolment = record.enrolments.find((e) => e.id === enrolmentId);
    if (!enrolment) throw rejectEnrolment('enrolment_not_found');
    // Through an employment, only that employer's enrolments (never a flexible one or another employer's).
    if (reach === 'employment') {
      if (enrolment.employerId === null) throw common.reject('out_of_scope');
      await employerInScope(trx, actor, enrolment.employerId);
    }
    const plan = accepted(decideEnrolmentChange({ enrolment, action, effectiveOn, today: todayOf(ctx.clock) }));
    const now = ctx.clock.now();
    await trx
      .updateTable('enrolments')
      .set({ status: plan.status, status_reason: input.reason, ended_on: plan.endedOn, updated_at: now })
      .where('person_id', '=', personId)
      .where('id', '=', enrolmentId)
      .execute();
    await trx
      .insertInto('enrolment_events')
      .values({
        person_id: personId,
        enrolment_id: enrolmentId,
        event: plan.event,
        effective_on: effectiveOn,
        reason: input.reason,
        actor_kind: who.kind,
        actor_id: who.id,
        actor_name: who.name,
        at: now,
      })
      .execute();
    await appendAudit(trx, ctx.clock, who, {
      action: `registration.enrolment_${action}`,
      entity: 'person',
      entityId: personId,
      details: { enrolmentId, scheme: enrolment.scheme, from: enrolment.status, to: plan.status, effectiveOn },
    });
  });
  return enrolmentView(ctx.db, personId, enrolmentId);
}
