import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { centsFromInteger, zeroCents } from '../../kernel/cents.ts';
import {
  cancellationBlocker,
  employerChanges,
  employerDatesProblem,
  employerNumber,
  employerTransition,
  maskContactPhone,
  normaliseBankAccount,
  normaliseContactPhone,
  type EmployerAction,
  type EmployerValues,
} from './registration.employers.rules.ts';
import type { EmployerStatus } from './registration.model.ts';

const d = (s: string) => s as CalendarDate;

describe('employer status transitions', () => {
  const table: Array<[EmployerStatus, EmployerAction, string]> = [
    ['active', 'suspend', 'suspended'],
    ['active', 'resume', 'employer_status_invalid'],
    ['active', 'cancel', 'cancelled'],
    ['suspended', 'suspend', 'employer_status_invalid'],
    ['suspended', 'resume', 'active'],
    ['suspended', 'cancel', 'cancelled'],
    ['cancelled', 'suspend', 'employer_cancelled'],
    ['cancelled', 'resume', 'employer_cancelled'],
    ['cancelled', 'cancel', 'employer_cancelled'],
  ];
  it.each(table)('%s + %s → %s', (status, action, expected) => {
    const decision = employerTransition(status, action);
    expect(decision.ok ? decision.to : decision.code).toBe(expected);
  });
});

describe('cancellation blockers', () => {
  it.each([
    [0, 0, null],
    [1, 0, 'employer_has_active_employees'],
    [0, 1, 'employer_has_unpaid_arrears'],
    [3, 500, 'employer_has_active_employees'],
  ])('%i active employees, %i fen arrears → %s', (activeEmployees, fen, expected) => {
    expect(cancellationBlocker({ activeEmployees, unpaidArrears: centsFromInteger(fen) })).toBe(expected);
  });
  it('lets an employer with no employees and zero arrears go', () => {
    expect(cancellationBlocker({ activeEmployees: 0, unpaidArrears: zeroCents })).toBeNull();
  });
});

describe('employer number', () => {
  it('is the region and an 8-digit sequence', () => {
    expect(employerNumber('330106', 1)).toBe('33010600000001');
    expect(employerNumber('330106', 99_999_999)).toBe('33010699999999');
  });
  it('refuses a sequence that no longer fits', () => {
    expect(() => employerNumber('330106', 100_000_000)).toThrow();
    expect(() => employerNumber('33010', 1)).toThrow();
  });
});

describe('contact phone', () => {
  it.each([
    ['13800138000', '13800138000', '138****8000'],
    [' 138 0013 8000 ', '13800138000', '138****8000'],
    ['0571-87654321', '0571-87654321', '0571-****4321'],
    ['057187654321', '0571-87654321', '0571-****4321'],
    ['010-1234567', '010-1234567', '010-****4567'],
    ['(0571)87654321-808', '0571-87654321-808', '0571-****4321'],
  ])('%s → %s, masked %s', (input, normal, masked) => {
    expect(normaliseContactPhone(input)).toBe(normal);
    expect(maskContactPhone(normal)).toBe(masked);
  });
  it.each(['12345', '23800138000', '1380013800', 'abc', '571-87654321', ''])('refuses %s', (input) => {
    expect(normaliseContactPhone(input)).toBeNull();
  });
});

describe('bank account', () => {
  it('keeps 8 to 30 digits, spaces removed', () => {
    expect(normaliseBankAccount('6222 0212 3456 7890')).toBe('6222021234567890');
    expect(normaliseBankAccount('1234567')).toBeNull();
    expect(normaliseBankAccount('6222-0212')).toBeNull();
    expect(normaliseBankAccount('1'.repeat(31))).toBeNull();
  });
});

describe('founding and registration dates', () => {
  const today = d('2026-03-02');
  it.each([
    ['2020-01-01', '2026-03-02', null],
    ['2026-03-02', '2026-03-02', null],
    ['2026-03-03', '2026-03-03', 'registration_date_in_future'],
    ['2020-01-01', '2026-03-03', 'registration_date_in_future'],
    ['2020-01-02', '2020-01-01', 'employer_registered_before_founding'],
  ])('founded %s, registered %s → %s', (founded, registered, expected) => {
    expect(employerDatesProblem(d(founded), d(registered), today)).toBe(expected);
  });
});

const base: EmployerValues = {
  name: '杭州示范科技有限公司',
  type: 'enterprise',
  industryCode: '65',
  riskClass: '1',
  legalRepName: '王五',
  legalRepId: '11010519491231002X',
  address: '杭州市西湖区文三路1号',
  contactName: '赵六',
  contactPhone: '13800138000',
  bankName: null,
  bankAccount: null,
  poolingRegion: '330100',
  agencyId: '4',
  foundedOn: '2020-01-01',
  registeredOn: '2020-02-01',
};

describe('employer changes', () => {
  it('lists nothing when nothing differs', () => {
    expect(employerChanges(base, { ...base })).toEqual([]);
  });
  it('records an industry change together with its risk class', () => {
    expect(employerChanges(base, { ...base, industryCode: '47', riskClass: '6' })).toEqual([
      { field: 'industryCode', oldValue: '65', newValue: '47' },
      { field: 'riskClass', oldValue: '1', newValue: '6' },
    ]);
  });
  it('masks personal values, and counts a change even when both masks look alike', () => {
    const changes = employerChanges(base, {
      ...base,
      contactPhone: '13811118000',
      legalRepId: '110105194912310038',
      bankName: '中国工商银行',
      bankAccount: '6222021234567890',
    });
    expect(changes).toEqual([
      { field: 'legalRepId', oldValue: '110105********002X', newValue: '110105********0038' },
      { field: 'contactPhone', oldValue: '138****8000', newValue: '138****8000' },
      { field: 'bankName', oldValue: null, newValue: '中国工商银行' },
      { field: 'bankAccount', oldValue: null, newValue: '6222 **** **** 7890' },
    ]);
    expect(JSON.stringify(changes)).not.toContain('13811118000');
    expect(JSON.stringify(changes)).not.toContain('6222021234567890');
  });
  it('has exactly one entry per field that differs (property)', () => {
    const keys = Object.keys(base) as Array<keyof EmployerValues>;
    fc.assert(
      fc.property(fc.subarray(keys), fc.string({ minLength: 1, maxLength: 8 }), (touched, suffix) => {
        const after = { ...base } as Record<string, string | null>;
        for (const k of touched) after[k] = `${base[k] ?? ''}${suffix}`;
        const changes = employerChanges(base, after as unknown as EmployerValues);
        return changes.length === touched.length && changes.every((c) => touched.includes(c.field as never));
      }),
    );
  });
});
