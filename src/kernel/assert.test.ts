import { describe, expect, it } from 'vitest';
import { AssertionError, assert, assertNever } from './assert.ts';

describe('assert', () => {
  it('passes when the condition holds and narrows the type', () => {
    const value: string | undefined = 'x';
    assert(value !== undefined, 'value is set');
    expect(value.length).toBe(1);
  });

  it.each([false, 0, '', null, undefined])('throws an AssertionError for %s', (condition) => {
    expect(() => assert(condition, 'broken invariant')).toThrow(new AssertionError('broken invariant'));
  });

  it('names the error so logs tell bugs from refusals', () => {
    const error = new AssertionError('m');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('AssertionError');
  });
});

describe('assertNever', () => {
  type Shape = 'circle' | 'square';
  const area = (shape: Shape): number => {
    switch (shape) {
      case 'circle':
        return 3;
      case 'square':
        return 4;
      default:
        return assertNever(shape, 'unknown shape');
    }
  };

  it('is unreachable for exhaustive switches', () => {
    expect(area('circle') + area('square')).toBe(7);
  });

  it('throws with the value when reached anyway (bad data at run time)', () => {
    expect(() => area('triangle' as Shape)).toThrow('unknown shape: "triangle"');
    expect(() => assertNever('x' as never)).toThrow('unexpected value: "x"');
  });
});
