import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenIdCheckCharacter } from '../../src/kernel/citizen-id.ts';
import { creditCodeCheckCharacter } from '../../src/kernel/credit-code.ts';
import { sealedCitizenId } from '../../src/modules/registration/index.ts';
import { type Caller, ok, refused, type TestApp, testApp } from '../support/http.ts';

// TEST_START is Monday 2026-03-02 09:00 China time.
let t: TestApp;
let clerk: Caller;
let reviewer: Caller;
let approver: Caller;
let agencies: Map<string, number>;

let serial = 0;
/** A fresh, valid credit code (registered in 330106). */
function creditCode(): string {
  serial += 1;
  const body = `91330106${String(serial).padStart(9, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

function citizenId(birth: string, seq: number): string {
  const body = `330106${birth}${String(seq).padStart(3, '0')}`;
  return body + citizenIdCheckCharacter(body);
}

function employerBody(overrides: Record<string, unknown> = {}) {
  return {
    creditCode: creditCode(),
    name: `杭州测试${serial}号科技有限公司`,
    type: 'enterprise',
    industryCode: '65',
    legalRepName: '王五',
    legalRepId: citizenId('19800101', 11),
    address: '杭州市西湖区文三路1号',
    contactName: '赵六',
    contactPhone: '13812345678',
    poolingRegion: '330100',
    foundedOn: '2020-01-01',
    ...overrides,
  };
}

async function register(overrides: Record<string, unknown> = {}) {
  return ok(await clerk.call('POST', '/api/registration/employers', employerBody(overrides)), 201);
}

async function historyOf(id: number) {
  return ok(await clerk.call('GET', `/api/registration/employers/${id}/history`)) as Array<{
    field: string;
    oldValue: string | null;
    newValue: string | null;
    reason: string;
    group: number;
  }>;
}

/** A person and an active employment with this employer, written straight to the tables. */
async function hire(employerId: number, seq: number) {
  const db = t.ctx.db;
  const id = citizenId('19900101', seq);
  const now = t.clock.now();
  const person = await db
    .insertInto('persons')
    .values({
      ...sealedCitizenId(t.ctx.keys, id),
      name: `职工${seq}`,
      gender: seq % 2 === 1 ? 'male' : 'female',
      birth_date: '1990-01-01',
      agency_id: agencies.get('330106')!,
      source_channel: 'window',
      created_at: now,
      updated_at: now,
    })
    .returning('person_id')
    .executeTakeFirstOrThrow();
  const employment = await db
    .insertInto('employments')
    .values({
      person_id: person.person_id,
      employer_id: employerId,
      hired_on: '2025-01-01',
      source_channel: 'window',
      created_at: now,
      created_by_kind: 'staff',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { personId: person.person_id, employmentId: employment.id };
}

beforeAll(async () => {
  t = await testApp();
  [clerk, reviewer, approver] = [await t.as('clerk'), await t.as('reviewer'), await t.as('approver')];
  const rows = await t.ctx.db.selectFrom('agencies').select(['id', 'code']).execute();
  agencies = new Map(rows.map((r) => [r.code, r.id]));
});
afterAll(() => t.dispose());

describe('industries', () => {
  it('lists the 97 GB/T 4754-2017 divisions with their risk class', async () => {
    const items = ok(await clerk.call('GET', '/api/registration/industries')) as Array<{
      code: string;
      section: string;
      riskClass: number;
    }>;
    expect(items).toHaveLength(97);
    expect(items[0]!.code).toBe('01');
    expect(items.at(-1)).toMatchObject({ code: '97', section: 'T', riskClass: 1 });
    const byCode = new Map(items.map((i) => [i.code, i]));
    expect(byCode.get('65')!.riskClass).toBe(1);
    expect(byCode.get('66')!.riskClass).toBe(1);
    expect(byCode.get('06')!.riskClass).toBe(8);
    expect(byCode.get('47')!.riskClass).toBe(6);
    expect(items.every((i) => i.riskClass >= 1 && i.riskClass <= 8)).toBe(true);
  });
});

describe('registering an employer', () => {
  it('registers, numbers by pooling region, derives the risk class and masks personal values', async () => {
    const body = employerBody({
      industryCode: '47',
      contactPhone: '0571-87654321',
      bankName: '中国工商银行杭州分行',
      bankAccount: '6222 0212 3456 7890',
    });
    const employer = ok(await clerk.call('POST', '/api/registration/employers', body), 201);
    expect(employer).toMatchObject({
      creditCode: body.creditCode,
      riskClass: 6,
      industryNameZh: '房屋建筑业',
      legalRepIdMasked: `330106********${(body.legalRepId as string).slice(-4)}`,
      contactPhoneMasked: '0571-****4321',
      bankAccountMasked: '6222 **** **** 7890',
      agencyId: agencies.get('330106'),
      registeredOn: '2026-03-02',
      status: 'active',
      version: 1,
    });
    expect(employer.employerNo).toMatch(/^330100\d{8}$/);
    const next = await register();
    expect(Number(next.employerNo.slice(6))).toBe(Number(employer.employerNo.slice(6)) + 1);
    const raw = await t.ctx.db
      .selectFrom('employers')
      .selectAll()
      .where('id', '=', employer.id)
      .executeTakeFirstOrThrow();
    const stored = JSON.stringify(raw);
    expect(stored).not.toContain(body.legalRepId);
    expect(stored).not.toContain('87654321');
    expect(stored).not.toContain('6222021234567890');
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'registration.employer.register')
      .where('entity_id', '=', String(employer.id))
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('registers under a sub-agency of the clerk', async () => {
    const employer = await register({ agencyId: agencies.get('330106001') });
    expect(employer.agencyName).toBe('北山街道社会保障服务站');
  });

  it.each([
    ['a bad credit code', { creditCode: '91330106000000001X' }, 'employer_credit_code_invalid', 400],
    ['a short credit code', { creditCode: '9133' }, 'employer_credit_code_invalid', 400],
    ['a bad legal representative ID', { legalRepId: '330106198001010110' }, 'employer_legal_rep_id_invalid', 400],
    ['an unknown industry', { industryCode: '98' }, 'employer_industry_unknown', 400],
    ['a bad phone', { contactPhone: '12345' }, 'employer_contact_phone_invalid', 400],
    ['a bank account without a bank', { bankAccount: '6222021234567890' }, 'employer_bank_incomplete', 400],
    [
      'a bank account of letters',
      { bankName: '工行', bankAccount: 'ABCDEFGHIJ' },
      'employer_bank_account_invalid',
      400,
    ],
    ['a founding date in the future', { foundedOn: '2026-03-03' }, 'registration_date_in_future', 400],
    ['an impossible date', { foundedOn: '2026-02-30' }, null, 400],
    [
      'registration before founding',
      { foundedOn: '2025-06-01', registeredOn: '2025-05-31' },
      'employer_registered_before_founding',
      400,
    ],
    ['an agency outside the clerk’s subtree', { agencyId: 0 }, 'out_of_scope', 403],
    ['an unknown agency', { agencyId: 999_999 }, 'employer_agency_invalid', 400],
  ])('refuses %s', async (_label, overrides, code, status) => {
    const patched = { ...overrides } as Record<string, unknown>;
    if (patched.agencyId === 0) patched.agencyId = agencies.get('330200');
    const before = await t.ctx.db
      .selectFrom('employers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const response = await clerk.call('POST', '/api/registration/employers', employerBody(patched));
    expect(response.statusCode, response.body).toBe(status);
    if (code) expect(response.json().code).toBe(code);
    const after = await t.ctx.db
      .selectFrom('employers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses a credit code already registered (any letter case)', async () => {
    const first = await register();
    const again = await clerk.call(
      'POST',
      '/api/registration/employers',
      employerBody({ creditCode: first.creditCode.toLowerCase() }),
    );
    refused(again, 'employer_already_registered', 409);
    expect(again.json().details).toEqual({ employerNo: first.employerNo });
  });

  it('refuses a case number that is not an open case of the employer', async () => {
    refused(
      await clerk.call('POST', '/api/registration/employers', employerBody({ caseNumber: '330106-20260302-00001' })),
      'registration_case_mismatch',
      409,
    );
  });
});

describe('changing an employer', () => {
  it('writes one history row per changed field, the risk class with the industry', async () => {
    const employer = await register();
    const changed = ok(
      await clerk.call('PATCH', `/api/registration/employers/${employer.id}`, {
        version: 1,
        changes: {
          industryCode: '06',
          address: '杭州市西湖区文三路2号',
          contactPhone: '13900001111',
          name: employer.name,
        },
        effectiveOn: '2026-03-01',
        reason: '营业执照变更',
      }),
    );
    expect(changed).toMatchObject({ version: 2, industryCode: '06', riskClass: 8, contactPhoneMasked: '139****1111' });
    const history = await historyOf(employer.id);
    expect(history.map((h) => h.field).sort()).toEqual(['address', 'contactPhone', 'industryCode', 'riskClass']);
    expect(history.find((h) => h.field === 'riskClass')).toMatchObject({ oldValue: '1', newValue: '8' });
    expect(history.find((h) => h.field === 'contactPhone')).toMatchObject({
      oldValue: '138****5678',
      newValue: '139****1111',
    });
    expect(new Set(history.map((h) => h.group)).size).toBe(1);
    expect(history[0]).toMatchObject({ reason: '营业执照变更', effectiveOn: '2026-03-01', actorName: '王受理' });
  });

  it('refuses a stale version, an empty change, a change of the credit code and a future effective date', async () => {
    const employer = await register();
    const patch = (body: unknown) => clerk.call('PATCH', `/api/registration/employers/${employer.id}`, body);
    refused(
      await patch({ version: 2, changes: { address: '新地址' }, reason: 'x' }),
      'registration_version_conflict',
      409,
    );
    refused(
      await patch({ version: 1, changes: { address: employer.address }, reason: 'x' }),
      'employer_change_empty',
      400,
    );
    refused(await patch({ version: 1, changes: { creditCode: creditCode() }, reason: 'x' }), 'invalid_request', 400);
    refused(
      await patch({ version: 1, changes: { address: '新地址' }, reason: 'x', effectiveOn: '2026-03-03' }),
      'registration_date_in_future',
      400,
    );
    refused(await patch({ version: 1, changes: { address: '新地址' } }), 'invalid_request', 400);
    refused(
      await patch({ version: 1, changes: { foundedOn: '2026-03-05' }, reason: 'x' }),
      'registration_date_in_future',
      400,
    );
    refused(await patch({ version: 1, changes: { bankName: '工行' }, reason: 'x' }), 'employer_bank_incomplete', 400);
    expect(await historyOf(employer.id)).toEqual([]);
  });

  it('sets and clears the bank account, recorded masked', async () => {
    const employer = await register();
    const set = ok(
      await clerk.call('PATCH', `/api/registration/employers/${employer.id}`, {
        version: 1,
        changes: { bankName: '中国银行', bankAccount: '6216 6100 0000 1234' },
        reason: '新开户',
      }),
    );
    expect(set.bankAccountMasked).toBe('6216 **** **** 1234');
    const cleared = ok(
      await clerk.call('PATCH', `/api/registration/employers/${employer.id}`, {
        version: 2,
        changes: { bankName: null, bankAccount: null },
        reason: '销户',
      }),
    );
    expect(cleared).toMatchObject({ bankName: null, bankAccountMasked: null });
    const history = await historyOf(employer.id);
    expect(history.filter((h) => h.field === 'bankAccount').map((h) => [h.oldValue, h.newValue])).toEqual([
      ['6216 **** **** 1234', null],
      [null, '6216 **** **** 1234'],
    ]);
  });

  it('leaves exactly one history row per changed field after every successful change (property)', async () => {
    const employer = await register();
    let version = 1;
    const candidates = {
      name: fc.constantFrom('甲公司', '乙公司', employer.name),
      type: fc.constantFrom('enterprise', 'institution', 'project'),
      industryCode: fc.constantFrom('65', '47', '06', '13'),
      address: fc.constantFrom('地址一', '地址二'),
      contactName: fc.constantFrom('赵六', '钱七'),
      contactPhone: fc.constantFrom('13812345678', '0571-87654321', '13900001111'),
      legalRepId: fc.constantFrom(citizenId('19800101', 11), citizenId('19800101', 12)),
      poolingRegion: fc.constantFrom('330100', '330106'),
      agencyId: fc.constantFrom(agencies.get('330106')!, agencies.get('330106001')!),
    };
    await fc.assert(
      fc.asyncProperty(fc.record(candidates, { requiredKeys: [] }), async (changes) => {
        const before = (await historyOf(employer.id)).length;
        const current = ok(await clerk.call('GET', `/api/registration/employers/${employer.id}`));
        const response = await clerk.call('PATCH', `/api/registration/employers/${employer.id}`, {
          version,
          changes,
          reason: '性质测试',
        });
        const after = await historyOf(employer.id);
        if (response.statusCode !== 200) {
          expect(response.json().code).toBe('employer_change_empty');
          return after.length === before;
        }
        version += 1;
        const updated = response.json();
        // Every field the detail shows (masked where personal) that now differs, the risk class included.
        const shown = (k: string) => (k === 'contactPhone' || k === 'legalRepId' ? `${k}Masked` : k);
        const expected = [...Object.keys(changes), 'riskClass']
          .filter((k) => String(current[shown(k)]) !== String(updated[shown(k)]))
          .sort();
        const newRows = after.slice(0, after.length - before);
        expect(newRows.map((r) => r.field).sort()).toEqual(expected);
        return newRows.length > 0 && new Set(newRows.map((r) => r.group)).size === 1;
      }),
      { numRuns: 20 },
    );
  });
});

describe('suspend, resume, cancel', () => {
  it('follows the transitions and keeps a status history', async () => {
    const employer = await register();
    const act = (action: string, version: number, extra: Record<string, unknown> = {}) =>
      clerk.call('POST', `/api/registration/employers/${employer.id}/${action}`, {
        version,
        reason: `${action}理由`,
        ...extra,
      });
    refused(await act('resume', 1), 'employer_status_invalid', 409);
    expect(ok(await act('suspend', 1, { effectiveOn: '2026-03-01' }))).toMatchObject({
      status: 'suspended',
      statusChangedOn: '2026-03-01',
      statusReason: 'suspend理由',
      version: 2,
    });
    refused(await act('suspend', 2), 'employer_status_invalid', 409);
    expect(ok(await act('resume', 2)).status).toBe('active');
    expect(ok(await act('cancel', 3)).status).toBe('cancelled');
    refused(await act('resume', 4), 'employer_cancelled', 409);
    refused(
      await clerk.call('PATCH', `/api/registration/employers/${employer.id}`, {
        version: 4,
        changes: { address: 'x' },
        reason: 'x',
      }),
      'employer_cancelled',
      409,
    );
    const statusRows = (await historyOf(employer.id)).filter((h) => h.field === 'status');
    expect(statusRows.map((h) => `${h.oldValue}→${h.newValue}`)).toEqual([
      'active→cancelled',
      'suspended→active',
      'active→suspended',
    ]);
  });

  it('refuses to cancel while an employee is active, and cancels once they left', async () => {
    const employer = await register();
    const { personId, employmentId } = await hire(employer.id, 101);
    refused(
      await clerk.call('POST', `/api/registration/employers/${employer.id}/cancel`, { version: 1, reason: '歇业' }),
      'employer_has_active_employees',
      409,
    );
    await t.ctx.db
      .updateTable('employments')
      .set({ status: 'ended', separated_on: '2026-03-01', separation_reason: 'resignation' })
      .where('person_id', '=', personId)
      .where('id', '=', employmentId)
      .execute();
    expect(
      ok(await clerk.call('POST', `/api/registration/employers/${employer.id}/cancel`, { version: 1, reason: '歇业' }))
        .status,
    ).toBe('cancelled');
  });
});

describe('reveal and scope', () => {
  it('reveals a personal value for a purpose, audited; refuses without the permission', async () => {
    const body = employerBody();
    const employer = ok(await clerk.call('POST', '/api/registration/employers', body), 201);
    const revealed = ok(
      await clerk.call('POST', `/api/registration/employers/${employer.id}/reveal`, {
        field: 'legalRepId',
        purpose: '核对法定代表人身份',
      }),
    );
    expect(revealed).toEqual({ value: body.legalRepId });
    expect(
      ok(
        await clerk.call('POST', `/api/registration/employers/${employer.id}/reveal`, {
          field: 'contactPhone',
          purpose: '电话回访',
        }),
      ),
    ).toEqual({ value: '13812345678' });
    refused(
      await clerk.call('POST', `/api/registration/employers/${employer.id}/reveal`, {
        field: 'bankAccount',
        purpose: '核对',
      }),
      'employer_field_empty',
      404,
    );
    refused(
      await clerk.call('POST', `/api/registration/employers/${employer.id}/reveal`, { field: 'legalRepId' }),
      'invalid_request',
      400,
    );
    refused(
      await approver.call('POST', `/api/registration/employers/${employer.id}/reveal`, {
        field: 'legalRepId',
        purpose: 'x',
      }),
      'forbidden',
      403,
    );
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['details', 'actor_name'])
      .where('action', '=', 'personal_data.reveal')
      .where('entity', '=', 'employer')
      .where('entity_id', '=', String(employer.id))
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => (a.details as { field: string; purpose: string }).purpose)).toEqual([
      '核对法定代表人身份',
      '电话回访',
    ]);
    expect(JSON.stringify(audit)).not.toContain(body.legalRepId);
  });

  it('keeps an employer of another agency out of the clerk’s reach', async () => {
    const employer = await register({ name: '宁波外地单位有限公司' });
    await t.ctx.db
      .updateTable('employers')
      .set({ agency_id: agencies.get('330200')! })
      .where('id', '=', employer.id)
      .execute();
    for (const [method, url, body] of [
      ['GET', `/api/registration/employers/${employer.id}`, undefined],
      ['GET', `/api/registration/employers/${employer.id}/view`, undefined],
      ['GET', `/api/registration/employers/${employer.id}/history`, undefined],
      ['PATCH', `/api/registration/employers/${employer.id}`, { version: 1, changes: { address: 'x' }, reason: 'x' }],
      ['POST', `/api/registration/employers/${employer.id}/suspend`, { version: 1, reason: 'x' }],
      ['POST', `/api/registration/employers/${employer.id}/reveal`, { field: 'legalRepId', purpose: 'x' }],
    ] as const)
      refused(await clerk.call(method, url, body), 'out_of_scope', 403);
    refused(await clerk.call('GET', '/api/registration/employers/999999'), 'employer_not_found', 404);
    const listed = ok(await clerk.call('GET', `/api/registration/employers?q=${encodeURIComponent('宁波外地')}`));
    expect(listed).toEqual({ items: [], total: 0 });
    // The province's supervisor sees it.
    const supervisor = await t.as('supervisor');
    expect(
      ok(await supervisor.call('GET', `/api/registration/employers?q=${encodeURIComponent('宁波外地')}`)).total,
    ).toBe(1);
  });
});

describe('listing', () => {
  it('finds by exact credit code, employer number, part of the name, and filters by status', async () => {
    const employer = await register({ name: '西湖龙井茶业有限公司', industryCode: '15' });
    const find = async (q: string, extra = '') =>
      ok(await clerk.call('GET', `/api/registration/employers?q=${encodeURIComponent(q)}${extra}`));
    expect((await find(employer.creditCode)).items.map((i: { id: number }) => i.id)).toEqual([employer.id]);
    expect((await find(employer.creditCode.toLowerCase())).items.map((i: { id: number }) => i.id)).toEqual([
      employer.id,
    ]);
    expect((await find(employer.employerNo)).items.map((i: { id: number }) => i.id)).toEqual([employer.id]);
    expect((await find('龙井茶')).items[0]).toMatchObject({ id: employer.id, riskClass: 3, status: 'active' });
    expect((await find('龙井茶', '&status=suspended')).total).toBe(0);
    expect((await find('100%_')).total).toBe(0);
    const page = ok(await clerk.call('GET', '/api/registration/employers?page=1&pageSize=2'));
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(2);
    refused(await clerk.call('GET', '/api/registration/employers?pageSize=101'), 'invalid_request', 400);
    // A NUL cannot reach PostgreSQL: refused as input, never a 500.
    refused(await clerk.call('GET', '/api/registration/employers?q=a%00b'), 'text_control_character', 400);
    refused(
      await clerk.call('POST', '/api/registration/employers', employerBody({ name: '甲\u0000乙' })),
      'text_control_character',
      400,
    );
  });
});

describe('employer 360 view', () => {
  it('shows the employer, head counts, certificates, documents and recent changes', async () => {
    const employer = await register();
    const { personId, employmentId } = await hire(employer.id, 201);
    const now = t.clock.now();
    await t.ctx.db
      .insertInto('enrolments')
      .values(
        (['pension', 'medical', 'work_injury'] as const).map((scheme) => ({
          person_id: personId,
          scheme,
          category: 'employee' as const,
          employer_id: employer.id,
          employment_id: employmentId,
          started_on: '2025-01-01',
          pooling_region: '330100',
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    ok(
      await clerk.call('POST', `/api/registration/employers/${employer.id}/certificates`, {
        kind: 'employer_registration',
      }),
      201,
    );
    ok(
      await clerk.call('PATCH', `/api/registration/employers/${employer.id}`, {
        version: 1,
        changes: { contactName: '孙八' },
        reason: '联系人变更',
      }),
    );
    const view = ok(await clerk.call('GET', `/api/registration/employers/${employer.id}/view`));
    expect(view.employer).toMatchObject({ id: employer.id, contactName: '孙八', version: 2 });
    expect(view.counts).toEqual({ activeEmployees: 1, enrolmentsByScheme: { pension: 1, medical: 1, work_injury: 1 } });
    expect(view.certificates).toHaveLength(1);
    expect(view.certificates[0]).toMatchObject({ kind: 'employer_registration', status: 'valid' });
    expect(view.documents).toHaveLength(1);
    expect(view.documents[0]).toMatchObject({ documentType: 'certificate', subjectKind: 'employer' });
    expect(view.openCases).toEqual([]);
    expect(view.recentChanges).toEqual([
      expect.objectContaining({ field: 'contactName', oldValue: '赵六', newValue: '孙八' }),
    ]);
    expect(JSON.stringify(view)).not.toContain('13812345678');
    // Reviewers read registrations too.
    expect(ok(await reviewer.call('GET', `/api/registration/employers/${employer.id}/view`)).employer.id).toBe(
      employer.id,
    );
  });
});
