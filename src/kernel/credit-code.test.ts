import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCreditCode,
  creditCodeAlphabet,
  creditCodeCheckCharacter,
  creditCodeReasons,
  parseCreditCode,
} from './credit-code.ts';
import { Rejection } from './rejection.ts';

/** GB 32100 MOD 31 derived independently: weight 3^i mod 31, check makes the weighted sum ≡ 0. */
function referenceCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += creditCodeAlphabet.indexOf(body[i] as string) * (3 ** i % 31);
  return creditCodeAlphabet[(31 - (sum % 31)) % 31] as string;
}

describe('valid codes', () => {
  it.each([
    ['91110000600037341L', '91110000600037341L', '9', '1', '110000', 'the GB 32100 example'],
    ['91110000600037341l', '91110000600037341L', '9', '1', '110000', 'lower case'],
    ['91310000MA1FL1234Q', '91310000MA1FL1234Q', '9', '1', '310000', 'letters in the body'],
    ['92440300L12345678R', '92440300L12345678R', '9', '2', '440300', '个体工商户'],
    ['12100000400000000W', '12100000400000000W', '1', '2', '100000', '事业单位'],
    ['5110000050000000X1', '5110000050000000X1', '5', '1', '100000', '社会团体'],
    ['Y1110000000000000Q', 'Y1110000000000000Q', 'Y', '1', '110000', 'other authority'],
    ['91350100M000100Y43', '91350100M000100Y43', '9', '1', '350100', 'digit check character'],
  ])('%s is valid (%s)', (value, normalized, authority, entityType, division) => {
    expect(checkCreditCode(value)).toEqual({ valid: true, normalized, authority, entityType, division });
    expect(parseCreditCode(value).normalized).toBe(normalized);
  });
});

describe('invalid codes', () => {
  it.each([
    ['', 'wrong_length'],
    ['91110000600037341', 'wrong_length'],
    ['91110000600037341LL', 'wrong_length'],
    [' 91110000600037341L', 'wrong_length'],
    ['91110000600037341I', 'bad_characters'],
    ['9111000060003734OL', 'bad_characters'],
    ['91110000600037341Z', 'bad_characters'],
    ['S1110000600037341L', 'bad_characters'],
    ['91110000600037341V', 'bad_characters'],
    ['9111000060003734-L', 'bad_characters'],
    ['９1110000600037341L', 'bad_characters'],
    ['91110000600037341M', 'bad_checksum'],
    ['91110000600037341A', 'bad_checksum'],
    ['91110000600037342L', 'bad_checksum'],
    ['11010519491231002X', 'bad_checksum'],
  ])('%j is refused: %s', (value, reason) => {
    expect(checkCreditCode(value)).toEqual({ valid: false, reason });
    expect(creditCodeReasons).toContain(reason);
  });

  it('throws the invalid_credit_code rejection with the reason', () => {
    try {
      parseCreditCode('91110000600037341I');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Rejection);
      expect((error as Rejection).code).toBe('invalid_credit_code');
      expect((error as Rejection).details).toEqual({ reason: 'bad_characters' });
    }
  });
});

describe('properties', () => {
  const bodies = fc.string({ unit: fc.constantFrom(...creditCodeAlphabet), minLength: 17, maxLength: 17 });
  const validCodes = bodies.map((body) => body + referenceCheck(body));

  it('the check character matches an independent derivation', () => {
    fc.assert(
      fc.property(bodies, (body) => {
        expect(creditCodeCheckCharacter(body)).toBe(referenceCheck(body));
      }),
    );
  });

  it('a generated valid code always validates', () => {
    fc.assert(
      fc.property(validCodes, (code) => {
        expect(checkCreditCode(code)).toMatchObject({ valid: true, normalized: code });
        expect(checkCreditCode(code.toLowerCase()).valid).toBe(true);
      }),
    );
  });

  it('any single-character change of a valid code is refused', () => {
    const replacements = [...creditCodeAlphabet, ...'IOZSV -'];
    fc.assert(
      fc.property(validCodes, fc.nat(17), fc.constantFrom(...replacements), (code, position, replacement) => {
        fc.pre(replacement !== code[position]);
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(checkCreditCode(changed).valid).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
