import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.ts';
import { findCaseByNumber, verifyApplicant } from '../../src/modules/cases/index.ts';
import { qrPng } from '../../src/pdf/index.ts';
import { callerFor, publicLogin, sessionCookie, testApp, type Caller, type TestApp } from '../support/http.ts';
import { DEMO_EMPLOYER_CODE } from '../fixtures/registration/imports.ts';

// TEST_START is Monday 2026-03-02 09:00 China time.
const WALK_IN = { identifierType: 'citizen_id', identifier: '110105194912310038', name: '李四', phone: '13712345678' };
const ZHANG_SAN_ID = '11010519491231002X';

let t: TestApp;
let clerk: Caller;
let reviewer: Caller;
let approver: Caller;
let supervisor: Caller;
let person: Caller;
let hall: { id: number; windows: Map<string, number> };

function ok(response: LightMyRequestResponse, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

function refused(response: LightMyRequestResponse, code: string, status: number) {
  expect(response.json().code, response.body).toBe(code);
  expect(response.statusCode).toBe(status);
}

async function personLogin(): Promise<Caller> {
  const step = ok(
    await t.anonymous('POST', '/api/public/login', {
      kind: 'person',
      identifier: ZHANG_SAN_ID,
      password: DEMO_PASSWORD,
    }),
  );
  const sms = await t.ctx.db
    .selectFrom('messages')
    .select('body_zh')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow();
  const code = /(\d{6})/.exec(sms.body_zh)![1]!;
  const done = await t.anonymous('POST', '/api/public/login/verify', { challenge: step.challenge, code });
  return callerFor(t.app, sessionCookie(done));
}

/** Moves the clock and logs everyone in again (sessions idle out after 30 minutes). */
async function setDay(day: string): Promise<void> {
  t.clock.set(new Date(`${day}T01:00:00Z`));
  [clerk, reviewer, approver, supervisor] = [
    await t.as('clerk'),
    await t.as('reviewer'),
    await t.as('approver'),
    await t.as('supervisor'),
  ];
  person = await personLogin();
}

let uploads = 0;
/** Uploads a small PNG through the archive module's endpoint; returns its upload id. */
async function upload(caller: Caller): Promise<string> {
  uploads += 1;
  const png = await qrPng(`material ${uploads}`);
  const boundary = `----shebao${uploads}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="scan${uploads}.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    png,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/uploads',
    headers: {
      cookie: caller.cookie,
      'x-csrf-token': caller.csrf,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload,
  });
  return ok(response, 201).uploadId;
}

async function received(caller: Caller, ...codes: string[]) {
  const list = [];
  for (const code of codes) list.push({ code, uploadId: await upload(caller) });
  return list;
}

async function counts() {
  const n = async (table: 'cases' | 'case_bundles' | 'case_notices' | 'audit_log' | 'messages') =>
    Number(
      (
        await t.ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  return {
    cases: await n('cases'),
    bundles: await n('case_bundles'),
    notices: await n('case_notices'),
    audit: await n('audit_log'),
    messages: await n('messages'),
  };
}

function pdfText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-slip-'));
  try {
    fs.writeFileSync(path.join(dir, 'slip.pdf'), bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'slip.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  t = await testApp();
  await setDay('2026-03-02');
  const points = ok(await clerk.call('GET', '/api/service-points')).items as Array<{
    id: number;
    name: string;
    windows: Array<{ id: number; number: string }>;
  }>;
  const xh = points.find((p) => p.name === '西湖区社保服务大厅')!;
  hall = { id: xh.id, windows: new Map(xh.windows.map((w) => [w.number, w.id])) };
});
afterAll(() => t.dispose());

describe('window intake with a material to follow (容缺受理), the slip, and the stopped clock', () => {
  let caseId = 0;
  let caseNumber = '';

  it('accepts with the bank card missing, stops the clock, and issues the slip on screen, by SMS and as a PDF', async () => {
    const body = ok(
      await clerk.call('POST', '/api/cases/intake', {
        channel: 'window',
        servicePointId: hall.id,
        windowId: hall.windows.get('01'),
        applicant: WALK_IN,
        items: [{ itemCode: 'unemployment-benefit', decision: 'accept' }],
        materials: await received(clerk, 'id_card', 'termination_proof'),
        supplyDeadline: '2026-03-09',
      }),
      201,
    );
    const created = body.cases[0];
    caseId = created.id;
    caseNumber = created.caseNumber;
    expect(caseNumber).toMatch(/^330106-20260302-\d{5}$/);
    expect(created).toMatchObject({
      status: 'waiting_materials',
      slaState: 'paused',
      acceptedOn: '2026-03-02',
      dueOn: '2026-03-09',
      pausedSince: '2026-03-02',
      supplyDeadline: '2026-03-09',
      channel: 'window',
      windowId: hall.windows.get('01'),
      owner: { displayName: '王受理' },
      applicant: { kind: 'anonymous', identifierMasked: '110105********0038', phoneMasked: '137****5678' },
      nextStep: { code: 'review' },
    });
    expect(created.materials.map((m: { code: string; status: string }) => [m.code, m.status])).toEqual([
      ['id_card', 'received'],
      ['termination_proof', 'received'],
      ['bank_card', 'missing'],
    ]);
    expect(created.materials[0].document.archiveNo).toMatch(/^330106-2026-D30-\d{6}$/);
    // The notice: same text on screen, in the outbox, and in the PDF.
    const notice = body.notice;
    expect(notice).toMatchObject({ kind: 'acceptance_with_missing', caseNumbers: [caseNumber] });
    for (const text of [
      caseNumber,
      '容缺受理',
      '社会保障卡',
      '补正期限：请于2026年03月09日前',
      '首问负责人：王受理',
      '西湖区社保服务大厅 01号窗口',
    ])
      expect(notice.textZh).toContain(text);
    const sms = await t.ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('correlation', '=', `bundle:${created.bundleId}`)
      .executeTakeFirstOrThrow();
    expect(sms).toMatchObject({ channel: 'sms', recipient_masked: '137****5678', body_zh: notice.textZh });
    expect(sms.recipient_enc).not.toContain('13712345678');
    const pdf = await clerk.call('GET', `/api/case-notices/${notice.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(caseNumber);
    expect(text).toContain('社会保障卡');
    expect(text).toContain('一次性告知单');
    // Personal data is sealed at rest.
    const raw = await t.ctx.db.selectFrom('cases').selectAll().where('id', '=', caseId).executeTakeFirstOrThrow();
    expect(JSON.stringify(raw)).not.toContain('110105194912310038');
    expect(JSON.stringify(raw)).not.toContain('13712345678');
  });

  it('refuses a step while the clock stands, then restarts it when the material arrives two days later', async () => {
    const before = ok(await reviewer.call('GET', `/api/cases/${caseId}`));
    refused(
      await reviewer.call('POST', `/api/cases/${caseId}/steps/review`, { version: before.version, decision: 'pass' }),
      'case_waiting_materials',
      409,
    );
    await setDay('2026-03-04');
    const after = ok(
      await clerk.call('POST', `/api/cases/${caseId}/materials`, {
        version: before.version,
        materials: await received(clerk, 'bank_card'),
      }),
    );
    // Paused Mon → Wed: Tue and Wed do not count; 5 working days from Wed: Thu … next Wed.
    expect(after).toMatchObject({
      status: 'in_progress',
      slaState: 'on_track',
      pausedWorkdays: 2,
      pausedSince: null,
      dueOn: '2026-03-11',
      remainingWorkdays: 5,
      nextStep: { code: 'review' },
    });
    expect(after.history.map((h: { event: string }) => h.event)).toEqual([
      'received',
      'accepted_with_missing',
      'notice_issued',
      'materials_received',
      'resumed',
    ]);
  });

  it('supplying a material that is not awaited is refused and changes nothing', async () => {
    const detail = ok(await clerk.call('GET', `/api/cases/${caseId}`));
    const before = await counts();
    refused(
      await clerk.call('POST', `/api/cases/${caseId}/materials`, {
        version: detail.version,
        materials: await received(clerk, 'bank_card'),
      }),
      'case_material_not_missing',
      409,
    );
    refused(
      await clerk.call('POST', `/api/cases/${caseId}/materials`, {
        version: detail.version,
        materials: await received(clerk, 'passport'),
      }),
      'case_material_unknown',
      400,
    );
    expect((await counts()).cases).toBe(before.cases);
    expect(ok(await clerk.call('GET', `/api/cases/${caseId}`)).version).toBe(detail.version);
  });

  it('the reviewer completes it within the promise and the applicant is told', async () => {
    const detail = ok(await reviewer.call('GET', `/api/cases/${caseId}`));
    const done = ok(
      await reviewer.call('POST', `/api/cases/${caseId}/steps/review`, {
        version: detail.version,
        decision: 'pass',
        outcomeNote: '失业保险金按月发放。',
      }),
    );
    expect(done).toMatchObject({
      status: 'completed',
      slaState: 'closed',
      finishedWithinPromise: true,
      decision: { outcome: 'approved', by: { displayName: '李复核' } },
    });
    expect(await findCaseByNumber(t.ctx.db, caseNumber)).toMatchObject({
      id: caseId,
      itemCode: 'unemployment-benefit',
      status: 'completed',
      applicantKind: 'anonymous',
    });
    const messages = await t.ctx.db
      .selectFrom('messages')
      .select('body_zh')
      .where('correlation', '=', `case:${caseNumber}`)
      .execute();
    expect(
      messages.some((m) => m.body_zh.includes('已办结。办理结果：失业保险金按月发放。欢迎对本次服务作出评价。')),
    ).toBe(true);
  });

  it('lets the anonymous applicant follow it with the case number and their ID, and nobody else', async () => {
    const progress = ok(
      await t.anonymous('POST', '/api/public/cases/lookup', { caseNumber, identifier: WALK_IN.identifier }),
    );
    expect(progress).toMatchObject({
      caseNumber,
      status: 'completed',
      applicant: { identifierMasked: '110105********0038' },
    });
    expect(JSON.stringify(progress)).not.toContain('110105194912310038');
    expect(progress.notices[0].textZh).toContain('社会保障卡');
    refused(
      await t.anonymous('POST', '/api/public/cases/lookup', { caseNumber, identifier: ZHANG_SAN_ID }),
      'case_not_found',
      404,
    );
    refused(
      await t.anonymous('POST', '/api/public/cases/lookup', {
        caseNumber: '330106-20260302-99999',
        identifier: WALK_IN.identifier,
      }),
      'case_not_found',
      404,
    );
    expect(await verifyApplicant(t.ctx, caseNumber, WALK_IN.identifier)).toMatchObject({ caseNumber });
    expect(await verifyApplicant(t.ctx, caseNumber, ZHANG_SAN_ID)).toBeNull();
  });
});

