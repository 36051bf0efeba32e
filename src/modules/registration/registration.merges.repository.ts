/** SQL of person merges: the proposals, each side's open registrations, and moving them. */
import type { Executor, Trx } from '../../db/connection.ts';
import type { AuditActor } from '../audit/index.ts';
import type { EmploymentFact, EnrolmentFact, MovedEmployment, MovedEnrolment } from './registration.merges.rules.ts';
import { rowsNamingVisible } from './registration.persons.repository.ts';

export function mergeRecords(db: Executor) {
  return db
    .selectFrom('person_merges as m')
    .innerJoin('staff as p', 'p.id', 'm.proposed_by')
    .leftJoin('staff as d', 'd.id', 'm.decided_by')
    .selectAll('m')
    .select(['p.display_name as proposed_by_name', 'd.display_name as decided_by_name']);
}

export type MergeRecord = Awaited<ReturnType<ReturnType<typeof mergeRecords>['executeTakeFirstOrThrow']>>;

/** Merges where either person is visible under `path`, newest first. */
export async function listMerges(
  db: Executor,
  path: string,
  filter: { status?: 'proposed' | 'approved' | 'rejected' | undefined; personId?: number | undefined },
  limit: number,
): Promise<MergeRecord[]> {
  let query = mergeRecords(db);
  if (filter.status !== undefined) query = query.where('m.status', '=', filter.status);
  if (filter.personId !== undefined) {
    const personId = filter.personId;
    query = query.where((eb) => eb.or([eb('m.survivor_id', '=', personId), eb('m.merged_id', '=', personId)]));
  }
  const ordered = query.orderBy('m.proposed_at', 'desc').orderBy('m.id', 'desc');
  return rowsNamingVisible(db, path, limit, ordered, (m) => [m.survivor_id, m.merged_id]);
}

export async function lockMerge(trx: Trx, mergeId: number) {
  return trx.selectFrom('person_merges').selectAll().where('id', '=', mergeId).forUpdate().executeTakeFirst();
}

/** A person's active employments and open (active or suspended) enrolments. */
export async function openRegistrations(
  db: Executor,
  personId: number,
): Promise<{ employments: EmploymentFact[]; enrolments: EnrolmentFact[] }> {
  const employments = await db
    .selectFrom('employments')
    .select(['id', 'employer_id as employerId', 'hired_on as hiredOn'])
    .where('person_id', '=', personId)
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
  const rows = await db
    .selectFrom('enrolments')
    .select([
      'id',
      'scheme',
      'category',
      'employer_id as employerId',
      'employment_id as employmentId',
      'started_on as startedOn',
      'status',
      'status_reason as statusReason',
      'pooling_region as poolingRegion',
    ])
    .where('person_id', '=', personId)
    .where('status', '<>', 'terminated')
    .orderBy('id')
    .execute();
  const enrolments = rows.map((r) => ({ ...r, status: r.status as EnrolmentFact['status'] }));
  return { employments, enrolments };
}

/** Ends each employment on the merged record and opens it again on the survivor; old id → new id. */
export async function moveEmployments(
  trx: Trx,
  who: AuditActor,
  at: Date,
  from: number,
  to: number,
  moved: readonly MovedEmployment[],
): Promise<Map<number, number>> {
  const ids = new Map<number, number>();
  for (const e of moved) {
    await trx
      .updateTable('employments')
      .set({ status: 'ended', separated_on: e.separatedOn, separation_reason: 'merged', ended_at: at })
      .where('person_id', '=', from)
      .where('id', '=', e.id)
      .execute();
    const created = await trx
      .insertInto('employments')
      .values({
        person_id: to,
        employer_id: e.employerId,
        hired_on: e.hiredOn,
        source_channel: 'merge',
        merged_from: e.id,
        created_at: at,
        created_by_kind: who.kind,
        created_by_id: who.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(e.id, created.id);
  }
  return ids;
}

function eventOf(who: AuditActor, at: Date) {
  return { actor_kind: who.kind, actor_id: who.id, actor_name: who.name, at, reason: 'merged' };
}

/** Terminates each enrolment on the merged record and opens it again on the survivor, with events. */
export async function moveEnrolments(
  trx: Trx,
  who: AuditActor,
  at: Date,
  from: number,
  to: number,
  moved: readonly MovedEnrolment[],
  employmentIds: ReadonlyMap<number, number>,
): Promise<void> {
  for (const e of moved) {
    await trx
      .updateTable('enrolments')
      .set({ status: 'terminated', ended_on: e.endedOn, status_reason: 'merged', updated_at: at })
      .where('person_id', '=', from)
      .where('id', '=', e.id)
      .execute();
    await trx
      .insertInto('enrolment_events')
      .values({
        person_id: from,
        enrolment_id: e.id,
        event: 'terminated',
        effective_on: e.endedOn,
        ...eventOf(who, at),
      })
      .execute();
    const created = await trx
      .insertInto('enrolments')
      .values({
        person_id: to,
        scheme: e.scheme,
        category: e.category,
        employer_id: e.employerId,
        employment_id: e.employmentId === null ? null : employmentIds.get(e.employmentId)!,
        started_on: e.startedOn,
        status: e.status,
        status_reason: e.statusReason,
        pooling_region: e.poolingRegion,
        merged_from: e.id,
        created_at: at,
        updated_at: at,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('enrolment_events')
      .values({
        person_id: to,
        enrolment_id: created.id,
        event: 'started',
        effective_on: e.startedOn,
        ...eventOf(who, at),
      })
      .execute();
  }
}
