/**
 * The chain check of reconciliation: `verifyLedger` recomputes every entry hash, Merkle root and
 * batch link; it stops at the first break, so this check lists one difference at most (what lies
 * after a break cannot be trusted until the break is explained).
 */
import type { Db } from '../../../db/connection.ts';
import { verifyLedger } from '../journal/ledger.chain.ts';
import type { CheckOutcome } from './ledger.reconcile.checks.ts';

/** Verifies the journal's hash chain as one reconciliation check; `checked` counts the batches examined. */
export async function checkChain(db: Db): Promise<CheckOutcome> {
  const result = await verifyLedger(db);
  const bad = result.firstBad;
  if (!bad) return { kind: 'chain_broken', checked: result.batches, differences: 0, listed: [] };
  const at = bad.entryId === null ? `batch ${bad.batchNo}` : `batch ${bad.batchNo}, entry ${bad.entryId}`;
  return {
    kind: 'chain_broken',
    checked: result.batches + 1,
    differences: 1,
    listed: [
      {
        kind: 'chain_broken',
        accountId: null,
        personId: null,
        fund: null,
        entryId: bad.entryId,
        batchNo: bad.batchNo,
        expected: null,
        actual: null,
        detail: `${bad.reason} at ${at} (${result.batches} batches before it are intact)`,
      },
    ],
  };
}