describe('workflow order and maker-checker', () => {
  async function acceptedRetirement(): Promise<{ id: number; version: number; caseNumber: string }> {
    const body = ok(
      await clerk.call('POST', '/api/cases/intake', {
        channel: 'window',
        applicant: WALK_IN,
        items: [{ itemCode: 'retirement', decision: 'accept' }],
        materials: [...(await received(clerk, 'id_card', 'retirement_application', 'bank_card'))],
      }),
      201,
    );
    expect(body.notice).toBeNull();
    return body.cases[0];
  }

  it('refuses a step out of order, a step without its permission, and a refusal without a reason', async () => {
    const c = await acceptedRetirement();
    expect(c).toMatchObject({ status: 'in_progress' });
    refused(
      await approver.call('POST', `/api/cases/${c.id}/steps/approve`, { version: c.version, decision: 'pass' }),
      'case_step_out_of_order',
      409,
    );
    refused(
      await approver.call('POST', `/api/cases/${c.id}/steps/review`, { version: c.version, decision: 'pass' }),
      'case_step_permission_missing',
      403,
    );
    refused(
      await reviewer.call('POST', `/api/cases/${c.id}/steps/review`, { version: c.version, decision: 'refuse' }),
      'case_reason_required',
      400,
    );
    refused(
      await reviewer.call('POST', `/api/cases/${c.id}/steps/review`, { version: c.version + 5, decision: 'pass' }),
      'case_version_conflict',
      409,
    );
    const unchanged = ok(await reviewer.call('GET', `/api/cases/${c.id}`));
    expect(unchanged.version).toBe(c.version);
    expect(unchanged.steps.filter((s: { done: unknown }) => s.done).length).toBe(1);
  });

  it('refuses the same person reviewing what they accepted (the item separates the steps)', async () => {
    // The clerk also holds the reviewer role in this test; the rule is about the person, not the role.
    const clerkId = (
      await t.ctx.db.selectFrom('staff').select('id').where('username', '=', 'clerk').executeTakeFirstOrThrow()
    ).id;
    await t.ctx.db
      .insertInto('staff_roles')
      .values({ staff_id: clerkId, role_code: 'reviewer', granted_by: null, granted_at: new Date() })
      .execute();
    try {
      clerk = await t.as('clerk');
      const c = await acceptedRetirement();
      const before = await counts();
      refused(
        await clerk.call('POST', `/api/cases/${c.id}/steps/review`, { version: c.version, decision: 'pass' }),
        'case_separated_steps_same_person',
        409,
      );
      expect(await counts()).toEqual(before);
    } finally {
      await t.ctx.db
        .deleteFrom('staff_roles')
        .where('staff_id', '=', clerkId)
        .where('role_code', '=', 'reviewer')
        .execute();
      clerk = await t.as('clerk');
    }
  });

  it('runs accept → review → approve with three people and records a refusal the applicant sees', async () => {
    const c = await acceptedRetirement();
    const reviewed = ok(
      await reviewer.call('POST', `/api/cases/${c.id}/steps/review`, {
        version: c.version,
        decision: 'pass',
        comment: '材料齐全',
      }),
    );
    expect(reviewed.nextStep).toMatchObject({ code: 'approve' });
    refused(
      await reviewer.call('POST', `/api/cases/${c.id}/steps/approve`, { version: reviewed.version, decision: 'pass' }),
      'case_step_permission_missing',
      403,
    );
    const refusedCase = ok(
      await approver.call('POST', `/api/cases/${c.id}/steps/approve`, {
        version: reviewed.version,
        decision: 'refuse',
        reason: '未达到法定退休年龄',
      }),
    );
    expect(refusedCase).toMatchObject({
      status: 'refused',
      decision: { outcome: 'refused', reason: '未达到法定退休年龄', by: { displayName: '张审批' } },
      finishedWithinPromise: true,
    });
    expect(
      refusedCase.steps.map((s: { done: { staff: { displayName: string } } }) => s.done.staff.displayName),
    ).toEqual(['王受理', '李复核', '张审批']);
    refused(
      await approver.call('POST', `/api/cases/${c.id}/steps/approve`, {
        version: refusedCase.version,
        decision: 'pass',
      }),
      'case_closed',
      409,
    );
    const progress = ok(
      await t.anonymous('POST', '/api/public/cases/lookup', {
        caseNumber: c.caseNumber,
        identifier: WALK_IN.identifier,
      }),
    );
    expect(progress.decision).toMatchObject({ outcome: 'refused', reason: '未达到法定退休年龄' });
    expect(progress.messages.some((m: { bodyZh: string }) => m.bodyZh.includes('不予批准'))).toBe(true);
  });

  it('hands a case over with a reason; only the owner or a supervisor may', async () => {
    const c = await acceptedRetirement();
    const reviewerId = (
      await t.ctx.db.selectFrom('staff').select('id').where('username', '=', 'reviewer').executeTakeFirstOrThrow()
    ).id;
    refused(
      await reviewer.call('POST', `/api/cases/${c.id}/hand-over`, {
        version: c.version,
        toStaffId: reviewerId,
        reason: '轮岗',
      }),
      'case_not_owner',
      403,
    );
    const admin = (
      await t.ctx.db.selectFrom('staff').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()
    ).id;
    refused(
      await clerk.call('POST', `/api/cases/${c.id}/hand-over`, {
        version: c.version,
        toStaffId: admin,
        reason: '轮岗',
      }),
      'case_staff_not_eligible',
      400,
    );
    // The clerk has no staff.read, yet is offered exactly the staff who may take the case over.
    const candidates = ok(await clerk.call('GET', `/api/cases/${c.id}/hand-over-candidates`)).items as Array<{
      id: number;
      displayName: string;
    }>;
    expect(candidates.map((s) => s.displayName)).toContain('李复核');
    expect(candidates.map((s) => s.id)).not.toContain(admin);
    expect(candidates.map((s) => s.displayName)).not.toContain('王受理');
    const handed = ok(
      await clerk.call('POST', `/api/cases/${c.id}/hand-over`, {
        version: c.version,
        toStaffId: reviewerId,
        reason: '本人休假，移交复核岗',
      }),
    );
    expect(handed.owner).toMatchObject({ displayName: '李复核' });
    expect(handed.handOvers).toEqual([
      expect.objectContaining({
        from: expect.objectContaining({ displayName: '王受理' }),
        to: expect.objectContaining({ displayName: '李复核' }),
        by: expect.objectContaining({ displayName: '王受理' }),
        reason: '本人休假，移交复核岗',
      }),
    ]);
  });

  it('assigns the reviewer, who asks for a material again (补正): the clock stops and a slip says why', async () => {
    const c = await acceptedRetirement();
    const reviewerId = (
      await t.ctx.db.selectFrom('staff').select('id').where('username', '=', 'reviewer').executeTakeFirstOrThrow()
    ).id;
    const assigned = ok(
      await clerk.call('POST', `/api/cases/${c.id}/assign`, { version: c.version, staffId: reviewerId }),
    );
    expect(assigned.assignee).toEqual({ id: reviewerId, displayName: '李复核' });
    const asked = ok(
      await reviewer.call('POST', `/api/cases/${c.id}/request-materials`, {
        version: assigned.version,
        materials: [{ code: 'bank_card', reason: '银行卡号无法识别，请重新提供' }],
        supplyDeadline: '2026-03-13',
      }),
    );
    expect(asked.case).toMatchObject({ status: 'waiting_materials', slaState: 'paused', supplyDeadline: '2026-03-13' });
    expect(asked.case.materials).toContainEqual(
      expect.objectContaining({
        code: 'bank_card',
        status: 'missing',
        reason: '银行卡号无法识别，请重新提供',
        document: null,
      }),
    );
    expect(asked.notice).toMatchObject({ kind: 'supplement_request', caseNumbers: [c.caseNumber] });
    expect(asked.notice.textZh).toContain('银行卡号无法识别');
  });
});

