import fc from 'fast-check';
import { blindIndex, seal } from '../../src/kernel/sm-crypto.ts';
import { ensureEmployer } from '../fixtures/registration/imports.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.ts';
import { citizenIdCheckCharacter } from '../../src/kernel/citizen-id.ts';
import { hashPassword } from '../../src/modules/auth/index.ts';
import { sealedCitizenId } from '../../src/modules/registration/index.ts';
import { type Caller, ok, publicLogin, refused, type TestApp, testApp } from '../support/http.ts';

// TEST_START is Monday 2026-03-02 09:00 China time.
const BASE = '/api/registration';
let t: TestApp;
let clerk: Caller;
let reviewer: Caller;
let approver: Caller;

/** A valid 18-digit ID from the division, birth date (YYYYMMDD) and 3-digit sequence. */
function idOf(division: string, birth: string, sequence: string): string {
  const body = `${division}${birth}${sequence}`;
  return body + citizenIdCheckCharacter(body);
}

const register = (caller: Caller, body: Record<string, unknown>) => caller.call('POST', `${BASE}/persons`, body);

async function agencyId(code: string): Promise<number> {
  const row = await t.ctx.db.selectFrom('agencies').select('id').where('code', '=', code).executeTakeFirstOrThrow();
  return row.id;
}

/** An employer straight in the table (the employers part has its own tests). */
/** An employer of the clerk's agency (西湖区), straight in the table (the employers part has its own tests). */
async function insertEmployer(creditCode: string): Promise<number> {
  return (await ensureEmployer(t.ctx, creditCode, { name: `测试单位${creditCode.slice(-4)}` })).id;
}

beforeAll(async () => {
  t = await testApp();
  [clerk, reviewer, approver] = [await t.as('clerk'), await t.as('reviewer'), await t.as('approver')];
});
afterAll(() => t.dispose());

const WANG = idOf('330106', '19850315', '091'); // male
const WANG_PHONE = '13812345678';
const WANG_BANK = '6222 0212 3456 7890 123';

