/**
 * SQL of employment and enrolment: the records the rules decide on, loaded in bulk, and the
 * set-based writes (`INSERT … SELECT FROM unnest(…)` in chunks) shared by the window, the hall,
 * the API and imports, so one row and 100,000 rows go through the same statements.
 */
import { sql, type RawBuilder } from 'kysely';
import type { Executor, Trx } from '../../db/connection.ts';
import type { AuditActor } from '../audit/index.ts';
import type { EmploymentFacts, EnrolmentFacts, PersonFacts, PersonRecord } from './registration.employment.rules.ts';
import type { RegistrationChannel, Scheme, SeparationReason } from './registration.model.ts';

/** Rows per statement: large enough to amortise round trips, small enough for one message. */
export const WRITE_CHUNK_ROWS = 2_000;
const READ_CHUNK_IDS = 5_000;

export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

interface PersonFactsRow {
  person_id: number;
  birth_date: string;
  status: PersonFacts['status'];
  death_date: string | null;
}

interface EnrolmentFactsRow {
  person_id: number;
  id: number;
  scheme: Scheme;
  category: 'employee' | 'flexible';
  employer_id: number | null;
  employment_id: number | null;
  started_on: string;
  ended_on: string | null;
  status: EnrolmentFacts['status'];
  last_change_on: string;
}

/** Employments and enrolments (with the date of their latest event) of the given persons. */
async function loadHoldings(
  db: Executor,
  ids: readonly number[],
): Promise<{ employments: Map<number, EmploymentFacts[]>; enrolments: Map<number, EnrolmentFacts[]> }> {
  const employments = new Map<number, EmploymentFacts[]>();
  const enrolments = new Map<number, EnrolmentFacts[]>();
  for (const part of chunks(ids, READ_CHUNK_IDS)) {
    const jobs = await sql<{
      person_id: number;
      id: number;
      employer_id: number;
      hired_on: string;
      separated_on: string | null;
      status: 'active' | 'ended';
    }>`SELECT person_id, id, employer_id, hired_on, separated_on, status
         FROM employments WHERE person_id = ANY(${part}::bigint[])`.execute(db);
    for (const r of jobs.rows) {
      const list = employments.get(r.person_id) ?? [];
      list.push({
        id: r.id,
        employerId: r.employer_id,
        hiredOn: r.hired_on,
        separatedOn: r.separated_on,
        status: r.status,
      });
      employments.set(r.person_id, list);
    }
    const covers = await sql<EnrolmentFactsRow>`
      SELECT n.person_id, n.id, n.scheme, n.category, n.employer_id, n.employment_id, n.started_on, n.ended_on,
             n.status,
             CASE WHEN n.status = 'terminated' THEN n.ended_on
                  ELSE coalesce((SELECT max(v.effective_on) FROM enrolment_events v
                                  WHERE v.person_id = n.person_id AND v.enrolment_id = n.id), n.started_on)
             END AS last_change_on
        FROM enrolments n WHERE n.person_id = ANY(${part}::bigint[])`.execute(db);
    for (const r of covers.rows) {
      const list = enrolments.get(r.person_id) ?? [];
      list.push({
        id: r.id,
        scheme: r.scheme,
        category: r.category,
        employerId: r.employer_id,
        employmentId: r.employment_id,
        startedOn: r.started_on,
        endedOn: r.ended_on,
        status: r.status,
        lastChangeOn: r.last_change_on,
      });
      enrolments.set(r.person_id, list);
    }
  }
  return { employments, enrolments };
}

function recordsOf(
  persons: readonly PersonFactsRow[],
  holdings: Awaited<ReturnType<typeof loadHoldings>>,
): Map<number, PersonRecord> {
  const out = new Map<number, PersonRecord>();
  for (const p of persons)
    out.set(p.person_id, {
      person: { birthDate: p.birth_date, status: p.status, deathDate: p.death_date },
      employments: holdings.employments.get(p.person_id) ?? [],
      enrolments: holdings.enrolments.get(p.person_id) ?? [],
    });
  return out;
}

/**
 * Locks the persons a statement selects and returns their facts. A no-op UPDATE, not `SELECT … FOR
 * UPDATE`: on a Citus cluster the persons of a batch sit on several nodes, and Citus takes row locks
 * across shards only for a modification. The lock conflicts with every `FOR UPDATE` of one person.
 */
function lockedPersons<Row>(db: Executor, where: RawBuilder<unknown>) {
  return sql<Row>`
    UPDATE persons SET version = version WHERE ${where}
    RETURNING person_id, id_index, birth_date, status, death_date`.execute(db);
}

