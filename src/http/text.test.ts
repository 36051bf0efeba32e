import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRefusedText } from './text-guard.ts';
import { freeText, isVisible, lineText, nameText, searchText, textFault } from './text.ts';

/** The rejection a zod piece names for `value`, or 'ok', or the first issue's zod code. */
function verdict(
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } },
  value: string,
) {
  const result = schema.safeParse(value);
  if (result.success) return 'ok';
  const issues = result.error!.issues as Array<{ code: string; params?: { rejection?: string } }>;
  return issues.find((i) => i.params?.rejection)?.params?.rejection ?? issues[0]!.code;
}

describe('characters no field may hold', () => {
  it.each([
    ['NUL', '\u0000', 'U+0000'],
    ['a bell', 'a\u0007b', 'U+0007'],
    ['escape (terminal colours)', '\u001b[31m', 'U+001B'],
    ['DEL', '\u007f', 'U+007F'],
    ['a C1 control (NEL)', 'a\u0085', 'U+0085'],
    ['a right-to-left override', '张\u202e三', 'U+202E'],
    ['a left-to-right embedding', '\u202a', 'U+202A'],
    ['a first-strong isolate', '\u2068x\u2069', 'U+2068'],
  ])('refuses %s in free text and in a line', (_name, text, character) => {
    expect(textFault(text, 'free')).toEqual({ code: 'text_control_character', character });
    expect(textFault(text, 'line')).toEqual({ code: 'text_control_character', character });
  });

  it('refuses a lone surrogate as not Unicode, and keeps a proper pair', () => {
    expect(textFault('a\ud800b', 'free')).toEqual({ code: 'text_not_unicode', character: 'U+D800' });
    expect(textFault('\udc00', 'line')).toEqual({ code: 'text_not_unicode', character: 'U+DC00' });
    expect(textFault('𠮷野家 😀', 'line')).toBeNull();
  });

  it('allows tab and line breaks in free text only', () => {
    for (const text of ['第一段\n第二段', 'a\tb', 'a\r\nb', 'a\u2028b']) {
      expect(textFault(text, 'free')).toBeNull();
      expect(textFault(text, 'line')?.code).toBe('text_control_character');
    }
  });

  it('accepts any text made of printable characters (property)', () => {
    const printable = fc
      .string({ unit: 'grapheme' })
      .filter((s) => !/[\p{Cc}\u202a-\u202e\u2066-\u2069\u2028\u2029]/u.test(s));
    fc.assert(fc.property(printable, (s) => textFault(s, 'line') === null && textFault(s, 'free') === null));
  });
});

describe('names', () => {
  it.each([
    ['zero-width spaces', '\u200b\u200b'],
    ['a zero-width joiner and the BOM', '\u200d\ufeff'],
    ['a Hangul filler', '\u3164'],
    ['ideographic spaces', '\u3000\u3000'],
    ['combining marks alone', '\u0301\u0308'],
    ['a blank Braille pattern', '\u2800'],
    ['nothing at all', ''],
  ])('refuses a name of %s as blank', (_name, text) => {
    expect(isVisible(text)).toBe(false);
    expect(verdict(nameText(50), text)).toBe('text_blank');
  });

  it.each(['王小明', '欧阳 娜娜', 'Anne-Marie O’Neil', 'é', '👩‍💻'])('accepts %s', (text) => {
    expect(verdict(nameText(50), ` ${text} `)).toBe('ok');
  });

  it('refuses a line break in a name by name, and a name past its length as invalid', () => {
    expect(verdict(nameText(50), '王\n小明')).toBe('text_control_character');
    expect(verdict(nameText(3), '王小明五')).toBe('too_big');
  });
});

describe('the zod pieces', () => {
  it('trim, bound and check each form', () => {
    expect(freeText(20).parse('  原因：\n见附件 ')).toBe('原因：\n见附件');
    expect(verdict(freeText(20), '   ')).toBe('too_small');
    expect(verdict(lineText(20), 'a\tb')).toBe('text_control_character');
    expect(lineText(20, 0).parse('')).toBe('');
    expect(searchText(10).parse('  张 ')).toBe('张');
    expect(verdict(searchText(10), '张\u0000')).toBe('text_control_character');
  });
});

describe('findRefusedText (the guard in front of every route)', () => {
  it('finds a refused character in a value or a key at any depth, with its path', () => {
    expect(findRefusedText({ a: [{ b: 'ok' }, { c: 'x\u0000' }] }, 'body')).toEqual({
      code: 'text_control_character',
      character: 'U+0000',
      path: 'body/a/1/c',
    });
    expect(findRefusedText({ ['k\u0000']: 1 }, 'body')).toEqual({
      code: 'text_control_character',
      character: 'U+0000',
      path: 'body/kU+0000',
    });
    expect(findRefusedText('\ud800', 'body')?.code).toBe('text_not_unicode');
    expect(findRefusedText({ note: '第一行\n第二行', n: 1, b: true, z: null }, 'body')).toBeNull();
    expect(findRefusedText(undefined, 'body')).toBeNull();
  });

  it('walks a body nested far deeper than the stack would allow a recursive walk', () => {
    let deep: unknown = 'bottom\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const found = findRefusedText(deep, 'body');
    expect(found?.code).toBe('text_control_character');
    expect(found?.path.length).toBe('body'.length + 2 * 100_000);
  });
});
