/**
 * Who sees which registration: staff act only within their agency subtree. An employer belongs to
 * its handling agency. A person's whole record belongs to the agency that registered them
 * ('record' reach); a clerk of an employer in the subtree that employs or employed them reaches
 * only what that employment needs ('employment' reach: name, masked ID, and that employer's
 * employments and enrolments). Such an employment with a person registered elsewhere is only ever
 * created with the person's full citizen ID (the document in hand), never by an internal id.
 */
import type { Selectable } from 'kysely';
import type { Executor } from '../../db/connection.ts';
import type { EmployerTable, PersonTable } from '../../db/schema.ts';
import { escapeLike } from '../../db/like.ts';
import { common } from '../../kernel/rejection.ts';
import type { StaffActor } from '../auth/index.ts';
import { rejectRegistration } from './registration.rejections.ts';
import { inSubtree } from '../org/index.ts';

export type EmployerRow = Selectable<EmployerTable>;
export type PersonRow = Selectable<PersonTable>;

/** How far a staff member reaches a person: the whole record, or what an employment in scope needs. */
export type PersonReach = 'record' | 'employment';

/** Loads an employer the staff member may see (locked when `forUpdate`), or refuses. */
export async function employerInScope(
  db: Executor,
  actor: StaffActor,
  employerId: number,
  forUpdate = false,
): Promise<EmployerRow> {
  let query = db.selectFrom('employers').selectAll().where('id', '=', employerId);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw rejectRegistration('employer_not_found');
  const agency = await db
    .selectFrom('agencies')
    .select('path')
    .where('id', '=', row.agency_id)
    .executeTakeFirstOrThrow();
  if (!inSubtree(agency.path, actor.agencyPath)) throw common.reject('out_of_scope');
  return row;
}

/** The ids of the person's employers that are in the actor's subtree (active or ended employments). */
export async function employersInScopeOf(db: Executor, actor: StaffActor, personId: number): Promise<Set<number>> {
  const rows = await db
    .selectFrom('employments')
    .innerJoin('employers', 'employers.id', 'employments.employer_id')
    .innerJoin('agencies', 'agencies.id', 'employers.agency_id')
    .select('employments.employer_id')
    .distinct()
    .where('employments.person_id', '=', personId)
    .where('agencies.path', 'like', `${escapeLike(actor.agencyPath)}%`)
    .execute();
  return new Set(rows.map((r) => r.employer_id));
}

/** How far the actor reaches the person, or null when not at all. */
export async function personReach(
  db: Executor,
  actor: StaffActor,
  person: Pick<PersonRow, 'person_id' | 'agency_id'>,
): Promise<PersonReach | null> {
  const own = await db
    .selectFrom('agencies')
    .select('path')
    .where('id', '=', person.agency_id)
    .executeTakeFirstOrThrow();
  if (inSubtree(own.path, actor.agencyPath)) return 'record';
  return (await employersInScopeOf(db, actor, person.person_id)).size > 0 ? 'employment' : null;
}

/** True when the actor reaches the person at all (registered in the subtree, or employed there). */
export async function personVisibleTo(db: Executor, actor: StaffActor, person: PersonRow): Promise<boolean> {
  return (await personReach(db, actor, person)) !== null;
}

async function loadPerson(db: Executor, personId: number, forUpdate: boolean): Promise<PersonRow> {
  let query = db.selectFrom('persons').selectAll().where('person_id', '=', personId);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw rejectRegistration('person_not_found');
  return row;
}

/** Loads a person the staff member reaches at all (locked when `forUpdate`) with how far, or refuses. */
export async function personReached(
  db: Executor,
  actor: StaffActor,
  personId: number,
  forUpdate = false,
): Promise<{ row: PersonRow; reach: PersonReach }> {
  const row = await loadPerson(db, personId, forUpdate);
  const reach = await personReach(db, actor, row);
  if (reach === null) throw common.reject('out_of_scope');
  return { row, reach };
}

/**
 * Loads a person whose whole record the staff member may see: registered in their subtree
 * (locked when `forUpdate`), or refuses. Reveals, changes, history, death, merges, flexible
 * enrolment, rights and statements all need this.
 */
export async function personInScope(
  db: Executor,
  actor: StaffActor,
  personId: number,
  forUpdate = false,
): Promise<PersonRow> {
  const { row, reach } = await personReached(db, actor, personId, forUpdate);
  if (reach !== 'record') throw common.reject('out_of_scope');
  return row;
}

/**
 * Loads a person for an act on their employment with `employerId` (which the caller checks is in
 * scope): the whole record in scope, or an employment (active or ended) with that employer.
 */
export async function personOfEmployer(
  db: Executor,
  actor: StaffActor,
  personId: number,
  employerId: number,
  forUpdate = false,
): Promise<PersonRow> {
  const { row, reach } = await personReached(db, actor, personId, forUpdate);
  if (reach === 'employment' && !(await employersInScopeOf(db, actor, personId)).has(employerId))
    throw common.reject('out_of_scope');
  return row;
}
