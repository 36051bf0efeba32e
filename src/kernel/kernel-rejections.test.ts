import { describe, expect, it } from 'vitest';
import { kernelRejections } from './kernel-rejections.ts';
import { Rejection, rejectionMessage } from './rejection.ts';

describe('kernel rejections', () => {
  it('declares the codes the kernel parsers throw', () => {
    expect(Object.keys(kernelRejections.codes).sort()).toEqual([
      'invalid_amount',
      'invalid_citizen_id',
      'invalid_credit_code',
      'invalid_date',
      'invalid_period',
    ]);
  });

  it.each(Object.keys(kernelRejections.codes))('%s is an invalid-input refusal in both languages', (code) => {
    const rejection = new Rejection(code);
    expect(rejection.kind).toBe('invalid');
    expect(rejectionMessage(code, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
    expect(rejectionMessage(code, 'en')).toMatch(/^The /);
  });
});
