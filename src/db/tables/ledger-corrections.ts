/** Table of ledger corrections (migration 0017): maker-checker reversals of journal entries. */
import type { Defaulted, Id, Instant, InstantNullable, Json } from './common.ts';
import type { Side } from './ledger.ts';

/** A replacement line as stored in `ledger_corrections.replacement_lines` (amount in fen). */
export interface CorrectionLineJson {
  accountId: number;
  side: Side;
  amountFen: number;
  personId: number | null;
}

export type CorrectionStatus = 'proposed' | 'approved' | 'rejected';

export interface LedgerCorrectionTable {
  id: Id;
  entry_id: number;
  reason: string;
  replacement_lines: Json<CorrectionLineJson[]> | null;
  requested_by: number;
  requested_at: Instant;
  status: Defaulted<CorrectionStatus>;
  decided_by: number | null;
  decided_at: InstantNullable;
  decision_note: string | null;
  reversal_entry_id: number | null;
  replacement_entry_id: number | null;
}

export interface LedgerCorrectionTables {
  ledger_corrections: LedgerCorrectionTable;
}
