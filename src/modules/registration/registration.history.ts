/**
 * The change history of employers and persons: every changed field is one row, dated (effective
 * date) and attributed (who, when, why, under which case). Personal values are recorded masked.
 */
import { sql } from 'kysely';
import type { Trx } from '../../db/connection.ts';
import type { Clock } from '../../kernel/clock.ts';
import type { AuditActor } from '../audit/index.ts';

export interface FieldChange {
  readonly field: string;
  readonly oldValue: string | null;
  readonly newValue: string | null;
}

export interface ChangeMeta {
  readonly effectiveOn: string;
  readonly reason: string | null;
  readonly caseId: number | null;
}

/** The fields whose values differ between two snapshots, in the order of `after`'s keys. */
export function diffFields(
  before: Readonly<Record<string, string | null>>,
  after: Readonly<Record<string, string | null>>,
): FieldChange[] {
  return Object.keys(after)
    .filter((field) => (before[field] ?? null) !== (after[field] ?? null))
    .map((field) => ({ field, oldValue: before[field] ?? null, newValue: after[field] ?? null }));
}

async function nextGroup(trx: Trx): Promise<number> {
  const { rows } = await sql<{ g: number }>`SELECT nextval('registration_change_groups')::int8 AS g`.execute(trx);
  return Number(rows[0]!.g);
}

function rowsOf(clock: Clock, who: AuditActor, group: number, changes: readonly FieldChange[], meta: ChangeMeta) {
  const changedAt = clock.now();
  return changes.map((c) => ({
    change_group: group,
    field: c.field,
    old_value: c.oldValue,
    new_value: c.newValue,
    effective_on: meta.effectiveOn,
    reason: meta.reason,
    case_id: meta.caseId,
    actor_kind: who.kind,
    actor_id: who.id,
    actor_name: who.name,
    changed_at: changedAt,
  }));
}

/** Records an employer's changed fields; returns the change group (0 when nothing changed). */
export async function recordEmployerChanges(
  trx: Trx,
  clock: Clock,
  who: AuditActor,
  employerId: number,
  changes: readonly FieldChange[],
  meta: ChangeMeta,
): Promise<number> {
  if (changes.length === 0) return 0;
  const group = await nextGroup(trx);
  const rows = rowsOf(clock, who, group, changes, meta).map((r) => ({ ...r, employer_id: employerId }));
  await trx.insertInto('employer_changes').values(rows).execute();
  return group;
}

/** Records a person's changed fields; returns the change group (0 when nothing changed). */
export async function recordPersonChanges(
  trx: Trx,
  clock: Clock,
  who: AuditActor,
  personId: number,
  changes: readonly FieldChange[],
  meta: ChangeMeta,
): Promise<number> {
  if (changes.length === 0) return 0;
  const group = await nextGroup(trx);
  const rows = rowsOf(clock, who, group, changes, meta).map((r) => ({ ...r, person_id: personId }));
  await trx.insertInto('person_changes').values(rows).execute();
  return group;
}
