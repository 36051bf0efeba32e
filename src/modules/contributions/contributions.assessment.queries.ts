/**
 * The set-based reads of the assessment: who is covered, the employers' class and float, the
 * declarations of a period and the last declared wages, for many payers at once (one statement each,
 * arrays as parameters), so that the month close assesses a million persons without a round trip
 * per person.
 *
 * Coverage (documented in docs/api-collection-declarations.md):
 * - an employer's employee is covered for a scheme in a period when an `employee` enrolment of that
 *   scheme with that employer overlaps the period (started on or before its last day, not ended
 *   before its first day, not suspended now) and an employment of the person with the employer
 *   overlaps the period too; persons merged into another are left out (their records moved);
 * - a flexible worker is covered by their `flexible` enrolments (pension, medical) overlapping the period;
 * - a month this payer has already settled for the person (a rights record of the scheme and period
 *   paid, back-paid or transferred in, e.g. history migrated into the ledger) is not covered again:
 *   billing it would owe the month twice (and the ledger refuses it as already paid).
 */
import { sql } from 'kysely';
import type { Executor } from '../../db/connection.ts';
import { centsFromInteger, type Cents } from '../../kernel/cents.ts';
import { firstDayOf, lastDayOf, type Period } from '../../kernel/period.ts';
import { DEFAULT_FLOAT } from './contributions.assessment.rules.ts';
import type { CollectionScheme, Payer } from '../collection/index.ts';

/** Employer ids and flexible workers' person ids of a list of payers. */
export function splitPayers(payers: readonly Payer[]): { employerIds: number[]; personIds: number[] } {
  const employerIds: number[] = [];
  const personIds: number[] = [];
  for (const payer of payers) {
    if (payer.kind === 'employer') employerIds.push(payer.employerId);
    else personIds.push(payer.personId);
  }
  return { employerIds, personIds };
}

/** Per payer key ('employer:17', 'flexible:42'): each covered person's schemes. */
export type CoverageMap = Map<string, Map<number, CollectionScheme[]>>;

function add(map: CoverageMap, key: string, personId: number, scheme: CollectionScheme): void {
  let persons = map.get(key);
  if (!persons) map.set(key, (persons = new Map()));
  const schemes = persons.get(personId);
  if (!schemes) persons.set(personId, [scheme]);
  else if (!schemes.includes(scheme)) schemes.push(scheme);
}

/** Who each payer covers in the period, and the pooling region of each flexible worker's enrolment. */
export async function loadCoverage(
  db: Executor,
  payers: readonly Payer[],
  period: Period,
): Promise<{ coverage: CoverageMap; flexibleRegions: Map<number, string> }> {
  const { employerIds, personIds } = splitPayers(payers);
  const first = firstDayOf(period);
  const last = lastDayOf(period);
  const coverage: CoverageMap = new Map();
  const flexibleRegions = new Map<number, string>();
  if (employerIds.length > 0) {
    const { rows } = await sql<{ employer_id: number; person_id: number; scheme: CollectionScheme }>`
      SELECT DISTINCT n.employer_id, n.person_id, n.scheme
        FROM enrolments n
        JOIN persons p ON p.person_id = n.person_id AND p.status <> 'merged'
       WHERE n.employer_id = ANY(${employerIds}::bigint[]) AND n.category = 'employee'
         AND n.status <> 'suspended'
         AND n.started_on <= ${last} AND (n.ended_on IS NULL OR n.ended_on >= ${first})
         AND EXISTS (SELECT 1 FROM employments e
                      WHERE e.person_id = n.person_id AND e.employer_id = n.employer_id
                        AND e.hired_on <= ${last} AND (e.separated_on IS NULL OR e.separated_on >= ${first}))
         AND NOT EXISTS (SELECT 1 FROM rights_records r
                          WHERE r.person_id = n.person_id AND r.scheme = n.scheme AND r.period = ${period}
                            AND coalesce(r.employer_id, 0) = n.employer_id
                            AND r.status IN ('paid', 'back_paid', 'transferred_in'))`.execute(db);
    for (const r of rows) add(coverage, `employer:${r.employer_id}`, r.person_id, r.scheme);
  }
  if (personIds.length > 0) {
    const { rows } = await sql<{ person_id: number; scheme: CollectionScheme; pooling_region: string }>`
      SELECT n.person_id, n.scheme, n.pooling_region
        FROM enrolments n
       WHERE n.person_id = ANY(${personIds}::bigint[]) AND n.category = 'flexible'
         AND n.status <> 'suspended'
         AND n.started_on <= ${last} AND (n.ended_on IS NULL OR n.ended_on >= ${first})
         AND NOT EXISTS (SELECT 1 FROM rights_records r
                          WHERE r.person_id = n.person_id AND r.scheme = n.scheme AND r.period = ${period}
                            AND coalesce(r.employer_id, 0) = 0
                            AND r.status IN ('paid', 'back_paid', 'transferred_in'))
       ORDER BY n.person_id, n.started_on`.execute(db);
    for (const r of rows) {
      add(coverage, `flexible:${r.person_id}`, r.person_id, r.scheme);
      flexibleRegions.set(r.person_id, r.pooling_region);
    }
  }
  return { coverage, flexibleRegions };
}

