/**
 * The only writer of rights records (docs/decisions.md 35). A record is its versions: every
 * state of a (person, scheme, period, payer) month is appended to `rights_record_versions` and
 * never changed; `rights_records` is the current-state projection (the latest version that is not
 * withdrawn), written in the same SQL statement as the version, so no reader sees one without the
 * other. Recorded time is the person's rights version (`person_rights_versions`), bumped first, in
 * person order, by its own statement, and the Clock's instant. Set-based: two statements per call.
 */
import { sql } from 'kysely';
import type { Trx } from '../../../db/connection.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import type { Cents } from '../../../kernel/cents.ts';
import type { Fund, RightsStatus } from '../ledger.model.ts';

/** One new state of a month: owed (due, arrears) or paid (paid, back-paid, with its entry). */
export interface RecordState {
  readonly personId: number;
  readonly employerId: number | null;
  readonly scheme: Fund;
  readonly period: string;
  readonly region: string;
  readonly base: Cents;
  readonly employerAmount: Cents;
  readonly employeeAmount: Cents;
  readonly accountCredit: Cents;
  readonly status: Extract<RightsStatus, 'due' | 'arrears' | 'paid' | 'back_paid'>;
  readonly source: string;
  readonly entryId: number | null;
  readonly paidOn: CalendarDate | null;
  /** Required while owed; a paid state keeps the due day the owed one had. */
  readonly dueOn: CalendarDate | null;
}

/** The key of one month: person, scheme, period and paying employer (null: the person pays). */
export interface RecordKey {
  readonly personId: number;
  readonly scheme: Fund;
  readonly period: string;
  readonly employerId: number | null;
}

/**
 * Bumps the persons' rights versions, in person order, and returns each person's new version.
 * Every writer takes these row locks before it touches the persons' records, in that order, so two
 * writers never wait on each other crosswise.
 */
export async function bumpRightsVersions(trx: Trx, personIds: readonly number[]): Promise<Map<number, number>> {
  const persons = [...new Set(personIds)].sort((a, b) => a - b);
  const { rows } = await sql<{ person_id: number; version: number }>`
    INSERT INTO person_rights_versions AS v (person_id, version)
    SELECT p, 1 FROM unnest(${persons}::bigint[]) WITH ORDINALITY AS u(p, n) ORDER BY n
    ON CONFLICT (person_id) DO UPDATE SET version = v.version + 1
    RETURNING v.person_id, v.version`.execute(trx);
  return new Map(rows.map((r) => [Number(r.person_id), Number(r.version)]));
}

/** The persons and their new versions as two arrays, for an unnest. */
function versionArrays(versions: ReadonlyMap<number, number>): [number[], number[]] {
  return [[...versions.keys()], [...versions.values()]];
}

/** The columns a version repeats from the projection row its statement wrote. */
const VERSION_COLUMNS = sql`person_id, scheme, period, employer_id, rights_version, recorded_at, status, region_code,
  base_fen, employer_fen, employee_fen, account_credit_fen, source, entry_id, paid_on, due_on`;

/**
 * Writes new states of months: inserts the missing ones and moves owed ones (due, arrears) on; a
 * month already settled (paid, back-paid, transferred) is left alone and not counted, so the caller,
 * which compares the count with what it asked for, refuses and rolls back. Each row written
 * appends its version. Returns how many were written.
 */
