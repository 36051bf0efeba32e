/**
 * Control reconciliation (GB/T 27768 §6.3.2): every stored balance equals its
 * replay, the individual accounts add up to each fund's control account, every entry balances, the
 * chain verifies and the current rights records equal their versions replayed; and, with the checks
 * the caller adds (collection's: bills, payments, arrears and rights records against the ledger),
 * that every screen agrees with the journal; and that every reference the schema cannot hold as a
 * foreign key (src/db/references.ts) names an existing row. One run is one row with its counts per check
 * and its differences (the first DIFFERENCES_PER_CHECK_MAX of each check); the checks read one
 * snapshot, the run is written in one transaction with its audit entry.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../../app-context.ts';
import type { ReconcileDifferenceKind } from '../../../db/schema.ts';
import type { Trx } from '../../../db/connection.ts';
import { today } from '../../../kernel/calendar-date.ts';
import { appendAudit, systemActor, type AuditActor } from '../../audit/index.ts';
import {
  checkBalanceCache,
  checkControlTotals,
  checkEntriesBalance,
  checkIndividualCache,
  checkRightsProjection,
  DIFFERENCES_PER_CHECK_MAX,
  type CheckOutcome,
  type FoundDifference,
  type ReconcileCheck,
} from './ledger.reconcile.checks.ts';
import { checkChain } from './ledger.reconcile.chain.ts';
import { checkReferences } from './ledger.reconcile.references.ts';

export { DIFFERENCES_PER_CHECK_MAX, type ReconcileCheck };
/** What started a run: the nightly schedule, the command line, or a staff member through the API. */
export const RECONCILE_TRIGGERS = ['schedule', 'cli', 'api'] as const;
export type ReconcileTrigger = (typeof RECONCILE_TRIGGERS)[number];

/** The checks in the order they run and are shown: the ledger's own, those of collection, the loose references. */
export const RECONCILE_CHECKS = [
  'balance_cache',
  'individual_cache',
  'control_total',
  'entry_unbalanced',
  'chain_broken',
  'rights_projection',
  'bill_lines',
  'bill_receivable',
  'payment_allocation',
  'payment_bank',
  'arrears_receivable',
  'rights_paid',
  'rights_owed',
  'reference_missing',
] as const satisfies readonly ReconcileDifferenceKind[];

/** Counts of one check: what it compared and how many of those differ (all, not just the listed). */
export interface CheckCounts {
  readonly checked: number;
  readonly differences: number;
}

/** A reconciliation run as listed. */
export interface ReconcileRunView {
  readonly id: number;
  readonly trigger: ReconcileTrigger;
  readonly startedAt: Date;
  readonly finishedAt: Date | null;
  readonly ok: boolean | null;
  readonly checks: Partial<Record<ReconcileDifferenceKind, CheckCounts>>;
}

/** A finished run with the differences it listed, for the CLI. */
export interface ReconcileOutcome extends ReconcileRunView {
  readonly differences: readonly FoundDifference[];
}

const INSERT_ROWS_PER_STATEMENT = 1_000;

/** Runs every check on one consistent snapshot of the ledger (and of what the added checks read). */
async function runChecks(ctx: AppContext, more: readonly ReconcileCheck[]): Promise<CheckOutcome[]> {
  const on = today(ctx.clock);
  return ctx.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const outcomes = [
        await checkBalanceCache(trx),
        await checkIndividualCache(trx),
        await checkControlTotals(trx),
        await checkEntriesBalance(trx),
        await checkChain(trx),
        await checkRightsProjection(trx),
      ];
      for (const check of more) outcomes.push(await check.run(trx, on));
      outcomes.push(await checkReferences(trx));
      return outcomes;
    });
}

async function insertDifferences(trx: Trx, runId: number, found: FoundDifference[]): Promise<void> {
  for (let start = 0; start < found.length; start += INSERT_ROWS_PER_STATEMENT) {
    const rows = found.slice(start, start + INSERT_ROWS_PER_STATEMENT).map((d, i) => ({
      run_id: runId,
      seq: start + i + 1,
      kind: d.kind,
      account_id: d.accountId,
      person_id: d.personId,
      fund: d.fund,
      entry_id: d.entryId,
      batch_no: d.batchNo,
      expected_fen: d.expected,
      actual_fen: d.actual,
      detail: d.detail,
      bill_id: d.billId ?? null,
      payment_id: d.paymentId ?? null,
      employer_id: d.employerId ?? null,
    }));
    await trx.insertInto('reconcile_differences').values(rows).execute();
  }
}

/**
 * Reconciles the whole ledger now, with the checks of other modules in `more` (the ledger cannot
 * import them: collection depends on the ledger), and records the run (one audit entry); never
 * changes anything it checks.
 */
export async function reconcile(
  ctx: AppContext,
  trigger: ReconcileTrigger,
  actor: AuditActor = systemActor,
  more: readonly ReconcileCheck[] = [],
): Promise<ReconcileOutcome> {
  const startedAt = ctx.clock.now();
  const outcomes = await runChecks(ctx, more);
  const finishedAt = ctx.clock.now();
  const checks = Object.fromEntries(
    outcomes.map((o) => [o.kind, { checked: o.checked, differences: o.differences }]),
  ) as Record<ReconcileDifferenceKind, CheckCounts>;
  const ok = outcomes.every((o) => o.differences === 0);
  const differences = outcomes.flatMap((o) => o.listed);
  const id = await ctx.db.transaction().execute(async (trx) => {
    // Raw SQL: the table type of the jsonb column with a default does not admit a JSON text on insert.
    const { rows } = await sql<{ id: number }>`
      INSERT INTO reconcile_runs (trigger, started_at, finished_at, ok, checks)
      VALUES (${trigger}, ${startedAt}, ${finishedAt}, ${ok}, ${JSON.stringify(checks)}::jsonb)
      RETURNING id`.execute(trx);
    const run = rows[0]!;
    await insertDifferences(trx, run.id, differences);
    await appendAudit(trx, ctx.clock, actor, {
      action: 'ledger.reconcile',
      entity: 'reconcile_run',
      entityId: run.id,
      details: { trigger, ok, checks },
    });
    return run.id;
  });
  return { id, trigger, startedAt, finishedAt, ok, checks, differences };
}
