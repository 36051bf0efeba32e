import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type Caller, type TestApp } from '../support/http.ts';

let t: TestApp;
const staff: Record<string, Caller> = {};
const ANON = { identifierType: 'other', identifier: 'E7654321', name: '来访群众' };

/** Sets the clock to 09:00 China time and logs `names` in again (sessions idle out after 30 minutes). */
async function at(day: string, names: string[]): Promise<void> {
  t.clock.set(new Date(`${day}T01:00:00Z`));
  for (const name of names) staff[name] = await t.as(name);
}

async function intake(itemCode: string, decision: 'accept' | 'receive') {
  const response = await staff.clerk!.call('POST', '/api/cases/intake', {
    channel: 'window',
    applicant: ANON,
    items: [{ itemCode, decision }],
    materials: [],
  });
  if (response.statusCode !== 201) throw new Error(`intake failed: ${response.body}`);
  return response.json().cases[0] as { id: number; caseNumber: string; version: number };
}

/** Passes the next step of a case as `who`. */
async function pass(who: string, caseId: number, step: string): Promise<void> {
  const detail = (await staff[who]!.call('GET', `/api/cases/${caseId}`)).json();
  const response = await staff[who]!.call('POST', `/api/cases/${caseId}/steps/${step}`, {
    version: detail.version,
    decision: 'pass',
  });
  if (response.statusCode !== 200) throw new Error(`step ${step} failed: ${response.body}`);
}

const monitor = (path: string) => staff.supervisor!.call('GET', `/api/monitor/${path}`);

beforeAll(async () => {
  t = await testApp();
  await at('2026-03-02', ['clerk']);
  // Monday 2 March: a queue ticket called after 10 minutes, and four cases.
  const points = (await staff.clerk!.call('GET', '/api/service-points')).json().items as Array<{
    id: number;
    name: string;
    windows: Array<{ id: number; number: string }>;
  }>;
  const hall = points.find((p) => p.name === '西湖区社保服务大厅')!;
  const kiosk = (await t.anonymous('GET', `/api/public/queue/${hall.id}`)).json();
  const ticket = await t.anonymous('POST', `/api/public/queue/${hall.id}/tickets`, {
    categoryId: kiosk.categories[0].id,
  });
  if (ticket.statusCode !== 201) throw new Error(ticket.body);
  t.clock.advance(10 * 60_000);
  const called = await staff.clerk!.call('POST', `/api/queue/windows/${hall.windows[0]!.id}/call-next`);
  if (called.statusCode !== 200) throw new Error(called.body);

  const quick = await intake('consultation', 'accept'); // finished at once, within the promise
  await intake('unemployment-benefit', 'receive'); // received, not accepted yet
  const slow = await intake('complaint', 'accept'); // due 16 March, finished late
  const onTime = await intake('complaint', 'accept'); // finished on 5 March
  await intake('complaint', 'accept'); // still running and overdue at the end
  const poor = await intake('consultation', 'accept');
  await t.anonymous('POST', '/api/public/ratings', {
    caseNumber: quick.caseNumber,
    identifier: ANON.identifier,
    channel: 'online',
    overall: 'very_satisfied',
  });
  await t.anonymous('POST', '/api/public/ratings', {
    caseNumber: poor.caseNumber,
    identifier: ANON.identifier,
    channel: 'window',
    overall: 'dissatisfied',
    efficiency: 'dissatisfied',
    competence: 'satisfied',
    attitude: 'fairly_satisfied',
  });

  await at('2026-03-05', ['reviewer', 'approver']);
  await pass('reviewer', onTime.id, 'review');
  await pass('approver', onTime.id, 'approve');
  await at('2026-03-18', ['reviewer', 'approver']);
  await pass('reviewer', slow.id, 'review');
  await pass('approver', slow.id, 'approve');
  await at('2026-03-19', ['clerk', 'supervisor']);
});
afterAll(() => t.dispose());