/** What the assessment needs of an employer: its pooling region, risk class and float in force. */
export interface EmployerFacts {
  readonly region: string;
  readonly riskClass: number;
  readonly float: string;
}

/** A numeric(6,4) as a plain decimal ('1.2000' → '1.2'). */
function plainDecimal(value: string): string {
  return value.includes('.') ? value.replace(/0+$/, '').replace(/\.$/, '') : value;
}

/** Region, class and the float in force on the period's first day (default 1) of each employer. */
export async function loadEmployers(
  db: Executor,
  employerIds: readonly number[],
  period: Period,
): Promise<Map<number, EmployerFacts>> {
  if (employerIds.length === 0) return new Map();
  const { rows } = await sql<{ id: number; pooling_region: string; risk_class: number; multiplier: string | null }>`
    SELECT e.id, e.pooling_region, e.risk_class, f.multiplier
      FROM employers e
      LEFT JOIN LATERAL (SELECT multiplier FROM employer_rate_floats r
                          WHERE r.employer_id = e.id AND r.valid_from <= ${firstDayOf(period)}
                          ORDER BY r.valid_from DESC LIMIT 1) f ON true
     WHERE e.id = ANY(${[...employerIds]}::bigint[])`.execute(db);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        region: r.pooling_region,
        riskClass: r.risk_class,
        float: r.multiplier === null ? DEFAULT_FLOAT : plainDecimal(String(r.multiplier)),
      },
    ]),
  );
}

/** A declaration's current revision as the assessment reads it. */
export interface DeclarationFacts {
  readonly id: number;
  readonly revision: number;
  readonly region: string;
  readonly wages: Map<number, Cents>;
}

interface DeclarationRow {
  id: number;
  revision: number;
  payer_kind: 'employer' | 'flexible';
  employer_id: number | null;
  payer_person_id: number | null;
  region_code: string;
  person_id: number;
  wage_fen: number;
}

function payerCondition(employerIds: readonly number[], personIds: readonly number[]) {
  return sql`((d.payer_kind = 'employer' AND d.employer_id = ANY(${[...employerIds]}::bigint[]))
           OR (d.payer_kind = 'flexible' AND d.person_id = ANY(${[...personIds]}::bigint[])))`;
}

function keyOfRow(row: { payer_kind: string; employer_id: number | null; payer_person_id: number | null }): string {
  return row.payer_kind === 'employer' ? `employer:${row.employer_id}` : `flexible:${row.payer_person_id}`;
}

/** The monthly declarations of the period (current revision, with lines) by payer key. */
export async function loadDeclarations(
  db: Executor,
  payers: readonly Payer[],
  period: Period,
): Promise<Map<string, DeclarationFacts>> {
  const { employerIds, personIds } = splitPayers(payers);
  if (payers.length === 0) return new Map();
  const { rows } = await sql<DeclarationRow>`
    SELECT d.id, d.revision, d.payer_kind, d.employer_id, d.person_id AS payer_person_id, d.region_code,
           l.person_id, l.wage_fen
      FROM contribution_declarations d
      JOIN declaration_lines l ON l.declaration_id = d.id AND l.revision = d.revision
     WHERE d.kind = 'monthly' AND d.period = ${period} AND ${payerCondition(employerIds, personIds)}`.execute(db);
  return groupDeclarations(rows);
}

