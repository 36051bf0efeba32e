import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holderNameKey, sameHolderName } from './holder-name.ts';

describe('the same name keyed in differently', () => {
  it.each([
    ['李明', '李明', 'identical'],
    [' 李明 ', '李明', 'blanks around'],
    ['李 明', '李明', 'a blank between Chinese characters'],
    ['李\u3000明', '李明', 'an ideographic space'],
    ['阿卜杜・热合曼', '阿卜杜·热合曼', 'katakana middle dot'],
    ['阿卜杜•热合曼', '阿卜杜·热合曼', 'bullet'],
    ['阿卜杜 · 热合曼', '阿卜杜·热合曼', 'blanks around the dot'],
    ['杭州示范科技有限公司（西湖）', '杭州示范科技有限公司(西湖)', 'full-width brackets'],
    ['ＡＢＣ科技有限公司', 'ABC科技有限公司', 'full-width Latin letters'],
    ['john  smith', 'JOHN SMITH', 'case and doubled blanks in a Latin name'],
  ])('%s matches %s (%s)', (typed, registered) => {
    expect(sameHolderName(typed, registered)).toBe(true);
  });
});

describe('a different name', () => {
  it.each([
    ['张三', '李明', 'another person'],
    ['李明明', '李明', 'an extra character'],
    ['李', '李明', 'a missing character'],
    ['JOHNSMITH', 'JOHN SMITH', 'Latin words run together'],
    ['', '', 'nothing typed'],
    ['   ', '李明', 'only blanks'],
    ['杭州示范科技有限公司', '杭州示范科技有限公司(西湖)', 'a branch name left out'],
  ])('%s does not match %s (%s)', (typed, registered) => {
    expect(sameHolderName(typed, registered)).toBe(false);
  });
});

describe('the comparison key', () => {
  it('is idempotent and ignores blanks at the ends', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (name) => {
        const key = holderNameKey(name);
        expect(holderNameKey(key)).toBe(key);
        expect(holderNameKey(` ${name}\u3000`)).toBe(key);
      }),
    );
  });

  it('keeps every Chinese character: names differing in one never match', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCodePoint(c));
    fc.assert(
      fc.property(fc.array(han, { minLength: 1, maxLength: 6 }), fc.nat(), han, (chars, at, other) => {
        const i = at % chars.length;
        fc.pre(chars[i] !== other);
        const changed = [...chars];
        changed[i] = other;
        expect(sameHolderName(changed.join(''), chars.join(''))).toBe(false);
        expect(sameHolderName(chars.join(' '), chars.join(''))).toBe(true);
      }),
    );
  });
});