describe('supervisor dashboard', () => {
  it('is kept to service.monitor', async () => {
    expect((await staff.clerk!.call('GET', '/api/monitor/cases')).json().code).toBe('forbidden');
    expect((await t.anonymous('GET', '/api/monitor/ratings')).statusCode).toBe(401);
  });

  it('counts open cases by status, SLA state and item', async () => {
    const figures = (await monitor('cases?from=2026-03-01&to=2026-03-19')).json();
    expect(figures).toMatchObject({ from: '2026-03-01', to: '2026-03-19', open: 2, received: 6, finished: 4 });
    expect(figures.byStatus).toEqual([
      { status: 'received', count: 1 },
      { status: 'in_progress', count: 1 },
      { status: 'waiting_materials', count: 0 },
    ]);
    expect(figures.bySlaState.map((s: { state: string }) => s.state)).toEqual([
      'not_started',
      'on_track',
      'due_soon',
      'overdue',
      'paused',
    ]);
    expect(figures.byItem).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ itemCode: 'complaint', open: 1, overdue: 1 }),
        expect.objectContaining({ itemCode: 'unemployment-benefit', open: 1, overdue: 0 }),
      ]),
    );
  });

  it('lists the overdue cases with the working days they are late', async () => {
    const list = (await monitor('overdue')).json();
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      itemCode: 'complaint',
      itemName: { zh: '服务投诉' },
      agencyName: '西湖区社会保险管理服务中心',
      status: 'in_progress',
      dueOn: '2026-03-16',
      workingDaysOverdue: 3,
      ownerName: '王受理',
    });
  });

  it('measures time to completion against the promise', async () => {
    const figures = (await monitor('completion?from=2026-03-01&to=2026-03-31')).json();
    const complaint = figures.items.find((i: { itemCode: string }) => i.itemCode === 'complaint');
    // 2 → 5 March is 3 working days; 2 → 18 March is 12: 7.5 on average, one of two within 10.
    expect(complaint).toMatchObject({
      promisedDays: 10,
      finished: 2,
      withinPromise: 1,
      share: 0.5,
      avgWorkingDays: 7.5,
    });
    const consultation = figures.items.find((i: { itemCode: string }) => i.itemCode === 'consultation');
    expect(consultation).toMatchObject({ finished: 2, withinPromise: 2, share: 1, avgWorkingDays: 0 });
    expect(figures.total).toEqual({ finished: 4, withinPromise: 3, share: 0.75 });
    // A range with nothing finished has no share rather than a division by zero.
    const empty = (await monitor('completion?from=2026-02-01&to=2026-02-28')).json();
    expect(empty).toMatchObject({ items: [], total: { finished: 0, withinPromise: 0, share: null } });
  });

  it('shows queue waiting times through the queue module', async () => {
    const figures = (await monitor('queue?from=2026-03-02&to=2026-03-02')).json();
    expect(figures.totals).toMatchObject({ tickets: 1, called: 1, avgWaitSeconds: 600 });
    expect(figures.byHour).toEqual([expect.objectContaining({ hour: 9, tickets: 1 })]);
  });

  it('shows the ratings distribution, the 差评 rate and the call-backs', async () => {
    const figures = (await monitor('ratings?from=2026-03-01&to=2026-03-19')).json();
    expect(figures).toMatchObject({ total: 2, poor: 1, poorRate: 0.5, followUps: { total: 0, poor: 0 } });
    expect(figures.byLevel).toEqual([
      { level: 'very_satisfied', count: 1 },
      { level: 'satisfied', count: 0 },
      { level: 'fairly_satisfied', count: 0 },
      { level: 'dissatisfied', count: 1 },
      { level: 'very_dissatisfied', count: 0 },
    ]);
    expect(figures.byItem).toEqual([
      { itemCode: 'consultation', itemName: { zh: '政策咨询', en: 'Policy enquiry' }, total: 2, poor: 1 },
    ]);
    expect(figures.byChannel).toEqual([
      { channel: 'window', total: 1, poor: 1 },
      { channel: 'online', total: 1, poor: 0 },
    ]);
    expect(figures.callbacks).toEqual({ open: 1, overdue: 1, closed: 0 });
  });

  it('narrows to an agency inside the caller’s subtree and refuses one outside', async () => {
    const admin = await t.as('admin');
    const agencies = (await admin.call('GET', '/api/agencies')).json().items as Array<{ id: number; code: string }>;
    const id = (code: string) => agencies.find((a) => a.code === code)!.id;
    const ningbo = (await monitor(`cases?agencyId=${id('330200')}`)).json();
    expect(ningbo).toMatchObject({ open: 0, received: 0 });
    const westLake = (await monitor(`ratings?agencyId=${id('330106')}&from=2026-03-01&to=2026-03-19`)).json();
    expect(westLake.total).toBe(2);
    // The approver works at Hangzhou; grant monitoring to look from there at Ningbo.
    const secofficer = await t.as('secofficer');
    const role = (await secofficer.call('GET', '/api/roles'))
      .json()
      .items.find((r: { code: string }) => r.code === 'approver');
    await secofficer.call('PUT', '/api/roles/approver/permissions', {
      permissions: [...role.permissions, 'service.monitor'],
    });
    const approver = await t.as('approver');
    const outside = await approver.call('GET', `/api/monitor/cases?agencyId=${id('330200')}`);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('out_of_scope');
    expect((await approver.call('GET', '/api/monitor/overdue')).json().total).toBe(1);
  });

  it.each([
    ['from after to', 'from=2026-03-10&to=2026-03-01', 'monitor_range_invalid'],
    ['a range over 366 days', 'from=2025-01-01&to=2026-03-01', 'monitor_range_invalid'],
    ['a date that does not exist', 'from=2026-02-30', 'invalid_request'],
    ['an unknown parameter', 'group=item', 'invalid_request'],
    ['an unknown agency', 'agencyId=999999', 'agency_not_found'],
  ])('refuses %s', async (_name, query, code) => {
    expect((await monitor(`cases?${query}`)).json().code).toBe(code);
  });
});

