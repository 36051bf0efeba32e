import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, fromEpochDay, parseCalendarDate, toEpochDay } from './calendar-date.ts';
import { checkCitizenId, citizenIdCheckCharacter, citizenIdReasons, parseCitizenId } from './citizen-id.ts';
import { Rejection } from './rejection.ts';

const today = parseCalendarDate('2025-06-01');

/** ISO 7064 MOD 11-2 derived independently: weight 2^(17−i) mod 11, Σ including the check ≡ 1. */
function referenceCheck(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (2 ** (17 - i) % 11);
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

describe('valid numbers', () => {
  it.each([
    ['11010519491231002X', '11010519491231002X', '1949-12-31', 'female', '110105', 'the GB 11643 example'],
    ['11010519491231002x', '11010519491231002X', '1949-12-31', 'female', '110105', 'lower-case x'],
    ['440524188001010014', '440524188001010014', '1880-01-01', 'male', '440524', 'the second GB 11643 example'],
    ['110105491231002', '11010519491231002X', '1949-12-31', 'female', '110105', '15 digits upgraded'],
    ['440524800101001', '440524198001010013', '1980-01-01', 'male', '440524', '15 digits upgraded'],
    ['110105200002290013', '110105200002290013', '2000-02-29', 'male', '110105', 'a leap day'],
    ['110105202506010010', '110105202506010010', '2025-06-01', 'male', '110105', 'born today'],
    ['931840198001010017', '931840198001010017', '1980-01-01', 'male', '931840', 'foreign permanent resident'],
    ['810000199001010027', '810000199001010027', '1990-01-01', 'female', '810000', 'Hong Kong residence permit'],
    ['830000198512310055', '830000198512310055', '1985-12-31', 'male', '830000', 'Taiwan residence permit'],
    ['710000197001010032', '710000197001010032', '1970-01-01', 'male', '710000', 'Taiwan prefix 71'],
  ])('%s is valid (%s)', (value, normalized, birthDate, gender, division) => {
    expect(checkCitizenId(value, today)).toEqual({ valid: true, normalized, birthDate, gender, division });
    expect(parseCitizenId(value, today).normalized).toBe(normalized);
  });
});

describe('invalid numbers', () => {
  it.each([
    ['', 'wrong_length'],
    ['1101051949123100', 'wrong_length'],
    ['11010519491231002', 'wrong_length'],
    ['11010519491231002X1', 'wrong_length'],
    ['11010549123100', 'wrong_length'],
    [' 11010519491231002X', 'wrong_length'],
    ['11010519491231002A', 'bad_characters'],
    ['1101051949123100X2', 'bad_characters'],
    ['X10105194912310021', 'bad_characters'],
    ['11010519491231-02X', 'bad_characters'],
    ['１１０１０５１９４９１２３１００２Ｘ', 'bad_characters'],
    ['11010549123100X', 'bad_characters'],
    ['11010549123100x', 'bad_characters'],
    ['91110000600037341L', 'bad_characters'],
    ['110105194912310021', 'bad_checksum'],
    ['110105194912310020', 'bad_checksum'],
    ['11010519491231002 ', 'bad_characters'],
    ['110105194912300029', 'bad_checksum'],
    ['000000198001010013', 'bad_division'],
    ['160100198001010013', 'bad_division'],
    ['910100198001010013', 'bad_division'],
    ['971100198001010015', 'bad_division'],
    ['110105194902300020', 'impossible_date'],
    ['110105194902290029', 'impossible_date'],
    ['110105190002290017', 'impossible_date'],
    ['110105490230002', 'impossible_date'],
    ['11010520300101001X', 'future_birth_date'],
    ['110105202506020016', 'future_birth_date'],
  ])('%j is refused: %s', (value, reason) => {
    expect(checkCitizenId(value, today)).toEqual({ valid: false, reason });
    expect(citizenIdReasons).toContain(reason);
  });

  it('throws the invalid_citizen_id rejection with the reason', () => {
    try {
      parseCitizenId('110105194912310021', today);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(Rejection);
      expect((error as Rejection).code).toBe('invalid_citizen_id');
      expect((error as Rejection).details).toEqual({ reason: 'bad_checksum' });
    }
  });
});

describe('properties', () => {
  const prefixes =
    '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'
      .split(' ')
      .concat(['911', '931', '944', '965']);
  const birthDates = fc
    .integer({ min: toEpochDay(parseCalendarDate('1900-01-01')), max: toEpochDay(today) })
    .map((day): CalendarDate => fromEpochDay(day));
  const validIds = fc
    .record({
      prefix: fc.constantFrom(...prefixes),
      rest: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 4, maxLength: 4 }),
      birthDate: birthDates,
      sequence: fc.integer({ min: 0, max: 999 }),
    })
    .map(({ prefix, rest, birthDate, sequence }) => {
      const body = `${(prefix + rest).slice(0, 6)}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
      return { id: body + referenceCheck(body), birthDate, male: sequence % 2 === 1 };
    });

  it('the check character matches an independent MOD 11-2 derivation', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 17, maxLength: 17 }), (body) => {
        expect(citizenIdCheckCharacter(body)).toBe(referenceCheck(body));
      }),
    );
  });

  it('a generated valid ID always validates, with its birth date and gender', () => {
    fc.assert(
      fc.property(validIds, ({ id, birthDate, male }) => {
        const result = checkCitizenId(id, today);
        expect(result).toMatchObject({ valid: true, normalized: id, birthDate, gender: male ? 'male' : 'female' });
        expect(checkCitizenId(id.toLowerCase(), today).valid).toBe(true);
      }),
    );
  });

  it('any single-character change of a valid ID is refused', () => {
    const replacements = [...'0123456789XABZ x-'];
    fc.assert(
      fc.property(validIds, fc.nat(17), fc.constantFrom(...replacements), ({ id }, position, replacement) => {
        const original = id[position] as string;
        fc.pre(replacement.toUpperCase() !== original);
        const changed = id.slice(0, position) + replacement + id.slice(position + 1);
        expect(checkCitizenId(changed, today).valid).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('a 15-digit number upgrades to the 18-digit number with the same body', () => {
    const oldIds = validIds.filter(({ birthDate }) => birthDate.startsWith('19'));
    fc.assert(
      fc.property(oldIds, ({ id }) => {
        const fifteen = id.slice(0, 6) + id.slice(8, 17);
        expect(checkCitizenId(fifteen, today)).toEqual(checkCitizenId(id, today));
      }),
    );
  });
});
