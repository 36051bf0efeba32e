/**
 * The master key for data at rest. From SHEBAO_MASTER_KEY (64 hex characters) in production;
 * otherwise generated once into `<dataDir>/master.key` (mode 0600) so that the embedded start needs
 * no set-up. Losing that file makes encrypted columns unreadable: back it up with the data.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { deriveDataKeys, type DataKeys } from './kernel/sm-crypto.ts';

export function loadDataKeys(config: Config): { keys: DataKeys; source: 'environment' | 'file' | 'generated' } {
  if (config.masterKeyHex) {
    if (!/^[0-9a-fA-F]{64}$/.test(config.masterKeyHex)) throw new Error('SHEBAO_MASTER_KEY must be 64 hex characters');
    return { keys: deriveDataKeys(Buffer.from(config.masterKeyHex, 'hex')), source: 'environment' };
  }
  const file = path.join(config.dataDir, 'master.key');
  if (fs.existsSync(file))
    return { keys: deriveDataKeys(Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex')), source: 'file' };
  fs.mkdirSync(config.dataDir, { recursive: true });
  const key = crypto.randomBytes(32).toString('hex');
  fs.writeFileSync(file, `${key}\n`, { mode: 0o600 });
  return { keys: deriveDataKeys(Buffer.from(key, 'hex')), source: 'generated' };
}
