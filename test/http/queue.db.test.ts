import type { AddressInfo } from 'node:net';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachCaseToTicket, queueStats, TICKETS_PER_MINUTE_MAX } from '../../src/modules/queue/index.ts';
import { systemActor, type AuditActor } from '../../src/modules/audit/index.ts';
import { testApp, type Caller, type TestApp } from '../support/http.ts';

// TEST_START is Monday 2026-03-02 09:00 China time; the demo halls open Mon–Fri 09:00–17:00.
const MINUTE = 60_000;

interface Hall {
  id: number;
  windows: Map<string, number>;
  categories: Map<string, number>;
}

let t: TestApp;
let clerk: Caller;
let admin: Caller;
let supervisor: Caller;
const halls = new Map<string, Hall>();

let kioskAddress = 0;
/** Takes a ticket at the kiosk; each call comes from its own address so the rate limit stays out of the way. */
function take(
  hall: Hall,
  letter: string,
  remoteAddress = `10.0.${Math.floor(++kioskAddress / 250)}.${kioskAddress % 250}`,
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/public/queue/${hall.id}/tickets`,
    payload: { categoryId: hall.categories.get(letter) },
    remoteAddress,
  });
}

async function taken(hall: Hall, letter: string): Promise<{ id: number; code: string }> {
  const response = await take(hall, letter);
  expect(response.statusCode, response.body).toBe(201);
  return response.json().ticket;
}

function ok(response: LightMyRequestResponse, status = 200) {
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

function refused(response: LightMyRequestResponse, code: string, status: number) {
  expect(response.json().code, response.body).toBe(code);
  expect(response.statusCode).toBe(status);
}

let loggedInAt = 0;
/** Moves the manual clock; sessions idle out after 30 minutes, so everyone logs in again in time. */
async function setClock(instant: Date): Promise<void> {
  t.clock.set(instant);
  if (Math.abs(instant.getTime() - loggedInAt) < 20 * MINUTE) return;
  [clerk, admin, supervisor] = [await t.as('clerk'), await t.as('admin'), await t.as('supervisor')];
  loggedInAt = instant.getTime();
}

const callNext = (hall: Hall, window: string) =>
  clerk.call('POST', `/api/queue/windows/${hall.windows.get(window)}/call-next`);
const act = (ticketId: number, action: string) => clerk.call('POST', `/api/queue/tickets/${ticketId}/${action}`);

beforeAll(async () => {
  t = await testApp();
  [clerk, admin, supervisor] = [await t.as('clerk'), await t.as('admin'), await t.as('supervisor')];
  loggedInAt = t.clock.now().getTime();
  for (const point of ok(await admin.call('GET', '/api/service-points')).items) {
    const overview = ok(await admin.call('GET', `/api/queue/service-points/${point.id}`));
    halls.set(point.name, {
      id: point.id,
      windows: new Map(point.windows.map((w: { number: string; id: number }) => [w.number, w.id])),
      categories: new Map(overview.categories.map((c: { letter: string; id: number }) => [c.letter, c.id])),
    });
  }
});
afterAll(() => t.dispose());

const xh = () => halls.get('西湖区社保服务大厅')!;
const bs = () => halls.get('北山街道便民服务中心社保窗口')!;
const hz = () => halls.get('杭州市民中心社保服务大厅')!;
const nb = () => halls.get('宁波市社保服务大厅')!;

describe('demo halls and the kiosk', () => {
  it('seeds categories A–D in every demo hall, with specialised windows', async () => {
    expect([...xh().categories.keys()]).toEqual(['A', 'B', 'C', 'D']);
    expect(halls.size).toBe(4);
    for (const hall of halls.values()) expect(hall.categories.size).toBe(4);
    const overview = ok(await clerk.call('GET', `/api/queue/service-points/${xh().id}`));
    const serves = Object.fromEntries(
      overview.windows.map((w: { window: { number: string }; categoryIds: number[] }) => [
        w.window.number,
        w.categoryIds,
      ]),
    );
    expect(serves).toEqual({ '01': [], '02': [], '03': [], '04': [xh().categories.get('D')] });
  });

  it('lists the halls that issue tickets', async () => {
    const items = ok(await t.anonymous('GET', '/api/public/queue')).items;
    expect(items.map((h: { name: string }) => h.name).sort()).toEqual([...halls.keys()].sort());
    expect(items.find((h: { id: number }) => h.id === xh().id)).toEqual({
      id: xh().id,
      name: '西湖区社保服务大厅',
      address: '杭州市西湖区文三路359号',
      agencyName: '西湖区社会保险管理服务中心',
    });
  });

  it('shows the kiosk: today, hours, issuing, categories with waits', async () => {
    const kiosk = ok(await t.anonymous('GET', `/api/public/queue/${xh().id}`));
    expect(kiosk).toMatchObject({
      servicePoint: { id: xh().id, name: '西湖区社保服务大厅', status: 'active' },
      day: '2026-03-02',
      todayHours: [{ open: '09:00', close: '17:00' }],
      issuing: true,
      issueFromMinutesBeforeOpening: 30,
    });
    expect(kiosk.categories.map((c: { letter: string }) => c.letter)).toEqual(['A', 'B', 'C', 'D']);
    expect(kiosk.categories[0]).toMatchObject({ nameZh: '综合业务', waiting: 0, estimatedWaitMinutes: 0 });
  });

  it('issues A001, A002, B001 with the number waiting ahead and an estimate', async () => {
    const first = ok(await take(xh(), 'A'), 201);
    expect(first).toMatchObject({
      ticket: { code: 'A001', letter: 'A', categoryNameZh: '综合业务', day: '2026-03-02' },
      waitingAhead: 0,
      estimatedWaitMinutes: 0,
      servicePoint: { id: xh().id },
    });
    // Windows 01–03 serve A; five minutes each by default: one ahead over three windows is 2 minutes.
    expect(ok(await take(xh(), 'A'), 201)).toMatchObject({
      ticket: { code: 'A002' },
      waitingAhead: 1,
      estimatedWaitMinutes: 2,
    });
    expect(ok(await take(xh(), 'B'), 201)).toMatchObject({ ticket: { code: 'B001' }, waitingAhead: 0 });
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'queue.ticket.take')
      .where('entity_id', '=', String(first.ticket.id))
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_kind: 'anonymous' });
    expect(entry.ip).toMatch(/^10\.0\./);
  });

  it('gives concurrent kiosks distinct consecutive numbers', async () => {
    const responses = await Promise.all(Array.from({ length: 8 }, () => take(bs(), 'C')));
    const codes = responses.map((r) => ok(r, 201).ticket.code).sort();
    expect(codes).toEqual(['C001', 'C002', 'C003', 'C004', 'C005', 'C006', 'C007', 'C008']);
    const kiosk = ok(await t.anonymous('GET', `/api/public/queue/${bs().id}`));
    expect(kiosk.categories.find((c: { letter: string }) => c.letter === 'C').waiting).toBe(8);
  });

  it.each([
    [
      'an unknown service point',
      () => ({ url: '/api/public/queue/999999/tickets', categoryId: 1 }),
      'queue_service_point_not_found',
      404,
    ],
    [
      'a category of another hall',
      () => ({ url: `/api/public/queue/${xh().id}/tickets`, categoryId: hz().categories.get('A') }),
      'queue_category_not_found',
      404,
    ],
    [
      'an unknown category',
      () => ({ url: `/api/public/queue/${xh().id}/tickets`, categoryId: 999999 }),
      'queue_category_not_found',
      404,
    ],
  ])('refuses %s and issues nothing', async (_name, make, code, status) => {
    const before = await t.ctx.db
      .selectFrom('queue_tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const { url, categoryId } = make();
    refused(
      await t.app.inject({ method: 'POST', url, payload: { categoryId }, remoteAddress: '10.1.0.1' }),
      code,
      status,
    );
    const after = await t.ctx.db
      .selectFrom('queue_tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('refuses malformed bodies and unknown kiosk pages', async () => {
    refused(
      await t.anonymous('POST', `/api/public/queue/${xh().id}/tickets`, { categoryId: 'A' }),
      'invalid_request',
      400,
    );
    refused(
      await t.anonymous('POST', `/api/public/queue/${xh().id}/tickets`, { categoryId: 1, name: 'x' }),
      'invalid_request',
      400,
    );
    refused(await t.anonymous('GET', '/api/public/queue/999999'), 'queue_service_point_not_found', 404);
    refused(await t.anonymous('GET', '/api/public/queue/999999/display'), 'queue_service_point_not_found', 404);
  });

  it('refuses a closed category until it is reopened', async () => {
    const d = ok(await admin.call('GET', `/api/queue/service-points/${nb().id}`)).categories.find(
      (c: { letter: string }) => c.letter === 'D',
    );
    const closed = ok(
      await admin.call('PATCH', `/api/queue/categories/${d.id}`, { version: d.version, status: 'closed' }),
    );
    expect(closed).toMatchObject({ status: 'closed', version: d.version + 1 });
    refused(await take(nb(), 'D'), 'queue_category_closed', 409);
    const kiosk = ok(await t.anonymous('GET', `/api/public/queue/${nb().id}`));
    expect(kiosk.categories.map((c: { letter: string }) => c.letter)).toEqual(['A', 'B', 'C']);
    refused(
      await admin.call('PATCH', `/api/queue/categories/${d.id}`, { version: d.version, status: 'active' }),
      'queue_version_conflict',
      409,
    );
    ok(await admin.call('PATCH', `/api/queue/categories/${d.id}`, { version: closed.version, status: 'active' }));
    expect(ok(await take(nb(), 'D'), 201).ticket.code).toBe('D001');
  });

  it('rate-limits one kiosk address per hall', async () => {
    const codes: number[] = [];
    for (let i = 0; i <= TICKETS_PER_MINUTE_MAX; i++) codes.push((await take(nb(), 'A', '10.9.9.9')).statusCode);
    expect(codes.slice(0, TICKETS_PER_MINUTE_MAX).every((c) => c === 201)).toBe(true);
    const limited = await take(nb(), 'A', '10.9.9.9');
    refused(limited, 'rate_limited', 429);
    expect((await take(nb(), 'B', '10.9.9.8')).statusCode).toBe(201);
  });
});

describe('calling at a window', () => {
  it('calls the oldest ticket the window serves, and shows it on the display', async () => {
    const called = ok(await callNext(xh(), '01')).ticket;
    expect(called).toMatchObject({
      code: 'A001',
      status: 'called',
      windowNumber: '01',
      recallCount: 0,
      waitSeconds: 0,
    });
    const display = ok(await t.anonymous('GET', `/api/public/queue/${xh().id}/display`));
    expect(display.recentCalls[0]).toMatchObject({
      code: 'A001',
      windowNumber: '01',
      windowName: '综合受理窗口',
      recall: false,
    });
    expect(display.windows.find((w: { number: string }) => w.number === '01')).toMatchObject({
      current: 'A001',
      status: 'called',
    });
    expect(display.waiting.map((w: { letter: string; waiting: number }) => [w.letter, w.waiting])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 0],
      ['D', 0],
    ]);
    expect(JSON.stringify(display)).not.toMatch(/staff|王受理|caseId/);
  });

  it('refuses to call again while the window has a current ticket', async () => {
    const busy = await callNext(xh(), '01');
    refused(busy, 'queue_window_busy', 409);
    expect(busy.json().details.code).toBe('A001');
  });

  it('recalls, starts and finishes, recording every instant', async () => {
    const window = ok(await clerk.call('GET', `/api/queue/windows/${xh().windows.get('01')}`));
    const ticketId = window.current.id;
    t.clock.advance(2 * MINUTE);
    const recalled = ok(await act(ticketId, 'recall'));
    expect(recalled).toMatchObject({ status: 'called', recallCount: 1 });
    expect(recalled.lastCalledAt).not.toBe(recalled.calledAt);
    expect(ok(await t.anonymous('GET', `/api/public/queue/${xh().id}/display`)).recentCalls[0]).toMatchObject({
      code: 'A001',
      recall: true,
    });
    refused(await act(ticketId, 'finish'), 'ticket_not_serving', 409);
    const started = ok(await act(ticketId, 'start'));
    expect(started.status).toBe('serving');
    refused(await act(ticketId, 'start'), 'ticket_not_called', 409);
    t.clock.advance(7 * MINUTE);
    const done = ok(await act(ticketId, 'finish'));
    expect(done).toMatchObject({ status: 'done', serviceSeconds: 420, waitSeconds: 0 });
    expect(done.finishedAt).toBe(t.clock.now().toISOString());
    refused(await act(ticketId, 'recall'), 'ticket_not_called', 409);
    const after = ok(await clerk.call('GET', `/api/queue/windows/${xh().windows.get('01')}`));
    expect(after).toMatchObject({ current: null, servedToday: 1 });
    const actions = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'queue_ticket')
      .where('entity_id', '=', String(ticketId))
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'queue.ticket.take',
      'queue.ticket.call',
      'queue.ticket.recall',
      'queue.ticket.start',
      'queue.ticket.finish',
    ]);
  });

  it('marks a called ticket no-show (过号)', async () => {
    const called = ok(await callNext(xh(), '01')).ticket;
    expect(called.code).toBe('A002');
    expect(called.waitSeconds).toBe(9 * 60);
    const gone = ok(await act(called.id, 'no-show'));
    expect(gone).toMatchObject({ status: 'no_show' });
    expect(gone.noShowAt).not.toBeNull();
    refused(await act(called.id, 'start'), 'ticket_not_called', 409);
    refused(await act(called.id, 'finish'), 'ticket_not_serving', 409);
  });

  it('limits recalls', async () => {
    const ticket = ok(await callNext(xh(), '01')).ticket;
    expect(ticket.code).toBe('B001');
    for (let i = 0; i < 5; i++) ok(await act(ticket.id, 'recall'));
    refused(await act(ticket.id, 'recall'), 'ticket_recall_limit', 409);
    ok(await act(ticket.id, 'no-show'));
  });

  it('answers null when nobody waits for the window, and a consultation window calls only D', async () => {
    await taken(xh(), 'A');
    expect(ok(await callNext(xh(), '04'))).toEqual({ ticket: null });
    const d = await taken(xh(), 'D');
    expect(ok(await callNext(xh(), '04')).ticket.id).toBe(d.id);
    ok(await act(d.id, 'no-show'));
  });

  it('refuses finishing a ticket that was never called, and unknown windows and tickets', async () => {
    const waiting = await taken(xh(), 'C');
    refused(await act(waiting.id, 'finish'), 'ticket_not_serving', 409);
    refused(await act(waiting.id, 'no-show'), 'ticket_not_called', 409);
    refused(await act(999999, 'finish'), 'ticket_not_found', 404);
    refused(await clerk.call('POST', '/api/queue/windows/999999/call-next'), 'queue_window_not_found', 404);
    refused(await clerk.call('GET', '/api/queue/windows/999999'), 'queue_window_not_found', 404);
  });

  it('refuses windows and tickets of another agency', async () => {
    refused(await callNext(hz(), '01'), 'out_of_scope', 403);
    refused(await clerk.call('GET', `/api/queue/windows/${hz().windows.get('01')}`), 'out_of_scope', 403);
    const foreign = await taken(hz(), 'A');
    refused(await act(foreign.id, 'finish'), 'out_of_scope', 403);
    refused(await clerk.call('GET', `/api/queue/tickets?servicePointId=${hz().id}`), 'out_of_scope', 403);
    refused(await clerk.call('GET', `/api/queue/service-points/${hz().id}`), 'out_of_scope', 403);
    // A township hall under 西湖区 is in the clerk's subtree.
    ok(await clerk.call('GET', `/api/queue/windows/${bs().windows.get('01')}`));
  });

  it('requires queue.operate: an approver (no queue permission) and anonymous callers are refused', async () => {
    const approver = await t.as('approver');
    refused(await approver.call('POST', `/api/queue/windows/${hz().windows.get('01')}/call-next`), 'forbidden', 403);
    refused(
      await t.anonymous('POST', `/api/queue/windows/${xh().windows.get('01')}/call-next`),
      'unauthenticated',
      401,
    );
    refused(
      await clerk.call('POST', `/api/queue/service-points/${xh().id}/categories`, {
        letter: 'E',
        nameZh: '社保卡',
        nameEn: 'Cards',
      }),
      'forbidden',
      403,
    );
  });

  it('never lets two windows call the same ticket', async () => {
    // Empty the hall's queue first, then fill it with tickets across categories A–C.
    await drain(xh(), ['01', '02', '03']);
    const issued: number[] = [];
    for (let i = 0; i < 12; i++) issued.push((await taken(xh(), 'ABC'.charAt(i % 3))).id);
    const calledIds: number[] = [];
    for (let round = 0; round < 4; round++) {
      const responses = await Promise.all(['01', '02', '03'].map((w) => callNext(xh(), w)));
      const tickets = responses.map((r) => ok(r).ticket);
      for (const ticket of tickets) {
        calledIds.push(ticket.id);
        ok(await act(ticket.id, 'no-show'));
      }
    }
    expect(new Set(calledIds).size).toBe(12);
    expect([...calledIds].sort((a, b) => a - b)).toEqual(issued);
    expect(ok(await callNext(xh(), '02'))).toEqual({ ticket: null });
  });

  it('lets one window call only once when its calls race', async () => {
    await taken(xh(), 'A');
    await taken(xh(), 'A');
    const [a, b] = await Promise.all([callNext(xh(), '02'), callNext(xh(), '02')]);
    const codes = [a.statusCode, b.statusCode].sort();
    expect(codes).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().code).toBe('queue_window_busy');
    const current = ok(await clerk.call('GET', `/api/queue/windows/${xh().windows.get('02')}`)).current;
    ok(await act(current.id, 'no-show'));
    await drain(xh(), ['02']);
  });

  it('lists tickets of a hall and day', async () => {
    const list = ok(await clerk.call('GET', `/api/queue/tickets?servicePointId=${xh().id}&status=done`));
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({ code: 'A001', status: 'done', windowNumber: '01', serviceSeconds: 420 });
    const page = ok(await clerk.call('GET', `/api/queue/tickets?servicePointId=${xh().id}&pageSize=2&page=2`));
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThan(10);
    refused(
      await clerk.call('GET', `/api/queue/tickets?servicePointId=${xh().id}&pageSize=201`),
      'invalid_request',
      400,
    );
  });
});

/** Calls and marks no-show until nobody waits for the given windows. */
async function drain(hall: Hall, windows: string[]): Promise<void> {
  for (const w of windows) {
    for (;;) {
      const ticket = ok(await callNext(hall, w)).ticket;
      if (!ticket) break;
      ok(await act(ticket.id, 'no-show'));
    }
  }
}

describe('the day', () => {
  it('refuses tickets outside hours and restarts numbering after midnight China time', async () => {
    await drain(xh(), ['01']);
    const leftCalled = ok(await callNext(xh(), '01')); // nothing waits; leave one called ticket overnight
    expect(leftCalled.ticket).toBeNull();
    const overnight = await taken(xh(), 'A');
    ok(await callNext(xh(), '01'));
    await setClock(new Date('2026-03-02T09:00:00Z')); // 17:00
    const late = await take(xh(), 'A');
    refused(late, 'queue_outside_opening_hours', 409);
    expect(late.json().details).toEqual({ day: '2026-03-02', todayHours: [{ open: '09:00', close: '17:00' }] });
    expect(ok(await t.anonymous('GET', `/api/public/queue/${xh().id}`)).issuing).toBe(false);
    await setClock(new Date('2026-03-02T16:05:00Z')); // 00:05 Tuesday in China
    refused(await take(xh(), 'A'), 'queue_outside_opening_hours', 409);
    await setClock(new Date('2026-03-03T00:30:00Z')); // 08:30, half an hour before opening
    const first = ok(await take(xh(), 'A'), 201);
    expect(first.ticket).toMatchObject({ code: 'A001', day: '2026-03-03' });
    expect(ok(await take(xh(), 'B'), 201).ticket.code).toBe('B001');
    // Yesterday's called ticket neither blocks the window nor can be recalled.
    refused(await act(overnight.id, 'recall'), 'ticket_expired', 409);
    await setClock(new Date('2026-03-03T01:00:00Z'));
    expect(ok(await callNext(xh(), '01')).ticket).toMatchObject({ code: 'A001', day: '2026-03-03', waitSeconds: 1800 });
    const display = ok(await t.anonymous('GET', `/api/public/queue/${xh().id}/display`));
    expect(display.recentCalls.map((c: { code: string }) => c.code)).toEqual(['A001']);
  });

  it('refuses tickets on a Sunday', async () => {
    await setClock(new Date('2026-03-08T02:00:00Z'));
    refused(await take(xh(), 'A'), 'queue_outside_opening_hours', 409);
    expect(ok(await t.anonymous('GET', `/api/public/queue/${xh().id}`))).toMatchObject({
      todayHours: [],
      issuing: false,
    });
  });
});

describe('statistics', () => {
  const at = (hhmm: string) => setClock(new Date(`2026-03-04T${hhmm}:00+08:00`));

  it('computes waiting and service times per hour, window and category', async () => {
    // Wednesday at 北山 (one window serving every category).
    await at('09:00');
    const a1 = await taken(bs(), 'A');
    const a2 = await taken(bs(), 'A');
    await at('09:05');
    expect(ok(await callNext(bs(), '01')).ticket.id).toBe(a1.id); // waited 300 s
    await at('09:06');
    ok(await act(a1.id, 'start'));
    await at('09:10');
    const b1 = await taken(bs(), 'B');
    await at('09:16');
    ok(await act(a1.id, 'finish')); // served 600 s
    await at('09:20');
    expect(ok(await callNext(bs(), '01')).ticket.id).toBe(a2.id); // waited 1200 s
    await at('09:22');
    ok(await act(a2.id, 'no-show'));
    await at('10:00');
    expect(ok(await callNext(bs(), '01')).ticket.id).toBe(b1.id); // waited 3000 s
    ok(await act(b1.id, 'start'));
    await at('10:05');
    ok(await act(b1.id, 'finish')); // served 300 s
    await at('10:30');
    await taken(bs(), 'A');
    // A's average service is now 600 s at one window: one ahead waits 10 minutes.
    expect(ok(await take(bs(), 'A'), 201)).toMatchObject({ waitingAhead: 1, estimatedWaitMinutes: 10 });

    const stats = ok(
      await supervisor.call('GET', `/api/queue/stats?from=2026-03-04&to=2026-03-04&servicePointId=${bs().id}`),
    );
    expect(stats.from).toBe('2026-03-03T16:00:00.000Z');
    expect(stats.to).toBe('2026-03-04T16:00:00.000Z');
    expect(stats.totals).toEqual({
      tickets: 5,
      called: 3,
      served: 2,
      noShow: 1,
      avgWaitSeconds: 1500,
      maxWaitSeconds: 3000,
      avgServiceSeconds: 450,
      maxServiceSeconds: 600,
    });
    expect(stats.byHour).toEqual([
      {
        hour: 9,
        tickets: 3,
        called: 3,
        served: 2,
        noShow: 1,
        avgWaitSeconds: 1500,
        maxWaitSeconds: 3000,
        avgServiceSeconds: 450,
        maxServiceSeconds: 600,
      },
      {
        hour: 10,
        tickets: 2,
        called: 0,
        served: 0,
        noShow: 0,
        avgWaitSeconds: null,
        maxWaitSeconds: null,
        avgServiceSeconds: null,
        maxServiceSeconds: null,
      },
    ]);
    expect(stats.byWindow).toEqual([
      {
        windowId: bs().windows.get('01'),
        windowNumber: '01',
        windowName: '社保综合窗口',
        servicePointId: bs().id,
        servicePointName: '北山街道便民服务中心社保窗口',
        tickets: 3,
        called: 3,
        served: 2,
        noShow: 1,
        avgWaitSeconds: 1500,
        maxWaitSeconds: 3000,
        avgServiceSeconds: 450,
        maxServiceSeconds: 600,
      },
    ]);
    expect(
      stats.byCategory.map((c: Record<string, unknown>) => [
        c.letter,
        c.tickets,
        c.called,
        c.served,
        c.noShow,
        c.avgWaitSeconds,
        c.avgServiceSeconds,
      ]),
    ).toEqual([
      ['A', 4, 2, 1, 1, 750, 600],
      ['B', 1, 1, 1, 0, 3000, 300],
    ]);
  });

  it('scopes statistics to the caller subtree', async () => {
    await at('11:00');
    const foreign = await taken(nb(), 'A');
    const all = ok(await supervisor.call('GET', '/api/queue/stats?from=2026-03-04&to=2026-03-04'));
    expect(all.byCategory.map((c: { servicePointId: number }) => c.servicePointId).sort()).toEqual(
      [bs().id, bs().id, nb().id].sort(),
    );
    const mine = ok(await clerk.call('GET', '/api/queue/stats?from=2026-03-04&to=2026-03-04'));
    expect(mine.totals.tickets).toBe(5);
    expect(mine.byCategory.every((c: { servicePointId: number }) => c.servicePointId === bs().id)).toBe(true);
    refused(
      await clerk.call('GET', `/api/queue/stats?from=2026-03-04&to=2026-03-04&servicePointId=${nb().id}`),
      'out_of_scope',
      403,
    );
    expect(foreign.code).toBe('A001');
    // The contract function, as the monitor module calls it.
    const direct = await queueStats(t.ctx.db, '/', new Date('2026-03-03T16:00:00Z'), new Date('2026-03-04T16:00:00Z'));
    expect(direct.totals.tickets).toBe(6);
    const none = await queueStats(t.ctx.db, '/', new Date('2026-03-05T16:00:00Z'), new Date('2026-03-06T16:00:00Z'));
    expect(none).toMatchObject({
      totals: { tickets: 0, avgWaitSeconds: null },
      byHour: [],
      byWindow: [],
      byCategory: [],
    });
  });

  it('refuses bad ranges', async () => {
    refused(
      await supervisor.call('GET', '/api/queue/stats?from=2026-03-05&to=2026-03-04'),
      'queue_stats_range_invalid',
      400,
    );
    refused(
      await supervisor.call('GET', '/api/queue/stats?from=2024-01-01&to=2026-03-04'),
      'queue_stats_range_invalid',
      400,
    );
    refused(await supervisor.call('GET', '/api/queue/stats?from=2026-02-30&to=2026-03-04'), 'invalid_request', 400);
    const approver = await t.as('approver');
    refused(await approver.call('GET', '/api/queue/stats'), 'forbidden', 403);
  });
});

describe('case link', () => {
  const staffOf = async (username: string): Promise<AuditActor> => {
    const row = await t.ctx.db
      .selectFrom('staff')
      .select(['id', 'agency_id', 'display_name'])
      .where('username', '=', username)
      .executeTakeFirstOrThrow();
    return { kind: 'staff', id: row.id, name: row.display_name, agencyId: row.agency_id, ip: null, requestId: null };
  };
  const attach = (ticketId: number, caseId: number, who: AuditActor) =>
    t.ctx.db.transaction().execute((trx) => attachCaseToTicket(trx, t.ctx, ticketId, caseId, who));

  it('links the case opened for a called ticket once, in the caller transaction', async () => {
    await setClock(new Date('2026-03-05T02:00:00Z'));
    const ticket = await taken(xh(), 'A');
    const who = await staffOf('clerk');
    await expect(attach(ticket.id, 501, who)).rejects.toMatchObject({ code: 'ticket_not_served' });
    ok(await callNext(xh(), '01'));
    await attach(ticket.id, 501, who);
    await attach(ticket.id, 501, who); // the same case again changes nothing
    await expect(attach(ticket.id, 502, who)).rejects.toMatchObject({ code: 'ticket_case_already_linked' });
    await expect(attach(ticket.id, 503, await staffOf('reviewer'))).rejects.toMatchObject({
      code: 'ticket_case_already_linked',
    });
    await expect(attach(999999, 501, who)).rejects.toMatchObject({ code: 'ticket_not_found' });
    const window = ok(await clerk.call('GET', `/api/queue/windows/${xh().windows.get('01')}`));
    expect(window.current).toMatchObject({ id: ticket.id, caseId: 501 });
    const audits = await t.ctx.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'queue.ticket.attach_case')
      .execute();
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toMatchObject({ caseId: 501 });
  });

  it('refuses staff of another agency and rolls back with the caller', async () => {
    const foreign = await taken(nb(), 'B');
    const nbAgency = await t.ctx.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', '330200')
      .executeTakeFirstOrThrow();
    await t.ctx.db.updateTable('queue_tickets').set({ status: 'called' }).where('id', '=', foreign.id).execute();
    await expect(attach(foreign.id, 900, await staffOf('clerk'))).rejects.toMatchObject({ code: 'out_of_scope' });
    const nbStaff: AuditActor = { ...(await staffOf('clerk')), agencyId: nbAgency.id };
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await attachCaseToTicket(trx, t.ctx, foreign.id, 900, nbStaff);
        throw new Error('the case insert failed');
      }),
    ).rejects.toThrow('the case insert failed');
    const row = await t.ctx.db
      .selectFrom('queue_tickets')
      .select('case_id')
      .where('id', '=', foreign.id)
      .executeTakeFirstOrThrow();
    expect(row.case_id).toBeNull();
    await attach(foreign.id, 900, systemActor);
  });
});

describe('hall set-up', () => {
  it('adds a category, refuses a taken letter, and assigns window categories within the hall', async () => {
    const e = ok(
      await admin.call('POST', `/api/queue/service-points/${xh().id}/categories`, {
        letter: 'E',
        nameZh: '社保卡',
        nameEn: 'Cards',
        sort: 5,
      }),
      201,
    );
    expect(e).toMatchObject({ letter: 'E', status: 'active', version: 1, waiting: 0 });
    refused(
      await admin.call('POST', `/api/queue/service-points/${xh().id}/categories`, {
        letter: 'E',
        nameZh: '重复',
        nameEn: 'Dup',
      }),
      'queue_category_letter_taken',
      409,
    );
    refused(
      await admin.call('POST', `/api/queue/service-points/${xh().id}/categories`, {
        letter: 'e',
        nameZh: '小写',
        nameEn: 'Lower',
      }),
      'invalid_request',
      400,
    );
    const w03 = xh().windows.get('03');
    const state = ok(await admin.call('PUT', `/api/queue/windows/${w03}/categories`, { categoryIds: [e.id, e.id] }));
    expect(state).toMatchObject({ categoryIds: [e.id], categories: [{ letter: 'E' }] });
    refused(
      await admin.call('PUT', `/api/queue/windows/${w03}/categories`, { categoryIds: [hz().categories.get('A')] }),
      'queue_category_other_point',
      400,
    );
    refused(
      await admin.call('PUT', `/api/queue/windows/${w03}/categories`, { categoryIds: [999999] }),
      'queue_category_not_found',
      404,
    );
    expect(
      ok(await admin.call('PUT', `/api/queue/windows/${w03}/categories`, { categoryIds: [] })).categoryIds,
    ).toEqual([]);
  });

  it('gives a new hall no categories until the defaults are installed, once', async () => {
    const agencyId = ok(await admin.call('GET', '/api/agencies')).items.find(
      (a: { code: string }) => a.code === '330281',
    ).id;
    const point = ok(
      await admin.call('POST', '/api/service-points', {
        agencyId,
        name: '余姚市社保服务大厅',
        address: '余姚市新建北路',
        openingHours: [{ days: [1, 2, 3, 4, 5, 6, 7], open: '00:00', close: '23:59' }],
      }),
      201,
    );
    expect(ok(await t.anonymous('GET', `/api/public/queue/${point.id}`)).categories).toEqual([]);
    const first = ok(await admin.call('POST', `/api/queue/service-points/${point.id}/categories/defaults`)).items;
    expect(first.map((c: { letter: string }) => c.letter)).toEqual(['A', 'B', 'C', 'D']);
    const again = ok(await admin.call('POST', `/api/queue/service-points/${point.id}/categories/defaults`)).items;
    expect(again.map((c: { id: number }) => c.id)).toEqual(first.map((c: { id: number }) => c.id));
    // No window yet: no estimate.
    const ticket = ok(
      await t.app.inject({
        method: 'POST',
        url: `/api/public/queue/${point.id}/tickets`,
        payload: { categoryId: first[0].id },
        remoteAddress: '10.2.0.1',
      }),
      201,
    );
    expect(ticket).toMatchObject({ ticket: { code: 'A001' }, estimatedWaitMinutes: null });
    const closed = ok(await admin.call('POST', `/api/service-points/${point.id}/close`, { version: point.version }));
    expect(closed.status).toBe('closed');
    refused(
      await t.app.inject({
        method: 'POST',
        url: `/api/public/queue/${point.id}/tickets`,
        payload: { categoryId: first[0].id },
        remoteAddress: '10.2.0.1',
      }),
      'queue_service_point_closed',
      409,
    );
  });
});

describe('live display (Server-Sent Events)', () => {
  it('refuses a request that does not accept an event stream', async () => {
    refused(await t.anonymous('GET', `/api/public/queue/${xh().id}/events`), 'queue_event_stream_required', 400);
    refused(
      await t.anonymous('GET', '/api/public/queue/999999/events', undefined, { accept: 'text/event-stream' }),
      'queue_service_point_not_found',
      404,
    );
  });

  it('streams snapshots and calls, and closes cleanly when the server stops', async () => {
    const live = await testApp();
    try {
      await live.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = live.app.server.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}`;
      const points = (await (await live.as('clerk')).call('GET', '/api/service-points')).json().items;
      const hall = points.find((p: { name: string }) => p.name === '西湖区社保服务大厅');
      const liveClerk = await live.as('clerk');
      const category = (await live.anonymous('GET', `/api/public/queue/${hall.id}`)).json().categories[0];

      const response = await fetch(`${base}/api/public/queue/${hall.id}/events`, {
        headers: { accept: 'text/event-stream' },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/event-stream');
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      const nextEvent = async (): Promise<{ event: string; data: unknown }> => {
        for (;;) {
          const end = buffer.indexOf('\n\n');
          if (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.+)$/m.exec(block)?.[1];
            const data = /^data: (.+)$/m.exec(block)?.[1];
            if (event && data) return { event, data: JSON.parse(data) };
            continue;
          }
          const { value, done } = await reader.read();
          if (done) throw new Error('stream ended');
          buffer += decoder.decode(value, { stream: true });
        }
      };
      const first = await nextEvent();
      expect(first.event).toBe('snapshot');
      expect(first.data).toMatchObject({ servicePoint: { id: hall.id }, recentCalls: [] });

      const ticketResponse = await fetch(`${base}/api/public/queue/${hall.id}/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ categoryId: category.id }),
      });
      expect(ticketResponse.status).toBe(201);
      const afterTake = await nextEvent();
      expect(afterTake.event).toBe('snapshot');
      expect((afterTake.data as { waiting: Array<{ waiting: number }> }).waiting[0]!.waiting).toBe(1);

      const windowId = hall.windows.find((w: { number: string }) => w.number === '01').id;
      expect((await liveClerk.call('POST', `/api/queue/windows/${windowId}/call-next`)).statusCode).toBe(200);
      const call = await nextEvent();
      expect(call).toEqual({
        event: 'call',
        data: expect.objectContaining({
          code: 'A001',
          windowNumber: '01',
          recall: false,
          textZh: '请 A001 号到 01 号窗口办理',
        }),
      });
      const afterCall = await nextEvent();
      expect(afterCall.event).toBe('snapshot');
      expect((afterCall.data as { recentCalls: unknown[] }).recentCalls[0]).toMatchObject({
        code: 'A001',
        windowNumber: '01',
      });

      const started = Date.now();
      await live.app.close();
      expect(Date.now() - started).toBeLessThan(5_000);
      const rest = await reader.read().catch(() => ({ done: true }));
      while (!(rest as { done: boolean }).done) {
        if ((await reader.read()).done) break;
      }
    } finally {
      await live.dispose();
    }
  });
});

describe('OpenAPI', () => {
  it('documents the queue routes', async () => {
    const doc = (await t.anonymous('GET', '/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/public/queue/{servicePointId}/tickets',
        '/api/public/queue/{servicePointId}/events',
        '/api/queue/windows/{windowId}/call-next',
        '/api/queue/stats',
      ]),
    );
  });
});
