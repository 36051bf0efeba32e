/**
 * References between tables that are not foreign keys, because on a Citus cluster they cross from
 * one placement group to another (src/db/placement.ts): a distributed table may reference only
 * co-located and reference tables, and a table on the coordinator cannot reference a distributed
 * one. Migration 0039 dropped these foreign keys on every driver, so that one schema runs
 * everywhere; `shebao reconcile` checks each of them instead (kind `reference_missing`), and the
 * schema test keeps this list and the database in step.
 */

/** One column whose every non-null value must be a row of `target`. */
export interface LooseReference {
  readonly table: string;
  readonly column: string;
  readonly target: { readonly table: string; readonly column: string };
}

const person = { table: 'persons', column: 'person_id' } as const;
const employer = { table: 'employers', column: 'id' } as const;

/** Every loose reference of the schema, checked in this order. */
export const LOOSE_REFERENCES: readonly LooseReference[] = [
  // Persons' own tables (distributed by person) that name an employer or a journal entry.
  { table: 'employments', column: 'employer_id', target: employer },
  { table: 'enrolments', column: 'employer_id', target: employer },
  { table: 'rights_records', column: 'employer_id', target: employer },
  { table: 'rights_records', column: 'entry_id', target: { table: 'journal_entries', column: 'id' } },
  // Tables on the coordinator that name a person.
  { table: 'person_duplicate_flags', column: 'person_id', target: person },
  { table: 'person_duplicate_flags', column: 'other_person_id', target: person },
  { table: 'person_merges', column: 'survivor_id', target: person },
  { table: 'person_merges', column: 'merged_id', target: person },
  { table: 'certificates', column: 'person_id', target: person },
  { table: 'rights_statements', column: 'person_id', target: person },
  { table: 'contribution_declarations', column: 'person_id', target: person },
  { table: 'declaration_lines', column: 'person_id', target: person },
  { table: 'contribution_bills', column: 'person_id', target: person },
  { table: 'bill_lines', column: 'person_id', target: person },
  { table: 'payments', column: 'person_id', target: person },
  { table: 'payer_credits', column: 'person_id', target: person },
  { table: 'refunds', column: 'person_id', target: person },
  { table: 'payment_orders', column: 'person_id', target: person },
  { table: 'back_payments', column: 'person_id', target: person },
  // The ID claims and the persons they name (0039).
  { table: 'person_claims', column: 'person_id', target: person },
];
