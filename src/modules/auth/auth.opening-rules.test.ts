import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATION_ALPHABET,
  formatActivationCode,
  normaliseActivationCode,
  openingDecision,
} from './auth.opening-rules.ts';

describe('who gets a code when opening a hall account', () => {
  const wang = { name: '王芳', mobile: '13700000002' };
  it.each([
    [
      'the register’s name, a mobile on file, no account',
      wang,
      '王芳',
      false,
      { send: true, phone: '13700000002', name: '王芳' },
    ],
    ['the same name keyed in with a blank', wang, '王 芳', false, { send: true, phone: '13700000002', name: '王芳' }],
    ['an identifier nobody registered', null, '王芳', false, { send: false, reason: 'not_registered' }],
    ['another name', wang, '张三', false, { send: false, reason: 'name_mismatch' }],
    ['no phone on file', { name: '陈杰', mobile: null }, '陈杰', false, { send: false, reason: 'no_mobile' }],
    [
      'a landline on file',
      { name: '杭州西湖机械厂', mobile: '0571-88001234' },
      '杭州西湖机械厂',
      false,
      { send: false, reason: 'no_mobile' },
    ],
    ['an account already open', wang, '王芳', true, { send: false, reason: 'account_exists' }],
    ['another name where an account exists', wang, '张三', true, { send: false, reason: 'name_mismatch' }],
  ] as const)('%s', (_case, holder, typed, exists, expected) => {
    expect(openingDecision(holder, typed, exists)).toEqual(expected);
  });

  it.each([
    [0, true],
    [4, true],
    [5, false],
    [50, false],
  ])('with %i codes texted to the phone on file in the last 24 hours, sends another: %s', (sent, sends) => {
    const decision = openingDecision(wang, '王芳', false, sent);
    expect(decision.send).toBe(sends);
    if (!decision.send) expect(decision.reason).toBe('daily_limit');
  });

  it('never sends to any phone but the one on file', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }),
        fc.boolean(),
        fc.option(fc.string({ maxLength: 12 })),
        (name, exists, mobile) => {
          const decision = openingDecision({ name: '王芳', mobile }, name, exists);
          if (decision.send) expect(decision.phone).toBe(mobile);
        },
      ),
    );
  });
});

describe('activation codes as typed', () => {
  it.each([
    ['ABCDE-23456', 'ABCDE23456'],
    ['abcde 23456', 'ABCDE23456'],
    [' AbCdE-2345-6 ', 'ABCDE23456'],
    ['ABCDE-2345', null],
    ['ABCDE-234567', null],
    ['ABCDE-2345O', null], // O is not in the alphabet (read as 0)
    ['ABCDE-2345I', null],
    ['ABCDE-23451', null],
  ])('%s is %s', (typed, code) => {
    expect(normaliseActivationCode(typed)).toBe(code);
  });

  it('reads back every printed code', () => {
    const char = fc.constantFrom(...ACTIVATION_ALPHABET);
    fc.assert(
      fc.property(fc.array(char, { minLength: 10, maxLength: 10 }), (chars) => {
        const code = chars.join('');
        expect(normaliseActivationCode(formatActivationCode(code))).toBe(code);
        expect(normaliseActivationCode(formatActivationCode(code).toLowerCase())).toBe(code);
      }),
    );
  });
});
