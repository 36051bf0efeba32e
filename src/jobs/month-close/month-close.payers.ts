/**
 * The payers a month close walks, in chunks: the employers of the region with covered employees or
 * a declaration in the period (by id), then the flexible workers enrolled or declared in it (by
 * person id). One cursor orders both: an employer's key is its id, a flexible worker's key is
 * FLEXIBLE_CURSOR_BASE + person id, so the cursor column alone says where a rerun continues.
 *
 * The walk is read once per run of the close (four statements, each one set, no per-payer round
 * trips) and held in memory as its sorted keys; each chunk takes the next keys after the cursor.
 * Read per chunk, each chunk would rescan the region's enrolments; correlated per employer, the
 * query cannot be planned on a cluster, where the enrolments are spread over the nodes by person
 * (docs/operations.md, "Scaling out"). A run that stops and is rerun reads the walk afresh and goes
 * on after its cursor.
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connection.ts';
import { firstDayOf, lastDayOf, type Period } from '../../kernel/period.ts';
import type { Payer } from '../../modules/collection/index.ts';
import {
  coveredEmployersOfRegion,
  employerPoolsIn,
  flexibleWorkersOfRegion,
} from '../../modules/registration/index.ts';

/** Above every employer id: flexible workers' keys start here (ids stay far below 10^15). */
export const FLEXIBLE_CURSOR_BASE = 1_000_000_000_000_000;

/** A payer's position in the walk. */
export function payerCursor(payer: Payer): number {
  return payer.kind === 'employer' ? payer.employerId : FLEXIBLE_CURSOR_BASE + payer.personId;
}

const payerAt = (key: number): Payer =>
  key < FLEXIBLE_CURSOR_BASE
    ? { kind: 'employer', employerId: key }
    : { kind: 'flexible', personId: key - FLEXIBLE_CURSOR_BASE };

interface Scope {
  readonly region: string;
  readonly period: Period;
}

/** The payers of a close, as their keys in walk order (ascending, each once). */
export type PayerWalk = readonly number[];

const spanOf = (period: Period) => ({ from: firstDayOf(period), to: lastDayOf(period) });

/** The ids a column of monthly declarations of the period names, ascending. */
async function declaring(db: Db, scope: Scope, kind: Payer['kind']): Promise<number[]> {
  const { rows } =
    kind === 'employer'
      ? await sql<{ id: number }>`
          SELECT DISTINCT d.employer_id AS id FROM contribution_declarations d
           WHERE d.payer_kind = 'employer' AND d.kind = 'monthly' AND d.period = ${scope.period}
             AND ${employerPoolsIn(sql<number>`d.employer_id`, scope.region)}
           ORDER BY 1`.execute(db)
      : await sql<{ id: number }>`
          SELECT DISTINCT d.person_id AS id FROM contribution_declarations d
           WHERE d.payer_kind = 'flexible' AND d.region_code = ${scope.region} AND d.kind = 'monthly'
             AND d.period = ${scope.period}
           ORDER BY 1`.execute(db);
  return rows.map((r) => Number(r.id));
}

/** The ascending union of two ascending lists, each key once. */
function merged(a: readonly number[], b: readonly number[]): number[] {
  return [...new Set([...a, ...b])].sort((x, y) => x - y);
}

/**
 * Every payer the close walks: employers of the region with an employee enrolment in force in the
 * period or a monthly declaration for it, then flexible workers enrolled as such in the region
 * during the period or who declared for it there.
 */
export async function payerWalk(db: Db, scope: Scope): Promise<PayerWalk> {
  const span = spanOf(scope.period);
  const [covered, declaredEmployers, enrolled, declaredFlexible] = [
    await coveredEmployersOfRegion(db, scope.region, span),
    await declaring(db, scope, 'employer'),
    await flexibleWorkersOfRegion(db, scope.region, span),
    await declaring(db, scope, 'flexible'),
  ];
  const flexible = merged(enrolled, declaredFlexible).map((id) => FLEXIBLE_CURSOR_BASE + id);
  return [...merged(covered, declaredEmployers), ...flexible];
}

/** The next `limit` payers of the walk after `cursor`; empty at the end. */
export function nextPayers(walk: PayerWalk, cursor: number, limit: number): Payer[] {
  let low = 0;
  let high = walk.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (walk[middle]! <= cursor) low = middle + 1;
    else high = middle;
  }
  return walk.slice(low, low + limit).map(payerAt);
}

function payerArrays(payers: readonly Payer[]) {
  return {
    kinds: payers.map((p) => p.kind),
    ids: payers.map((p) => (p.kind === 'employer' ? p.employerId : p.personId)),
  };
}

const payerOfRow = (r: { kind: Payer['kind']; id: number }): Payer =>
  r.kind === 'employer' ? { kind: 'employer', employerId: r.id } : { kind: 'flexible', personId: r.id };

/**
 * The payers of a chunk still to assess: no regular bill of the period yet, or an unpaid one that
 * no longer matches the declaration (declared since the 110 % bill, or corrected since). A bill
 * with money on it stays: after payment only a back payment or a refund changes it.
 */
export async function payersToAssess(db: Db, payers: readonly Payer[], period: Period): Promise<Payer[]> {
  if (payers.length === 0) return [];
  const { kinds, ids } = payerArrays(payers);
  const { rows } = await sql<{ kind: Payer['kind']; id: number }>`
    SELECT u.kind, u.id
      FROM unnest(${kinds}::text[], ${ids}::bigint[]) WITH ORDINALITY AS u(kind, id, n)
      LEFT JOIN contribution_bills b
             ON b.kind = 'regular' AND b.status <> 'cancelled' AND b.period = ${period}
            AND b.payer_kind = u.kind AND coalesce(b.employer_id, 0) = CASE WHEN u.kind = 'employer' THEN u.id ELSE 0 END
            AND coalesce(b.person_id, 0) = CASE WHEN u.kind = 'flexible' THEN u.id ELSE 0 END
      LEFT JOIN contribution_declarations d
             ON d.kind = 'monthly' AND d.period = ${period}
            AND d.payer_kind = u.kind AND coalesce(d.employer_id, 0) = CASE WHEN u.kind = 'employer' THEN u.id ELSE 0 END
            AND coalesce(d.person_id, 0) = CASE WHEN u.kind = 'flexible' THEN u.id ELSE 0 END
     WHERE b.id IS NULL
        OR (b.paid_fen = 0 AND d.id IS NOT NULL
            AND (b.declaration_id IS DISTINCT FROM d.id OR b.declaration_revision IS DISTINCT FROM d.revision))
     ORDER BY u.n`.execute(db);
  return rows.map(payerOfRow);
}

/** The payers of a chunk holding credit (Σ of their credit movements above zero). */
export async function payersWithCredit(db: Db, payers: readonly Payer[]): Promise<Payer[]> {
  if (payers.length === 0) return [];
  const { kinds, ids } = payerArrays(payers);
  const { rows } = await sql<{ kind: Payer['kind']; id: number }>`
    SELECT u.kind, u.id
      FROM unnest(${kinds}::text[], ${ids}::bigint[]) WITH ORDINALITY AS u(kind, id, n)
      JOIN payer_credits c
        ON c.payer_kind = u.kind
       AND coalesce(c.employer_id, 0) = CASE WHEN u.kind = 'employer' THEN u.id ELSE 0 END
       AND coalesce(c.person_id, 0) = CASE WHEN u.kind = 'flexible' THEN u.id ELSE 0 END
     GROUP BY u.kind, u.id, u.n
    HAVING sum(c.amount_fen) > 0
     ORDER BY u.n`.execute(db);
  return rows.map(payerOfRow);
}
