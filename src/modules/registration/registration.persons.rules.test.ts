import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import {
  decideRegistrationIdentity,
  historyValue,
  NATIONALITIES,
  normaliseBankAccount,
  planPersonChange,
  type PersonEditable,
} from './registration.persons.rules.ts';

const TODAY = '2026-03-02' as CalendarDate;

describe('decideRegistrationIdentity: the ID and what the clerk entered must agree', () => {
  const table: Array<[string, string, 'male' | 'female', string, string | { id: string; birthDate: string }]> = [
    ['valid man', '330106198503150913', 'male', '1985-03-15', { id: '330106198503150913', birthDate: '1985-03-15' }],
    [
      'valid woman',
      '330106198503150921',
      'female',
      '1985-03-15',
      { id: '330106198503150921', birthDate: '1985-03-15' },
    ],
    [
      'lower-case x raised',
      '33010619850315093x',
      'male',
      '1985-03-15',
      { id: '33010619850315093X', birthDate: '1985-03-15' },
    ],
    [
      '15 digits upgraded',
      '330106850315095',
      'male',
      '1985-03-15',
      { id: '330106198503150956', birthDate: '1985-03-15' },
    ],
    [
      'spaces around trimmed',
      ' 330106198503150913 ',
      'male',
      '1985-03-15',
      { id: '330106198503150913', birthDate: '1985-03-15' },
    ],
    ['bad checksum', '330106198503150914', 'male', '1985-03-15', 'person_citizen_id_invalid'],
    ['wrong length', '33010619850315091', 'male', '1985-03-15', 'person_citizen_id_invalid'],
    ['letters', '33010619850315A913', 'male', '1985-03-15', 'person_citizen_id_invalid'],
    ['birth date differs', '330106198503150913', 'male', '1985-03-16', 'person_birth_date_mismatch'],
    ['gender differs', '330106198503150913', 'female', '1985-03-15', 'person_gender_mismatch'],
    ['15 digits, gender differs', '330106850315095', 'female', '1985-03-15', 'person_gender_mismatch'],
  ];
  it.each(table)('%s', (_name, citizenId, gender, birthDate, expected) => {
    const decision = decideRegistrationIdentity({ citizenId, gender, birthDate }, TODAY);
    if (typeof expected === 'string') {
      expect(decision.ok).toBe(false);
      if (!decision.ok) expect(decision.code).toBe(expected);
    } else {
      expect(decision.ok).toBe(true);
      if (decision.ok) {
        expect(decision.id.normalized).toBe(expected.id);
        expect(decision.id.birthDate).toBe(expected.birthDate);
        expect(decision.id.gender).toBe(gender);
      }
    }
  });

  it('names the field at fault in the details', () => {
    const decision = decideRegistrationIdentity(
      { citizenId: '330106198503150913', gender: 'male', birthDate: '1985-03-16' },
      TODAY,
    );
    expect(decision).toEqual({
      ok: false,
      code: 'person_birth_date_mismatch',
      details: { field: 'birthDate', entered: '1985-03-16', fromId: '1985-03-15' },
    });
  });
});

describe('planPersonChange', () => {
  const current: PersonEditable = {
    name: '张三',
    nationality: 'CHN',
    hukouType: 'urban',
    hukouPlace: '330106',
    phone: '13812345678',
    address: '杭州市西湖区文三路1号',
    bankName: null,
    bankAccount: '6222021234567890123',
  };

  it('records nothing when nothing changes', () => {
    expect(planPersonChange(current, {}).fields).toEqual([]);
    expect(planPersonChange(current, { name: '张三', phone: '13812345678' }).fields).toEqual([]);
  });

  it('records one masked row per changed field', () => {
    const plan = planPersonChange(current, { phone: '13900001111', bankName: '工商银行', address: null });
    expect(plan.fields).toEqual([
      { field: 'phone', oldValue: '138****5678', newValue: '139****1111' },
      { field: 'address', oldValue: '杭州市西湖区文三路1号', newValue: null },
      { field: 'bankName', oldValue: null, newValue: '工商银行' },
    ]);
    expect(plan.next.phone).toBe('13900001111');
    expect(plan.next.address).toBeNull();
  });

  it('sees a change of phone even when both numbers have the same mask', () => {
    const plan = planPersonChange(current, { phone: '13899995678' });
    expect(plan.fields).toEqual([{ field: 'phone', oldValue: '138****5678', newValue: '138****5678' }]);
  });

  it('masks bank accounts in the history', () => {
    const plan = planPersonChange(current, { bankAccount: '6217000011112222333' });
    expect(plan.fields).toEqual([
      { field: 'bankAccount', oldValue: '6222 **** **** 0123', newValue: '6217 **** **** 2333' },
    ]);
  });
});

describe('small rules', () => {
  it('knows the ISO 3166 alpha-3 codes', () => {
    expect(NATIONALITIES.size).toBe(249);
    for (const code of ['CHN', 'USA', 'HKG', 'MAC', 'KOR']) expect(NATIONALITIES.has(code)).toBe(true);
    for (const code of ['CN', 'XXX', 'chn']) expect(NATIONALITIES.has(code)).toBe(false);
  });
  it('normalises bank accounts and masks history values', () => {
    expect(normaliseBankAccount('6222 0212 3456 7890 123')).toBe('6222021234567890123');
    expect(historyValue('name', '李四')).toBe('李四');
    expect(historyValue('phone', null)).toBeNull();
  });
});
