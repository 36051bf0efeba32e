import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SECOND_CREDIT_CODE } from '../../src/demo/registration-demo.ts';
import { citizenIdCheckCharacter } from '../../src/kernel/citizen-id.ts';
import { systemActor } from '../../src/modules/audit/index.ts';
import { applyEmploymentBatch, type EmploymentRow } from '../../src/modules/registration/index.ts';
import { type Caller, ok, publicLogin, refused, type TestApp, testApp } from '../support/http.ts';

// TEST_START is Monday 2026-03-02 09:00 China time.
const DEMO_EMPLOYER = '91110000600037341L';
const ZHANG_SAN = '11010519491231002X';
const withCheck = (body: string) => body + citizenIdCheckCharacter(body);
const NEW_ID = withCheck('33010619930303011'); // male
const FLEX_ID = withCheck('33010619800808022'); // female
const TEEN_ID = withCheck('33010620120101033'); // male, 14 in 2026

let t: TestApp;
let clerk: Caller;
let employerHall: Caller;
let personHall: Caller;
let demoEmployerId: number;
let secondEmployerId: number;

async function employerId(creditCode: string): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('employers')
    .select('id')
    .where('credit_code', '=', creditCode)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function registerPerson(citizenId: string, name: string): Promise<number> {
  const body = ok(
    await clerk.call('POST', '/api/registration/persons', {
      citizenId,
      name,
      gender: genderOf(citizenId),
      birthDate: birthOf(citizenId),
    }),
    201,
  );
  return body.personId;
}

