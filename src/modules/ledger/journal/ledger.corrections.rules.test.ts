import { describe, expect, it } from 'vitest';
import { decisionRefusal, proposalRefusal } from './ledger.corrections.rules.ts';

describe('proposalRefusal', () => {
  it.each([
    ['posting', false, false, null],
    ['posting', true, false, 'ledger_already_reversed'],
    ['posting', false, true, 'ledger_already_reversed'],
    ['reversal', false, false, 'ledger_reversal_of_reversal'],
    ['reversal', true, true, 'ledger_reversal_of_reversal'],
  ] as const)('%s reversed=%s pending=%s → %s', (kind, reversed, pending, expected) => {
    expect(proposalRefusal({ kind, reversed, pending })).toBe(expected);
  });
});

describe('decisionRefusal', () => {
  it.each([
    ['proposed', 1, 2, null],
    ['proposed', 1, 1, 'ledger_self_approval'],
    ['approved', 1, 2, 'ledger_correction_not_pending'],
    ['rejected', 1, 1, 'ledger_correction_not_pending'],
  ] as const)('%s by %i decided by %i → %s', (status, requestedBy, decider, expected) => {
    expect(decisionRefusal({ status, requestedBy }, decider)).toBe(expected);
  });
});