describe('one-stop: a bundle of cases with one set of materials and one slip', () => {
  it('opens two cases in one intake, shares the ID card, and restarts both clocks with one bank card', async () => {
    await setDay('2026-03-05');
    const body = ok(
      await clerk.call('POST', '/api/cases/intake', {
        channel: 'window',
        servicePointId: hall.id,
        applicant: WALK_IN,
        items: [
          { itemCode: 'unemployment-benefit', decision: 'accept' },
          { itemCode: 'retirement', decision: 'accept' },
        ],
        materials: await received(clerk, 'id_card', 'termination_proof', 'retirement_application'),
      }),
      201,
    );
    const [unemployment, retirement] = body.cases;
    expect(unemployment.bundleId).toBe(retirement.bundleId);
    const idCard = (c: { materials: Array<{ code: string; document: { id: number } }> }) =>
      c.materials.find((m) => m.code === 'id_card')!.document.id;
    expect(idCard(unemployment)).toBe(idCard(retirement));
    expect(body.notice.caseNumbers).toEqual([unemployment.caseNumber, retirement.caseNumber]);
    expect(body.notice.textZh).toContain('一、失业保险金申领');
    expect(body.notice.textZh).toContain('二、职工基本养老保险退休待遇申领');
    expect([unemployment.status, retirement.status]).toEqual(['waiting_materials', 'waiting_materials']);
    // Default supply deadline: 5 working days after Thursday 2026-03-05 (the setting).
    expect(unemployment.supplyDeadline).toBe('2026-03-12');
    const bundle = ok(await clerk.call('GET', `/api/case-bundles/${unemployment.bundleId}`));
    expect(bundle.cases.map((c: { id: number }) => c.id)).toEqual([unemployment.id, retirement.id]);

    const supplied = ok(
      await clerk.call('POST', `/api/cases/${unemployment.id}/materials`, {
        version: unemployment.version,
        materials: await received(clerk, 'bank_card'),
      }),
    );
    expect(supplied.status).toBe('in_progress');
    const other = ok(await clerk.call('GET', `/api/cases/${retirement.id}`));
    expect(other).toMatchObject({ status: 'in_progress', pausedWorkdays: 0, dueOn: '2026-03-19' });
    expect(other.materials.find((m: { code: string }) => m.code === 'bank_card').document.id).toBe(
      supplied.materials.find((m: { code: string }) => m.code === 'bank_card').document.id,
    );
  });
});