/** The records of the given persons (locked when `lock`, so concurrent writers queue). */
export async function loadRecords(
  db: Executor,
  personIds: readonly number[],
  lock = false,
): Promise<Map<number, PersonRecord>> {
  const persons: PersonFactsRow[] = [];
  for (const part of chunks(personIds, READ_CHUNK_IDS)) {
    const where = sql`person_id = ANY(${part}::bigint[])`;
    const rows = lock
      ? await lockedPersons<PersonFactsRow>(db, where)
      : await sql<PersonFactsRow>`SELECT person_id, birth_date, status, death_date FROM persons WHERE ${where}`.execute(
          db,
        );
    persons.push(...rows.rows);
  }
  return recordsOf(persons, await loadHoldings(db, personIds));
}

/** Persons by blind index, locked, with their records: index → {personId, record}. */
export async function loadRecordsByIndex(
  db: Executor,
  indexes: readonly string[],
): Promise<Map<string, { personId: number; record: PersonRecord }>> {
  const persons: Array<PersonFactsRow & { id_index: string }> = [];
  for (const part of chunks(indexes, READ_CHUNK_IDS)) {
    const rows = await lockedPersons<PersonFactsRow & { id_index: string }>(db, sql`id_index = ANY(${part}::text[])`);
    persons.push(...rows.rows);
  }
  persons.sort((a, b) => a.person_id - b.person_id);
  const records = recordsOf(
    persons,
    await loadHoldings(
      db,
      persons.map((p) => p.person_id),
    ),
  );
  return new Map(persons.map((p) => [p.id_index, { personId: p.person_id, record: records.get(p.person_id)! }]));
}

/**
 * The person's latest employment of that status with the employer, the person named by blind
 * index: the active one, or the one ended last.
 */
