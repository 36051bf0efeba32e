/** SQL of employers: numbering, the joined detail row, the list, the history, counts. */
import { sql } from 'kysely';
import type { Executor, Trx } from '../../db/connection.ts';
import { escapeLike } from '../../db/like.ts';
import type { EmployerStatus } from './registration.model.ts';
import type { EmployerRow } from './registration.scope.ts';

/** The next number of the region's employer sequence; the upsert holds the counter row until commit. */
export async function nextEmployerSequence(trx: Trx, region: string): Promise<number> {
  const { rows } = await sql<{ last_no: number }>`
    INSERT INTO employer_number_counters (region_code, last_no) VALUES (${region}, 1)
    ON CONFLICT (region_code) DO UPDATE SET last_no = employer_number_counters.last_no + 1
    RETURNING last_no`.execute(trx);
  return Number(rows[0]!.last_no);
}

export async function findIndustry(db: Executor, code: string) {
  return db.selectFrom('industries').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function allIndustries(db: Executor) {
  return db.selectFrom('industries').selectAll().orderBy('code').execute();
}

export async function findAgency(db: Executor, id: number) {
  return db.selectFrom('agencies').select(['id', 'path', 'status', 'name']).where('id', '=', id).executeTakeFirst();
}

/** The employer registered under a credit code, with its agency's path (for what a refusal may name). */
export async function employerByCreditCode(db: Executor, creditCode: string, identifierIndex: string) {
  return db
    .selectFrom('employers')
    .innerJoin('agencies', 'agencies.id', 'employers.agency_id')
    .select(['employers.id', 'employers.employer_no', 'agencies.path as agency_path'])
    .where((eb) =>
      eb.or([eb('employers.credit_code', '=', creditCode), eb('employers.identifier_index', '=', identifierIndex)]),
    )
    .executeTakeFirst();
}

export async function employerById(db: Executor, id: number, forUpdate = false): Promise<EmployerRow | undefined> {
  let query = db.selectFrom('employers').selectAll().where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function employerByIndex(db: Executor, identifierIndex: string): Promise<EmployerRow | undefined> {
  return db.selectFrom('employers').selectAll().where('identifier_index', '=', identifierIndex).executeTakeFirst();
}

/** Names of the industry and the agency, for the detail view. */
export async function detailNames(db: Executor, row: EmployerRow) {
  const industry = await db
    .selectFrom('industries')
    .select(['name_zh', 'name_en'])
    .where('code', '=', row.industry_code)
    .executeTakeFirstOrThrow();
  const agency = await db
    .selectFrom('agencies')
    .select(['name'])
    .where('id', '=', row.agency_id)
    .executeTakeFirstOrThrow();
  return { industryNameZh: industry.name_zh, industryNameEn: industry.name_en, agencyName: agency.name };
}

export interface EmployerListFilter {
  readonly scopePath: string;
  readonly q?: string | undefined;
  readonly status?: EmployerStatus | undefined;
  readonly page: number;
  readonly pageSize: number;
}

/** Employers under the scope path: q is an exact credit code or employer number, or part of the name. */
export async function listEmployers(db: Executor, filter: EmployerListFilter) {
  let query = db
    .selectFrom('employers')
    .innerJoin('agencies', 'agencies.id', 'employers.agency_id')
    .where('agencies.path', 'like', `${escapeLike(filter.scopePath)}%`);
  if (filter.status) query = query.where('employers.status', '=', filter.status);
  const q = filter.q?.trim();
  if (q)
    query = query.where((eb) =>
      eb.or([
        eb('employers.credit_code', '=', q.toUpperCase()),
        eb('employers.employer_no', '=', q),
        eb('employers.name', 'like', `%${escapeLike(q)}%`),
      ]),
    );
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const items = await query
    .select([
      'employers.id',
      'employers.employer_no',
      'employers.credit_code',
      'employers.name',
      'employers.type',
      'employers.industry_code',
      'employers.risk_class',
      'employers.status',
      'employers.pooling_region',
      'employers.agency_id',
      'agencies.name as agency_name',
      'employers.registered_on',
    ])
    .orderBy('employers.id', 'desc')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { items, total: Number(total.n) };
}

export async function historyOf(db: Executor, employerId: number, limit: number) {
  return db
    .selectFrom('employer_changes')
    .selectAll()
    .where('employer_id', '=', employerId)
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function activeEmployeeCount(db: Executor, employerId: number): Promise<number> {
  const row = await db
    .selectFrom('employments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('employer_id', '=', employerId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Enrolments with this employer in one of `statuses`, counted per scheme. */
export async function enrolmentsByScheme(
  db: Executor,
  employerId: number,
  statuses: ReadonlyArray<'active' | 'suspended'>,
): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('enrolments')
    .select(['scheme', (eb) => eb.fn.countAll<number>().as('n')])
    .where('employer_id', '=', employerId)
    .where('status', 'in', [...statuses])
    .groupBy('scheme')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.scheme, Number(r.n)]));
}
