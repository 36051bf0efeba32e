import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDates, type CalendarDate } from '../../kernel/calendar-date.ts';
import {
  employerInsuranceContent,
  personInsuranceContent,
  registrationContent,
  ENROLMENT_LINES_MAX,
  type EmployerFacts,
} from './registration.certificates.content.ts';
import {
  addMonths,
  certificateNumber,
  CERTIFICATE_NUMBER_PATTERN,
  checkStatus,
  decideVerification,
  firstVerifyDue,
  isDueWithin,
  newVerifyCode,
  nextVerifyDue,
  VERIFY_CODE_ALPHABET,
  verifyCodeMatches,
} from './registration.certificates.rules.ts';

const d = (s: string) => s as CalendarDate;

describe('certificate number and code', () => {
  it('is the kind letter, the year and an 8-digit sequence', () => {
    expect(certificateNumber('employer_registration', 2026, 1)).toBe('R202600000001');
    expect(certificateNumber('employer_insurance', 2026, 42)).toBe('E202600000042');
    expect(certificateNumber('person_insurance', 2027, 99_999_999)).toBe('P202799999999');
    expect(CERTIFICATE_NUMBER_PATTERN.test('R202600000001')).toBe(true);
    expect(() => certificateNumber('person_insurance', 2026, 0)).toThrow();
  });
  it('draws 8 characters from the unambiguous alphabet', () => {
    const codes = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const code = newVerifyCode();
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
      codes.add(code);
    }
    expect(codes.size).toBe(200);
    expect(VERIFY_CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });
  it('matches a typed code case-insensitively and trimmed, and nothing else', () => {
    expect(verifyCodeMatches('ABCD2345', ' abcd2345 ')).toBe(true);
    expect(verifyCodeMatches('ABCD2345', 'ABCD2346')).toBe(false);
    expect(verifyCodeMatches('ABCD2345', 'ABCD234')).toBe(false);
    expect(verifyCodeMatches('ABCD2345', '')).toBe(false);
  });
});

describe('months and due dates', () => {
  it.each([
    ['2026-03-02', 12, '2027-03-02'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonths(d(from), months)).toBe(expected);
  });
  it('first due date is the region months after issue', () => {
    expect(firstVerifyDue(d('2026-03-02'), 12)).toBe('2027-03-02');
  });
  it('a pass counts from the later of today and the old due date', () => {
    expect(nextVerifyDue(d('2027-03-02'), d('2027-01-10'), 12)).toBe('2028-03-02');
    expect(nextVerifyDue(d('2027-03-02'), d('2027-05-10'), 12)).toBe('2028-05-10');
  });
  it('never moves the due date backwards (property)', () => {
    const day = fc.integer({ min: 0, max: 20_000 }).map((n) => {
      const date = new Date(Date.UTC(2000, 0, 1) + n * 86_400_000);
      return d(date.toISOString().slice(0, 10));
    });
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: 60 }), (due, today, months) => {
        const next = nextVerifyDue(due, today, months);
        return compareDates(next, due) > 0 && compareDates(next, today) > 0;
      }),
    );
  });
  it.each([
    ['2026-04-01', 30, true],
    ['2026-04-02', 30, false],
    ['2026-01-01', 0, true],
    ['2026-03-02', 0, true],
  ])('due %s within %i days of 2026-03-02: %s', (due, days, expected) => {
    expect(isDueWithin(d(due), d('2026-03-02'), days)).toBe(expected);
  });
});

describe('status a checker sees', () => {
  it.each([
    ['valid', '2026-03-02', 'valid'],
    ['valid', '2026-03-01', 'verification_overdue'],
    ['valid', null, 'valid'],
    ['superseded', '2026-01-01', 'superseded'],
    ['revoked', '2027-01-01', 'revoked'],
  ] as const)('%s, due %s → %s on 2026-03-02', (status, verifyDueOn, expected) => {
    expect(checkStatus({ status, verifyDueOn }, d('2026-03-02'))).toBe(expected);
  });
});

