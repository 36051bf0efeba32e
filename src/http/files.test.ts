import { describe, expect, it } from 'vitest';
import { contentDisposition, fitFileName, plainFileName } from './files.ts';

describe('plainFileName', () => {
  it.each([
    ['C:\\\\Users\\\\王\\\\工资.xlsx', '工资.xlsx'],
    ['../../etc/passwd', 'passwd'],
    ['工资\u0000表\u202e.csv', '工资表.csv'],
    ['"quoted".csv', 'quoted.csv'],
    ['..hidden.csv', 'hidden.csv'],
    ['...', 'upload'],
    ['\ud800', 'upload'],
    ['', 'upload'],
    ['x'.repeat(300), 'x'.repeat(200)],
    ['x'.repeat(300) + '.xlsx', 'x'.repeat(195) + '.xlsx'],
  ])('%j → %j', (raw, clean) => {
    expect(plainFileName(raw, 'upload')).toBe(clean);
  });

  it('keeps a name within its own limit, counted in characters', () => {
    expect(plainFileName('工'.repeat(130) + '.pdf', 'file', 120)).toBe('工'.repeat(116) + '.pdf');
  });
});

describe('fitFileName', () => {
  it('shortens at the end and keeps a short extension only', () => {
    expect(fitFileName('abcdef.pdf', 8)).toBe('abcd.pdf');
    expect(fitFileName('abcdef.archive', 8)).toBe('abcdef.a');
    expect(fitFileName('short.pdf', 8 + 1)).toBe('short.pdf');
  });
});

describe('contentDisposition', () => {
  it('gives old clients an ASCII name and new ones the UTF-8 name', () => {
    expect(contentDisposition('inline', '参保证明 "1".pdf')).toBe(
      `inline; filename="____ _1_.pdf"; filename*=UTF-8''${encodeURIComponent('参保证明 "1".pdf')}`,
    );
  });
});
