/**
 * The node's chain key (`DataKeys.chain`, derived from the master key). The audit trail and the
 * journal link their entries with HMAC-SM3 under it (decision 35), so a database administrator,
 * who can edit every row but never sees the key, cannot re-hash an edit into a chain that verifies.
 *
 * The key belongs to the node, not to a request, and one process serves one node: `openSystem`
 * installs it once (the test and bench set-ups do the same), and the writers and verifiers of both
 * chains read it here instead of taking it through the hundred-odd callers of `appendAudit`.
 */
import { assert } from '../../kernel/assert.ts';
import type { DataKeys } from '../../kernel/sm-crypto.ts';

let installed: Buffer | null = null;

/** Installs the node's chain key; a different key in the same process is a bug and crashes. */
export function installChainKey(keys: Pick<DataKeys, 'chain'>): void {
  assert(
    installed === null || installed.equals(keys.chain),
    'a different chain key is already installed in this process: one process serves one node',
  );
  installed = Buffer.from(keys.chain);
}

/** The installed chain key; crashes when the process has not installed one. */
export function chainKey(): Buffer {
  assert(installed !== null, 'no chain key installed: openSystem (or the test or bench set-up) installs it');
  return installed;
}
