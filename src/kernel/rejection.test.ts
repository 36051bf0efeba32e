import { describe, expect, it } from 'vitest';
import { Rejection, allRejections, common, defineRejections, rejectionMessage, rejectionText } from './rejection.ts';

const sample = defineRejections({
  sample_closed: { kind: 'conflict', zh: '所属期已关闭', en: 'The period is closed' },
  sample_missing: { kind: 'not_found', zh: '没有找到', en: 'Not found' },
});

describe('defineRejections', () => {
  it('returns the declared codes and a factory for them', () => {
    expect(Object.keys(sample.codes)).toEqual(['sample_closed', 'sample_missing']);
    const rejection = sample.reject('sample_closed', { period: '202501' });
    expect(rejection).toBeInstanceOf(Rejection);
    expect(rejection).toBeInstanceOf(Error);
    expect(rejection.code).toBe('sample_closed');
    expect(rejection.details).toEqual({ period: '202501' });
    expect(rejection.kind).toBe('conflict');
    expect(rejection.name).toBe('Rejection');
    expect(rejection.message).toBe('sample_closed: The period is closed');
  });

  it('leaves details undefined when none are given', () => {
    expect(sample.reject('sample_missing').details).toBeUndefined();
  });

  it.each(['NotSnake', 'has-dash', '9starts_with_digit', '_leading', ''])('refuses the code %j', (code) => {
    expect(() => defineRejections({ [code]: { kind: 'invalid', zh: '甲', en: 'a' } })).toThrow('is not snake_case');
  });

  it('refuses a code declared twice, including across modules', () => {
    expect(() => defineRejections({ sample_closed: { kind: 'invalid', zh: '甲', en: 'a' } })).toThrow(
      'rejection code sample_closed declared twice',
    );
    expect(() => defineRejections({ not_found: { kind: 'not_found', zh: '甲', en: 'a' } })).toThrow('declared twice');
  });
});

describe('Rejection', () => {
  it('cannot be built for an undeclared code', () => {
    expect(() => new Rejection('never_declared')).toThrow('undeclared rejection code never_declared');
  });

  it('can be built directly for a declared code', () => {
    const rejection = new Rejection('forbidden', { action: 'delete' });
    expect(rejection.kind).toBe('forbidden');
    expect(rejection.message).toBe('forbidden: You are not allowed to do this');
  });
});

describe('texts', () => {
  it('gives the declared text and message per language', () => {
    expect(rejectionText('sample_missing')).toEqual({ kind: 'not_found', zh: '没有找到', en: 'Not found' });
    expect(rejectionMessage('sample_closed', 'zh-CN')).toBe('所属期已关闭');
    expect(rejectionMessage('sample_closed', 'en')).toBe('The period is closed');
  });

  it('asserts the code exists', () => {
    expect(() => rejectionText('never_declared')).toThrow('undeclared rejection code never_declared');
    expect(() => rejectionMessage('never_declared', 'en')).toThrow('undeclared');
  });

  it('lists every declared code, the common ones included', () => {
    const all = allRejections();
    for (const code of Object.keys(common.codes)) expect(all.has(code)).toBe(true);
    expect(all.has('sample_closed')).toBe(true);
    for (const [code, text] of all) {
      expect(code).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(text.zh.length, code).toBeGreaterThan(0);
      expect(text.en.length, code).toBeGreaterThan(0);
    }
  });

  it.each(Object.keys(common.codes))('common code %s has both texts', (code) => {
    expect(rejectionMessage(code, 'zh-CN')).not.toBe(rejectionMessage(code, 'en'));
  });
});