describe('registering a person', () => {
  let wangId: number;

  it('registers from the citizen ID: derived fields, masked values, the clerk’s agency', async () => {
    const body = ok(
      await register(clerk, {
        citizenId: WANG,
        name: '  王小明 ',
        gender: 'male',
        birthDate: '1985-03-15',
        hukouType: 'urban',
        hukouPlace: '330106',
        phone: WANG_PHONE,
        address: '杭州市西湖区文三路1号',
        bankName: '中国工商银行',
        bankAccount: WANG_BANK,
      }),
      201,
    );
    wangId = body.id;
    expect(body).toMatchObject({
      name: '王小明',
      gender: 'male',
      birthDate: '1985-03-15',
      idMasked: `330106********${WANG.slice(-4)}`,
      nationality: 'CHN',
      phoneMasked: '138****5678',
      bankAccountMasked: '6222 **** **** 0123',
      status: 'active',
      sourceChannel: 'window',
      agency: { id: await agencyId('330106') },
      version: 1,
      duplicateSuspects: [],
    });
    const history = ok(await clerk.call('GET', `${BASE}/persons/${wangId}/history`));
    expect(history.map((h: { field: string }) => h.field)).toEqual(['registered']);
  });

  it('refuses an ID with a bad checksum, and fields that disagree with the ID', async () => {
    const count = async () => (await t.ctx.db.selectFrom('persons').select('person_id').execute()).length;
    const personsBefore = await count();
    const bad = `${WANG.slice(0, 17)}${WANG[17] === '0' ? '1' : '0'}`;
    const base = { name: '李', gender: 'male', birthDate: '1985-03-15' };
    const invalid = refused(await register(clerk, { ...base, citizenId: bad }), 'person_citizen_id_invalid', 400);
    expect(invalid.details).toMatchObject({ field: 'citizenId', reason: 'bad_checksum' });
    const other = idOf('330106', '19850315', '093');
    refused(
      await register(clerk, { ...base, citizenId: other, birthDate: '1985-03-16' }),
      'person_birth_date_mismatch',
      400,
    );
    refused(await register(clerk, { ...base, citizenId: other, gender: 'female' }), 'person_gender_mismatch', 400);
    refused(await register(clerk, { ...base, citizenId: other, nationality: 'XXX' }), 'invalid_request', 400);
    refused(await register(clerk, { ...base, citizenId: other, phone: '12345' }), 'invalid_request', 400);
    refused(await register(clerk, { ...base, citizenId: other, name: '   ' }), 'text_blank', 400);
    expect(await count()).toBe(personsBefore);
  });

  it('upgrades a 15-digit ID and refuses the same person twice (in either form)', async () => {
    const body = ok(
      await register(clerk, { citizenId: '330106850315095', name: '赵六', gender: 'male', birthDate: '1985-03-15' }),
      201,
    );
    expect(body.idMasked).toBe('330106********0956');
    const revealed = ok(
      await clerk.call('POST', `${BASE}/persons/${body.id}/reveal`, { field: 'citizenId', purpose: '核对身份' }),
    );
    expect(revealed.value).toBe('330106198503150956');
    const again = refused(
      await register(clerk, { citizenId: '330106198503150956', name: '赵六', gender: 'male', birthDate: '1985-03-15' }),
      'person_already_registered',
      409,
    );
    expect(again.details).toEqual({ personId: body.id, idMasked: '330106********0956' });
    refused(
      await register(clerk, { citizenId: WANG.toLowerCase(), name: '王小明', gender: 'male', birthDate: '1985-03-15' }),
      'person_already_registered',
      409,
    );
  });

  it('flags a suspected duplicate (same name and birth date, another ID) without refusing', async () => {
    const other = idOf('330102', '19850315', '011');
    const body = ok(
      await register(clerk, { citizenId: other, name: '王小明', gender: 'male', birthDate: '1985-03-15' }),
      201,
    );
    expect(body.duplicateSuspects).toEqual([
      { flagId: expect.any(Number), personId: wangId, name: '王小明', idMasked: `330106********${WANG.slice(-4)}` },
    ]);
    const queue = ok(await clerk.call('GET', `${BASE}/duplicates?status=open`));
    expect(queue).toHaveLength(1);
    expect(queue[0]).toMatchObject({ person: { id: body.id }, other: { id: wangId }, status: 'open' });
    // Dismissing is a reviewer's decision, with a note.
    refused(
      await clerk.call('POST', `${BASE}/duplicates/${queue[0].id}/dismiss`, { note: '不同人' }),
      'forbidden',
      403,
    );
    refused(await reviewer.call('POST', `${BASE}/duplicates/${queue[0].id}/dismiss`, {}), 'invalid_request', 400);
    const dismissed = ok(
      await reviewer.call('POST', `${BASE}/duplicates/${queue[0].id}/dismiss`, { note: '核实为不同人' }),
    );
    expect(dismissed).toMatchObject({
      status: 'dismissed',
      resolutionNote: '核实为不同人',
      resolvedBy: { name: '李复核' },
    });
    refused(
      await reviewer.call('POST', `${BASE}/duplicates/${queue[0].id}/dismiss`, { note: '再次' }),
      'person_duplicate_not_open',
      409,
    );
    expect(ok(await clerk.call('GET', `${BASE}/duplicates?status=open`))).toEqual([]);
  });

  it('changes with one history row per changed field, masked, and checks the version', async () => {
    const before = ok(await clerk.call('GET', `${BASE}/persons/${wangId}`));
    const changed = ok(
      await clerk.call('PATCH', `${BASE}/persons/${wangId}`, {
        version: before.version,
        changes: { phone: '13900001111', address: '杭州市西湖区天目山路2号', name: '王小明' },
        reason: '本人申请变更联系方式',
      }),
    );
    expect(changed).toMatchObject({
      version: before.version + 1,
      phoneMasked: '139****1111',
      changedFields: ['phone', 'address'],
    });
    const history = ok(await clerk.call('GET', `${BASE}/persons/${wangId}/history`));
    expect(history.slice(0, 2)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'phone',
          oldValue: '138****5678',
          newValue: '139****1111',
          effectiveOn: '2026-03-02',
        }),
        expect.objectContaining({ field: 'address', reason: '本人申请变更联系方式', actorName: '王受理' }),
      ]),
    );
    refused(
      await clerk.call('PATCH', `${BASE}/persons/${wangId}`, {
        version: before.version,
        changes: { name: '王大明' },
        reason: '更名',
      }),
      'registration_version_conflict',
      409,
    );
    refused(
      await clerk.call('PATCH', `${BASE}/persons/${wangId}`, {
        version: changed.version,
        changes: { birthDate: '1985-03-16' },
        reason: '更正',
      }),
      'invalid_request',
      400,
    );
    refused(
      await clerk.call('PATCH', `${BASE}/persons/${wangId}`, {
        version: changed.version,
        changes: { name: '王大明' },
        reason: '更名',
        effectiveOn: '2026-03-03',
      }),
      'registration_date_in_future',
      400,
    );
  });

  it('property: every successful PATCH leaves one history row per changed field, none when nothing changed', async () => {
    const start = ok(await clerk.call('GET', `${BASE}/persons/${wangId}`));
    const model: Record<string, string | null> = {
      name: start.name,
      address: start.address,
      hukouType: start.hukouType,
      phone: '13900001111',
      bankAccount: WANG_BANK.replace(/\s/g, ''),
    };
    let version: number = start.version;
    const arb = fc.record(
      {
        name: fc.constantFrom('王小明', '王小敏'),
        address: fc.constantFrom(null, '杭州市西湖区天目山路2号', '杭州市上城区解放路8号'),
        hukouType: fc.constantFrom(null, 'urban', 'rural'),
        phone: fc.constantFrom(null, '13900001111', '13900005678', '13800005678'),
        bankAccount: fc.constantFrom(null, '6222021234567890123', '6217 0000 1111 2222 333'),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(arb, async (changes) => {
        const rowsBefore = await t.ctx.db
          .selectFrom('person_changes')
          .select('id')
          .where('person_id', '=', wangId)
          .execute();
        const response = await clerk.call('PATCH', `${BASE}/persons/${wangId}`, {
          version,
          changes,
          reason: '属性测试',
        });
        expect(response.statusCode, response.body).toBe(200);
        const expected = Object.entries(changes).filter(([field, value]) => {
          const normal = field === 'bankAccount' && value !== null ? value.replace(/\s/g, '') : value;
          return model[field] !== normal;
        });
        for (const [field, value] of expected)
          model[field] = field === 'bankAccount' && value !== null ? value.replace(/\s/g, '') : value;
        const rowsAfter = await t.ctx.db
          .selectFrom('person_changes')
          .select('id')
          .where('person_id', '=', wangId)
          .execute();
        expect(rowsAfter.length - rowsBefore.length).toBe(expected.length);
        const body = response.json();
        expect(body.version).toBe(expected.length === 0 ? version : version + 1);
        expect([...body.changedFields].sort()).toEqual(expected.map(([f]) => f).sort());
        version = body.version;
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('reveals the full values to staff with the permission, audited with the purpose', async () => {
    const current = ok(await clerk.call('GET', `${BASE}/persons/${wangId}`));
    const changes = { phone: '13900001111' };
    ok(
      await clerk.call('PATCH', `${BASE}/persons/${wangId}`, { version: current.version, changes, reason: '回访电话' }),
    );
    const phone = ok(
      await clerk.call('POST', `${BASE}/persons/${wangId}/reveal`, { field: 'phone', purpose: '电话回访' }),
    );
    expect(phone.value).toBe('13900001111');
    const id = ok(
      await clerk.call('POST', `${BASE}/persons/${wangId}/reveal`, { field: 'citizenId', purpose: '核对身份' }),
    );
    expect(id.value).toBe(WANG);
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'person.reveal')
      .where('entity_id', '=', String(wangId))
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      entity: 'person',
      actor_name: '王受理',
      details: { field: 'citizenId', purpose: '核对身份' },
    });
    refused(
      await approver.call('POST', `${BASE}/persons/${wangId}/reveal`, { field: 'phone', purpose: '好奇' }),
      'forbidden',
      403,
    );
    refused(await clerk.call('POST', `${BASE}/persons/${wangId}/reveal`, { field: 'phone' }), 'invalid_request', 400);
    refused(
      await clerk.call('POST', `${BASE}/persons/${wangId}/reveal`, { field: 'phone', purpose: '  ' }),
      'invalid_request',
      400,
    );
    const bare = ok(
      await register(clerk, {
        citizenId: idOf('330106', '19900101', '017'),
        name: '孙七',
        gender: 'male',
        birthDate: '1990-01-01',
      }),
      201,
    );
    refused(
      await clerk.call('POST', `${BASE}/persons/${bare.id}/reveal`, { field: 'bankAccount', purpose: '核对' }),
      'person_field_empty',
      404,
    );
  });

  it('keeps no plaintext ID, phone or bank account in persons, person_changes or the audit log', async () => {
    const secrets = [WANG, WANG_PHONE, '13900001111', WANG_BANK.replace(/\s/g, ''), '330106198503150956'];
    const persons = await sql<{ raw: string }>`SELECT row_to_json(p)::text AS raw FROM persons p`.execute(t.ctx.db);
    const changes = await sql<{ raw: string }>`SELECT row_to_json(c)::text AS raw FROM person_changes c`.execute(
      t.ctx.db,
    );
    const audit = await sql<{ raw: string }>`SELECT row_to_json(a)::text AS raw FROM audit_log a`.execute(t.ctx.db);
    expect(persons.rows.length).toBeGreaterThan(2);
    expect(changes.rows.length).toBeGreaterThan(3);
    for (const { raw } of [...persons.rows, ...changes.rows, ...audit.rows])
      for (const secret of secrets) expect(raw).not.toContain(secret);
    // The blind index finds the row without the number being stored.
    const row = await t.ctx.db
      .selectFrom('persons')
      .select(['id_index', 'id_enc'])
      .where('person_id', '=', wangId)
      .executeTakeFirstOrThrow();
    expect(row.id_index).toBe(sealedCitizenId(t.ctx.keys, WANG).id_index);
    expect(row.id_enc).not.toContain(WANG.slice(6, 14));
  });

  it('searches by ID (any form) and by name prefix, with paging', async () => {
    const byId = ok(await clerk.call('GET', `${BASE}/persons?citizenId=330106850315095`));
    expect(byId).toMatchObject({ total: 1, items: [{ name: '赵六', idMasked: '330106********0956' }] });
    const byName = ok(await clerk.call('GET', `${BASE}/persons?name=${encodeURIComponent('王小')}`));
    expect(byName.total).toBe(2);
    const paged = ok(await clerk.call('GET', `${BASE}/persons?name=${encodeURIComponent('王小')}&pageSize=1&page=2`));
    expect(paged.items).toHaveLength(1);
    expect(paged.total).toBe(2);
    const byBirth = ok(
      await clerk.call('GET', `${BASE}/persons?name=${encodeURIComponent('孙')}&birthDate=1990-01-01`),
    );
    expect(byBirth.total).toBe(1);
    expect(ok(await clerk.call('GET', `${BASE}/persons?name=${encodeURIComponent('%')}`)).total).toBe(0);
    refused(await clerk.call('GET', `${BASE}/persons?citizenId=123`), 'person_citizen_id_invalid', 400);
    expect(ok(await clerk.call('GET', `${BASE}/persons?citizenId=${idOf('330106', '19700101', '999')}`)).total).toBe(0);
  });

  it('opens the 360 view, audited as a read of personal data', async () => {
    const view = ok(await clerk.call('GET', `${BASE}/persons/${wangId}/view`));
    expect(view.person).toMatchObject({ id: wangId, idMasked: `330106********${WANG.slice(-4)}` });
    expect(view).toMatchObject({ enrolments: [], employments: [], openCases: [], documents: [], merges: [] });
    expect(view.duplicateFlags).toEqual([expect.objectContaining({ status: 'dismissed' })]);
    expect(view.recentChanges.length).toBeGreaterThan(0);
    expect(JSON.stringify(view)).not.toContain(WANG);
    const audited = await t.ctx.db
      .selectFrom('audit_log')
      .select('actor_name')
      .where('action', '=', 'person.view')
      .where('entity', '=', 'person')
      .where('entity_id', '=', String(wangId))
      .execute();
    expect(audited).toEqual([{ actor_name: '王受理' }]);
    refused(await clerk.call('GET', `${BASE}/persons/999999/view`), 'person_not_found', 404);
  });
});

describe('scope', () => {
  it('hides a person of another agency’s subtree unless employed by an employer in scope', async () => {
    const citizenId = idOf('330102', '19800808', '028');
    const now = t.clock.now();
    const { person_id: personId } = await t.ctx.db
      .insertInto('persons')
      .values({
        ...sealedCitizenId(t.ctx.keys, citizenId),
        name: '上城人',
        gender: 'female',
        birth_date: '1980-08-08',
        agency_id: await agencyId('330102'),
        source_channel: 'window',
        created_at: now,
        updated_at: now,
      })
      .returning('person_id')
      .executeTakeFirstOrThrow();
    refused(await clerk.call('GET', `${BASE}/persons/${personId}`), 'out_of_scope', 403);
    refused(await clerk.call('GET', `${BASE}/persons/${personId}/view`), 'out_of_scope', 403);
    refused(
      await clerk.call('PATCH', `${BASE}/persons/${personId}`, { version: 1, changes: { name: '改' }, reason: '越权' }),
      'out_of_scope',
      403,
    );
    expect(ok(await clerk.call('GET', `${BASE}/persons?citizenId=${citizenId}`)).total).toBe(0);
    // The approver works at the city agency, whose subtree includes 上城区.
    expect(ok(await approver.call('GET', `${BASE}/persons?citizenId=${citizenId}`)).total).toBe(1);

    const employerId = await insertEmployer('91330106MA00000001');
    await t.ctx.db
      .insertInto('employments')
      .values({
        person_id: personId,
        employer_id: employerId,
        hired_on: '2020-01-01',
        source_channel: 'window',
        created_at: now,
        created_by_kind: 'system',
      })
      .execute();
    expect(ok(await clerk.call('GET', `${BASE}/persons/${personId}`)).name).toBe('上城人');
    expect(ok(await clerk.call('GET', `${BASE}/persons?citizenId=${citizenId}`)).total).toBe(1);
    const view = ok(await clerk.call('GET', `${BASE}/persons/${personId}/view`));
    expect(view.employments).toEqual([
      expect.objectContaining({
        employer: expect.objectContaining({ id: employerId, creditCode: '91330106MA00000001' }),
        hiredOn: '2020-01-01',
        status: 'active',
      }),
    ]);
  });
});

describe('the insured person in the self-service hall', () => {
  const ZHENG = idOf('330106', '19920202', '048'); // female

  it('shows “not registered” until the agency registers the person, then the masked record', async () => {
    await t.ctx.db
      .insertInto('public_accounts')
      .values({
        kind: 'person',
        identifier_index: blindIndex(t.ctx.keys, `person:${ZHENG}`),
        identifier_enc: seal(t.ctx.keys, ZHENG),
        identifier_masked: '330106********0488',
        display_name: '郑一',
        phone_enc: seal(t.ctx.keys, '13600000001'),
        phone_masked: '136****0001',
        password_hash: await hashPassword(DEMO_PASSWORD),
        created_at: t.clock.now(),
      })
      .execute();
    const person = await publicLogin(t, 'person', ZHENG);
    expect(ok(await person.call('GET', '/api/hall/person/registration'))).toEqual({ registered: false });

    const registered = ok(
      await register(clerk, {
        citizenId: ZHENG,
        name: '郑一',
        gender: 'female',
        birthDate: '1992-02-02',
        phone: '13600000001',
      }),
      201,
    );
    const employerId = await insertEmployer('91330106MA00000002');
    const now = t.clock.now();
    const job = await t.ctx.db
      .insertInto('employments')
      .values({
        person_id: registered.id,
        employer_id: employerId,
        hired_on: '2025-01-01',
        source_channel: 'window',
        created_at: now,
        created_by_kind: 'system',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.ctx.db
      .insertInto('enrolments')
      .values({
        person_id: registered.id,
        scheme: 'pension',
        category: 'employee',
        employer_id: employerId,
        employment_id: job.id,
        started_on: '2025-01-01',
        pooling_region: '330100',
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((enrolment) =>
        t.ctx.db
          .insertInto('enrolment_events')
          .values({
            person_id: registered.id,
            enrolment_id: enrolment.id,
            event: 'started',
            effective_on: '2025-01-01',
            reason: 'hire',
            actor_kind: 'staff',
            actor_id: 1,
            actor_name: '某受理员',
            at: now,
          })
          .execute(),
      );

    const mine = ok(await person.call('GET', '/api/hall/person/registration'));
    expect(mine.enrolments[0].events).toEqual([{ event: 'started', effectiveOn: '2025-01-01', reason: 'hire' }]);
    expect(JSON.stringify(mine)).not.toContain('某受理员');
    expect(mine).toMatchObject({
      registered: true,
      person: {
        name: '郑一',
        idMasked: `330106********${ZHENG.slice(-4)}`,
        phoneMasked: '136****0001',
        status: 'active',
      },
      enrolments: [{ scheme: 'pension', employer: { id: employerId }, startedOn: '2025-01-01', status: 'active' }],
      employments: [{ employer: { id: employerId, name: '测试单位0002' }, hiredOn: '2025-01-01', status: 'active' }],
    });
    expect(mine.person.version).toBeUndefined();
    expect(JSON.stringify(mine)).not.toContain(ZHENG);

    const employer = await publicLogin(t, 'employer', '91110000600037341L');
    refused(await employer.call('GET', '/api/hall/person/registration'), 'forbidden', 403);
    refused(await clerk.call('GET', '/api/hall/person/registration'), 'forbidden', 403);
    refused(await t.anonymous('GET', '/api/hall/person/registration'), 'unauthenticated', 401);
  });
});
