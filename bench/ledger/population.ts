/**
 * Synthetic insured persons for the ledger benchmark, inserted set-based (one INSERT … SELECT
 * FROM generate_series per group) before any clock starts: one agency, one employer per pooling
 * region, and persons whose sealed ID is one real SM4 seal shared by the group (only the blind
 * index must be unique; nothing in the benchmark unseals it).
 */
import { sql } from 'kysely';
import type { Db } from '../../src/db/connection.ts';
import { blindIndex, seal, type DataKeys } from '../../src/kernel/sm-crypto.ts';

export interface Population {
  readonly agencyId: number;
  /** The employer of each region, by region code. */
  readonly employers: ReadonlyMap<string, number>;
}

/** One agency and one employer per region, founded long before any period the benchmark posts. */
export async function seedPayers(db: Db, keys: DataKeys, regions: readonly string[], now: Date): Promise<Population> {
  const agency = await db
    .insertInto('agencies')
    .values({
      code: `B${regions[0]}`,
      name: '基准测试经办机构',
      level: 3,
      division_code: regions[0]!,
      parent_id: null,
      path: '/1/',
      opened_on: '1990-01-01',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const industry = await db
    .selectFrom('industries')
    .select(['code', 'risk_class'])
    .orderBy('code')
    .executeTakeFirstOrThrow();
  const employers = new Map<string, number>();
  for (const [i, region] of regions.entries()) {
    const creditCode = `91${region}MA2BENCH${String(i).padStart(2, '0')}`;
    const employer = await db
      .insertInto('employers')
      .values({
        employer_no: `${region}${String(i + 1).padStart(8, '0')}`,
        credit_code: creditCode,
        identifier_index: blindIndex(keys, `employer:${creditCode}`),
        name: `基准测试单位${i + 1}`,
        type: 'enterprise',
        industry_code: industry.code,
        risk_class: industry.risk_class,
        legal_rep_name: '基准',
        legal_rep_id_enc: seal(keys, `${region}197001010011`),
        legal_rep_id_masked: `${region}********0011`,
        address: '杭州',
        contact_name: '基准',
        contact_phone_enc: seal(keys, '13900139000'),
        contact_phone_masked: '139****9000',
        pooling_region: region,
        agency_id: agency.id,
        founded_on: '1990-01-01',
        registered_on: '1990-01-01',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    employers.set(region, employer.id);
  }
  return { agencyId: agency.id, employers };
}

/**
 * Inserts `count` persons tagged `group` in one statement and returns their ids in order. Birth
 * dates spread over 1965–1994 so that a 30-year history from 1995 fits every one of them.
 */
export async function insertPersons(
  db: Db,
  keys: DataKeys,
  options: { group: string; count: number; agencyId: number; now: Date },
): Promise<number[]> {
  const sealed = seal(keys, '330106197001010011');
  const tag = `bench:${options.group}:`;
  await sql`
    INSERT INTO persons (id_index, id_enc, id_masked, name, gender, birth_date, agency_id, source_channel,
                         created_at, updated_at)
    SELECT ${tag} || g, ${sealed}, '330106********0011', '参保人' || g,
           CASE WHEN g % 2 = 0 THEN 'female' ELSE 'male' END,
           date '1965-01-01' + (g % 10950), ${options.agencyId}, 'import', ${options.now}, ${options.now}
    FROM generate_series(1, ${options.count}::int) AS g`.execute(db);
  await sql`
    INSERT INTO person_claims (id_index, person_id)
    SELECT id_index, person_id FROM persons WHERE id_index LIKE ${`${tag}%`}`.execute(db);
  const { rows } = await sql<{ person_id: number }>`
    SELECT person_id FROM persons WHERE id_index LIKE ${`${tag}%`} ORDER BY person_id`.execute(db);
  return rows.map((r) => r.person_id);
}
