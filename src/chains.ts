/**
 * Keying the audit trail and the journal once (decision 35). Before, their links were plain SM3,
 * which anyone may recompute; now they are HMAC-SM3 under the chain key. `openSystem` calls this
 * on the owner's connection after the migrations; per chain, its first and newest links decide:
 *
 * - `empty` or `keyed`: nothing to do;
 * - `legacy` (both unkeyed): only `shebao migrate` and `shebao serve` key a chain. They verify it
 *   whole under the old algorithm and re-link it under the key, both chains in one transaction,
 *   recorded in the audit trail (`audit.chains_keyed`); a chain that fails that verification is
 *   not keyed and the start stops, naming the first fault. Every other command stops too, asking
 *   for `shebao migrate`: a verification run from another machine never keys what it was asked
 *   to check, and nothing writes keyed entries above unkeyed ones;
 * - `neither` (mixed, or broken at an end): nothing here; `shebao verify-audit` and
 *   `verify-ledger` report the break. An entry edited and its tail re-hashed without the key ends
 *   here, as its chain still starts keyed.
 *
 * A file outside the database, `<data dir>/chains-keyed.json`, records that this node's chains
 * are keyed. The database administrator cannot touch it; so a database that is all unkeyed again
 * later (restored from an older backup, or re-hashed whole without the key to pass for one never
 * keyed) stops the start instead of having the rewrite keyed, and so blessed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from './db/connection.ts';
import type { Clock } from './kernel/clock.ts';
import { appendAudit, auditLinkKind, keyAuditChain, systemActor, type KeyingOutcome } from './modules/audit/index.ts';
import { journalLinkKind, keyJournal } from './modules/ledger/index.ts';

/** The marker's name in the data directory. */
export const CHAINS_KEYED_FILE = 'chains-keyed.json';

/** What one keying re-linked: journal batches and audit entries (zero for a chain already keyed). */
export interface ChainsKeyed {
  readonly journalBatches: number;
  readonly auditEntries: number;
}

/** Why the system does not start over these chains: the message says what to do. */
export class ChainsRefused extends Error {
  override readonly name = 'ChainsRefused';
}

/**
 * Keys the chains if they are still unkeyed and `mayKey` (migrate, serve); returns what it
 * re-linked, or null when nothing was. Refuses (`ChainsRefused`) what it may not key.
 */
export async function keyChainsOnce(
  db: Db,
  clock: Clock,
  dataDir: string,
  mayKey: boolean,
): Promise<ChainsKeyed | null> {
  const marker = path.join(dataDir, CHAINS_KEYED_FILE);
  const kinds = { journal: await journalLinkKind(db), audit: await auditLinkKind(db) };
  if (kinds.journal !== 'legacy' && kinds.audit !== 'legacy') {
    writeMarker(marker, clock, null);
    return null;
  }
  const unkeyed = (['journal', 'audit'] as const).filter((chain) => kinds[chain] === 'legacy');
  const chain = unkeyed.length === 2 ? 'journal and audit chains are' : `${unkeyed[0]} chain is`;
  if (fs.existsSync(marker)) throw new ChainsRefused(keyedBefore(marker, chain));
  if (!mayKey)
    throw new ChainsRefused(
      `the ${chain} not keyed yet (written before decision 35): run \`shebao migrate\` once, on the node ` +
        'that owns this database.',
    );
  const keyed = await db.transaction().execute(async (trx) => {
    // Journal head before audit head (decision 17). Each re-checks its tip under its lock, so a
    // second server starting at the same moment finds the chains keyed and changes nothing.
    const journal = await keyJournal(trx);
    const audit = await keyAuditChain(trx);
    const counts = { journalBatches: linked('journal', journal), auditEntries: linked('audit', audit) };
    if (!('keyed' in journal) && !('keyed' in audit)) return null;
    await appendAudit(trx, clock, systemActor, {
      action: 'audit.chains_keyed',
      entity: 'audit_log',
      details: {
        ...counts,
        // The unkeyed tips as they were: a copy of either kept from before can be compared.
        journalLegacyHead: 'keyed' in journal ? journal.keyed.legacyHead : null,
        auditLegacyHead: 'keyed' in audit ? audit.keyed.legacyHead : null,
      },
    });
    return counts;
  });
  writeMarker(marker, clock, keyed);
  return keyed;
}

/** How many links a chain's keying re-made; a fault stops the start-up (and rolls the keying back). */
function linked(chain: 'journal' | 'audit', outcome: KeyingOutcome): number {
  if ('fault' in outcome)
    throw new ChainsRefused(
      `the ${chain} chain is broken at ${outcome.fault.at} (${outcome.fault.reason}), checked under the unkeyed ` +
        'algorithm before keying: nothing was keyed. Find out what changed it (restore from a backup if it was ' +
        'tampered with) before starting this version.',
    );
  return 'keyed' in outcome ? outcome.keyed.count : 0;
}

function keyedBefore(marker: string, chain: string): string {
  const since = (JSON.parse(fs.readFileSync(marker, 'utf8')) as { keyedAt?: string }).keyedAt ?? 'an earlier start';
  return (
    `${marker} records that this node's chains were keyed (${since}), yet the ${chain} unkeyed: ` +
    'the database was restored from a backup older than that, or its chains were rewritten by someone without ' +
    'the key. Check it; to key it once more, delete that file and start again.'
  );
}

/** Writes the marker unless it exists. */
function writeMarker(marker: string, clock: Clock, keyed: ChainsKeyed | null): void {
  if (fs.existsSync(marker)) return;
  fs.mkdirSync(path.dirname(marker), { recursive: true });
  const content = { keyedAt: clock.now().toISOString(), relinked: keyed ?? { journalBatches: 0, auditEntries: 0 } };
  fs.writeFileSync(marker, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
}