describe('declining to accept (不予受理)', () => {
  it('declines with a written reason and a slip listing the missing required material', async () => {
    const body = ok(
      await clerk.call('POST', '/api/cases/intake', {
        channel: 'window',
        applicant: WALK_IN,
        items: [
          { itemCode: 'maternity-benefit', decision: 'decline', reason: '缺少出生医学证明，且不属于本统筹地区参保' },
        ],
        materials: await received(clerk, 'id_card'),
      }),
      201,
    );
    const c = body.cases[0];
    expect(c).toMatchObject({
      status: 'declined',
      decision: { outcome: 'declined', reason: '缺少出生医学证明，且不属于本统筹地区参保' },
    });
    expect(body.notice.kind).toBe('decline');
    expect(body.notice.textZh).toContain('不予受理理由：缺少出生医学证明');
    expect(body.notice.textZh).toContain('出生医学证明');
    const pdf = pdfText((await clerk.call('GET', `/api/case-notices/${body.notice.id}/pdf`)).rawPayload);
    expect(pdf).toContain(c.caseNumber);
  });

  it('declines a received online application later, with a slip', async () => {
    const applied = ok(
      await person.call('POST', '/api/public/cases', {
        itemCode: 'person-registration',
        agencyId: (
          await t.ctx.db.selectFrom('agencies').select('id').where('code', '=', '330106').executeTakeFirstOrThrow()
        ).id,
        materials: await received(person, 'id_card'),
      }),
      201,
    );
    const c = ok(await clerk.call('GET', `/api/cases/by-number/${applied.caseNumber}`));
    refused(
      await clerk.call('POST', `/api/cases/${c.id}/decline`, { version: c.version, reason: '   ' }),
      'invalid_request',
      400,
    );
    const declined = ok(
      await clerk.call('POST', `/api/cases/${c.id}/decline`, { version: c.version, reason: '已在其他统筹地区参保' }),
    );
    expect(declined.case.status).toBe('declined');
    expect(declined.notice.textZh).toContain('已在其他统筹地区参保');
    refused(
      await clerk.call('POST', `/api/cases/${c.id}/accept`, { version: declined.case.version }),
      'case_not_received',
      409,
    );
  });
});

