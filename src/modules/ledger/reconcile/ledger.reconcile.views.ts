/**
 * Reconciliation runs as the fund accountant's page shows them: the list, and one run with its
 * differences named (account code and name, the person's masked name when the viewer may see the
 * person, the entry to drill down to). Money leaves as decimal strings.
 */
import { sql } from 'kysely';
import type { Db } from '../../../db/connection.ts';
import type { ReconcileDifferenceKind } from '../../../db/schema.ts';
import { centsFromInteger, centsToDecimal } from '../../../kernel/cents.ts';
import type { StaffActor } from '../../auth/index.ts';
import { namesVisibleUnder } from '../../registration/index.ts';
import type { CheckCounts, ReconcileRunView, ReconcileTrigger } from './ledger.reconcile.ts';
import { rejectReconcile } from './ledger.reconcile.rejections.ts';

/** One difference of a run, named for display. */
export interface DifferenceView {
  readonly seq: number;
  readonly kind: ReconcileDifferenceKind;
  readonly accountId: number | null;
  readonly accountCode: string | null;
  readonly accountNameZh: string | null;
  readonly accountNameEn: string | null;
  readonly personId: number | null;
  /** Masked (张*三); null when there is no person or the viewer's agency may not see them. */
  readonly personName: string | null;
  readonly fund: string | null;
  readonly entryId: number | null;
  readonly batchNo: number | null;
  /** The bill, payment and employer a collection check names (staff only, as the whole page). */
  readonly billId: number | null;
  readonly paymentId: number | null;
  readonly employerId: number | null;
  readonly expected: string | null;
  readonly actual: string | null;
  readonly detail: string;
}

interface RunRow {
  id: number;
  trigger: ReconcileTrigger;
  started_at: Date;
  finished_at: Date | null;
  ok: boolean | null;
  checks: Record<string, CheckCounts>;
}

function runView(row: RunRow): ReconcileRunView {
  return {
    id: row.id,
    trigger: row.trigger,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    ok: row.ok,
    checks: row.checks,
  };
}

/** A name masked for lists: the first and the last character kept (张*三, 张*, 欧**锋). */
export function maskName(name: string): string {
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}

const decimal = (fen: number | null): string | null => (fen === null ? null : centsToDecimal(centsFromInteger(fen)));

/** The columns of a run; `checks` typed as it comes back (parsed jsonb). */
function runColumns(db: Db) {
  return db
    .selectFrom('reconcile_runs')
    .select([
      'id',
      'trigger',
      'started_at',
      'finished_at',
      'ok',
      sql<Record<string, CheckCounts>>`checks`.as('checks'),
    ]);
}

/** Runs, newest first. */
export async function listReconcileRuns(
  db: Db,
  page: { page: number; pageSize: number },
): Promise<{ total: number; items: ReconcileRunView[] }> {
  const total = await db
    .selectFrom('reconcile_runs')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await runColumns(db)
    .orderBy('id', 'desc')
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize)
    .execute();
  return { total: Number(total.n), items: rows.map(runView) };
}

/** One run; refuses an unknown id. */
export async function reconcileRun(db: Db, runId: number): Promise<ReconcileRunView> {
  const row = await runColumns(db).where('id', '=', runId).executeTakeFirst();
  if (!row) throw rejectReconcile('reconcile_run_not_found');
  return runView(row);
}

const maskOrNull = (name: string | undefined) => (name === undefined ? null : maskName(name));

/** A page of a run's differences (optionally of one kind), named for the viewer. */
export async function reconcileDifferences(
  db: Db,
  actor: StaffActor,
  runId: number,
  filter: { kind?: ReconcileDifferenceKind | undefined; page: number; pageSize: number },
): Promise<{ total: number; items: DifferenceView[] }> {
  let base = db.selectFrom('reconcile_differences as d').where('d.run_id', '=', runId);
  if (filter.kind) base = base.where('d.kind', '=', filter.kind);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .leftJoin('ledger_accounts as a', 'a.id', 'd.account_id')
    .selectAll('d')
    .select(['a.code as account_code', 'a.name_zh as account_name_zh', 'a.name_en as account_name_en'])
    .orderBy('d.seq')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  // The persons by value: they live on other nodes of a cluster than the run's differences.
  const names = await namesVisibleUnder(
    db,
    actor.agencyPath,
    rows.flatMap((r) => (r.person_id === null ? [] : [Number(r.person_id)])),
  );
  const items = rows.map((r) => ({
    seq: r.seq,
    kind: r.kind,
    accountId: r.account_id,
    accountCode: r.account_code,
    accountNameZh: r.account_name_zh,
    accountNameEn: r.account_name_en,
    personId: r.person_id,
    personName: r.person_id === null ? null : maskOrNull(names.get(Number(r.person_id))),
    fund: r.fund,
    entryId: r.entry_id,
    batchNo: r.batch_no,
    billId: r.bill_id,
    paymentId: r.payment_id,
    employerId: r.employer_id,
    expected: decimal(r.expected_fen),
    actual: decimal(r.actual_fen),
    detail: r.detail,
  }));
  return { total: Number(total.n), items };
}
