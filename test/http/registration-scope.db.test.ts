/**
 * Issue 14, items 2 and 15: scope cannot be escaped by an internal id, and every staff read of a
 * person (searches, lists, collection reads, case views) is in that person's access log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.ts';
import { citizenIdCheckCharacter } from '../../src/kernel/citizen-id.ts';
import { creditCodeCheckCharacter } from '../../src/kernel/credit-code.ts';
import { blindIndex, seal } from '../../src/kernel/sm-crypto.ts';
import { hashPassword } from '../../src/modules/auth/index.ts';
import { employerIndex, maskBankAccount, sealedCitizenId } from '../../src/modules/registration/index.ts';
import { type Caller, ok, publicLogin, refused, type TestApp, testApp } from '../support/http.ts';

// TEST_START is Monday 2026-03-02 09:00 China time.
const BASE = '/api/registration';
const DEMO_EMPLOYER = '91110000600037341L';
const LI_MING = '33010619850312001X';
const withCheck = (body: string) => body + citizenIdCheckCharacter(body);
/** A man registered in 宁波 (another city), formerly employed by a 宁波 employer. */
const NINGBO_ID = withCheck('33020319880808017');
const NINGBO_NAME = '甬城人';
const NINGBO_PHONE = '13655667788';
const NINGBO_BANK = '6222021234567890999';
const NINGBO_MASK = `${NINGBO_ID.slice(0, 6)}********${NINGBO_ID.slice(-4)}`;
const NINGBO_JOB = { hiredOn: '2010-03-01', separatedOn: '2020-06-30' };
const NINGBO_CREDIT_CODE = `91330203MA2BBBBBB${creditCodeCheckCharacter('91330203MA2BBBBBB')}`;
/** The demo flexible worker (吴静), in arrears since the demo's month close. */
const WU_JING = withCheck('33010619780101008');

let t: TestApp;
let clerk: Caller;
let demoEmployerId: number;
let ningbo: { personId: number; employerId: number; employmentId: number };

