import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PUBLIC_ACCOUNTS } from '../support/demo-credentials.ts';
import { callerFor, sessionCookie, testApp, type Caller, type TestApp } from '../support/http.ts';

let t: TestApp;
let clerk: Caller;
let supervisor: Caller;

const ANON_ID = 'E12345678';
const person = DEMO_PUBLIC_ACCOUNTS[0]!;

/** Moves the clock to 09:00 China time and logs the staff in again (sessions idle out after 30 minutes). */
async function at(day: string): Promise<void> {
  t.clock.set(new Date(`${day}T01:00:00Z`));
  clerk = await t.as('clerk');
  supervisor = await t.as('supervisor');
}

/** A window intake of one item by the clerk; 'accept' completes a one-step item at once. */
async function intake(
  itemCode: string,
  decision: 'accept' | 'receive',
  applicant: { identifierType: string; identifier: string; name: string } = {
    identifierType: 'other',
    identifier: ANON_ID,
    name: '匿名联系人',
  },
): Promise<string> {
  const response = await clerk.call('POST', '/api/cases/intake', {
    channel: 'window',
    applicant,
    items: [{ itemCode, decision }],
    materials: [],
  });
  if (response.statusCode !== 201) throw new Error(`intake failed: ${response.body}`);
  return response.json().cases[0].caseNumber;
}

const rate = (caseNumber: string, body: Record<string, unknown>, identifier = ANON_ID) =>
  t.anonymous('POST', '/api/public/ratings', { caseNumber, identifier, ...body });
const window = (overall: string, rest: Record<string, unknown> = {}) => ({
  channel: 'window',
  overall,
  efficiency: overall,
  competence: 'satisfied',
  attitude: overall,
  ...rest,
});

async function personCaller(): Promise<Caller> {
  const step = await t.anonymous('POST', '/api/public/login', {
    kind: person.kind,
    identifier: person.identifier,
    password: DEMO_PASSWORD,
  });
  const message = await t.ctx.db
    .selectFrom('messages')
    .select('body_zh')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const ok = await t.anonymous('POST', '/api/public/login/verify', {
    challenge: step.json().challenge,
    code: /(\d{6})/.exec(message.body_zh)![1],
  });
  return callerFor(t.app, sessionCookie(ok));
}

async function audits(action: string): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

beforeAll(async () => {
  t = await testApp();
  await at('2026-03-02');
});
afterAll(() => t.dispose());

const numbers: Record<string, string> = {};

