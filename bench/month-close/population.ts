/**
 * A synthetic pooling region for the month close, inserted set-based (a few INSERT … SELECT FROM
 * generate_series statements, no per-row round trips), deterministic for a given size: two
 * databases generated with the same numbers hold the same rows with the same ids.
 *
 * - `employers` employers with `perEmployer` employees each, every employee employed since
 *   2020-01-01 and enrolled in the four schemes with the employer;
 * - `flexible` flexible workers enrolled in pension and medical;
 * - monthly declarations of the previous period for every employer and flexible worker (so that
 *   the 110 % rule has a last wage), and of the period for all but every tenth employer;
 * Wages vary by person (3,000–14,990 yuan) so that some bases meet the floor and none the ceiling.
 * Used by the month-close benchmark and the month-close tests (with a few employers).
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/connection.ts';
import { previousPeriod, type Period } from '../../src/kernel/period.ts';

export interface RegionSize {
  readonly region: string;
  readonly period: Period;
  readonly employers: number;
  readonly perEmployer: number;
  readonly flexible: number;
  /** Employers whose number (1-based) is a multiple of this do not declare the period (110 % rule). */
  readonly undeclaredEvery: number;
}

export interface RegionIds {
  readonly agencyId: number;
  readonly employerIds: readonly number[];
  readonly flexibleIds: readonly number[];
}

const SINCE = '2020-01-01';

async function agency(db: Db, region: string): Promise<number> {
  const { rows } = await sql<{ id: number }>`
    INSERT INTO agencies (code, name, level, division_code, path, opened_on)
    VALUES (${`MC${region}`}, '月结测试经办机构', 3, ${region}, '/', '1990-01-01') RETURNING id`.execute(db);
  const id = rows[0]!.id;
  await sql`UPDATE agencies SET path = '/' || id || '/' WHERE id = ${id}`.execute(db);
  return id;
}

async function employers(db: Db, size: RegionSize, agencyId: number): Promise<number[]> {
  const industry = await db
    .selectFrom('industries')
    .select(['code', 'risk_class'])
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const { rows } = await sql<{ id: number }>`
    INSERT INTO employers (employer_no, credit_code, identifier_index, name, type, industry_code, risk_class,
                           legal_rep_name, legal_rep_id_enc, legal_rep_id_masked, address, contact_name,
                           contact_phone_enc, contact_phone_masked, pooling_region, agency_id, founded_on,
                           registered_on, created_at, updated_at)
    SELECT ${size.region} || lpad(g::text, 8, '0'), '91' || ${size.region} || 'MC' || lpad(g::text, 8, '0'),
           'mc-employer:' || ${size.region} || ':' || g, '月结测试单位' || g, 'enterprise', ${industry.code},
           ${industry.risk_class}, '法人', 'x', '3301**********0011', '杭州', '联系人', 'x', '139****9000',
           ${size.region}, ${agencyId}, date '2000-01-01', date '2000-01-01', now(), now()
      FROM generate_series(1, ${size.employers}::int) AS g
    ORDER BY g
    RETURNING id`.execute(db);
  return rows.map((r) => r.id).sort((a, b) => a - b);
}

async function persons(db: Db, tag: string, count: number, agencyId: number): Promise<number[]> {
  if (count === 0) return [];
  await sql`
    INSERT INTO persons (id_index, id_enc, id_masked, name, gender, birth_date, agency_id, source_channel,
                         created_at, updated_at)
    SELECT ${tag} || lpad(g::text, 9, '0'), 'x', '330106********0011', '参保人' || g,
           CASE WHEN g % 2 = 0 THEN 'female' ELSE 'male' END, date '1970-01-01' + (g % 9000), ${agencyId},
           'import', now(), now()
      FROM generate_series(1, ${count}::int) AS g ORDER BY g`.execute(db);
  await sql`
    INSERT INTO person_claims (id_index, person_id)
    SELECT id_index, person_id FROM persons WHERE id_index LIKE ${`${tag}%`}`.execute(db);
  const { rows } = await sql<{ person_id: number }>`
    SELECT person_id FROM persons WHERE id_index LIKE ${`${tag}%`} ORDER BY person_id`.execute(db);
  return rows.map((r) => r.person_id);
}

/** Employees: the i-th person works for employer floor(i / perEmployer), enrolled in the four schemes. */
async function employ(db: Db, size: RegionSize, employerIds: readonly number[], personIds: readonly number[]) {
  await sql`
    INSERT INTO employments (person_id, employer_id, hired_on, source_channel, created_at, created_by_kind)
    SELECT p.person_id, (${employerIds}::bigint[])[(p.n - 1) / ${size.perEmployer} + 1], ${SINCE}, 'import', now(), 'system'
      FROM unnest(${personIds}::bigint[]) WITH ORDINALITY AS p(person_id, n)`.execute(db);
  await sql`
    INSERT INTO enrolments (person_id, scheme, category, employer_id, employment_id, started_on, pooling_region,
                            created_at, updated_at)
    SELECT m.person_id, s.scheme, 'employee', m.employer_id, m.id, ${SINCE}, ${size.region}, now(), now()
      FROM employments m JOIN unnest(${personIds}::bigint[]) AS p(person_id) USING (person_id)
     CROSS JOIN unnest(ARRAY['pension', 'medical', 'unemployment', 'work_injury']) AS s(scheme)
     ORDER BY m.person_id, s.scheme`.execute(db);
}