describe('verification decision', () => {
  const valid = { kind: 'employer_registration' as const, status: 'valid' as const, verifyDueOn: '2027-03-02' };
  it('passes and moves the due date', () => {
    expect(decideVerification(valid, 'passed', null, d('2027-03-01'), 12)).toEqual({
      ok: true,
      nextDueOn: '2028-03-02',
    });
  });
  it('records a failure with a note and keeps the due date', () => {
    expect(decideVerification(valid, 'failed', '年报未报送', d('2027-03-01'), 12)).toEqual({
      ok: true,
      nextDueOn: null,
    });
    expect(decideVerification(valid, 'failed', null, d('2027-03-01'), 12)).toEqual({
      ok: false,
      code: 'certificate_verify_note_required',
    });
  });
  it.each([
    [{ ...valid, status: 'superseded' as const }],
    [{ ...valid, status: 'revoked' as const }],
    [{ kind: 'employer_insurance' as const, status: 'valid' as const, verifyDueOn: null }],
  ])('refuses what is not a valid registration certificate: %j', (certificate) => {
    expect(decideVerification(certificate, 'passed', null, d('2027-03-01'), 12)).toEqual({
      ok: false,
      code: 'certificate_not_verifiable',
    });
  });
});

const employer: EmployerFacts = {
  name: '杭州示范科技有限公司',
  creditCode: '91110000600037341L',
  employerNo: '33010000000001',
  type: 'enterprise',
  industryCode: '65',
  industryNameZh: '软件和信息技术服务业',
  riskClass: 1,
  legalRepName: '王五',
  address: '杭州市西湖区文三路1号',
  registeredOn: '2020-02-01',
  status: 'active',
  agencyName: '西湖区社会保险管理服务中心',
};

describe('certificate content', () => {
  it('states the registration with its next verification date', () => {
    const content = registrationContent(employer, '2026-03-02', '2027-03-02');
    expect(content.subject).toEqual({
      kind: 'employer',
      name: employer.name,
      creditCode: employer.creditCode,
      employerNo: employer.employerNo,
    });
    expect(content.statements).toContain('所属行业：65 软件和信息技术服务业（工伤保险行业风险一类）');
    expect(content.statements.join('\n')).toContain('2027-03-02');
  });
  it('lists the schemes an employer has enrolled people in', () => {
    const content = employerInsuranceContent(employer, '2026-03-02', 3, { pension: 3, work_injury: 2 });
    expect(content.statements).toContain('在职参保职工：3 人。');
    expect(content.statements).toContain('参保险种：基本养老保险 3 人；工伤保险 2 人。');
    expect(employerInsuranceContent(employer, '2026-03-02', 0, {}).statements).toContain('参保险种：无在保人员。');
  });
  it('prints a person masked, current enrolments before past ones, and bounds the lines', () => {
    const content = personInsuranceContent(
      { name: '张三', idMasked: '110105********002X', agencyName: '西湖区社会保险管理服务中心' },
      '2026-03-02',
      [
        {
          scheme: 'pension',
          category: 'employee',
          employerName: '旧单位',
          startedOn: '2010-01-01',
          endedOn: '2015-01-01',
          status: 'terminated',
        },
        {
          scheme: 'pension',
          category: 'employee',
          employerName: '新单位',
          startedOn: '2015-01-01',
          endedOn: null,
          status: 'active',
        },
      ],
    );
    expect(content.subject).toEqual({ kind: 'person', name: '张三', idMasked: '110105********002X' });
    const lines = content.statements;
    expect(lines.indexOf('基本养老保险：自 2015-01-01 起参保缴费（职工，参保单位：新单位）')).toBeLessThan(
      lines.indexOf('基本养老保险：2010-01-01 至 2015-01-01（职工，参保单位：旧单位，已终止）'),
    );
    const many = Array.from({ length: ENROLMENT_LINES_MAX + 5 }, () => ({
      scheme: 'medical' as const,
      category: 'flexible' as const,
      employerName: null,
      startedOn: '2000-01-01',
      endedOn: '2001-01-01',
      status: 'terminated' as const,
    }));
    const bounded = personInsuranceContent({ name: '张三', idMasked: 'x', agencyName: 'y' }, '2026-03-02', many);
    expect(bounded.statements).toContain('另有 5 条较早的参保记录未列出。');
    expect(
      personInsuranceContent({ name: '张三', idMasked: 'x', agencyName: 'y' }, '2026-03-02', []).statements,
    ).toContain('无参保记录。');
  });
});