describe('rating a case (好差评)', () => {
  it('opens cases to rate: finished ones and one still running', async () => {
    numbers.good = await intake('consultation', 'accept');
    numbers.poor = await intake('consultation', 'accept');
    numbers.open = await intake('unemployment-benefit', 'receive');
    numbers.mine = await intake('consultation', 'accept', {
      identifierType: 'citizen_id',
      identifier: person.identifier,
      name: person.name,
    });
    const detail = (await clerk.call('GET', `/api/cases/by-number/${numbers.good}`)).json();
    expect(detail.status).toBe('completed');
  });

  it.each([
    ['an unknown case number', () => rate('330106-20260302-99999', window('satisfied')), 'rating_case_not_found', 404],
    ['a wrong identifier', () => rate(numbers.good!, window('satisfied'), 'E99999999'), 'rating_case_not_found', 404],
    ['an unfinished case', () => rate(numbers.open!, window('satisfied')), 'rating_case_not_completed', 409],
    [
      'a window rating without its dimensions',
      () => rate(numbers.good!, { channel: 'window', overall: 'satisfied' }),
      'invalid_request',
      400,
    ],
    [
      'an online rating with window dimensions',
      () => rate(numbers.good!, { channel: 'online', overall: 'satisfied', attitude: 'satisfied' }),
      'invalid_request',
      400,
    ],
    ['a level that does not exist', () => rate(numbers.good!, window('great')), 'invalid_request', 400],
    [
      'a comment that is too long',
      () => rate(numbers.good!, { channel: 'online', overall: 'satisfied', comment: '长'.repeat(501) }),
      'invalid_request',
      400,
    ],
    [
      'a follow-up before any call-back',
      () => rate(numbers.good!, { ...window('satisfied'), kind: 'follow_up' }),
      'rating_follow_up_not_open',
      409,
    ],
  ])('refuses %s, and records nothing', async (_name, send, code, status) => {
    const response = await send();
    expect(response.json().code).toBe(code);
    expect(response.statusCode).toBe(status);
    const count = await t.ctx.db
      .selectFrom('ratings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('takes a good online rating once; no call-back task', async () => {
    const response = await rate(numbers.good!, { channel: 'online', overall: 'satisfied', comment: '办理很快' });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      kind: 'initial',
      channel: 'online',
      overall: 'satisfied',
      efficiency: null,
      poor: false,
      comment: '办理很快',
    });
    const twice = await rate(numbers.good!, window('very_satisfied'));
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('rating_already_given');
    expect((await supervisor.call('GET', '/api/callbacks')).json().total).toBe(0);
  });

  it('turns a window 差评 into a call-back task for the supervisors, with deadlines from the settings', async () => {
    const before = { rating: await audits('rating.create'), open: await audits('callback.open') };
    const response = await rate(numbers.poor!, window('dissatisfied', { comment: '等候时间太长' }));
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      channel: 'window',
      overall: 'dissatisfied',
      efficiency: 'dissatisfied',
      competence: 'satisfied',
      attitude: 'dissatisfied',
      poor: true,
    });
    expect(await audits('rating.create')).toBe(before.rating + 1);
    expect(await audits('callback.open')).toBe(before.open + 1);
    const list = (await supervisor.call('GET', '/api/callbacks?mine=true')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      caseNumber: numbers.poor,
      itemCode: 'consultation',
      itemName: { zh: '政策咨询' },
      agencyName: '西湖区社会保险管理服务中心',
      status: 'open',
      callbackDueOn: '2026-03-03',
      rectifyDueOn: '2026-03-23',
      deadlinesProvisional: false,
      callbackOverdue: false,
      assignees: [{ displayName: '刘监督' }],
      rating: { overall: 'dissatisfied', comment: '等候时间太长' },
      followUp: null,
    });
    numbers.task = String(list.items[0].id);
  });

  it('shows the applicant the rating and the call-back state', async () => {
    const view = await t.anonymous('POST', '/api/public/ratings/lookup', {
      caseNumber: numbers.poor,
      identifier: ANON_ID,
    });
    expect(view.json()).toMatchObject({
      caseNumber: numbers.poor,
      itemName: { zh: '政策咨询', en: 'Policy enquiry' },
      canRate: false,
      canRateFollowUp: false,
      initial: { overall: 'dissatisfied' },
      followUp: null,
      callback: { status: 'open', rectifiedAt: null },
    });
    const wrong = await t.anonymous('POST', '/api/public/ratings/lookup', {
      caseNumber: numbers.poor,
      identifier: 'E00000000',
    });
    expect(wrong.statusCode).toBe(404);
  });
});

