/**
 * The reconciliation check of the loose references (src/db/references.ts): every value of each
 * listed column is a row of its target. It reads each column's distinct values in ordered batches
 * and asks the target for those ids with `= ANY`, so it runs the same whether the two tables share
 * a node or not, and never joins a distributed table to one on the coordinator.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connection.ts';
import { LOOSE_REFERENCES, type LooseReference } from '../../../db/references.ts';
import { DIFFERENCES_PER_CHECK_MAX, type CheckOutcome, type FoundDifference } from './ledger.reconcile.checks.ts';

/** Distinct values read per round trip. */
const BATCH_VALUES = 5_000;

/** The next batch of distinct non-null values of the referencing column, after `after`. */
async function valuesAfter(db: Db, ref: LooseReference, after: number): Promise<number[]> {
  const column = sql.ref(ref.column);
  const { rows } = await sql<{ value: number | string }>`
    SELECT DISTINCT ${column} AS value FROM ${sql.table(ref.table)}
     WHERE ${column} > ${after} ORDER BY value LIMIT ${BATCH_VALUES}`.execute(db);
  return rows.map((r) => Number(r.value));
}

/** Those of `values` that are rows of the target. */
async function present(db: Db, ref: LooseReference, values: readonly number[]): Promise<Set<number>> {
  const column = sql.ref(ref.target.column);
  const { rows } = await sql<{ value: number | string }>`
    SELECT ${column} AS value FROM ${sql.table(ref.target.table)}
     WHERE ${column} = ANY(${values}::bigint[])`.execute(db);
  return new Set(rows.map((r) => Number(r.value)));
}

function differenceOf(ref: LooseReference, value: number): FoundDifference {
  const target = ref.target.table;
  return {
    kind: 'reference_missing',
    accountId: null,
    personId: target === 'persons' ? value : null,
    fund: null,
    entryId: target === 'journal_entries' ? value : null,
    batchNo: null,
    expected: null,
    actual: null,
    detail: `${ref.table}.${ref.column} ${value}: no ${target}.${ref.target.column}`,
    employerId: target === 'employers' ? value : null,
  };
}

/** Every loose reference names an existing row; the values checked and the missing ones (first few listed). */
export async function checkReferences(db: Db): Promise<CheckOutcome> {
  let checked = 0;
  let differences = 0;
  const listed: FoundDifference[] = [];
  for (const ref of LOOSE_REFERENCES) {
    let after = 0;
    for (
      let values = await valuesAfter(db, ref, after);
      values.length > 0;
      values = await valuesAfter(db, ref, after)
    ) {
      const found = await present(db, ref, values);
      for (const value of values) {
        if (found.has(value)) continue;
        differences += 1;
        if (listed.length < DIFFERENCES_PER_CHECK_MAX) listed.push(differenceOf(ref, value));
      }
      checked += values.length;
      after = values[values.length - 1] ?? after;
    }
  }
  return { kind: 'reference_missing', checked, differences, listed };
}
