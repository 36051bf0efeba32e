import { describe, expect, it } from 'vitest';
import { blindIndex, deriveDataKeys, hmacSm3, randomToken, seal, sm3, tokenDigest, unseal } from './sm-crypto.ts';

const keys = deriveDataKeys(Buffer.alloc(32, 7));

describe('sm-crypto', () => {
  it('computes the GB/T 32905 example digest of "abc"', () => {
    expect(sm3('abc')).toBe('66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0');
  });

  it('keys differ by purpose and HMAC depends on the key', () => {
    expect(keys.encryption.length).toBe(16);
    expect(keys.mac.equals(keys.blindIndex)).toBe(false);
    const all = [keys.encryption, keys.mac, keys.blindIndex, keys.token, keys.chain].map((k) => k.toString('hex'));
    expect(new Set(all).size).toBe(all.length);
    expect(keys.chain.length).toBe(32);
    expect(hmacSm3(Buffer.from('a'), 'x')).not.toBe(hmacSm3(Buffer.from('b'), 'x'));
  });

  it('rejects a master key of the wrong length', () => {
    expect(() => deriveDataKeys(Buffer.alloc(16))).toThrow(/32 bytes/);
  });

  it('seals and unseals text, with a fresh IV each time', () => {
    const a = seal(keys, '11010519491231002X');
    const b = seal(keys, '11010519491231002X');
    expect(a).not.toBe(b);
    expect(a).not.toContain('1101051949');
    expect(unseal(keys, a)).toBe('11010519491231002X');
    expect(unseal(keys, seal(keys, '中文 ✓'))).toBe('中文 ✓');
  });

  it('detects tampering, foreign keys and malformed values', () => {
    const sealed = seal(keys, 'secret');
    const parts = sealed.split('.');
    const flipped = [parts[0], parts[1], parts[2]!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')), parts[3]].join('.');
    expect(() => unseal(keys, flipped)).toThrow(/integrity/);
    expect(() => unseal(deriveDataKeys(Buffer.alloc(32, 8)), sealed)).toThrow(/integrity/);
    expect(() => unseal(keys, 'garbage')).toThrow(/not a sealed value/);
  });

  it('gives stable blind indexes and token digests', () => {
    expect(blindIndex(keys, 'x')).toBe(blindIndex(keys, 'x'));
    expect(blindIndex(keys, 'x')).not.toBe(blindIndex(keys, 'y'));
    const token = randomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(tokenDigest(keys, token)).toHaveLength(64);
  });
});
