/** The employees of an employer: for staff and the employer's own hall, and for the payroll API. */
import { sql } from 'kysely';
import type { Db } from '../../db/connection.ts';
import type { Scheme, SeparationReason } from './registration.model.ts';

export const EMPLOYEE_STATUSES = ['active', 'ended', 'all'] as const;
export type EmployeeStatusFilter = (typeof EMPLOYEE_STATUSES)[number];

export interface EmployeeItem {
  readonly personId: number;
  readonly name: string;
  readonly idMasked: string;
  readonly employmentId: number;
  readonly hiredOn: string;
  readonly separatedOn: string | null;
  readonly separationReason: SeparationReason | null;
  readonly status: 'active' | 'ended';
  /** Open enrolments of an active employment; every scheme it had once it has ended. */
  readonly schemes: Scheme[];
}

export interface EmployeeQuery {
  readonly status: EmployeeStatusFilter;
  readonly page: number;
  readonly pageSize: number;
}

/** One page of an employer's employees with the total count. */
export async function listEmployees(
  db: Db,
  employerId: number,
  query: EmployeeQuery,
): Promise<{ items: EmployeeItem[]; total: number }> {
  let base = db.selectFrom('employments as e').where('e.employer_id', '=', employerId);
  if (query.status !== 'all') base = base.where('e.status', '=', query.status);
  const counted = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .innerJoin('persons as p', 'p.person_id', 'e.person_id')
    .select([
      'e.person_id',
      'e.id',
      'e.hired_on',
      'e.separated_on',
      'e.separation_reason',
      'e.status',
      'p.name',
      'p.id_masked',
      sql<Scheme[] | null>`(SELECT array_agg(n.scheme ORDER BY n.scheme) FROM enrolments n
                             WHERE n.person_id = e.person_id AND n.employment_id = e.id
                               AND (n.status <> 'terminated' OR e.status = 'ended'))`.as('schemes'),
    ])
    .orderBy('e.hired_on', 'desc')
    .orderBy('e.id', 'desc')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  return {
    total: Number(counted.n),
    items: rows.map((r) => ({
      personId: r.person_id,
      name: r.name,
      idMasked: r.id_masked,
      employmentId: r.id,
      hiredOn: r.hired_on,
      separatedOn: r.separated_on,
      separationReason: r.separation_reason,
      status: r.status,
      schemes: r.schemes ?? [],
    })),
  };
}

/**
 * An employee as the payroll API lists it: no separation reason, and `schemes` holds every
 * enrolment of the employment, terminated ones included.
 */
export type PayrollEmployeeItem = Omit<EmployeeItem, 'separationReason'>;

/** One page of the employer's employees (masked) for the payroll API, newest hire first, with the total. */
export async function payrollEmployees(
  db: Db,
  employerId: number,
  query: EmployeeQuery,
): Promise<{ items: PayrollEmployeeItem[]; total: number }> {
  const status = query.status === 'all' ? sql`` : sql`AND e.status = ${query.status}`;
  const total = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM employments e WHERE e.employer_id = ${employerId} ${status}`.execute(db);
  const rows = await sql<PayrollEmployeeItem>`
    SELECT e.person_id AS "personId", p.name, p.id_masked AS "idMasked", e.id AS "employmentId",
           e.hired_on AS "hiredOn", e.separated_on AS "separatedOn", e.status,
           COALESCE((SELECT array_agg(n.scheme ORDER BY n.scheme) FROM enrolments n
                      WHERE n.person_id = e.person_id AND n.employment_id = e.id), '{}') AS schemes
      FROM employments e JOIN persons p ON p.person_id = e.person_id
     WHERE e.employer_id = ${employerId} ${status}
     ORDER BY e.hired_on DESC, e.id DESC
     LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`.execute(db);
  return { items: rows.rows, total: total.rows[0]?.n ?? 0 };
}