describe('bad input changes nothing', () => {
  const base = async () => ({
    channel: 'window',
    applicant: WALK_IN,
    items: [{ itemCode: 'unemployment-benefit', decision: 'accept' }],
    materials: await received(clerk, 'id_card', 'termination_proof'),
  });
  it.each([
    [
      'an unknown item',
      async () => ({ ...(await base()), items: [{ itemCode: 'no-such-item', decision: 'accept' }] }),
      'catalog_item_not_found',
      404,
    ],
    [
      'a channel the item does not offer',
      async () => ({ ...(await base()), channel: 'phone' }),
      'catalog_channel_not_offered',
      400,
    ],
    [
      'a material not in the checklist',
      async () => ({ ...(await base()), materials: await received(clerk, 'id_card', 'termination_proof', 'passport') }),
      'case_material_unknown',
      400,
    ],
    [
      'accepting with a required material missing',
      async () => ({ ...(await base()), materials: await received(clerk, 'id_card') }),
      'case_required_material_missing',
      409,
    ],
    [
      'a supply deadline in the past',
      async () => ({ ...(await base()), supplyDeadline: '2026-03-01' }),
      'case_deadline_in_past',
      400,
    ],
    [
      'declining without a reason',
      async () => ({ ...(await base()), items: [{ itemCode: 'unemployment-benefit', decision: 'decline' }] }),
      'case_reason_required',
      400,
    ],
    [
      'the same item twice',
      async () => ({
        ...(await base()),
        items: [
          { itemCode: 'unemployment-benefit', decision: 'accept' },
          { itemCode: 'unemployment-benefit', decision: 'receive' },
        ],
      }),
      'case_item_duplicate',
      400,
    ],
    [
      'waiving a required material',
      async () => ({ ...(await base()), materials: [{ code: 'id_card', status: 'waived', note: '免' }] }),
      'case_material_not_waivable',
      400,
    ],
    [
      'an invalid citizen ID',
      async () => ({ ...(await base()), applicant: { ...WALK_IN, identifier: '110105194912310039' } }),
      'invalid_citizen_id',
      400,
    ],
    [
      'a window of another hall',
      async () => ({ ...(await base()), servicePointId: hall.id, windowId: 999999 }),
      'case_window_invalid',
      400,
    ],
    ['an agency outside my subtree', async () => ({ ...(await base()), agencyId: 1 }), 'out_of_scope', 403],
    ['an unknown field', async () => ({ ...(await base()), priority: 'high' }), 'invalid_request', 400],
    [
      'a third party’s upload',
      async () => ({
        ...(await base()),
        materials: [...(await received(person, 'id_card')), ...(await received(clerk, 'termination_proof'))],
      }),
      'upload_not_found',
      404,
    ],
  ])('refuses %s', async (_name, makeBody, code, status) => {
    const body = await makeBody();
    const before = await counts();
    refused(await clerk.call('POST', '/api/cases/intake', body), code, status);
    expect(await counts()).toEqual(before);
  });

  it('refuses an online application for an item without the web channel, and staff routes for applicants', async () => {
    const agencyId = (
      await t.ctx.db.selectFrom('agencies').select('id').where('code', '=', '330106').executeTakeFirstOrThrow()
    ).id;
    const before = await counts();
    refused(
      await person.call('POST', '/api/public/cases', { itemCode: 'back-payment', agencyId, materials: [] }),
      'catalog_channel_not_offered',
      400,
    );
    expect(await counts()).toEqual(before);
    refused(await person.call('GET', '/api/cases'), 'forbidden', 403);
    refused(await t.anonymous('GET', '/api/public/cases'), 'unauthenticated', 401);
  });
});

