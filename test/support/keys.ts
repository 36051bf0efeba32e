/**
 * The keys of every test: derived from one fixed master key, which the tests' processes install as
 * the chain key (test/support/chain-key.setup.ts, the global setup). A system a test opens in a
 * data directory, in-process or as a `shebao` command, uses them once `writeTestMasterKey` has put
 * the master key there, so that its chains and the test's are keyed alike.
 */
import fs from 'node:fs';
import path from 'node:path';
import { deriveDataKeys } from '../../src/kernel/sm-crypto.ts';

export const TEST_MASTER_KEY = Buffer.alloc(32, 42);

export const testKeys = deriveDataKeys(TEST_MASTER_KEY);

/** Writes the test master key as `<dataDir>/master.key`, where `loadDataKeys` looks for it. */
export function writeTestMasterKey(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(path.join(dataDir, 'master.key'), `${TEST_MASTER_KEY.toString('hex')}\n`, { mode: 0o600 });
}