describe('call-back and rectification (回访整改)', () => {
  const path = () => `/api/callbacks/${numbers.task}`;

  it('is kept to callback.handle', async () => {
    expect((await clerk.call('GET', '/api/callbacks')).json().code).toBe('forbidden');
    expect((await t.anonymous('GET', '/api/callbacks')).statusCode).toBe(401);
  });

  it('flags the call-back as late the day after its deadline', async () => {
    await at('2026-03-04');
    const task = (await supervisor.call('GET', path())).json();
    expect(task).toMatchObject({ callbackOverdue: true, rectifyOverdue: false });
    const overdue = (await supervisor.call('GET', '/api/callbacks?overdue=true')).json();
    expect(overdue.items.map((i: { id: number }) => i.id)).toEqual([Number(numbers.task)]);
  });

  it.each([
    ['rectify before the call-back', 'rectify', { note: '整改' }, 'callback_step_out_of_order', 409],
    ['close before the rectification', 'close', { note: '办结' }, 'callback_step_out_of_order', 409],
    ['a stale version', 'callback', { version: 99, result: 'reached', note: '回访' }, 'callback_version_conflict', 409],
    ['an unknown result', 'callback', { result: 'maybe', note: '回访' }, 'invalid_request', 400],
    ['an empty note', 'callback', { result: 'reached', note: ' ' }, 'invalid_request', 400],
  ])('refuses %s', async (_name, action, body, code, status) => {
    const task = (await supervisor.call('GET', path())).json();
    const response = await supervisor.call('POST', `${path()}/${action}`, { version: task.version, ...body });
    expect(response.json().code).toBe(code);
    expect(response.statusCode).toBe(status);
    expect((await supervisor.call('GET', path())).json()).toMatchObject({ status: 'open', version: task.version });
  });

  it('records call-backs, the rectification and the closing, each audited', async () => {
    let task = (await supervisor.call('GET', path())).json();
    const step = async (action: string, body: Record<string, unknown>) => {
      const response = await supervisor.call('POST', `${path()}/${action}`, { version: task.version, ...body });
      expect(response.statusCode, response.body).toBe(200);
      task = response.json();
    };
    await step('callback', { result: 'unreachable', note: '电话未接通' });
    expect(task).toMatchObject({ status: 'called_back', callbackResult: 'unreachable', callbackOverdue: false });
    const firstCall = task.calledBackAt;
    t.clock.advance(60_000);
    await step('callback', { result: 'reached', note: '已联系申请人，了解等候时间过长的原因' });
    expect(task).toMatchObject({ callbackResult: 'reached', calledBackAt: firstCall });
    await step('rectify', { note: '高峰时段增开咨询窗口，启用预约取号' });
    expect(task).toMatchObject({ status: 'rectified', rectificationNote: '高峰时段增开咨询窗口，启用预约取号' });
    await step('close', { note: '整改完成，已告知申请人' });
    expect(task.status).toBe('closed');
    expect(task.events.map((e: { kind: string }) => e.kind)).toEqual([
      'opened',
      'callback',
      'callback',
      'rectification',
      'closed',
    ]);
    expect(task.events[1]).toMatchObject({ staffName: '刘监督', result: 'unreachable', note: '电话未接通' });
    for (const action of ['callback.callback', 'callback.rectify', 'callback.close'])
      expect(await audits(action)).toBeGreaterThan(0);
    const again = await supervisor.call('POST', `${path()}/callback`, {
      version: task.version,
      result: 'reached',
      note: '再次回访',
    });
    expect(again.json().code).toBe('callback_step_out_of_order');
  });

  it('takes one follow-up rating after the task closed, and opens no new task even for a 差评', async () => {
    const view = (
      await t.anonymous('POST', '/api/public/ratings/lookup', { caseNumber: numbers.poor, identifier: ANON_ID })
    ).json();
    expect(view).toMatchObject({ canRateFollowUp: true, callback: { status: 'closed' } });
    const followUp = await rate(numbers.poor!, { kind: 'follow_up', channel: 'online', overall: 'dissatisfied' });
    expect(followUp.statusCode, followUp.body).toBe(201);
    expect(followUp.json()).toMatchObject({ kind: 'follow_up', poor: true });
    const again = await rate(numbers.poor!, { kind: 'follow_up', channel: 'online', overall: 'satisfied' });
    expect(again.json().code).toBe('rating_already_given');
    const tasks = (await supervisor.call('GET', '/api/callbacks')).json();
    expect(tasks.total).toBe(1);
    expect(tasks.items[0].followUp).toMatchObject({ overall: 'dissatisfied' });
    expect((await supervisor.call('GET', path())).json().events.at(-1)).toMatchObject({ kind: 'follow_up' });
  });
});

describe('the logged-in applicant', () => {
  it('rates their own case and no one else’s', async () => {
    const me = await personCaller();
    const others = await me.call('POST', '/api/me/ratings', {
      caseNumber: numbers.poor,
      channel: 'online',
      overall: 'satisfied',
    });
    expect(others.json().code).toBe('rating_case_not_found');
    const view = (await me.call('GET', `/api/me/ratings/${numbers.mine}`)).json();
    expect(view).toMatchObject({ canRate: true, initial: null });
    const mine = await me.call('POST', '/api/me/ratings', {
      caseNumber: numbers.mine,
      channel: 'online',
      overall: 'very_dissatisfied',
      comment: '材料要求说明不清楚',
    });
    expect(mine.statusCode, mine.body).toBe(201);
    const row = await t.ctx.db
      .selectFrom('ratings')
      .select(['rater_kind', 'public_account_id'])
      .where('case_number', '=', numbers.mine!)
      .executeTakeFirstOrThrow();
    expect(row.rater_kind).toBe('person');
    expect(row.public_account_id).not.toBeNull();
    expect((await supervisor.call('GET', '/api/callbacks?status=open')).json().total).toBe(1);
    // Staff routes stay closed to a public user.
    expect((await me.call('GET', '/api/callbacks')).statusCode).toBe(403);
  });
});

