/**
 * Issue 14, item 9: a year without its State Council notice never stops intake. Deadlines reaching
 * it are counted on the provisional calendar and say so on screen, in messages and on the slip;
 * loading the notice (the system administrator's page) counts them again, audits every change and
 * tells the owners whose date moved.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recountIfNoticesChanged } from '../../src/jobs/deadline-recount.ts';
import { qrPng } from '../../src/pdf/index.ts';
import { ok, refused, testApp, type Caller, type TestApp } from '../support/http.ts';

const WALK_IN = { identifierType: 'citizen_id', identifier: '110105194912310038', name: '李四', phone: '13712345678' };
const ANON = { identifierType: 'other', identifier: 'E12345678', name: '匿名联系人' };
const PROVISIONAL_ZH = '（暂定，待国务院节假日安排公布后调整）';

/** A 2027 notice that differs from the statute: New Year's Day runs on to Monday 4 January. */
const notice2027 = {
  year: 2027,
  source: '测试：国务院办公厅关于2027年部分节假日安排的通知',
  blocks: [
    {
      name: { zh: '元旦', en: "New Year's Day" },
      firstDayOff: '2027-01-01',
      lastDayOff: '2027-01-04',
      makeUpWorkdays: [],
    },
    {
      name: { zh: '春节', en: 'Spring Festival' },
      firstDayOff: '2027-02-05',
      lastDayOff: '2027-02-11',
      makeUpWorkdays: ['2027-01-31', '2027-02-20'],
    },
  ],
};

let t: TestApp;
let clerk: Caller;
let admin: Caller;
let hall: { id: number; window: number };
const cases: Record<string, { id: number; caseNumber: string; bundleId: number }> = {};

/** Moves the clock to 09:00 China time on `day` and logs the staff in again. */
async function at(day: string): Promise<void> {
  t.clock.set(new Date(`${day}T01:00:00Z`));
  clerk = await t.as('clerk');
  admin = await t.as('admin');
}