async function enrolFlexible(db: Db, region: string, personIds: readonly number[]) {
  await sql`
    INSERT INTO enrolments (person_id, scheme, category, started_on, pooling_region, created_at, updated_at)
    SELECT p.person_id, s.scheme, 'flexible', ${SINCE}, ${region}, now(), now()
      FROM unnest(${personIds}::bigint[]) AS p(person_id)
     CROSS JOIN unnest(ARRAY['pension', 'medical']) AS s(scheme)
     ORDER BY p.person_id, s.scheme`.execute(db);
}

/** The wage of a person in a month, in fen: 3,000.00–14,990.00 yuan by person id. */
const WAGE_SQL = sql`(300000 + (m.person_id % 1200) * 1000)`;

/** Who works where: `employeeIds[i]` for `employerOf[i]` (as `employ` hired them). */
interface Staffing {
  readonly employeeIds: readonly number[];
  readonly employerOf: readonly number[];
}

/**
 * Monthly declarations of `period` for the given employers (one line per employee) and flexible
 * workers. The employees come as values, not by joining the employments: on a cluster those are
 * spread over the nodes by person, the declarations are not.
 */
async function declare(
  db: Db,
  region: string,
  period: Period,
  employerIds: readonly number[],
  staffing: Staffing,
  flexibleIds: readonly number[],
) {
  const stamp = new Date('2000-01-01T00:00:00Z');
  const staff = sql`unnest(${staffing.employerOf}::bigint[], ${staffing.employeeIds}::bigint[]) AS m(employer_id, person_id)`;
  await sql`
    INSERT INTO contribution_declarations (declaration_no, payer_kind, employer_id, kind, period, region_code, channel,
                                           line_count, total_wage_fen, submitted_at, submitted_by)
    SELECT 'SB' || ${period} || 'E' || lpad(e.id::text, 10, '0'), 'employer', e.id, 'monthly', ${period}, ${region}, 'api',
           count(m.person_id), coalesce(sum(${WAGE_SQL}), 0), ${stamp}, 'employer:' || e.id
      FROM unnest(${employerIds}::bigint[]) AS e(id) LEFT JOIN ${staff} ON m.employer_id = e.id
     GROUP BY e.id ORDER BY e.id`.execute(db);
  await sql`
    INSERT INTO declaration_lines (declaration_id, revision, person_id, wage_fen)
    SELECT d.id, 1, m.person_id, ${WAGE_SQL}
      FROM contribution_declarations d JOIN ${staff} ON m.employer_id = d.employer_id
     WHERE d.period = ${period} AND d.payer_kind = 'employer' AND d.employer_id = ANY(${employerIds}::bigint[])
     ORDER BY d.id, m.person_id`.execute(db);
  if (flexibleIds.length === 0) return;
  await sql`
    INSERT INTO contribution_declarations (declaration_no, payer_kind, person_id, kind, period, region_code, channel,
                                           line_count, total_wage_fen, submitted_at, submitted_by)
    SELECT 'SB' || ${period} || 'F' || lpad(m.person_id::text, 10, '0'), 'flexible', m.person_id, 'monthly', ${period},
           ${region}, 'web', 1, ${WAGE_SQL}, ${stamp}, 'person:' || m.person_id
      FROM unnest(${flexibleIds}::bigint[]) AS m(person_id) ORDER BY m.person_id`.execute(db);
  await sql`
    INSERT INTO declaration_lines (declaration_id, revision, person_id, wage_fen)
    SELECT d.id, 1, d.person_id, 500000
      FROM contribution_declarations d
     WHERE d.period = ${period} AND d.payer_kind = 'flexible' AND d.person_id = ANY(${flexibleIds}::bigint[])
     ORDER BY d.id`.execute(db);
}

/** Generates the region; returns its agency, employers and flexible workers (ascending ids). */
export async function generateRegion(db: Db, size: RegionSize): Promise<RegionIds> {
  const agencyId = await agency(db, size.region);
  const employerIds = await employers(db, size, agencyId);
  const employees = await persons(db, `mc:${size.region}:e:`, size.employers * size.perEmployer, agencyId);
  await employ(db, size, employerIds, employees);
  const flexibleIds = await persons(db, `mc:${size.region}:f:`, size.flexible, agencyId);
  await enrolFlexible(db, size.region, flexibleIds);
  const staffing = {
    employeeIds: employees,
    employerOf: employees.map((_, i) => employerIds[Math.floor(i / size.perEmployer)]!),
  };
  await declare(db, size.region, previousPeriod(size.period), employerIds, staffing, flexibleIds);
  const declaring = employerIds.filter((_, i) => (i + 1) % size.undeclaredEvery !== 0);
  await declare(db, size.region, size.period, declaring, staffing, flexibleIds);
  return { agencyId, employerIds, flexibleIds };
}
