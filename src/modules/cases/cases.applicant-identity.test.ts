import { describe, expect, it } from 'vitest';
import { applicantName } from './cases.applicant-identity.ts';

describe('the name a case is received under', () => {
  it.each([
    [
      'registered, no name typed',
      undefined,
      '李明',
      false,
      { ok: true, name: '李明', verified: true, overridden: false },
    ],
    ['registered, the same name', '李明', '李明', false, { ok: true, name: '李明', verified: true, overridden: false }],
    [
      'registered, keyed in differently',
      ' 李 明 ',
      '李明',
      false,
      { ok: true, name: '李明', verified: true, overridden: false },
    ],
    ['registered, another name (issue 14)', '张三', '李明', false, { ok: false, code: 'case_applicant_name_mismatch' }],
    [
      'registered, another name, a reviewer’s override',
      '李敏',
      '李明',
      true,
      { ok: true, name: '李敏', verified: false, overridden: true },
    ],
    [
      'registered, the same name, an override unused',
      '李明',
      '李明',
      true,
      { ok: true, name: '李明', verified: true, overridden: false },
    ],
    ['not registered, a name', '新参保', null, false, { ok: true, name: '新参保', verified: false, overridden: false }],
    ['not registered, no name', '  ', null, false, { ok: false, code: 'case_applicant_name_required' }],
  ] as const)('%s', (_case, typed, registered, override, expected) => {
    expect(applicantName(typed, registered, override)).toEqual(expected);
  });
});
