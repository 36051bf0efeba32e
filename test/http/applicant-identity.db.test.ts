/**
 * Applicants are who the register says (issue 14, item 16): at the window a registered citizen ID
 * brings its name; another name is refused by name unless a reviewer authorised it with a reason;
 * only a case whose identity matched joins the holder's hall.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PUBLIC_ACCOUNTS } from '../../src/demo/demo-data.ts';
import { DEMO_SECOND_CREDIT_CODE } from '../../src/demo/registration-demo.ts';
import { citizenIdCheckCharacter } from '../../src/kernel/citizen-id.ts';
import { personIndex } from '../../src/modules/registration/index.ts';
import { ok, publicLogin, refused, testApp, type Caller, type TestApp } from '../support/http.ts';

// TEST_START is Monday 2026-03-02 09:00 China time.
let t: TestApp;
let clerk: Caller;
let reviewer: Caller;
let liMing: Caller;

const LI_MING = DEMO_PUBLIC_ACCOUNTS.find((a) => a.name === '李明')!.identifier;
const UNREGISTERED = (() => {
  const body = '11010519800101123';
  return body + citizenIdCheckCharacter(body);
})();

const intake = (applicant: Record<string, unknown>, caller = clerk) =>
  caller.call('POST', '/api/cases/intake', {
    channel: 'window',
    applicant: { identifierType: 'citizen_id', ...applicant },
    items: [{ itemCode: 'complaint', decision: 'receive' }],
    materials: [],
  });

async function myCaseNumbers(): Promise<string[]> {
  const page = ok(await liMing.call('GET', '/api/public/cases?pageSize=100'));
  return page.items.map((c: { caseNumber: string }) => c.caseNumber);
}

async function caseCount(): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('cases')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  t = await testApp();
  [clerk, reviewer] = [await t.as('clerk'), await t.as('reviewer')];
  liMing = await publicLogin(t, 'person', LI_MING);
});

afterAll(async () => {
  await t?.dispose();
});

describe('intake checks the applicant against the register', () => {
  it('refuses 张三 for 李明’s citizen ID by name, and nothing reaches 李明’s hall (issue 14)', async () => {
    const before = await caseCount();
    refused(await intake({ identifier: LI_MING, name: '张三' }), 'case_applicant_name_mismatch', 409);
    expect(await caseCount()).toBe(before);
    expect(await myCaseNumbers()).toEqual([]);
  });

  it('fills in the register’s name when none is typed, and the case joins 李明’s hall', async () => {
    const body = ok(await intake({ identifier: LI_MING }), 201);
    const detail = body.cases[0];
    expect(detail.applicant).toMatchObject({ name: '李明', kind: 'person', verified: true, nameOverride: null });
    expect(await myCaseNumbers()).toContain(detail.caseNumber);
  });

  it('takes the same name keyed in differently, under the register’s spelling', async () => {
    const detail = ok(await intake({ identifier: LI_MING.toLowerCase(), name: '李 明' }), 201).cases[0];
    expect(detail.applicant).toMatchObject({ name: '李明', verified: true });
  });

  it('checks an employer’s registered name too', async () => {
    const employer = { identifierType: 'credit_code', identifier: DEMO_SECOND_CREDIT_CODE };
    refused(await intake({ ...employer, name: '某某公司' }), 'case_applicant_name_mismatch', 409);
    const detail = ok(await intake({ ...employer, name: '杭州西湖机械厂' }), 201).cases[0];
    expect(detail.applicant).toMatchObject({ name: '杭州西湖机械厂', verified: true, kind: 'anonymous' });
  });

  it('needs a typed name for an identifier nobody registered; such a case joins no hall', async () => {
    refused(await intake({ identifier: UNREGISTERED }), 'case_applicant_name_required', 400);
    const detail = ok(await intake({ identifier: UNREGISTERED, name: '新参保' }), 201).cases[0];
    expect(detail.applicant).toMatchObject({ name: '新参保', verified: false, kind: 'anonymous' });
  });
});

describe('a reviewer’s override', () => {
  const grant = (caller: Caller, body: Record<string, unknown>) =>
    caller.call('POST', '/api/cases/applicant-name-overrides', {
      identifierType: 'citizen_id',
      identifier: LI_MING,
      name: '李敏',
      reason: '户籍已更名为李敏，更名登记在办',
      ...body,
    });

  it('lets one intake in under the document’s name, records who and why, and keeps it out of 李明’s hall', async () => {
    refused(await grant(clerk, {}), 'forbidden', 403);
    refused(await grant(reviewer, { name: '李明' }), 'case_name_override_needless', 400);
    refused(await grant(reviewer, { identifier: UNREGISTERED }), 'case_applicant_not_registered', 404);
    const granted = ok(await grant(reviewer, {}), 201);
    expect(granted).toMatchObject({ name: '李敏', registeredName: '李明' });

    // The override is for that name only.
    refused(await intake({ identifier: LI_MING, name: '张三' }), 'case_applicant_name_mismatch', 409);
    const detail = ok(await intake({ identifier: LI_MING, name: '李敏' }), 201).cases[0];
    expect(detail.applicant).toMatchObject({
      name: '李敏',
      kind: 'anonymous',
      publicAccountId: null,
      verified: false,
      nameOverride: { registeredName: '李明', reason: '户籍已更名为李敏，更名登记在办', grantedBy: expect.any(String) },
    });
    expect(await myCaseNumbers()).not.toContain(detail.caseNumber);
    // Used once.
    refused(await intake({ identifier: LI_MING, name: '李敏' }), 'case_applicant_name_mismatch', 409);

    const liMingId = (
      await t.ctx.db
        .selectFrom('persons')
        .select('person_id')
        .where('id_index', '=', personIndex(t.ctx.keys, LI_MING))
        .executeTakeFirstOrThrow()
    ).person_id;
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_name', 'details'])
      .where('action', '=', 'case.applicant_name_override')
      .where('entity', '=', 'person')
      .where('entity_id', '=', String(liMingId))
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ reason: '户籍已更名为李敏，更名登记在办' });
  });

  it('expires after a few hours', async () => {
    ok(await grant(reviewer, { name: '李闽' }), 201);
    t.clock.set(new Date(t.clock.now().getTime() + 5 * 3_600_000));
    [clerk] = [await t.as('clerk')];
    refused(await intake({ identifier: LI_MING, name: '李闽' }), 'case_applicant_name_mismatch', 409);
  });
});

describe('the register’s name for the intake form', () => {
  it('is shown to the clerk and the read is in 李明’s access log', async () => {
    clerk = await t.as('clerk');
    liMing = await publicLogin(t, 'person', LI_MING);
    const found = ok(
      await clerk.call('GET', `/api/cases/applicant-lookup?identifierType=citizen_id&identifier=${LI_MING}`),
    );
    expect(found).toEqual({ registered: true, name: '李明' });
    const none = ok(
      await clerk.call('GET', `/api/cases/applicant-lookup?identifierType=citizen_id&identifier=${UNREGISTERED}`),
    );
    expect(none).toEqual({ registered: false, name: null });
    const log = ok(await liMing.call('GET', '/api/hall/person/access-log'));
    expect(log.items[0]).toMatchObject({ action: 'person.read', labelKey: 'viewed_record' });
    refused(
      await liMing.call('GET', `/api/cases/applicant-lookup?identifierType=citizen_id&identifier=${LI_MING}`),
      'forbidden',
      403,
    );
  });
});
