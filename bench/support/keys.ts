/**
 * A benchmark's keys: derived from `master` (random unless given) and installed as this process's
 * chain key, as `openSystem` does for a running node, so the bench books and audits as it would.
 */
import crypto from 'node:crypto';
import { deriveDataKeys, type DataKeys } from '../../src/kernel/sm-crypto.ts';
import { installChainKey } from '../../src/modules/audit/index.ts';

export function benchKeys(master: Buffer = crypto.randomBytes(32)): DataKeys {
  const keys = deriveDataKeys(master);
  installChainKey(keys);
  return keys;
}