export async function writeRecordStates(trx: Trx, now: Date, states: readonly RecordState[]): Promise<number> {
  if (states.length === 0) return 0;
  const [persons, versions] = versionArrays(
    await bumpRightsVersions(
      trx,
      states.map((s) => s.personId),
    ),
  );
  const col = <T>(f: (s: RecordState) => T) => states.map(f);
  const { rows } = await sql<{ person_id: number }>`
    WITH written AS (
      INSERT INTO rights_records AS r (person_id, scheme, period, employer_id, region_code, base_fen, employer_fen,
                                       employee_fen, account_credit_fen, status, source, entry_id, paid_on, due_on,
                                       updated_at)
      SELECT u.*, ${now}::timestamptz
        FROM unnest(${col((s) => s.personId)}::bigint[], ${col((s) => s.scheme)}::text[],
                    ${col((s) => s.period)}::text[], ${col((s) => s.employerId)}::bigint[],
                    ${col((s) => s.region)}::text[], ${col((s) => s.base)}::bigint[],
                    ${col((s) => s.employerAmount)}::bigint[], ${col((s) => s.employeeAmount)}::bigint[],
                    ${col((s) => s.accountCredit)}::bigint[], ${col((s) => s.status)}::text[],
                    ${col((s) => s.source)}::text[], ${col((s) => s.entryId)}::bigint[],
                    ${col((s) => s.paidOn)}::date[], ${col((s) => s.dueOn)}::date[]) AS u
      ON CONFLICT (person_id, scheme, period, (coalesce(employer_id, 0))) DO UPDATE
         SET region_code = excluded.region_code, base_fen = excluded.base_fen, employer_fen = excluded.employer_fen,
             employee_fen = excluded.employee_fen, account_credit_fen = excluded.account_credit_fen,
             status = excluded.status, source = excluded.source, entry_id = excluded.entry_id,
             paid_on = excluded.paid_on, due_on = coalesce(excluded.due_on, r.due_on), updated_at = excluded.updated_at
       WHERE r.status IN ('due', 'arrears')
      RETURNING r.*
    )
    INSERT INTO rights_record_versions (${VERSION_COLUMNS})
    SELECT w.person_id, w.scheme, w.period, w.employer_id, pv.version, w.updated_at, w.status, w.region_code,
           w.base_fen, w.employer_fen, w.employee_fen, w.account_credit_fen, w.source, w.entry_id, w.paid_on, w.due_on
      FROM written w
      JOIN unnest(${persons}::bigint[], ${versions}::bigint[]) AS pv(person_id, version) ON pv.person_id = w.person_id
    RETURNING person_id`.execute(trx);
  return rows.length;
}

/**
 * Withdraws owed months (due or arrears, no paying entry) at the persons' versions the caller
 * bumped (`bumpRightsVersions`, before it locked the records): the projection row goes, a version
 * with status 'withdrawn' and the amounts it had is appended. A month with money is left alone and
 * not counted (the caller refuses). Returns how many were withdrawn.
 */
export async function withdrawRecordStates(
  trx: Trx,
  now: Date,
  keys: readonly RecordKey[],
  bumped: ReadonlyMap<number, number>,
): Promise<number> {
  if (keys.length === 0) return 0;
  const [persons, versions] = versionArrays(bumped);
  const { rows } = await sql<{ person_id: number }>`
    WITH gone AS (
      DELETE FROM rights_records r
       USING unnest(${keys.map((k) => k.personId)}::bigint[], ${keys.map((k) => k.scheme)}::text[],
                    ${keys.map((k) => k.period)}::text[], ${keys.map((k) => k.employerId ?? 0)}::bigint[])
             AS u(person_id, scheme, period, payer)
       WHERE r.person_id = u.person_id AND r.scheme = u.scheme AND r.period = u.period
         AND coalesce(r.employer_id, 0) = u.payer
         AND r.status IN ('due', 'arrears') AND r.entry_id IS NULL
      RETURNING r.*
    )
    INSERT INTO rights_record_versions (${VERSION_COLUMNS})
    SELECT g.person_id, g.scheme, g.period, g.employer_id, pv.version, ${now}::timestamptz, 'withdrawn', g.region_code,
           g.base_fen, g.employer_fen, g.employee_fen, g.account_credit_fen, g.source, g.entry_id, g.paid_on, g.due_on
      FROM gone g
      JOIN unnest(${persons}::bigint[], ${versions}::bigint[]) AS pv(person_id, version) ON pv.person_id = g.person_id
    RETURNING person_id`.execute(trx);
  return rows.length;
}