describe('the applicant online: apply, follow, supply, hear the outcome', () => {
  it('lists the open agencies an application may go to, without logging in', async () => {
    const agencies = ok(await t.anonymous('GET', '/api/public/case-agencies')).items;
    expect(agencies).toContainEqual(expect.objectContaining({ code: '330106', parentId: expect.any(Number) }));
  });

  it('applies, is accepted with the bank account to follow, supplies it online, and is told the outcome', async () => {
    await setDay('2026-03-06');
    const agencyId = (
      await t.ctx.db.selectFrom('agencies').select('id').where('code', '=', '330106').executeTakeFirstOrThrow()
    ).id;
    const employer = await publicLogin(t, 'employer', DEMO_EMPLOYER_CODE);
    const applied = ok(
      await employer.call('POST', '/api/public/cases', {
        itemCode: 'employer-registration',
        agencyId,
        materials: await received(employer, 'business_licence', 'legal_rep_id'),
      }),
      201,
    );
    expect(applied).toMatchObject({ status: 'received', slaState: 'not_started', channel: 'web', owner: null });
    const mine = ok(await employer.call('GET', '/api/public/cases'));
    expect(mine.items.map((c: { caseNumber: string }) => c.caseNumber)).toContain(applied.caseNumber);

    const c = ok(await clerk.call('GET', `/api/cases/by-number/${applied.caseNumber}`));
    expect(c.applicant).toMatchObject({ kind: 'employer', name: '杭州示范科技有限公司' });
    const accepted = ok(
      await clerk.call('POST', `/api/cases/${c.id}/accept`, { version: c.version, supplyDeadline: '2026-03-09' }),
    );
    expect(accepted.case).toMatchObject({ status: 'waiting_materials', owner: { displayName: '王受理' } });
    expect(accepted.notice.textZh).toContain('单位银行结算账户信息');

    const waiting = ok(await employer.call('GET', `/api/public/cases/${applied.caseNumber}`));
    expect(waiting).toMatchObject({ status: 'waiting_materials', supplyDeadline: '2026-03-09' });
    expect(waiting.notices[0].textZh).toContain('单位银行结算账户信息');
    const slip = await employer.call(
      'GET',
      `/api/public/cases/${applied.caseNumber}/notices/${waiting.notices[0].id}/pdf`,
    );
    expect(pdfText(slip.rawPayload)).toContain(applied.caseNumber);
    expect(waiting.messages.some((m: { bodyZh: string }) => m.bodyZh.includes('一次性告知单'))).toBe(true);

    const supplied = ok(
      await employer.call('POST', `/api/public/cases/${applied.caseNumber}/materials`, {
        materials: await received(employer, 'bank_account'),
      }),
    );
    expect(supplied).toMatchObject({ status: 'in_progress', dueOn: '2026-03-13' });
    const detail = ok(await reviewer.call('GET', `/api/cases/${c.id}`));
    ok(await reviewer.call('POST', `/api/cases/${c.id}/steps/review`, { version: detail.version, decision: 'pass' }));
    const done = ok(await employer.call('GET', `/api/public/cases/${applied.caseNumber}`));
    expect(done.status).toBe('completed');
    expect(done.messages.at(-1).bodyZh).toContain('已办结');
    const inbox = await t.ctx.db
      .selectFrom('messages')
      .select('channel')
      .where('correlation', '=', `case:${applied.caseNumber}`)
      .execute();
    expect(inbox.every((m) => m.channel === 'inbox')).toBe(true);
    expect(await findCaseByNumber(t.ctx.db, applied.caseNumber)).toMatchObject({
      applicantKind: 'employer',
      status: 'completed',
    });
  });

  it.each(['retirement', 'unemployment-benefit', 'maternity-benefit', 'pension-transfer', 'card-services'])(
    'offers %s by appointment at the window only, until its calculation and payment land',
    async (itemCode) => {
      const agencyId = (
        await t.ctx.db.selectFrom('agencies').select('id').where('code', '=', '330106').executeTakeFirstOrThrow()
      ).id;
      const before = await counts();
      refused(
        await person.call('POST', '/api/public/cases', { itemCode, agencyId, materials: [] }),
        'catalog_channel_not_offered',
        400,
      );
      expect(await counts()).toEqual(before);
      const guide = ok(await t.anonymous('GET', `/api/public/catalog/${itemCode}`)).item;
      expect(guide.channels).not.toContain('web');
      expect(guide.channels).toContain('window');
      expect(guide.howToApply.zh).toContain('预约');
    },
  );

  it('does not show another applicant’s case', async () => {
    const walkIn = (
      await t.ctx.db
        .selectFrom('cases')
        .select('case_number')
        .where('applicant_name', '=', '李四')
        .executeTakeFirstOrThrow()
    ).case_number;
    refused(await person.call('GET', `/api/public/cases/${walkIn}`), 'case_not_found', 404);
  });
});