export async function latestEmploymentAt(
  db: Executor,
  employerId: number,
  personIndex: string,
  status: 'active' | 'ended',
): Promise<{ personId: number; employmentId: number }> {
  const found = await db
    .selectFrom('employments')
    .innerJoin('persons', 'persons.person_id', 'employments.person_id')
    .select(['employments.person_id', 'employments.id'])
    .where('persons.id_index', '=', personIndex)
    .where('employments.employer_id', '=', employerId)
    .where('employments.status', '=', status)
    .orderBy('employments.ended_at', 'desc')
    .orderBy('employments.id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  return { personId: found.person_id, employmentId: found.id };
}

/** Who writes, when, through which channel; stamped on every row a write creates. */
export interface WriteMeta {
  readonly who: AuditActor;
  readonly now: Date;
  readonly channel: RegistrationChannel;
}

export interface NewPerson {
  readonly idIndex: string;
  readonly idEnc: string;
  readonly idMasked: string;
  readonly name: string;
  readonly gender: 'male' | 'female';
  readonly birthDate: string;
  readonly phoneEnc: string | null;
  readonly phoneMasked: string | null;
}

/**
 * Inserts persons (one 'registered' history row each, effective `today`) and their ID claims; returns
 * index → person id. A claim already taken fails the statement (`person_claims_pkey`): the caller
 * has checked the IDs first, so only a concurrent registration of the same ID gets there.
 */
export async function insertPersons(
  trx: Trx,
  meta: WriteMeta,
  agencyId: number,
  today: string,
  persons: readonly NewPerson[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const { who, now, channel } = meta;
  for (const part of chunks(persons, WRITE_CHUNK_ROWS)) {
    const rows = await sql<{ person_id: number; id_index: string }>`
      WITH p AS (
        INSERT INTO persons (id_index, id_enc, id_masked, name, gender, birth_date, phone_enc, phone_masked,
                             agency_id, source_channel, created_at, updated_at)
        SELECT u.*, ${agencyId}::bigint, ${channel}, ${now}::timestamptz, ${now}::timestamptz
          FROM unnest(${part.map((p) => p.idIndex)}::text[], ${part.map((p) => p.idEnc)}::text[],
                      ${part.map((p) => p.idMasked)}::text[], ${part.map((p) => p.name)}::text[],
                      ${part.map((p) => p.gender)}::text[], ${part.map((p) => p.birthDate)}::date[],
                      ${part.map((p) => p.phoneEnc)}::text[], ${part.map((p) => p.phoneMasked)}::text[]) AS u
        RETURNING person_id, id_index
      ), claims AS (
        INSERT INTO person_claims (id_index, person_id) SELECT id_index, person_id FROM p
      ), history AS (
        INSERT INTO person_changes (person_id, change_group, field, old_value, new_value, effective_on, reason,
                                    case_id, actor_kind, actor_id, actor_name, changed_at)
        SELECT person_id, nextval('registration_change_groups'), 'registered', NULL, ${channel}, ${today}::date,
               NULL, NULL, ${who.kind}, ${who.id}::bigint, ${who.name}, ${now}::timestamptz
          FROM p
      )
      SELECT person_id, id_index FROM p`.execute(trx);
    for (const r of rows.rows) ids.set(r.id_index, r.person_id);
  }
  return ids;
}

export interface HireWrite {
  readonly personId: number;
  readonly hiredOn: string;
  readonly schemes: readonly Scheme[];
  readonly caseId: number | null;
}

export interface EmployerWrite {
  readonly id: number;
  readonly poolingRegion: string;
  readonly importId: number | null;
}

/** Inserts employments, their employee enrolments and a 'started' event each, in one statement per chunk. */
export async function insertHires(
  trx: Trx,
  meta: WriteMeta,
  employer: EmployerWrite,
  hires: readonly HireWrite[],
  onChunk?: (rows: number) => void,
): Promise<void> {
  const { who, now, channel } = meta;
  for (const part of chunks(hires, WRITE_CHUNK_ROWS)) {
    const covers = part.flatMap((h) => h.schemes.map((s) => [h.personId, s] as const));
    await sql`
      WITH emp AS (
        INSERT INTO employments (person_id, employer_id, hired_on, source_channel, case_id, import_id,
                                 created_at, created_by_kind, created_by_id)
        SELECT u.p, ${employer.id}::bigint, u.d, ${channel}, u.c, ${employer.importId}::bigint,
               ${now}::timestamptz, ${who.kind}, ${who.id}::bigint
          FROM unnest(${part.map((h) => h.personId)}::bigint[], ${part.map((h) => h.hiredOn)}::date[],
                      ${part.map((h) => h.caseId)}::bigint[]) AS u(p, d, c)
        RETURNING person_id, id, hired_on
      ), enr AS (
        INSERT INTO enrolments (person_id, scheme, category, employer_id, employment_id, started_on,
                                pooling_region, created_at, updated_at)
        SELECT emp.person_id, s.scheme, 'employee', ${employer.id}::bigint, emp.id, emp.hired_on,
               ${employer.poolingRegion}, ${now}::timestamptz, ${now}::timestamptz
          FROM unnest(${covers.map((c) => c[0])}::bigint[], ${covers.map((c) => c[1])}::text[]) AS s(person_id, scheme)
          JOIN emp ON emp.person_id = s.person_id
        RETURNING person_id, id, started_on
      )
      INSERT INTO enrolment_events (person_id, enrolment_id, event, effective_on, reason, actor_kind, actor_id,
                                    actor_name, at)
      SELECT person_id, id, 'started', started_on, 'hire', ${who.kind}, ${who.id}::bigint, ${who.name},
             ${now}::timestamptz
        FROM enr`.execute(trx);
    onChunk?.(part.length);
  }
}

export interface EmploymentEnd {
  readonly personId: number;
  readonly employmentId: number;
  readonly separatedOn: string;
  readonly reason: SeparationReason;
}

/** Ends employments (status 'ended', separation date and reason); their enrolments are closed separately. */
export async function endEmployments(trx: Trx, meta: WriteMeta, ends: readonly EmploymentEnd[]) {
  for (const part of chunks(ends, WRITE_CHUNK_ROWS)) {
    await sql`
      UPDATE employments e
         SET status = 'ended', separated_on = u.d, separation_reason = u.r, ended_at = ${meta.now}::timestamptz
        FROM unnest(${part.map((x) => x.personId)}::bigint[], ${part.map((x) => x.employmentId)}::bigint[],
                    ${part.map((x) => x.separatedOn)}::date[], ${part.map((x) => x.reason)}::text[]) AS u(p, id, d, r)
       WHERE e.person_id = u.p AND e.id = u.id AND e.status = 'active'`.execute(trx);
  }
}

export interface EnrolmentEnd {
  readonly personId: number;
  readonly enrolmentId: number;
  readonly endedOn: string;
  readonly reason: string;
}

/** Terminates open enrolments (ended_on, reason) with a 'terminated' event each. */
export async function terminateEnrolments(trx: Trx, meta: WriteMeta, ends: readonly EnrolmentEnd[]): Promise<void> {
  const { who, now } = meta;
  for (const part of chunks(ends, WRITE_CHUNK_ROWS)) {
    await sql`
      WITH closed AS (
        UPDATE enrolments n
           SET status = 'terminated', ended_on = u.d, status_reason = u.r, updated_at = ${now}::timestamptz
          FROM unnest(${part.map((x) => x.personId)}::bigint[], ${part.map((x) => x.enrolmentId)}::bigint[],
                      ${part.map((x) => x.endedOn)}::date[], ${part.map((x) => x.reason)}::text[]) AS u(p, id, d, r)
         WHERE n.person_id = u.p AND n.id = u.id AND n.status <> 'terminated'
        RETURNING n.person_id, n.id, n.ended_on, n.status_reason
      )
      INSERT INTO enrolment_events (person_id, enrolment_id, event, effective_on, reason, actor_kind, actor_id,
                                    actor_name, at)
      SELECT person_id, id, 'terminated', ended_on, status_reason, ${who.kind}, ${who.id}::bigint, ${who.name},
             ${now}::timestamptz
        FROM closed`.execute(trx);
  }
}
