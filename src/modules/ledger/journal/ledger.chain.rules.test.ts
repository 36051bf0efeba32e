import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacSm3, sm3 } from '../../../kernel/sm-crypto.ts';
import { GENESIS_HASH, keyedHasher, legacyHasher, merkleRoot, type HashedEntry } from './ledger.chain.rules.ts';

const key = Buffer.alloc(32, 9);
const keyed = keyedHasher(key);

const entry: HashedEntry = {
  id: 1,
  batchNo: 1,
  seq: 1,
  idempotencyKey: 'k',
  contentHash: 'c',
  kind: 'posting',
  effectiveOn: '2025-01-01',
  period: null,
  bookedAt: new Date('2026-01-01T00:00:00Z'),
  sourceModule: 'test',
  sourceRef: 'r',
  reason: 'a|b',
  reversesEntryId: null,
  requestedBy: null,
  approvedBy: null,
  lines: [
    { lineNo: 1, accountId: 1, personId: null, side: 'debit', amount: 5 },
    { lineNo: 2, accountId: 2, personId: 3, side: 'credit', amount: 5 },
  ],
};

describe('merkleRoot', () => {
  const [a, b, c] = ['a', 'b', 'c'].map((x) => sm3(x)) as [string, string, string];
  it.each([
    ['one leaf is its own root', [a], a],
    ['two leaves', [a, b], sm3(a + b)],
    ['an odd last leaf is promoted', [a, b, c], sm3(sm3(a + b) + c)],
    ['four leaves', [a, b, c, a], sm3(sm3(a + b) + sm3(c + a))],
    ['no leaves', [], GENESIS_HASH],
  ])('%s', (_name, leaves, root) => {
    expect(merkleRoot(leaves)).toBe(root);
  });

  it('changes when any leaf changes or two leaves swap', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 2, maxLength: 40 }), fc.nat(), (texts, pick) => {
        const leaves = texts.map((t, i) => sm3(`${i}:${t}`));
        const i = pick % leaves.length;
        const changed = leaves.with(i, sm3('other'));
        const swapped = leaves.with(i, leaves[(i + 1) % leaves.length]!).with((i + 1) % leaves.length, leaves[i]!);
        expect(merkleRoot(changed)).not.toBe(merkleRoot(leaves));
        expect(merkleRoot(swapped)).not.toBe(merkleRoot(leaves));
      }),
      { numRuns: 50 },
    );
  });
});

describe('the keyed leaves and links', () => {
  it('every stored field counts', () => {
    const base = keyed.entry(entry);
    const variants: Partial<HashedEntry>[] = [
      { id: 2 },
      { seq: 2 },
      { reason: 'a|c' },
      { period: '202501' },
      { bookedAt: new Date('2026-01-01T00:00:00.001Z') },
      { approvedBy: 4 },
      { lines: [entry.lines[0]!, { ...entry.lines[1]!, amount: 6 }] },
      { lines: [entry.lines[0]!, { ...entry.lines[1]!, personId: null }] },
    ];
    for (const variant of variants) expect(keyed.entry({ ...entry, ...variant })).not.toBe(base);
  });

  it('links a batch to its predecessor under the key', () => {
    expect(keyed.batch(GENESIS_HASH, 1, 2, 'r')).toBe(hmacSm3(key, `${GENESIS_HASH}|1|2|r`));
  });

  it('differ from the unkeyed algorithm and under another key', () => {
    const other = keyedHasher(Buffer.alloc(32, 10));
    expect(new Set([keyed.entry(entry), other.entry(entry), legacyHasher.entry(entry)]).size).toBe(3);
    expect(legacyHasher.batch(GENESIS_HASH, 1, 2, 'r')).toBe(sm3(`${GENESIS_HASH}|1|2|r`));
    expect(keyed.batch(GENESIS_HASH, 1, 2, 'r')).not.toBe(other.batch(GENESIS_HASH, 1, 2, 'r'));
  });
});