describe('hostile input on the catalogue, evaluation and monitor routes', () => {
  const MINE = /^\/api\/(catalog|callbacks|ratings|evaluation|monitor|public\/catalog|public\/ratings|me\/ratings)/;
  const PARAMS = ['1', '0', '-1', 'abc', '99999999999999999999', '%00', 'consultation'];
  const BODIES: unknown[] = [
    {},
    [],
    'text',
    null,
    { unknown: 1 },
    { version: -1, note: '', result: 'x', caseNumber: '💥', identifier: 'x'.repeat(500), overall: 'best' },
    { code: 'A', content: { name: { zh: 'x'.repeat(10_000) } }, expectedVersion: 1e308, disclosedOn: '2026-13-40' },
    { channel: 'window', overall: 'satisfied', caseNumber: '330106-20260302-00001', identifier: 'E7654321' },
  ];

  it('never answers with a 5xx, and always with the error shape', async () => {
    const routes = t.app.routeRecords.filter((r) => MINE.test(r.url) && r.method !== 'HEAD');
    expect(routes.length).toBeGreaterThanOrEqual(24);
    const failures: string[] = [];
    for (const route of routes) {
      for (const param of PARAMS) {
        const url = route.url.replace(/:(\w+)/g, param);
        for (const body of route.method === 'GET' ? [undefined] : BODIES) {
          const response = await staff.supervisor!.call(route.method as 'POST', url, body, {
            'content-type': 'application/json',
          });
          if (response.statusCode >= 500) failures.push(`${route.method} ${url} → ${response.body.slice(0, 120)}`);
          else if (response.statusCode >= 400)
            expect(Object.keys(response.json()).sort()).toEqual(['code', 'details', 'message']);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
