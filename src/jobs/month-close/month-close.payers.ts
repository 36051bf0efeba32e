/**
 * The payers a month close walks, in chunks: the employers of the region with covered employees or
 * a declaration in the period (by id), then the flexible workers enrolled or declared in it (by
 * person id). One cursor orders both: an employer's key is its id, a flexible worker's key is
 * FLEXIBLE_CURSOR_BASE + person id, so the cursor column alone says where a rerun continues.
 * Every query here is one statement per chunk (no per-payer round trips).
 */
import { sql } from 'kysely';
import type { Db } from '../../db/connection.ts';
import { firstDayOf, lastDayOf, type Period } from '../../kernel/period.ts';
import type { Payer } from '../../modules/collection/index.ts';
import { coveredEmployersOfRegion, flexibleWorkersOfRegion } from '../../modules/registration/index.ts';

/** Above every employer id: flexible workers' keys start here (ids stay far below 10^15). */
export const FLEXIBLE_CURSOR_BASE = 1_000_000_000_000_000;

/** A payer's position in the walk. */
export function payerCursor(payer: Payer): number {
  return payer.kind === 'employer' ? payer.employerId : FLEXIBLE_CURSOR_BASE + payer.personId;
}

interface Scope {
  readonly region: string;
  readonly period: Period;
}

const spanOf = (period: Period) => ({ from: firstDayOf(period), to: lastDayOf(period) });

/** Employers of the region with an employee enrolment active in the period, or a monthly declaration of it. */
function employersSql(scope: Scope) {
  return coveredEmployersOfRegion(
    scope.region,
    spanOf(scope.period),
    (employerId) => sql<boolean>`EXISTS (SELECT 1 FROM contribution_declarations d
                        WHERE d.payer_kind = 'employer' AND d.employer_id = ${employerId} AND d.kind = 'monthly'
                          AND d.period = ${scope.period})`,
  );
}

/** Flexible workers enrolled as such in the region during the period, or who declared for it there. */
function flexibleSql(scope: Scope) {
  return sql`
    ${flexibleWorkersOfRegion(scope.region, spanOf(scope.period))}
    UNION
    SELECT d.person_id FROM contribution_declarations d
     WHERE d.payer_kind = 'flexible' AND d.region_code = ${scope.region} AND d.kind = 'monthly'
       AND d.period = ${scope.period}`;
}

/** How many payers the close walks. */
export async function countPayers(db: Db, scope: Scope): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT ((SELECT count(*) FROM (${employersSql(scope)}) e) + (SELECT count(*) FROM (${flexibleSql(scope)}) f))::int AS n`.execute(
    db,
  );
  return rows[0]!.n;
}

/** The next chunk after `cursor`: employers first, then flexible workers; empty at the end. */
export async function nextPayers(db: Db, scope: Scope & { cursor: number; limit: number }): Promise<Payer[]> {
  if (scope.cursor < FLEXIBLE_CURSOR_BASE) {
    const { rows } = await sql<{ id: number }>`
      SELECT id FROM (${employersSql(scope)}) e WHERE id > ${scope.cursor} ORDER BY id LIMIT ${scope.limit}`.execute(
      db,
    );
    if (rows.length > 0) return rows.map((r) => ({ kind: 'employer', employerId: r.id }));
  }
  const after = Math.max(scope.cursor - FLEXIBLE_CURSOR_BASE, 0);
  const { rows } = await sql<{ id: number }>`
    SELECT id FROM (${flexibleSql(scope)}) f WHERE id > ${after} ORDER BY id LIMIT ${scope.limit}`.execute(db);
  return rows.map((r) => ({ kind: 'flexible', personId: r.id }));
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