async function upload(name: string): Promise<string> {
  const boundary = `----calendar${name}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    await qrPng(name),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/uploads',
    headers: {
      cookie: clerk.cookie,
      'x-csrf-token': clerk.csrf,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload,
  });
  return ok(response, 201).uploadId;
}

async function intake(body: Record<string, unknown>) {
  const created = ok(
    await clerk.call('POST', '/api/cases/intake', {
      channel: 'window',
      servicePointId: hall.id,
      windowId: hall.window,
      materials: [],
      ...body,
    }),
    201,
  );
  return created as {
    cases: Array<Record<string, unknown>>;
    notice: { id: number; textZh: string; textEn: string } | null;
  };
}

function pdfText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-calendar-'));
  try {
    fs.writeFileSync(path.join(dir, 'slip.pdf'), bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'slip.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const messagesOf = (purpose: string) =>
  t.ctx.db.selectFrom('messages').selectAll().where('purpose', '=', purpose).orderBy('id').execute();

beforeAll(async () => {
  t = await testApp();
  await at('2026-12-21');
  const points = ok(await clerk.call('GET', '/api/service-points')).items as Array<{
    id: number;
    name: string;
    windows: Array<{ id: number; number: string }>;
  }>;
  const xh = points.find((p) => p.name === '西湖区社保服务大厅')!;
  hall = { id: xh.id, window: xh.windows[0]!.id };
});
afterAll(() => t.dispose());

describe('a year without its notice does not stop intake', () => {
  it('accepts a complaint on 2026-12-21 with a provisional deadline in 2027', async () => {
    // Regression: refused with case_calendar_not_covered before (the 2027 notice is not loaded).
    const created = await intake({ applicant: WALK_IN, items: [{ itemCode: 'complaint', decision: 'accept' }] });
    const complaint = created.cases[0]!;
    // 10 working days: 22–25 and 28–31 December, New Year's Day (Friday) off by statute, 4–5 January.
    expect(complaint).toMatchObject({ status: 'in_progress', dueOn: '2027-01-05', dueOnProvisional: true });
    cases.complaint = complaint as (typeof cases)[string];
    const receipt = await t.ctx.db
      .selectFrom('messages')
      .selectAll()
      .where('correlation', '=', `bundle:${complaint.bundleId}`)
      .executeTakeFirstOrThrow();
    expect(receipt.body_zh).toContain(`承诺于2027-01-05前办结${PROVISIONAL_ZH}`);
    expect(receipt.body_en).toContain('promised by 2027-01-05 (provisional');
    const progress = ok(
      await t.anonymous('POST', '/api/public/cases/lookup', {
        caseNumber: complaint.caseNumber,
        identifier: WALK_IN.identifier,
      }),
    );
    expect(progress).toMatchObject({ dueOn: '2027-01-05', dueOnProvisional: true });
  });

  it('prints the provisional deadline on the slip, on screen and in the PDF', async () => {
    await at('2026-12-28');
    const created = await intake({
      applicant: WALK_IN,
      items: [{ itemCode: 'unemployment-benefit', decision: 'accept' }],
      materials: [
        { code: 'id_card', uploadId: await upload('id') },
        { code: 'termination_proof', uploadId: await upload('termination') },
      ],
      supplyDeadline: '2027-01-15',
    });
    const benefit = created.cases[0]!;
    expect(benefit).toMatchObject({ status: 'waiting_materials', dueOn: '2027-01-05', dueOnProvisional: true });
    cases.benefit = benefit as (typeof cases)[string];
    const slip = created.notice!;
    expect(slip.textZh).toContain(`承诺办结日期：2027年01月05日（按暂停的工作日顺延）${PROVISIONAL_ZH}`);
    expect(slip.textEn).toContain('Promised by: 2027-01-05 (moved by the working days paused) (provisional');
    const pdf = await clerk.call('GET', `/api/case-notices/${slip.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload).replace(/\s+/g, '')).toContain('暂定，待国务院节假日安排公布后调整');
  });

  it('counts a call-back deadline into 2027 provisionally too', async () => {
    const consultation = (await intake({ applicant: ANON, items: [{ itemCode: 'consultation', decision: 'accept' }] }))
      .cases[0]!;
    const rating = await t.anonymous('POST', '/api/public/ratings', {
      caseNumber: consultation.caseNumber,
      identifier: ANON.identifier,
      channel: 'window',
      overall: 'very_dissatisfied',
      efficiency: 'very_dissatisfied',
      competence: 'satisfied',
      attitude: 'very_dissatisfied',
    });
    expect(rating.statusCode, rating.body).toBe(201);
    const task = await t.ctx.db.selectFrom('callback_tasks').selectAll().executeTakeFirstOrThrow();
    // Rectify within 15 working days of 28 December: 19 January on the provisional calendar.
    expect(task).toMatchObject({
      callback_due_on: '2026-12-29',
      rectify_due_on: '2027-01-19',
      deadlines_provisional: true,
      callback_workdays: 1,
      rectify_workdays: 15,
    });
  });
});