describe('kept promises: the sweep, its alerts and the statistics', () => {
  let onTime: { id: number; caseNumber: string; dueOn: string };

  it('moves running cases to due soon and overdue, once, and alerts the owner and the supervisors', async () => {
    await setDay('2026-03-02');
    const body = ok(
      await clerk.call('POST', '/api/cases/intake', {
        channel: 'window',
        applicant: WALK_IN,
        items: [{ itemCode: 'retirement', decision: 'accept' }],
        materials: await received(clerk, 'id_card', 'retirement_application', 'bank_card'),
      }),
      201,
    );
    onTime = body.cases[0];
    // 10 working days from Monday 2026-03-02.
    expect(onTime.dueOn).toBe('2026-03-16');
    const run = ok(await supervisor.call('POST', '/api/case-sweeps'));
    expect(run).toMatchObject({ trigger: 'api', today: '2026-03-02' });
    expect(
      (await t.ctx.db.selectFrom('cases').select('sla_state').where('id', '=', onTime.id).executeTakeFirstOrThrow())
        .sla_state,
    ).toBe('on_track');

    await setDay('2026-03-12'); // Thu: 2 working days left (Fri 13, Mon 16)
    ok(await supervisor.call('POST', '/api/case-sweeps'));
    expect(ok(await clerk.call('GET', `/api/cases/${onTime.id}`)).slaState).toBe('due_soon');
    const again = ok(await supervisor.call('POST', '/api/case-sweeps'));
    expect(again).toMatchObject({ changed: 0, alertsRaised: 0 });

    await setDay('2026-03-17');
    ok(await supervisor.call('POST', '/api/case-sweeps'));
    const detail = ok(await clerk.call('GET', `/api/cases/${onTime.id}`));
    expect(detail.slaState).toBe('overdue');
    expect(detail.alerts.map((a: { kind: string }) => a.kind)).toEqual(['due_soon', 'overdue']);

    const mine = ok(await clerk.call('GET', '/api/case-alerts?scope=mine&open=true'));
    const ours = mine.items.filter((a: { caseId: number }) => a.caseId === onTime.id);
    expect(ours.map((a: { kind: string }) => a.kind).sort()).toEqual(['due_soon', 'overdue']);
    refused(await clerk.call('GET', '/api/case-alerts?scope=subtree'), 'forbidden', 403);
    const subtree = ok(await supervisor.call('GET', '/api/case-alerts?scope=subtree&kind=overdue'));
    expect(
      subtree.items.some(
        (a: { caseId: number; owner: { displayName: string } }) =>
          a.caseId === onTime.id && a.owner.displayName === '王受理',
      ),
    ).toBe(true);
    const acked = ok(await clerk.call('POST', `/api/case-alerts/${ours[0].id}/acknowledge`));
    expect(acked.acknowledgedAt).not.toBeNull();
    refused(await reviewer.call('POST', `/api/case-alerts/${ours[1].id}/acknowledge`), 'case_alert_not_found', 404);
    const summary = ok(await supervisor.call('GET', '/api/case-sla-summary'));
    expect(summary.overdue).toBeGreaterThanOrEqual(1);
    const runs = ok(await supervisor.call('GET', '/api/case-sweeps?limit=2')).items;
    expect(runs[0]).toMatchObject({ today: '2026-03-17' });
  });

  it('counts the share finished within the promise per item, agency, window and staff', async () => {
    const detail = ok(await reviewer.call('GET', `/api/cases/${onTime.id}`));
    const reviewed = ok(
      await reviewer.call('POST', `/api/cases/${onTime.id}/steps/review`, {
        version: detail.version,
        decision: 'pass',
      }),
    );
    const done = ok(
      await approver.call('POST', `/api/cases/${onTime.id}/steps/approve`, {
        version: reviewed.version,
        decision: 'pass',
      }),
    );
    expect(done).toMatchObject({ status: 'completed', finishedWithinPromise: false });
    const byItem = ok(await supervisor.call('GET', '/api/case-stats?groupBy=item&from=2026-03-01&to=2026-03-31'));
    const retirement = byItem.items.find((i: { key: string }) => i.key === 'retirement');
    expect(retirement.finished).toBeGreaterThanOrEqual(2);
    expect(retirement.withinPromise).toBe(retirement.finished - 1);
    expect(retirement.labelEn).toMatch(/[A-Za-z]/);
    // Without a range the last 30 days up to today (the test clock is in March 2026) are used.
    const recent = ok(await supervisor.call('GET', '/api/case-stats?groupBy=item'));
    expect(recent.total.finished).toBe(byItem.total.finished);
    expect(byItem.total.share).toBeGreaterThan(0);
    expect(byItem.total.share).toBeLessThan(1);
    for (const groupBy of ['agency', 'window', 'staff']) {
      const stats = ok(
        await supervisor.call('GET', `/api/case-stats?groupBy=${groupBy}&from=2026-03-01&to=2026-03-31`),
      );
      expect(stats.total.finished).toBe(byItem.total.finished);
    }
    const staff = ok(await supervisor.call('GET', '/api/case-stats?groupBy=staff&from=2026-03-01&to=2026-03-31'));
    expect(staff.items.map((i: { label: string }) => i.label)).toContain('王受理');
    refused(await clerk.call('GET', '/api/case-stats?groupBy=item&from=2026-03-01&to=2026-03-31'), 'forbidden', 403);
  });

  it('changes the due-soon setting with a version and an audit entry', async () => {
    const settings = ok(await clerk.call('GET', '/api/case-settings'));
    expect(settings).toMatchObject({ dueSoonWorkdays: 2, supplyDefaultWorkdays: 5 });
    const changed = ok(await supervisor.call('PUT', '/api/case-settings', { ...settings, dueSoonWorkdays: 3 }));
    expect(changed).toMatchObject({ dueSoonWorkdays: 3, version: settings.version + 1 });
    refused(
      await supervisor.call('PUT', '/api/case-settings', { ...settings, dueSoonWorkdays: 1 }),
      'case_settings_version_conflict',
      409,
    );
  });
});