const genderOf = (id: string) => (Number(id[16]) % 2 === 1 ? 'male' : 'female');
const birthOf = (id: string) => `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;

async function personIdOf(citizenId: string): Promise<number> {
  const found = ok(await clerk.call('GET', `/api/registration/persons?citizenId=${citizenId}`));
  return found.items[0].personId;
}

async function openEnrolments(personId: number) {
  return t.ctx.db
    .selectFrom('enrolments')
    .selectAll()
    .where('person_id', '=', personId)
    .where('status', '<>', 'terminated')
    .orderBy('id')
    .execute();
}

beforeAll(async () => {
  t = await testApp();
  clerk = await t.as('clerk');
  employerHall = await publicLogin(t, 'employer', DEMO_EMPLOYER);
  personHall = await publicLogin(t, 'person', ZHANG_SAN);
  demoEmployerId = await employerId(DEMO_EMPLOYER);
  secondEmployerId = await employerId(DEMO_SECOND_CREDIT_CODE);
});
afterAll(() => t.dispose());

describe('demo registrations', () => {
  it('seeds both employers with employees, a flexible worker and the retired demo person', async () => {
    const active = ok(await clerk.call('GET', `/api/registration/employers/${demoEmployerId}/employees`));
    expect(active.total).toBe(6);
    expect(active.items[0].schemes).toEqual(['medical', 'pension', 'unemployment', 'work_injury']);
    expect(active.items[0].idMasked).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    const ended = ok(await clerk.call('GET', `/api/registration/employers/${secondEmployerId}/employees?status=ended`));
    expect(ended.items.map((i: { name: string }) => i.name).sort()).toEqual(['周强', '张三', '钱秀兰'].sort());
    const zhang = ended.items.find((i: { name: string }) => i.name === '张三');
    expect(zhang).toMatchObject({ hiredOn: '1988-07-01', separatedOn: '2000-01-01', separationReason: 'retirement' });
    const flexible = await t.ctx.db
      .selectFrom('enrolments')
      .select('scheme')
      .where('category', '=', 'flexible')
      .execute();
    expect(flexible.map((f) => f.scheme).sort()).toEqual(['medical', 'pension']);
  });

  it('does not seed twice', async () => {
    const { seedRegistrationDemo } = await import('../../src/demo/registration-demo.ts');
    expect(await seedRegistrationDemo(t.ctx)).toBe(false);
  });
});

describe('hire and separation at the window', () => {
  let personId: number;
  let employmentId: number;

  it('hires a registered person and enrols them in all four schemes', async () => {
    personId = await registerPerson(NEW_ID, '新员工');
    const body = ok(
      await clerk.call('POST', `/api/registration/persons/${personId}/employments`, {
        employerId: demoEmployerId,
        hiredOn: '2026-02-01',
      }),
      201,
    );
    employmentId = body.employment.id;
    expect(body.employment).toMatchObject({ hiredOn: '2026-02-01', status: 'active', sourceChannel: 'window' });
    expect(body.enrolments.map((e: { scheme: string }) => e.scheme).sort()).toEqual([
      'medical',
      'pension',
      'unemployment',
      'work_injury',
    ]);
    const events = await t.ctx.db
      .selectFrom('enrolment_events')
      .selectAll()
      .where('person_id', '=', personId)
      .execute();
    expect(events.map((e) => e.event)).toEqual(['started', 'started', 'started', 'started']);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'registration.hire')
      .where('entity_id', '=', String(personId))
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses the same hire again, an overlapping hire elsewhere, and a hire before the employer existed', async () => {
    const url = `/api/registration/persons/${personId}/employments`;
    refused(
      await clerk.call('POST', url, { employerId: demoEmployerId, hiredOn: '2026-02-10' }),
      'employment_already_active',
      409,
    );
    refused(
      await clerk.call('POST', url, { employerId: secondEmployerId, hiredOn: '2026-02-10' }),
      'employment_overlap',
      409,
    );
    const other = await registerPerson(withCheck('33010619910101044'), '早雇员');
    refused(
      await clerk.call('POST', `/api/registration/persons/${other}/employments`, {
        employerId: demoEmployerId,
        hiredOn: '2012-05-17',
      }),
      'employment_before_employer_founded',
      400,
    );
    refused(
      await clerk.call('POST', `/api/registration/persons/${other}/employments`, {
        employerId: demoEmployerId,
        hiredOn: '2026-04-02',
      }),
      'employment_hire_too_far_ahead',
      400,
    );
    refused(
      await clerk.call('POST', `/api/registration/persons/${other}/employments`, {
        employerId: demoEmployerId,
        hiredOn: '2026-02-30',
      }),
      'invalid_request',
      400,
    );
  });

  it('refuses a flexible enrolment while employed in that scheme', async () => {
    refused(
      await clerk.call('POST', `/api/registration/persons/${personId}/enrolments`, {
        scheme: 'pension',
        startedOn: '2026-02-15',
        poolingRegion: '330106',
      }),
      'enrolment_duplicate',
      409,
    );
  });

  it('refuses a separation on or before the hire date or in the future, then separates and closes the enrolments', async () => {
    const url = `/api/registration/persons/${personId}/employments/${employmentId}/separate`;
    refused(
      await clerk.call('POST', url, { separatedOn: '2026-02-01', reason: 'resignation' }),
      'separation_before_hire',
      400,
    );
    refused(
      await clerk.call('POST', url, { separatedOn: '2026-03-03', reason: 'resignation' }),
      'registration_date_in_future',
      400,
    );
    refused(await clerk.call('POST', url, { separatedOn: '2026-03-01', reason: 'death' }), 'invalid_request', 400);
    const body = ok(await clerk.call('POST', url, { separatedOn: '2026-03-01', reason: 'resignation' }));
    expect(body.employment).toMatchObject({
      status: 'ended',
      separatedOn: '2026-03-01',
      separationReason: 'resignation',
    });
    expect(
      body.enrolments.every(
        (e: { status: string; endedOn: string; statusReason: string }) =>
          e.status === 'terminated' && e.endedOn === '2026-03-01' && e.statusReason === 'separation',
      ),
    ).toBe(true);
    refused(
      await clerk.call('POST', url, { separatedOn: '2026-03-01', reason: 'resignation' }),
      'employment_not_active',
      409,
    );
    expect(await openEnrolments(personId)).toHaveLength(0);
  });

  it('lets a separated person be hired again from the separation date', async () => {
    ok(
      await clerk.call('POST', `/api/registration/persons/${personId}/employments`, {
        employerId: secondEmployerId,
        hiredOn: '2026-03-01',
        schemes: ['pension', 'medical'],
      }),
      201,
    );
    expect((await openEnrolments(personId)).map((e) => e.scheme).sort()).toEqual(['medical', 'pension']);
  });
});

describe('concurrent employment where the region allows it', () => {
  it('enrols the second job in work injury only, by default', async () => {
    await t.ctx.db
      .insertInto('registration_region_rules')
      .values({
        region_code: '330106',
        valid_from: '2026-01-01',
        allow_concurrent_employment: true,
        certificate_verify_months: 12,
      })
      .execute();
    const liMing = await personIdOf(withCheck('33010619850312001'));
    const url = `/api/registration/persons/${liMing}/employments`;
    // Before the rule took effect the region was strict.
    refused(
      await clerk.call('POST', url, { employerId: secondEmployerId, hiredOn: '2025-12-31' }),
      'employment_overlap',
      409,
    );
    refused(
      await clerk.call('POST', url, { employerId: secondEmployerId, hiredOn: '2026-02-01', schemes: ['pension'] }),
      'enrolment_duplicate',
      409,
    );
    const body = ok(await clerk.call('POST', url, { employerId: secondEmployerId, hiredOn: '2026-02-01' }), 201);
    expect(body.enrolments.map((e: { scheme: string }) => e.scheme)).toEqual(['work_injury']);
    const injury = (await openEnrolments(liMing)).filter((e) => e.scheme === 'work_injury');
    expect(injury.map((e) => e.employer_id).sort()).toEqual([demoEmployerId, secondEmployerId].sort());
    await t.ctx.db.deleteFrom('registration_region_rules').where('region_code', '=', '330106').execute();
  });
});

describe('flexible enrolment and status changes', () => {
  let personId: number;
  let pensionId: number;

  it('enrols a flexible worker in pension and refuses one under 16', async () => {
    personId = await registerPerson(FLEX_ID, '灵活工');
    const body = ok(
      await clerk.call('POST', `/api/registration/persons/${personId}/enrolments`, {
        scheme: 'pension',
        startedOn: '2025-01-01',
        poolingRegion: '330106',
      }),
      201,
    );
    pensionId = body.id;
    expect(body).toMatchObject({ scheme: 'pension', category: 'flexible', employer: null, status: 'active' });
    const teen = await registerPerson(TEEN_ID, '少年');
    refused(
      await clerk.call('POST', `/api/registration/persons/${teen}/enrolments`, {
        scheme: 'medical',
        startedOn: '2026-01-01',
        poolingRegion: '330106',
      }),
      'enrolment_under_minimum_age',
      400,
    );
    refused(
      await clerk.call('POST', `/api/registration/persons/${personId}/enrolments`, {
        scheme: 'unemployment',
        startedOn: '2026-01-01',
        poolingRegion: '330106',
      }),
      'invalid_request',
      400,
    );
  });

  it('suspends, resumes and terminates by the transition table', async () => {
    const url = (action: string) => `/api/registration/persons/${personId}/enrolments/${pensionId}/${action}`;
    refused(
      await clerk.call('POST', url('resume'), { effectiveOn: '2025-06-01', reason: '补缴' }),
      'enrolment_not_suspended',
      409,
    );
    ok(await clerk.call('POST', url('suspend'), { effectiveOn: '2025-06-01', reason: '中断缴费' }));
    refused(
      await clerk.call('POST', url('suspend'), { effectiveOn: '2025-07-01', reason: 'x' }),
      'enrolment_not_active',
      409,
    );
    refused(
      await clerk.call('POST', url('resume'), { effectiveOn: '2025-05-31', reason: '恢复' }),
      'enrolment_effective_before_last_change',
      400,
    );
    expect(ok(await clerk.call('POST', url('resume'), { effectiveOn: '2025-09-01', reason: '恢复缴费' })).status).toBe(
      'active',
    );
    const done = ok(await clerk.call('POST', url('terminate'), { effectiveOn: '2025-12-01', reason: '本人申请' }));
    expect(done).toMatchObject({ status: 'terminated', endedOn: '2025-12-01', statusReason: '本人申请' });
    refused(
      await clerk.call('POST', url('terminate'), { effectiveOn: '2025-12-01', reason: 'x' }),
      'enrolment_already_terminated',
      409,
    );
    const events = await t.ctx.db
      .selectFrom('enrolment_events')
      .select(['event', 'effective_on'])
      .where('person_id', '=', personId)
      .where('enrolment_id', '=', pensionId)
      .orderBy('id')
      .execute();
    expect(events.map((e) => `${e.event}@${e.effective_on}`)).toEqual([
      'started@2025-01-01',
      'suspended@2025-06-01',
      'resumed@2025-09-01',
      'terminated@2025-12-01',
    ]);
  });

  it('replaces an open flexible enrolment on hire (ended on the hire date, reason employed)', async () => {
    const medical = ok(
      await clerk.call('POST', `/api/registration/persons/${personId}/enrolments`, {
        scheme: 'medical',
        startedOn: '2026-01-01',
        poolingRegion: '330106',
      }),
      201,
    );
    ok(
      await clerk.call('POST', `/api/registration/persons/${personId}/employments`, {
        employerId: demoEmployerId,
        hiredOn: '2026-02-15',
      }),
      201,
    );
    const ended = await t.ctx.db
      .selectFrom('enrolments')
      .selectAll()
      .where('person_id', '=', personId)
      .where('id', '=', medical.id)
      .executeTakeFirstOrThrow();
    expect(ended).toMatchObject({ status: 'terminated', ended_on: '2026-02-15', status_reason: 'employed' });
    expect((await openEnrolments(personId)).map((e) => `${e.scheme}:${e.category}`).sort()).toEqual([
      'medical:employee',
      'pension:employee',
      'unemployment:employee',
      'work_injury:employee',
    ]);
  });
});

describe('death registration', () => {
  it('ends employments and enrolments the day after death and refuses later hires', async () => {
    const wang = await personIdOf(withCheck('33010619900718002'));
    const detail = ok(await clerk.call('GET', `/api/registration/persons/${wang}`));
    const url = `/api/registration/persons/${wang}/death`;
    refused(
      await clerk.call('POST', url, { version: detail.version, deathDate: '2026-03-03' }),
      'registration_date_in_future',
      400,
    );
    refused(
      await clerk.call('POST', url, { version: detail.version, deathDate: '2018-06-30' }),
      'death_before_employment_start',
      409,
    );
    refused(
      await clerk.call('POST', url, { version: detail.version + 1, deathDate: '2026-02-20' }),
      'registration_version_conflict',
      409,
    );
    const after = ok(await clerk.call('POST', url, { version: detail.version, deathDate: '2026-02-20' }));
    expect(after).toMatchObject({ status: 'deceased', deathDate: '2026-02-20' });
    const jobs = await t.ctx.db.selectFrom('employments').selectAll().where('person_id', '=', wang).execute();
    expect(jobs.map((j) => [j.status, j.separated_on, j.separation_reason])).toEqual([
      ['ended', '2026-02-21', 'death'],
    ]);
    const covers = await t.ctx.db.selectFrom('enrolments').selectAll().where('person_id', '=', wang).execute();
    expect(
      covers.every((c) => c.status === 'terminated' && c.ended_on === '2026-02-21' && c.status_reason === 'death'),
    ).toBe(true);
    const history = await t.ctx.db
      .selectFrom('person_changes')
      .select(['field', 'new_value', 'effective_on'])
      .where('person_id', '=', wang)
      .where('reason', '=', 'death')
      .execute();
    expect(history.map((h) => h.field).sort()).toEqual(['deathDate', 'status']);
    refused(
      await clerk.call('POST', url, { version: after.version, deathDate: '2026-02-20' }),
      'death_person_not_active',
      409,
    );
    refused(
      await clerk.call('POST', `/api/registration/persons/${wang}/employments`, {
        employerId: secondEmployerId,
        hiredOn: '2026-02-25',
      }),
      'employment_after_death',
      400,
    );
  });
});

describe('scope', () => {
  it('keeps a Ningbo employer out of a Xihu clerk’s reach', async () => {
    const ningbo = await t.ctx.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', '330200')
      .executeTakeFirstOrThrow();
    const { id } = await t.ctx.db
      .insertInto('employers')
      .values({
        employer_no: '33020000000001',
        credit_code: '91330200MA2AAAAAAX',
        identifier_index: 'ningbo-test',
        name: '宁波测试公司',
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
        agency_id: ningbo.id,
        founded_on: '2000-01-01',
        registered_on: '2000-01-01',
        status_reason: null,
        status_changed_on: null,
        case_id: null,
        created_at: new Date(),
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    refused(await clerk.call('GET', `/api/registration/employers/${id}/employees`), 'out_of_scope', 403);
    const zhao = await personIdOf(withCheck('33010619950609005'));
    refused(
      await clerk.call('POST', `/api/registration/persons/${zhao}/employments`, {
        employerId: id,
        hiredOn: '2026-02-01',
      }),
      'out_of_scope',
      403,
    );
  });
});

describe('employer self-service hall', () => {
  const NEWCOMER = withCheck('33010620010505055');

  it('lists my employees and refuses a person account', async () => {
    const list = ok(await employerHall.call('GET', '/api/hall/employer/employees?pageSize=2'));
    expect(list.items).toHaveLength(2);
    expect(list.total).toBeGreaterThanOrEqual(6);
    refused(await personHall.call('GET', '/api/hall/employer/employees'), 'forbidden', 403);
    refused(
      await personHall.call('POST', '/api/hall/employer/hires', { citizenId: NEWCOMER, hiredOn: '2026-03-01' }),
      'forbidden',
      403,
    );
  });

  it('reports a hire of an unregistered person: name required, derived fields cross-checked', async () => {
    const missing = refused(
      await employerHall.call('POST', '/api/hall/employer/hires', { citizenId: NEWCOMER, hiredOn: '2026-03-01' }),
      'employment_name_required',
      400,
    );
    expect(missing.details.field).toBe('name');
    refused(
      await employerHall.call('POST', '/api/hall/employer/hires', {
        citizenId: NEWCOMER,
        name: '新人',
        gender: 'female',
        hiredOn: '2026-03-01',
      }),
      'person_gender_mismatch',
      400,
    );
    refused(
      await employerHall.call('POST', '/api/hall/employer/hires', {
        citizenId: '330106200105050551',
        name: '新人',
        hiredOn: '2026-03-01',
      }),
      'person_citizen_id_invalid',
      400,
    );
    const body = ok(
      await employerHall.call('POST', '/api/hall/employer/hires', {
        citizenId: NEWCOMER.toLowerCase(),
        name: '新人',
        phone: '13600000055',
        hiredOn: '2026-03-01',
      }),
      201,
    );
    expect(body.employment).toMatchObject({ hiredOn: '2026-03-01', sourceChannel: 'web', status: 'active' });
    expect(body.enrolments).toHaveLength(4);
    const person = await t.ctx.db
      .selectFrom('persons')
      .selectAll()
      .where(
        'person_id',
        '=',
        (
          await t.ctx.db
            .selectFrom('employments')
            .select('person_id')
            .where('id', '=', body.employment.id)
            .executeTakeFirstOrThrow()
        ).person_id,
      )
      .executeTakeFirstOrThrow();
    expect(person).toMatchObject({
      name: '新人',
      gender: 'male',
      birth_date: '2001-05-05',
      source_channel: 'web',
      phone_masked: '136****0055',
    });
    expect(person.id_enc).not.toContain(NEWCOMER);
    const registered = await t.ctx.db
      .selectFrom('person_changes')
      .selectAll()
      .where('person_id', '=', person.person_id)
      .execute();
    expect(registered.map((r) => [r.field, r.new_value])).toEqual([['registered', 'web']]);
  });

  it('reports a separation by citizen ID; refuses one of a person not employed here', async () => {
    refused(
      await employerHall.call('POST', '/api/hall/employer/separations', {
        citizenId: withCheck('33010619970914006'),
        separatedOn: '2026-03-02',
        reason: 'resignation',
      }),
      'employment_not_employed_here',
      409,
    );
    const body = ok(
      await employerHall.call('POST', '/api/hall/employer/separations', {
        citizenId: withCheck('33010619920205003'),
        separatedOn: '2026-03-02',
        reason: 'contract_end',
      }),
    );
    expect(body.employment).toMatchObject({
      status: 'ended',
      separatedOn: '2026-03-02',
      separationReason: 'contract_end',
    });
    expect(body.enrolments.every((e: { status: string }) => e.status === 'terminated')).toBe(true);
  });
});

describe('the bulk batch', () => {
  const row = (line: number, over: Partial<EmploymentRow>): EmploymentRow => ({
    line,
    action: 'hire',
    citizenId: withCheck(`330106199001${String(line).padStart(2, '0')}10${line % 10}`),
    name: `批量${line}`,
    date: '2026-02-01',
    ...over,
  });

  async function counts() {
    const { rows } = await sql<{ p: number; e: number; n: number; v: number }>`
      SELECT (SELECT count(*) FROM persons)::int AS p, (SELECT count(*) FROM employments)::int AS e,
             (SELECT count(*) FROM enrolments)::int AS n, (SELECT count(*) FROM enrolment_events)::int AS v`.execute(
      t.ctx.db,
    );
    return rows[0]!;
  }

  it('returns every error of every row and writes nothing', async () => {
    const before = await counts();
    const rows: EmploymentRow[] = [
      row(2, {}),
      row(3, {
        citizenId: `${withCheck('33010619900103102').slice(0, 17)}${withCheck('33010619900103102').endsWith('0') ? '1' : '0'}`,
      }),
      row(4, { name: null }),
      row(5, { date: '2026-02-30', phone: '12345' }),
      row(2 + 4, { citizenId: row(2, {}).citizenId }),
      row(7, { action: 'separation', reason: null }),
      row(8, { birthDate: '1990-01-01' }),
      row(9, { date: '2000-01-01' }),
      row(10, { schemes: ['pension', 'pension'] }),
      row(11, { citizenId: withCheck('33010619850312001') }),
    ];
    const result = await t.ctx.db.transaction().execute((trx) =>
      applyEmploymentBatch(trx, t.ctx, systemActor, {
        employerId: demoEmployerId,
        rows,
        channel: 'import',
        importId: null,
      }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => `${e.line}:${e.field}:${e.code}`)).toEqual([
      '3:citizenId:person_citizen_id_invalid',
      '4:name:employment_name_required',
      '5:date:registration_calendar_date_invalid',
      '5:phone:batch_field_invalid',
      '6:citizenId:batch_duplicate_row',
      '7:reason:employment_separation_reason_required',
      '8:birthDate:person_birth_date_mismatch',
      '9:date:employment_before_employer_founded',
      '10:schemes:employment_schemes_duplicate',
      '11:citizenId:employment_already_active',
    ]);
    expect(result.errors.find((e) => e.line === 6)?.details).toEqual({ firstLine: 2 });
    expect(await counts()).toEqual(before);
  });

  it('dry-runs, then applies hires and separations with one audit entry and progress', async () => {
    const rows = [row(2, {}), row(3, {}), row(4, { schemes: ['pension', 'work_injury'] })];
    rows.push({
      line: 5,
      action: 'separation',
      citizenId: withCheck('33010619881120004'),
      date: '2026-03-01',
      reason: 'dismissal',
    });
    const before = await counts();
    const dry = await t.ctx.db.transaction().execute((trx) =>
      applyEmploymentBatch(trx, t.ctx, systemActor, {
        employerId: demoEmployerId,
        rows,
        channel: 'import',
        importId: null,
        dryRun: true,
      }),
    );
    expect(dry).toEqual({ ok: true, hires: 3, separations: 1, personsCreated: 3 });
    expect(await counts()).toEqual(before);
    const progress: Array<[number, number]> = [];
    const result = await t.ctx.db.transaction().execute((trx) =>
      applyEmploymentBatch(
        trx,
        t.ctx,
        { ...systemActor, name: 'batch test' },
        {
          employerId: demoEmployerId,
          rows,
          channel: 'import',
          importId: null,
          onProgress: (done, total) => progress.push([done, total]),
        },
      ),
    );
    expect(result).toEqual({ ok: true, hires: 3, separations: 1, personsCreated: 3 });
    expect(progress.at(-1)).toEqual([8, 8]);
    const after = await counts();
    expect(after.p - before.p).toBe(3);
    expect(after.e - before.e).toBe(3);
    expect(after.n - before.n).toBe(10);
    expect(after.v - before.v).toBe(10 + 4);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'registration.employment_batch')
      .where('actor_name', '=', 'batch test')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ hires: 3, separations: 1, personsCreated: 3, rows: 4 });
    const again = await t.ctx.db.transaction().execute((trx) =>
      applyEmploymentBatch(trx, t.ctx, systemActor, {
        employerId: demoEmployerId,
        rows: rows.slice(0, 1),
        channel: 'import',
        importId: null,
      }),
    );
    expect(again.ok ? [] : again.errors.map((e) => e.code)).toEqual(['employment_already_active']);
  });

  it('stores no citizen ID in clear', async () => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM persons p
       WHERE p::text LIKE '%' || ${NEW_ID} || '%' OR p::text LIKE '%33010619850312001%'`.execute(t.ctx.db);
    expect(rows[0]!.n).toBe(0);
  });

  it('refuses an unknown employer', async () => {
    await expect(
      t.ctx.db.transaction().execute((trx) =>
        applyEmploymentBatch(trx, t.ctx, systemActor, {
          employerId: 999_999,
          rows: [],
          channel: 'api',
          importId: null,
        }),
      ),
    ).rejects.toMatchObject({ code: 'employer_not_found' });
  });
});