describe("loading the year's notice on the system administrator's page", () => {
  it('shows the years of the calendar, 2027 provisional, to the system administrator only', async () => {
    refused(await clerk.call('GET', '/api/calendar/holiday-years'), 'forbidden', 403);
    refused(await clerk.call('POST', '/api/calendar/holiday-years', notice2027), 'forbidden', 403);
    const years = ok(await admin.call('GET', '/api/calendar/holiday-years')).years as Array<{
      year: number;
      origin: string;
      blocks: unknown[];
    }>;
    expect(years.map((y) => [y.year, y.origin])).toEqual([
      [2024, 'built_in'],
      [2025, 'built_in'],
      [2026, 'built_in'],
      [2027, 'provisional'],
    ]);
    expect(years.at(-1)!.blocks).toHaveLength(7);
  });

  it.each([
    [
      'a make-up day on a weekday',
      { ...notice2027, blocks: [{ ...notice2027.blocks[1]!, makeUpWorkdays: ['2027-02-15'] }] },
      'calendar_notice_invalid',
      400,
    ],
    [
      'a year already loaded',
      { ...notice2027, year: 2026, blocks: [notice2027.blocks[0]!] },
      'calendar_year_exists',
      409,
    ],
    ['a control character', { ...notice2027, source: 'notice\u0000' }, 'invalid_request', 400],
  ])('refuses %s and stores nothing', async (_label, body, code, status) => {
    refused(await admin.call('POST', '/api/calendar/holiday-years', body), code, status);
    expect(await t.ctx.db.selectFrom('holiday_years').selectAll().execute()).toEqual([]);
  });

  it('stores the notice, moves every provisional deadline, audits each move and tells the owners', async () => {
    const loaded = ok(await admin.call('POST', '/api/calendar/holiday-years', notice2027), 201);
    expect(loaded).toEqual({
      year: 2027,
      source: notice2027.source,
      recounted: {
        cases: { checked: 2, moved: 2, settled: 2 },
        callbacks: { checked: 1, moved: 1, settled: 1 },
      },
    });
    // New Year's Day now runs to Monday 4 January: each deadline moves one working day later.
    for (const key of ['complaint', 'benefit']) {
      const detail = ok(await clerk.call('GET', `/api/cases/${cases[key]!.id}`));
      expect(detail).toMatchObject({ dueOn: '2027-01-06', dueOnProvisional: false });
      expect(detail.history.at(-1)).toMatchObject({
        event: 'deadline_recounted',
        details: { dueOnBefore: '2027-01-05', dueOn: '2027-01-06', dueOnProvisional: false },
      });
    }
    const audits = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity', 'entity_id', 'details'])
      .where('action', 'in', ['case.deadline_recount', 'callback.deadline_recount', 'calendar.holiday_year_added'])
      .orderBy('seq')
      .execute();
    expect(audits.map((a) => [a.action, a.entity, String(a.entity_id)])).toEqual([
      ['calendar.holiday_year_added', 'holiday_year', '2027'],
      ['case.deadline_recount', 'case', String(cases.complaint!.id)],
      ['case.deadline_recount', 'case', String(cases.benefit!.id)],
      ['callback.deadline_recount', 'callback_task', expect.any(String)],
    ]);
    expect(audits[1]!.details).toMatchObject({ dueOnBefore: '2027-01-05', dueOn: '2027-01-06' });
    // The owner (staff inbox) and the applicant (SMS, the phone given at the window) of each case.
    const moved = await messagesOf('case.deadline_moved');
    expect(moved.map((m) => [m.channel, m.recipient_masked, m.correlation])).toEqual([
      ['inbox', '王受理', `case-owner:${cases.complaint!.caseNumber}`],
      ['sms', '137****5678', `case:${cases.complaint!.caseNumber}`],
      ['inbox', '王受理', `case-owner:${cases.benefit!.caseNumber}`],
      ['sms', '137****5678', `case:${cases.benefit!.caseNumber}`],
    ]);
    expect(moved[1]!.body_zh).toContain('承诺办结日期由2027-01-05调整为2027-01-06');
    const task = await t.ctx.db.selectFrom('callback_tasks').selectAll().executeTakeFirstOrThrow();
    expect(task).toMatchObject({ rectify_due_on: '2027-01-20', deadlines_provisional: false });
    expect((await messagesOf('callback.deadline_moved')).map((m) => m.recipient_masked)).toEqual(['刘监督']);
    refused(await admin.call('POST', '/api/calendar/holiday-years', notice2027), 'calendar_year_exists', 409);
  });
});

describe('a notice another server stored', () => {
  it('is loaded before the next SLA sweep, which counts the provisional deadlines again', async () => {
    await at('2027-12-27');
    const complaint = (await intake({ applicant: WALK_IN, items: [{ itemCode: 'complaint', decision: 'accept' }] }))
      .cases[0]!;
    // 28–31 December, New Year's Day 2028 on a Saturday, 3–7 and 10 January.
    expect(complaint).toMatchObject({ dueOn: '2028-01-10', dueOnProvisional: true });
    expect(await recountIfNoticesChanged(t.ctx)).toBeNull();
    const newYear = { name: { zh: '元旦', en: "New Year's Day" }, firstDayOff: '2028-01-01', lastDayOff: '2028-01-03' };
    await t.ctx.db
      .insertInto('holiday_years')
      .values({
        year: 2028,
        source: 'stored by another server',
        blocks: JSON.stringify([{ ...newYear, makeUpWorkdays: [] }]),
        added_at: t.clock.now(),
        added_by: 'another server',
      })
      .execute();
    expect(await recountIfNoticesChanged(t.ctx)).toMatchObject({ cases: { checked: 1, moved: 1, settled: 1 } });
    const detail = ok(await clerk.call('GET', `/api/cases/${complaint.id}`));
    expect(detail).toMatchObject({ dueOn: '2028-01-11', dueOnProvisional: false });
    expect(await recountIfNoticesChanged(t.ctx)).toBeNull();
  });
});
