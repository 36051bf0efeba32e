/** Pure decisions of corrections (maker-checker reversals): who may propose and who may decide. */
import type { LedgerCode } from '../ledger.rejections.ts';

/** What a proposal needs to know about the entry it corrects. */
export interface CorrectableEntry {
  readonly kind: 'posting' | 'reversal';
  /** An entry already reverses this one. */
  readonly reversed: boolean;
  /** A proposal for it awaits a decision. */
  readonly pending: boolean;
}

/** Why an entry cannot be proposed for correction, or null when it can. */
export function proposalRefusal(entry: CorrectableEntry): LedgerCode | null {
  if (entry.kind === 'reversal') return 'ledger_reversal_of_reversal';
  if (entry.reversed || entry.pending) return 'ledger_already_reversed';
  return null;
}

/** Why `deciderId` cannot approve or reject the correction, or null when they can. */
export function decisionRefusal(
  correction: { readonly status: 'proposed' | 'approved' | 'rejected'; readonly requestedBy: number },
  deciderId: number,
): LedgerCode | null {
  if (correction.status !== 'proposed') return 'ledger_correction_not_pending';
  if (correction.requestedBy === deciderId) return 'ledger_self_approval';
  return null;
}