/** One declaration by id (current revision), with its payer and period. */
export async function loadDeclaration(
  db: Executor,
  declarationId: number,
): Promise<{ payer: Payer; period: Period; kind: 'monthly' | 'annual_base'; facts: DeclarationFacts } | null> {
  const head = await db
    .selectFrom('contribution_declarations')
    .select(['id', 'revision', 'payer_kind', 'employer_id', 'person_id', 'region_code', 'period', 'kind'])
    .where('id', '=', declarationId)
    .executeTakeFirst();
  if (!head) return null;
  const lines = await db
    .selectFrom('declaration_lines')
    .select(['person_id', 'wage_fen'])
    .where('declaration_id', '=', declarationId)
    .where('revision', '=', head.revision)
    .execute();
  const payer: Payer =
    head.payer_kind === 'employer'
      ? { kind: 'employer', employerId: head.employer_id! }
      : { kind: 'flexible', personId: head.person_id! };
  return {
    payer,
    period: head.period as Period,
    kind: head.kind,
    facts: {
      id: head.id,
      revision: head.revision,
      region: head.region_code,
      wages: new Map(lines.map((l) => [l.person_id, centsFromInteger(l.wage_fen)])),
    },
  };
}

function groupDeclarations(rows: readonly DeclarationRow[]): Map<string, DeclarationFacts> {
  const byPayer = new Map<string, DeclarationFacts>();
  for (const row of rows) {
    const key = keyOfRow(row);
    let facts = byPayer.get(key);
    if (!facts)
      byPayer.set(key, (facts = { id: row.id, revision: row.revision, region: row.region_code, wages: new Map() }));
    facts.wages.set(row.person_id, centsFromInteger(row.wage_fen));
  }
  return byPayer;
}

/**
 * Each payer's last declared wage of each person before the period (the latest monthly declaration
 * naming the person, its current revision): what the 110 % rule multiplies.
 */
export async function loadLastWages(
  db: Executor,
  payers: readonly Payer[],
  period: Period,
): Promise<Map<string, Map<number, Cents>>> {
  const { employerIds, personIds } = splitPayers(payers);
  const result = new Map<string, Map<number, Cents>>();
  if (payers.length === 0) return result;
  const { rows } = await sql<Omit<DeclarationRow, 'id' | 'revision' | 'region_code'>>`
    SELECT DISTINCT ON (d.payer_kind, d.employer_id, d.person_id, l.person_id)
           d.payer_kind, d.employer_id, d.person_id AS payer_person_id, l.person_id, l.wage_fen
      FROM contribution_declarations d
      JOIN declaration_lines l ON l.declaration_id = d.id AND l.revision = d.revision
     WHERE d.kind = 'monthly' AND d.period < ${period} AND ${payerCondition(employerIds, personIds)}
     ORDER BY d.payer_kind, d.employer_id, d.person_id, l.person_id, d.period DESC`.execute(db);
  for (const row of rows) {
    const key = keyOfRow(row);
    let wages = result.get(key);
    if (!wages) result.set(key, (wages = new Map()));
    wages.set(row.person_id, centsFromInteger(row.wage_fen));
  }
  return result;
}

/** Each employer's annual base declaration of the year (regions that declare bases annually). */
export async function loadAnnualBases(
  db: Executor,
  employerIds: readonly number[],
  year: string,
): Promise<Map<string, Map<number, Cents>>> {
  if (employerIds.length === 0) return new Map();
  const { rows } = await sql<DeclarationRow>`
    SELECT d.id, d.revision, d.payer_kind, d.employer_id, d.person_id AS payer_person_id, d.region_code,
           l.person_id, l.wage_fen
      FROM contribution_declarations d
      JOIN declaration_lines l ON l.declaration_id = d.id AND l.revision = d.revision
     WHERE d.kind = 'annual_base' AND d.period = ${year} AND ${payerCondition(employerIds, [])}`.execute(db);
  return new Map([...groupDeclarations(rows)].map(([key, facts]) => [key, facts.wages]));
}