describe('scope, period and settings', () => {
  it('shows a task only inside the staff member’s agency subtree', async () => {
    const admin = await t.as('admin');
    const secofficer = await t.as('secofficer');
    const agencies = (await admin.call('GET', '/api/agencies')).json().items as Array<{ id: number; code: string }>;
    const sc = agencies.find((a) => a.code === '330102')!;
    const staff = (await admin.call('GET', '/api/staff?q=auditor')).json().items[0];
    const moved = await admin.call('PATCH', `/api/staff/${staff.id}`, { version: staff.version, agencyId: sc.id });
    expect(moved.statusCode, moved.body).toBe(200);
    const roles = (await secofficer.call('GET', '/api/roles')).json().items as Array<{
      code: string;
      permissions: string[];
    }>;
    const auditorRole = roles.find((r) => r.code === 'auditor')!;
    const granted = await secofficer.call('PUT', '/api/roles/auditor/permissions', {
      permissions: [...auditorRole.permissions, 'callback.handle'],
    });
    expect(granted.statusCode, granted.body).toBe(200);
    const auditor = await t.as('auditor');
    expect((await auditor.call('GET', '/api/callbacks')).json()).toEqual({ items: [], total: 0 });
    const task = await auditor.call('GET', `/api/callbacks/${numbers.task}`);
    expect(task.statusCode).toBe(403);
    expect(task.json().code).toBe('out_of_scope');
    const act = await auditor.call('POST', `/api/callbacks/${numbers.task}/close`, { version: 1, note: 'x' });
    expect(act.json().code).toBe('out_of_scope');
    expect((await auditor.call('GET', '/api/ratings')).json().total).toBe(0);
    expect((await supervisor.call('GET', '/api/ratings')).json().total).toBe(4);
    expect((await supervisor.call('GET', '/api/ratings?poor=true')).json().total).toBe(3);
    expect((await supervisor.call('GET', '/api/callbacks/999999')).json().code).toBe('callback_task_not_found');
  });

  it('changes the local deadlines for tasks opened afterwards, audited', async () => {
    expect((await supervisor.call('GET', '/api/evaluation/settings')).json()).toEqual({
      callbackDeadlineWorkdays: 1,
      rectifyDeadlineWorkdays: 15,
      ratingOpenDays: 30,
    });
    const bad = await supervisor.call('PUT', '/api/evaluation/settings', { rectifyDeadlineWorkdays: 0 });
    expect(bad.json().code).toBe('invalid_request');
    const before = await audits('evaluation.settings.update');
    const changed = await supervisor.call('PUT', '/api/evaluation/settings', {
      callbackDeadlineWorkdays: 2,
      rectifyDeadlineWorkdays: 10,
    });
    expect(changed.json()).toEqual({ callbackDeadlineWorkdays: 2, rectifyDeadlineWorkdays: 10, ratingOpenDays: 30 });
    expect(await audits('evaluation.settings.update')).toBe(before + 1);
    const clerkView = await clerk.call('PUT', '/api/evaluation/settings', { ratingOpenDays: 5 });
    expect(clerkView.statusCode).toBe(403);

    // Wednesday 4 March: call back by Friday 6, rectify by Wednesday 18.
    const number = await intake('consultation', 'accept');
    await rate(number, { channel: 'online', overall: 'very_dissatisfied' });
    const task = (await supervisor.call('GET', '/api/callbacks?status=open'))
      .json()
      .items.find((i: { caseNumber: string }) => i.caseNumber === number);
    expect(task).toMatchObject({ callbackDueOn: '2026-03-06', rectifyDueOn: '2026-03-18' });
    numbers.late = number;
  });

  it('closes rating the configured number of days after the case finished', async () => {
    await at('2026-03-02');
    const fresh = await intake('consultation', 'accept');
    await at('2026-04-02');
    const expired = await rate(fresh, window('satisfied'));
    expect(expired.statusCode).toBe(409);
    expect(expired.json().code).toBe('rating_period_over');
    await at('2026-04-01');
    expect((await rate(fresh, window('satisfied'))).statusCode).toBe(201);
  });
});
