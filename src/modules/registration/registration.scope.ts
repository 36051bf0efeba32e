/**
 * Who sees which registration: staff act only within their agency subtree. An employer belongs to
 * its handling agency; a person to the agency that registered them and to the agency of every
 * employer they have worked for (a clerk handling an employer sees its employees).
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, EmployerTable, PersonTable } from '../../db/schema.ts';
import { escapeLike } from '../../db/like.ts';
import { common } from '../../kernel/rejection.ts';
import type { StaffActor } from '../auth/index.ts';
import { rejectRegistration } from './registration.rejections.ts';

type Db = Kysely<Database> | Transaction<Database>;

export type EmployerRow = Selectable<EmployerTable>;
export type PersonRow = Selectable<PersonTable>;

/** Loads an employer the staff member may see (locked when `forUpdate`), or refuses. */
export async function employerInScope(
  db: Db,
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
  if (!agency.path.startsWith(actor.agencyPath)) throw common.reject('out_of_scope');
  return row;
}

/** True when the person's agency, or the agency of one of their employers, is in the actor's subtree. */
export async function personVisibleTo(db: Db, actor: StaffActor, person: PersonRow): Promise<boolean> {
  const own = await db
    .selectFrom('agencies')
    .select('path')
    .where('id', '=', person.agency_id)
    .executeTakeFirstOrThrow();
  if (own.path.startsWith(actor.agencyPath)) return true;
  const viaEmployer = await db
    .selectFrom('employments')
    .innerJoin('employers', 'employers.id', 'employments.employer_id')
    .innerJoin('agencies', 'agencies.id', 'employers.agency_id')
    .select('employments.id')
    .where('employments.person_id', '=', person.person_id)
    .where('agencies.path', 'like', `${escapeLike(actor.agencyPath)}%`)
    .limit(1)
    .executeTakeFirst();
  return viaEmployer !== undefined;
}

/** Loads a person the staff member may see (locked when `forUpdate`), or refuses. */
export async function personInScope(
  db: Db,
  actor: StaffActor,
  personId: number,
  forUpdate = false,
): Promise<PersonRow> {
  let query = db.selectFrom('persons').selectAll().where('person_id', '=', personId);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw rejectRegistration('person_not_found');
  if (!(await personVisibleTo(db, actor, row))) throw common.reject('out_of_scope');
  return row;
}