async function agencyId(code: string): Promise<number> {
  return (await t.ctx.db.selectFrom('agencies').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

async function personIdOf(citizenId: string): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('persons')
    .select('person_id')
    .where('id_index', '=', blindIndex(t.ctx.keys, `person:${citizenId}`))
    .executeTakeFirstOrThrow();
  return row.person_id;
}

/** A person account in the hall for `citizenId` (the demo has one for 李明 only). */
async function openHallAccount(citizenId: string, name: string, phone: string): Promise<void> {
  await t.ctx.db
    .insertInto('public_accounts')
    .values({
      kind: 'person',
      identifier_index: blindIndex(t.ctx.keys, `person:${citizenId}`),
      identifier_enc: seal(t.ctx.keys, citizenId),
      identifier_masked: `${citizenId.slice(0, 6)}********${citizenId.slice(-4)}`,
      display_name: name,
      phone_enc: seal(t.ctx.keys, phone),
      phone_masked: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      password_hash: await hashPassword(DEMO_PASSWORD),
      created_at: t.clock.now(),
    })
    .execute();
}

/** The 宁波 person with phone, bank account and an ended job at a 宁波 employer, straight in the tables. */
async function seedNingbo(): Promise<typeof ningbo> {
  const now = t.clock.now();
  const agency = await agencyId('330200');
  const person = await t.ctx.db
    .insertInto('persons')
    .values({
      ...sealedCitizenId(t.ctx.keys, NINGBO_ID),
      name: NINGBO_NAME,
      gender: 'male',
      birth_date: '1988-08-08',
      phone_enc: seal(t.ctx.keys, NINGBO_PHONE),
      phone_masked: '136****7788',
      bank_name: '宁波银行',
      bank_account_enc: seal(t.ctx.keys, NINGBO_BANK),
      bank_account_masked: maskBankAccount(NINGBO_BANK),
      address: '宁波市海曙区中山西路 1 号',
      agency_id: agency,
      source_channel: 'window',
      created_at: now,
      updated_at: now,
    })
    .returning('person_id')
    .executeTakeFirstOrThrow();
  const employer = await t.ctx.db
    .insertInto('employers')
    .values({
      employer_no: '33020300000001',
      credit_code: NINGBO_CREDIT_CODE,
      identifier_index: employerIndex(t.ctx.keys, NINGBO_CREDIT_CODE),
      name: '宁波港务公司',
      type: 'enterprise',
      industry_code: '65',
      risk_class: 1,
      legal_rep_name: '甲',
      legal_rep_id_enc: 'x',
      legal_rep_id_masked: 'x',
      address: '宁波',
      contact_name: '乙',
      contact_phone_enc: 'x',
      contact_phone_masked: 'x',
      bank_name: null,
      bank_account_enc: null,
      bank_account_masked: null,
      pooling_region: '330203',
      agency_id: agency,
      founded_on: '2000-01-01',
      registered_on: '2000-01-01',
      status_reason: null,
      status_changed_on: null,
      case_id: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const job = await t.ctx.db
    .insertInto('employments')
    .values({
      person_id: person.person_id,
      employer_id: employer.id,
      hired_on: NINGBO_JOB.hiredOn,
      separated_on: NINGBO_JOB.separatedOn,
      separation_reason: 'resignation',
      status: 'ended',
      source_channel: 'window',
      created_at: now,
      created_by_kind: 'system',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { personId: person.person_id, employerId: employer.id, employmentId: job.id };
}

/** Text holds nothing of the 宁波 record: no name, dates, masks or its employer (ids: `details` is checked). */
function expectNothingOfNingbo(body: string): void {
  for (const secret of [NINGBO_NAME, NINGBO_JOB.hiredOn, NINGBO_JOB.separatedOn, '1988-08-08', '宁波', '136****7788'])
    expect(body).not.toContain(secret);
}

beforeAll(async () => {
  t = await testApp();
  clerk = await t.as('clerk');
  demoEmployerId = (
    await t.ctx.db
      .selectFrom('employers')
      .select('id')
      .where('credit_code', '=', DEMO_EMPLOYER)
      .executeTakeFirstOrThrow()
  ).id;
  ningbo = await seedNingbo();
  await openHallAccount(NINGBO_ID, NINGBO_NAME, NINGBO_PHONE);
});
afterAll(() => t.dispose());

describe('a clerk of 西湖区 and a person registered in 宁波', () => {
  it('cannot hire, read, reveal or change them by internal id; every refusal is named and bare', async () => {
    const id = ningbo.personId;
    const hire = await clerk.call('POST', `${BASE}/persons/${id}/employments`, {
      employerId: demoEmployerId,
      hiredOn: '2026-02-01',
    });
    expect(refused(hire, 'employment_person_out_of_scope', 403).details).toBeNull();
    expectNothingOfNingbo(hire.body);
    const attempts = [
      clerk.call('GET', `${BASE}/persons/${id}`),
      clerk.call('GET', `${BASE}/persons/${id}/view`),
      clerk.call('GET', `${BASE}/persons/${id}/history`),
      clerk.call('POST', `${BASE}/persons/${id}/reveal`, { field: 'bankAccount', purpose: '核对' }),
      clerk.call('PATCH', `${BASE}/persons/${id}`, { version: 1, changes: { name: '改' }, reason: '越权' }),
      clerk.call('POST', `${BASE}/persons/${id}/death`, { version: 1, deathDate: '2026-02-01' }),
      clerk.call('POST', `${BASE}/persons/${id}/enrolments`, {
        scheme: 'pension',
        startedOn: '2026-02-01',
        poolingRegion: '330106',
      }),
      clerk.call('GET', `/api/ledger/persons/${id}/rights`),
    ];
    for (const answer of await Promise.all(attempts)) {
      expect(refused(answer, 'out_of_scope', 403).details).toBeNull();
      expectNothingOfNingbo(answer.body);
    }
    expect(ok(await clerk.call('GET', `${BASE}/persons?citizenId=${NINGBO_ID}`)).total).toBe(0);
    const jobs = await t.ctx.db.selectFrom('employments').select('id').where('person_id', '=', id).execute();
    expect(jobs).toHaveLength(1);
  });

  it('registering the 宁波 employer again is refused without its employer number', async () => {
    const again = await clerk.call('POST', `${BASE}/employers`, {
      creditCode: NINGBO_CREDIT_CODE,
      name: '宁波港务公司',
      type: 'enterprise',
      industryCode: '65',
      legalRepName: '王五',
      legalRepId: withCheck('33010619800101011'),
      address: '杭州市西湖区文三路1号',
      contactName: '赵六',
      contactPhone: '13812345678',
      poolingRegion: '330106',
      foundedOn: '2020-01-01',
    });
    expect(refused(again, 'employer_already_registered', 409).details).toBeNull();
    expect(again.body).not.toContain('33020300000001');
  });

  it('registering the same citizen ID again is refused without the other record’s id', async () => {
    const again = await clerk.call('POST', `${BASE}/persons`, {
      citizenId: NINGBO_ID,
      name: NINGBO_NAME,
      gender: 'male',
      birthDate: '1988-08-08',
    });
    expect(refused(again, 'person_already_registered', 409).details).toEqual({ idMasked: NINGBO_MASK });
  });

  it('hires by the full citizen ID; an overlap with the 宁波 job is refused without its ids or dates', async () => {
    const url = `${BASE}/employments`;
    const badCheck = NINGBO_ID.slice(0, 17) + (NINGBO_ID.endsWith('0') ? '1' : '0');
    const overlap = await clerk.call('POST', url, {
      citizenId: NINGBO_ID,
      employerId: demoEmployerId,
      hiredOn: '2020-06-01',
    });
    expect(refused(overlap, 'employment_overlap', 409).details).toEqual({ field: 'date' });
    expectNothingOfNingbo(overlap.body);
    refused(
      await clerk.call('POST', url, {
        citizenId: withCheck('33020319880808025'),
        employerId: demoEmployerId,
        hiredOn: '2026-02-01',
      }),
      'person_not_found',
      404,
    );
    refused(
      await clerk.call('POST', url, { citizenId: badCheck, employerId: demoEmployerId, hiredOn: '2026-02-01' }),
      'person_citizen_id_invalid',
      400,
    );
    const hired = ok(
      await clerk.call('POST', url, { citizenId: NINGBO_ID, employerId: demoEmployerId, hiredOn: '2026-02-01' }),
      201,
    );
    expect(hired.person).toEqual({ id: ningbo.personId, name: NINGBO_NAME, idMasked: NINGBO_MASK });
    expect(hired.employment).toMatchObject({ employerId: demoEmployerId, hiredOn: '2026-02-01', status: 'active' });
    expect(hired.enrolments).toHaveLength(4);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'registration.hire')
      .where('entity_id', '=', String(ningbo.personId))
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ employerId: demoEmployerId, namedBy: 'citizen_id' });
  });

  it('then sees only what the employment needs: no contact, residence or bank data, no 宁波 job', async () => {
    const id = ningbo.personId;
    const detail = ok(await clerk.call('GET', `${BASE}/persons/${id}`));
    expect(detail).toMatchObject({
      reach: 'employment',
      name: NINGBO_NAME,
      idMasked: NINGBO_MASK,
      phoneMasked: null,
      bankName: null,
      bankAccountMasked: null,
      address: null,
    });
    const view = ok(await clerk.call('GET', `${BASE}/persons/${id}/view`));
    expect(view.reach).toBe('employment');
    expect(view.person.bankAccountMasked).toBeNull();
    expect(view.employments.map((e: { employerId: number }) => e.employerId)).toEqual([demoEmployerId]);
    expect(view.enrolments.every((e: { employerId: number }) => e.employerId === demoEmployerId)).toBe(true);
    expect(view).toMatchObject({ openCases: [], documents: [], duplicateFlags: [], merges: [], recentChanges: [] });
    expectNothingOfNingbo(JSON.stringify(view.employments));
    expect(ok(await clerk.call('GET', `${BASE}/persons?citizenId=${NINGBO_ID}`)).total).toBe(1);
    for (const field of ['citizenId', 'phone', 'bankAccount'])
      refused(
        await clerk.call('POST', `${BASE}/persons/${id}/reveal`, { field, purpose: '核对' }),
        'out_of_scope',
        403,
      );
    refused(await clerk.call('GET', `${BASE}/persons/${id}/history`), 'out_of_scope', 403);
    refused(await clerk.call('GET', `/api/ledger/persons/${id}/rights`), 'out_of_scope', 403);
    refused(
      await clerk.call('POST', `${BASE}/persons/${id}/death`, { version: 1, deathDate: '2026-02-01' }),
      'out_of_scope',
      403,
    );
  });

  it('acts on that employment: suspends one of its enrolments and separates it', async () => {
    const id = ningbo.personId;
    const view = ok(await clerk.call('GET', `${BASE}/persons/${id}/view`));
    const injury = view.enrolments.find((e: { scheme: string }) => e.scheme === 'work_injury');
    ok(
      await clerk.call('POST', `${BASE}/persons/${id}/enrolments/${injury.id}/suspend`, {
        effectiveOn: '2026-02-15',
        reason: '停工留薪',
      }),
    );
    const job = view.employments[0];
    const separated = ok(
      await clerk.call('POST', `${BASE}/persons/${id}/employments/${job.id}/separate`, {
        separatedOn: '2026-03-01',
        reason: 'resignation',
      }),
    );
    expect(separated.employment.status).toBe('ended');
    refused(
      await clerk.call('POST', `${BASE}/persons/${id}/employments/${ningbo.employmentId}/separate`, {
        separatedOn: '2026-03-01',
        reason: 'resignation',
      }),
      'out_of_scope',
      403,
    );
  });

  it('shows the hire and the clerk’s reads in the person’s own access log, with the clerk’s agency', async () => {
    const hall = await publicLogin(t, 'person', NINGBO_ID);
    const log = ok(await hall.call('GET', '/api/hall/person/access-log'));
    const actions = log.items.map((i: { action: string }) => i.action);
    expect(actions).toEqual(
      expect.arrayContaining(['registration.hire', 'person.read', 'person.view', 'person.search']),
    );
    const hire = log.items.find((i: { action: string }) => i.action === 'registration.hire');
    expect(hire).toMatchObject({
      labelKey: 'changed_record',
      staffName: '王受理',
      agencyName: '西湖区社会保险管理服务中心',
    });
    // The refused attempts read nothing and are not shown as reads.
    expect(log.items.filter((i: { action: string }) => i.action === 'person.reveal')).toHaveLength(0);
  });
});

describe('every staff read of a person is in that person’s access log', () => {
  let liMing: Caller;
  let wuJing: Caller;
  let wuJingId: number;
  let liMingId: number;
  let orderId: number;

  beforeAll(async () => {
    liMing = await publicLogin(t, 'person', LI_MING);
    await openHallAccount(WU_JING, '吴静', '13700000008');
    wuJing = await publicLogin(t, 'person', WU_JING);
    [liMingId, wuJingId] = [await personIdOf(LI_MING), await personIdOf(WU_JING)];
    // Collection data to read: this month's declaration and bill of the demo employer (李明's line),
    // and the demo history's bills of 吴静, who never declared her base: assessed, unpaid, in arrears.
    ok(
      await clerk.call('POST', '/api/collection/declarations', {
        employerId: demoEmployerId,
        period: '202603',
        lines: [{ citizenId: LI_MING, wage: '8000.00' }],
      }),
      201,
    );
    // A suspected duplicate of 李明: same name and birth date, another ID.
    ok(
      await clerk.call('POST', `${BASE}/persons`, {
        citizenId: withCheck('33010219850312013'),
        name: '李明',
        gender: 'male',
        birthDate: '1985-03-12',
      }),
      201,
    );
    orderId = ok(
      await clerk.call('POST', '/api/collection/payment-orders', { personId: wuJingId, payBy: '2026-03-31' }),
      201,
    ).id;
    ok(
      await clerk.call('POST', '/api/collection/payments', {
        payer: { kind: 'flexible', personId: wuJingId },
        amount: '1.00',
        receivedOn: '2026-03-01',
        reference: 'scope-test-1',
      }),
      201,
    );
  });

  const count = async (who: Caller, action: string): Promise<number> => {
    const items: { action: string; labelKey: string }[] = [];
    for (let page = 1; ; page++) {
      const body = ok(await who.call('GET', `/api/hall/person/access-log?page=${page}`));
      items.push(...body.items);
      if (page * body.pageSize >= body.total) break;
    }
    return items.filter((i) => i.action === action).length;
  };

  const employerBill = async () =>
    (
      await t.ctx.db
        .selectFrom('bill_lines')
        .select('bill_id')
        .where('person_id', '=', liMingId)
        .orderBy('bill_id', 'desc')
        .executeTakeFirstOrThrow()
    ).bill_id;
  const flexibleBill = async () =>
    (
      await t.ctx.db
        .selectFrom('contribution_bills')
        .select('id')
        .where('person_id', '=', wuJingId)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
    ).id;
  const declaration = async () =>
    (
      await t.ctx.db
        .selectFrom('declaration_lines')
        .select('declaration_id')
        .where('person_id', '=', liMingId)
        .executeTakeFirstOrThrow()
    ).declaration_id;

  const reads: Array<[string, 'liMing' | 'wuJing', string, string, () => Promise<string>]> = [
    ['a search by name', 'liMing', 'person.search', 'found_in_search', async () => `${BASE}/persons?name=李`],
    [
      'the suspected duplicates',
      'liMing',
      'person.duplicates.list',
      'found_in_search',
      async () => `${BASE}/duplicates`,
    ],
    [
      'the employer’s employees',
      'liMing',
      'registration.employees.read',
      'viewed_record',
      async () => `${BASE}/employers/${demoEmployerId}/employees`,
    ],
    [
      'an employer bill’s lines',
      'liMing',
      'collection.bill.read',
      'viewed_contributions',
      async () => `/api/collection/bills/${await employerBill()}`,
    ],
    [
      'a declaration’s lines',
      'liMing',
      'collection.declaration.read',
      'viewed_contributions',
      async () => `/api/collection/declarations/${await declaration()}`,
    ],
    [
      'a flexible worker’s bills',
      'wuJing',
      'collection.bills.list',
      'viewed_contributions',
      async () => `/api/collection/bills?personId=${wuJingId}`,
    ],
    [
      'one of them',
      'wuJing',
      'collection.bill.read',
      'viewed_contributions',
      async () => `/api/collection/bills/${await flexibleBill()}`,
    ],
    [
      'the payments',
      'wuJing',
      'collection.payments.list',
      'viewed_contributions',
      async () => `/api/collection/payments?personId=${wuJingId}`,
    ],
    [
      'the arrears list',
      'wuJing',
      'collection.arrears.read',
      'viewed_contributions',
      async () => '/api/collection/arrears',
    ],
    [
      'the payment orders',
      'wuJing',
      'collection.payment_orders.list',
      'viewed_contributions',
      async () => '/api/collection/payment-orders',
    ],
    [
      'a payment order',
      'wuJing',
      'collection.payment_order.read',
      'viewed_contributions',
      async () => `/api/collection/payment-orders/${orderId}`,
    ],
    [
      'a payment order’s PDF',
      'wuJing',
      'collection.payment_order.print',
      'viewed_contributions',
      async () => `/api/collection/payment-orders/${orderId}/pdf`,
    ],
  ];

  it.each(reads)('%s', async (_name, whose, action, labelKey, url) => {
    const person = whose === 'liMing' ? liMing : wuJing;
    const other = whose === 'liMing' ? wuJing : liMing;
    const before = [await count(person, action), await count(other, action)];
    const response = await clerk.call('GET', await url());
    expect(response.statusCode, response.body).toBe(200);
    expect([await count(person, action), await count(other, action)]).toEqual([before[0]! + 1, before[1]]);
    const log = ok(await person.call('GET', '/api/hall/person/access-log'));
    expect(log.items[0]).toMatchObject({
      action,
      labelKey,
      staffName: '王受理',
      agencyName: '西湖区社会保险管理服务中心',
    });
  });

  it('records a list read once for the request, with one row per person shown', async () => {
    const page = ok(await clerk.call('GET', `${BASE}/employers/${demoEmployerId}/employees`));
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .select(['seq', 'entity', 'details'])
      .where('action', '=', 'registration.employees.read')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry.entity).toBe('employer');
    expect(entry.details).toMatchObject({ persons: page.items.length });
    const rows = await t.ctx.db
      .selectFrom('person_reads')
      .select('person_id')
      .where('audit_seq', '=', entry.seq)
      .execute();
    expect(rows.map((r) => r.person_id).sort()).toEqual(page.items.map((i: { personId: number }) => i.personId).sort());
  });

  it('records nothing for a list that shows no person', async () => {
    const before = await t.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(ok(await clerk.call('GET', `${BASE}/persons?name=无此人`)).total).toBe(0);
    const after = await t.ctx.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('shows a clerk’s view of the person’s case, and what the clerk did on it', async () => {
    const intake = ok(
      await clerk.call('POST', '/api/cases/intake', {
        channel: 'window',
        applicant: { identifierType: 'citizen_id', identifier: LI_MING, name: '李明' },
        items: [{ itemCode: 'registration-change', decision: 'receive' }],
        materials: [],
      }),
      201,
    );
    const caseId = intake.cases[0].id;
    const before = await count(liMing, 'case.read');
    ok(await clerk.call('GET', `/api/cases/${caseId}`));
    expect(await count(liMing, 'case.read')).toBe(before + 1);
    const log = ok(await liMing.call('GET', '/api/hall/person/access-log'));
    expect(log.items[0]).toMatchObject({ action: 'case.read', labelKey: 'viewed_case', staffName: '王受理' });
    expect(log.items.some((i: { labelKey: string }) => i.labelKey === 'handled_case')).toBe(true);
    // Another person's log is untouched by it.
    expect(JSON.stringify(ok(await wuJing.call('GET', '/api/hall/person/access-log')))).not.toContain('case.');
  });
});
