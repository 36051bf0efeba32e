/**
 * Withdrawing owed months nobody owes any more: a person dropped from a corrected declaration
 * before anything was paid. A due or arrears record carries no money (no journal entry), so
 * withdrawing ends it: a 'withdrawn' version is appended and the month leaves the current record;
 * its earlier versions stay, and the audit entry on the person says why. A month with money (paid,
 * back-paid, transferred) is never touched: the call is refused, and the caller's transaction with
 * it. See docs/decisions.md 25 and 35.
 */
import { sql } from 'kysely';
import type { Trx } from '../../../db/connection.ts';
import type { Clock } from '../../../kernel/clock.ts';
import type { Period } from '../../../kernel/period.ts';
import { appendAudit, type AuditActor } from '../../audit/index.ts';
import type { Fund } from '../ledger.model.ts';
import { rejectRights } from './ledger.rights.rejections.ts';
import { RIGHTS_BATCH_MAX } from './ledger.rights.ts';
import { bumpRightsVersions, withdrawRecordStates } from './ledger.rights.versions.ts';

/** The key of one owed month: person, scheme, period and paying employer (null: the person pays). */
export interface WithdrawItem {
  readonly personId: number;
  readonly scheme: Fund;
  readonly period: Period;
  readonly employerId: number | null;
}

interface RecordRow {
  person_id: number | string;
  scheme: string;
  period: string;
  employer_id: number | string | null;
  status: string;
  employer_fen: number | string;
  employee_fen: number | string;
  account_credit_fen: number | string;
  source: string;
}

/**
 * The records of the items. One query, without row locks: the caller holds the persons' rights
 * versions (every rights writer takes those first), which is what serialises writers of a person's
 * records; a `FOR UPDATE` here would also be a multi-shard row lock, which Citus cannot take.
 */
async function recordsOf(trx: Trx, items: readonly WithdrawItem[]): Promise<RecordRow[]> {
  const result = await sql<RecordRow>`
    SELECT r.person_id, r.scheme, r.period, r.employer_id, r.status, r.employer_fen, r.employee_fen,
           r.account_credit_fen, r.source
      FROM unnest(${items.map((i) => i.personId)}::bigint[], ${items.map((i) => i.scheme)}::text[],
                  ${items.map((i) => i.period)}::text[], ${items.map((i) => i.employerId ?? 0)}::bigint[])
           AS u(person_id, scheme, period, payer)
      JOIN rights_records r ON r.person_id = u.person_id AND r.scheme = u.scheme AND r.period = u.period
                           AND coalesce(r.employer_id, 0) = u.payer`.execute(trx);
  return result.rows;
}

/**
 * Withdraws owed months (due or arrears, nothing paid) in the caller's transaction; months without
 * a current record are skipped; a month with money is refused (`rights_period_already_paid`). Audited on
 * each person, with `reason` (e.g. the bills involved) and the records as they were.
 */
export async function withdrawDue(
  trx: Trx,
  clock: Clock,
  actor: AuditActor,
  items: readonly WithdrawItem[],
  reason: Record<string, unknown>,
): Promise<{ withdrawn: number }> {
  if (items.length > RIGHTS_BATCH_MAX) throw rejectRights('rights_batch_too_large', { max: RIGHTS_BATCH_MAX });
  if (items.length === 0) return { withdrawn: 0 };
  // The persons' versions first, then their records: the lock order of every rights writer.
  const versions = await bumpRightsVersions(
    trx,
    items.map((i) => i.personId),
  );
  const records = await recordsOf(trx, items);
  const settled = records.filter((r) => r.status !== 'due' && r.status !== 'arrears');
  if (settled.length > 0)
    throw rejectRights('rights_period_already_paid', {
      items: settled.slice(0, 100).map((r) => `${r.person_id}:${r.scheme}:${r.period}:${r.employer_id ?? 0}`),
    });
  const withdrawn = await withdrawRecordStates(
    trx,
    clock.now(),
    records.map((r) => ({
      personId: Number(r.person_id),
      scheme: r.scheme as Fund,
      period: r.period,
      employerId: r.employer_id === null ? null : Number(r.employer_id),
    })),
    versions,
  );
  // An owed record that nonetheless points at an entry holds money: refuse, the caller rolls back.
  if (withdrawn !== records.length)
    throw rejectRights('rights_period_already_paid', { withdrawn, expected: records.length });
  const byPerson = new Map<number, RecordRow[]>();
  for (const r of records) byPerson.set(Number(r.person_id), [...(byPerson.get(Number(r.person_id)) ?? []), r]);
  for (const [personId, rows] of byPerson)
    await appendAudit(trx, clock, actor, {
      action: 'ledger.rights.withdraw_due',
      entity: 'person',
      entityId: personId,
      details: {
        ...reason,
        records: rows.map((r) => ({
          scheme: r.scheme,
          period: r.period,
          employerId: r.employer_id === null ? null : Number(r.employer_id),
          status: r.status,
          employerFen: Number(r.employer_fen),
          employeeFen: Number(r.employee_fen),
          accountCreditFen: Number(r.account_credit_fen),
          source: r.source,
        })),
      },
    });
  return { withdrawn };
}