describe('at the window with a queue ticket', () => {
  it('links the case to the ticket being served', async () => {
    await setDay('2026-03-18');
    const kiosk = ok(await t.anonymous('GET', `/api/public/queue/${hall.id}`));
    const category = kiosk.categories[0];
    const ticket = ok(
      await t.anonymous('POST', `/api/public/queue/${hall.id}/tickets`, { categoryId: category.id }),
      201,
    ).ticket;
    const windowId = hall.windows.get('02')!;
    let called = ok(await clerk.call('POST', `/api/queue/windows/${windowId}/call-next`)).ticket;
    while (called && called.id !== ticket.id) {
      ok(await clerk.call('POST', `/api/queue/tickets/${called.id}/no-show`));
      called = ok(await clerk.call('POST', `/api/queue/windows/${windowId}/call-next`)).ticket;
    }
    ok(await clerk.call('POST', `/api/queue/tickets/${ticket.id}/start`));
    const body = ok(
      await clerk.call('POST', '/api/cases/intake', {
        channel: 'window',
        servicePointId: hall.id,
        windowId,
        ticketId: ticket.id,
        applicant: WALK_IN,
        items: [{ itemCode: 'card-services', decision: 'accept' }],
        materials: await received(clerk, 'id_card'),
      }),
      201,
    );
    // A one-step item (即办) completes on acceptance.
    expect(body.cases[0]).toMatchObject({ ticketId: ticket.id, status: 'completed', finishedWithinPromise: true });
    const linked = await t.ctx.db
      .selectFrom('queue_tickets')
      .select('case_id')
      .where('id', '=', ticket.id)
      .executeTakeFirstOrThrow();
    expect(linked.case_id).toBe(body.cases[0].id);
  });
});
