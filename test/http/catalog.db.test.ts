import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertChannelOffered, itemForIntake, itemVersion } from '../../src/modules/catalog/index.ts';
import type { CalendarDate } from '../../src/kernel/calendar-date.ts';
import { testApp, type Caller, type TestApp } from '../support/http.ts';

let t: TestApp;
let supervisor: Caller;

/** Instant at 09:00 China time on `day`. */
const on = (day: string) => new Date(`${day}T01:00:00Z`);

beforeAll(async () => {
  t = await testApp();
  supervisor = await t.as('supervisor');
});
afterAll(() => t.dispose());

/** Moves the clock to 09:00 on `day` and logs in again (a session idles out after 30 minutes). */
async function at(day: string): Promise<void> {
  t.clock.set(on(day));
  supervisor = await t.as('supervisor');
}

const CONTENT_KEYS = [
  'name',
  'summary',
  'materials',
  'howToApply',
  'channels',
  'statutoryDays',
  'promisedDays',
  'timeLimitNote',
  'delivery',
  'fees',
  'officeHours',
  'place',
  'enquiry',
  'complaint',
  'basis',
  'conditions',
  'steps',
  'separatedSteps',
  'module',
  'workflow',
];

/** The editable content of an item's current version, as the PUT body wants it. */
async function contentOf(code: string): Promise<Record<string, unknown>> {
  const item = (await supervisor.call('GET', `/api/catalog/items/${code}`)).json();
  return Object.fromEntries(CONTENT_KEYS.map((k) => [k, item.current[k]]));
}

async function auditCount(action: string): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('action', '=', action)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('public catalogue', () => {
  it('shows the seeded tree with every item Shebao serves', async () => {
    const response = await t.anonymous('GET', '/api/public/catalog');
    expect(response.statusCode).toBe(200);
    const { categories } = response.json();
    expect(categories.map((c: { code: string }) => c.code)).toEqual([
      'registration',
      'contribution',
      'rights',
      'transfer',
      'benefit',
      'card',
      'service',
    ]);
    const items = categories.flatMap((c: { items: Array<{ code: string }> }) => c.items.map((i) => i.code));
    expect(items).toHaveLength(15);
    expect(items).toEqual(
      expect.arrayContaining(['employer-registration', 'back-payment', 'pension-transfer', 'complaint']),
    );
  });

  it.each([
    ['employer-registration', 15, 5],
    ['registration-change', 5, 3],
    ['unemployment-benefit', 10, 5],
    ['pension-transfer', 15, 10],
  ])('guide of %s: statutory %i, promised %i working days, all 11 elements', async (code, statutory, promised) => {
    const guide = (await t.anonymous('GET', `/api/public/catalog/${code}`)).json();
    expect(guide.item).toMatchObject({ statutoryDays: statutory, promisedDays: promised });
    expect(guide.elements).toHaveLength(11);
    for (const element of guide.elements) {
      expect(element.text.zh.length).toBeGreaterThan(0);
      expect(element.text.en.length).toBeGreaterThan(0);
    }
    expect(guide.servicePoints.length).toBeGreaterThan(0);
    expect(guide.disclosedOn).toBe('2025-01-02');
  });

  it('answers an unknown item with a named 404, in English on request', async () => {
    const response = await t.anonymous('GET', '/api/public/catalog/no-such-item', undefined, {
      'accept-language': 'en',
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      code: 'catalog_item_not_found',
      message: 'The service item does not exist',
    });
  });
});

describe('access', () => {
  it('keeps the maintenance routes to catalog.manage', async () => {
    expect((await t.anonymous('GET', '/api/catalog/items')).statusCode).toBe(401);
    const clerk = await t.as('clerk');
    expect((await clerk.call('GET', '/api/catalog/items')).json().code).toBe('forbidden');
    expect((await supervisor.call('GET', '/api/catalog/items')).json().items).toHaveLength(15);
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = (await t.anonymous('GET', '/api/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/public/catalog/{code}',
        '/api/catalog/items/{code}/versions/{version}/disclosure',
        '/api/public/ratings',
        '/api/callbacks/{id}/rectify',
        '/api/monitor/ratings',
      ]),
    );
  });
});

describe('creating and changing items', () => {
  it('creates an item with its first version, audited', async () => {
    const content = await contentOf('registration-change');
    const before = await auditCount('catalog.item.create');
    const response = await supervisor.call('POST', '/api/catalog/items', {
      code: 'deregistration',
      categoryCode: 'registration',
      sort: 40,
      changedOn: '2026-03-02',
      changeNote: { zh: '新增事项', en: 'New item' },
      content: { ...content, name: { zh: '注销登记', en: 'Deregistration' } },
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      code: 'deregistration',
      latestVersion: 1,
      inForce: true,
      current: { version: 1, disclosureStatus: 'pending', disclosureDueOn: '2026-03-30', recordedBy: '刘监督' },
    });
    expect(await auditCount('catalog.item.create')).toBe(before + 1);
  });

  it.each([
    ['a promise above the statute', { content: { promisedDays: 9 } }, 'catalog_promise_exceeds_statute', 400],
    ['an unknown category', { categoryCode: 'nothing' }, 'catalog_category_not_found', 404],
    ['a code in use', { code: 'complaint' }, 'catalog_code_taken', 409],
    ['a change date outside the calendar', { changedOn: '2101-01-04' }, 'catalog_change_date_invalid', 400],
    ['an unknown channel', { content: { channels: ['fax'] } }, 'invalid_request', 400],
    ['a step permission that is not a case step', { content: { steps: 'admin' } }, 'invalid_request', 400],
    ['a missing English text', { content: { name: { zh: '只有中文' } } }, 'invalid_request', 400],
    ['an unknown field', { extra: 1 }, 'invalid_request', 400],
  ])('refuses %s and changes nothing', async (_name, change, code, status) => {
    const content = await contentOf('registration-change');
    const { content: contentChange, ...rest } = change as { content?: Record<string, unknown> };
    const steps =
      contentChange?.steps === 'admin'
        ? [{ code: 'accept', name: { zh: '受理', en: 'Accept' }, permission: 'org.manage', description: null }]
        : undefined;
    const body = {
      code: 'new-item',
      categoryCode: 'registration',
      sort: 50,
      changedOn: '2026-03-02',
      changeNote: { zh: '新增', en: 'New' },
      content: { ...content, ...contentChange, ...(steps ? { steps } : {}) },
      ...rest,
    };
    const response = await supervisor.call('POST', '/api/catalog/items', body);
    expect(response.json().code).toBe(code);
    expect(response.statusCode).toBe(status);
    expect((await supervisor.call('GET', '/api/catalog/items/new-item')).statusCode).toBe(404);
  });

  it('records a change as a new version; the old version stays for cases opened under it', async () => {
    const content = await contentOf('person-registration');
    const v1 = await itemForIntake(t.ctx.db, 'person-registration', '2026-03-02' as CalendarDate);
    expect(v1).toMatchObject({ version: 1, statutoryDays: 10, promisedDays: 3, channels: ['window', 'web'] });
    expect(v1.steps.map((s) => s.permission)).toEqual(['case.accept', 'case.review']);
    expect(v1.separatedSteps).toEqual([['accept', 'review']]);

    const changed = await supervisor.call('PUT', '/api/catalog/items/person-registration', {
      expectedVersion: 1,
      changedOn: '2026-03-02',
      changeNote: { zh: '承诺时限压缩为2个工作日', en: 'Promise shortened to 2 working days' },
      content: { ...content, promisedDays: 2, channels: ['window', 'web', 'kiosk'] },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ currentVersion: 2, latestVersion: 2, current: { promisedDays: 2 } });
    const detail = (await supervisor.call('GET', '/api/catalog/items/person-registration')).json();
    expect(detail.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const v2 = await itemForIntake(t.ctx.db, 'person-registration', '2026-03-02' as CalendarDate);
    expect(v2).toMatchObject({ version: 2, promisedDays: 2 });
    expect((await itemVersion(t.ctx.db, v1.id, 1)).promisedDays).toBe(3);
    expect(() => assertChannelOffered(v1, 'kiosk')).toThrow('catalog_channel_not_offered');
    expect(() => assertChannelOffered(v2, 'kiosk')).not.toThrow();

    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'catalog.item.change')
      .where('entity_id', '=', 'person-registration')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ version: 2, changed: ['channels', 'promisedDays'] });
  });

  it('refuses a stale edit and a change dated before the previous one', async () => {
    const content = await contentOf('person-registration');
    const stale = await supervisor.call('PUT', '/api/catalog/items/person-registration', {
      expectedVersion: 1,
      changedOn: '2026-03-03',
      changeNote: { zh: '改', en: 'Change' },
      content,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'catalog_version_conflict', details: { latest: 2 } });
    const early = await supervisor.call('PUT', '/api/catalog/items/person-registration', {
      expectedVersion: 2,
      changedOn: '2026-03-01',
      changeNote: { zh: '改', en: 'Change' },
      content,
    });
    expect(early.json().code).toBe('catalog_change_date_invalid');
    const unknown = await supervisor.call('PUT', '/api/catalog/items/nothing-here', {
      expectedVersion: 1,
      changedOn: '2026-03-03',
      changeNote: { zh: '改', en: 'Change' },
      content,
    });
    expect(unknown.json().code).toBe('catalog_item_not_found');
    expect((await supervisor.call('GET', '/api/catalog/items/person-registration')).json().latestVersion).toBe(2);
  });

  it('schedules a change: the version in force follows the change date', async () => {
    const content = await contentOf('employer-registration');
    const response = await supervisor.call('PUT', '/api/catalog/items/employer-registration', {
      expectedVersion: 1,
      changedOn: '2026-04-01',
      changeNote: { zh: '增加网上渠道说明', en: 'Online channel explained' },
      content: { ...content, promisedDays: 4 },
    });
    expect(response.json()).toMatchObject({ currentVersion: 1, latestVersion: 2, current: { promisedDays: 5 } });
    const guide = (await t.anonymous('GET', '/api/public/catalog/employer-registration')).json();
    expect(guide.version).toBe(1);
    expect((await itemForIntake(t.ctx.db, 'employer-registration', '2026-04-01' as CalendarDate)).version).toBe(2);
  });
});

describe('disclosure within 20 working days (RULES §6)', () => {
  // Each row changes one seeded item on `changedOn`, then looks at the disclosure on `today`.
  const scenarios = [
    // item                    changedOn     due on        today         status
    ['insurance-certificate', '2026-02-10', '2026-03-16', '2026-03-16', 'pending'],
    ['consultation', '2026-02-10', '2026-03-16', '2026-03-17', 'overdue'],
    ['rights-record-query', '2026-09-18', '2026-10-22', '2026-10-09', 'pending'],
    ['back-payment', '2026-09-18', '2026-10-22', '2026-10-23', 'overdue'],
    // Into 2027 before its notice: counted on the provisional calendar (decision 32).
    ['complaint', '2026-12-10', '2027-01-08', '2026-12-31', 'pending'],
  ] as const;

  it.each(scenarios)('%s changed %s: due %s; on %s %s', async (code, changedOn, dueOn, today, status) => {
    await at(changedOn);
    const content = await contentOf(code);
    const changed = await supervisor.call('PUT', `/api/catalog/items/${code}`, {
      expectedVersion: 1,
      changedOn,
      changeNote: { zh: '调整', en: 'Adjusted' },
      content: { ...content, summary: { zh: '更新后的概述', en: 'Updated summary' } },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    await at(today);
    const item = (await supervisor.call('GET', `/api/catalog/items/${code}`)).json();
    expect(item.current).toMatchObject({ version: 2, disclosureDueOn: dueOn, disclosureStatus: status });
    const overdue = (await supervisor.call('GET', '/api/catalog/disclosures/overdue')).json();
    expect(overdue.asOf).toBe(today);
    expect(overdue.items.some((i: { code: string }) => i.code === code)).toBe(status === 'overdue');
    const filtered = (await supervisor.call('GET', `/api/catalog/items?disclosure=${status}`)).json();
    expect(filtered.items.some((i: { code: string }) => i.code === code)).toBe(true);
  });

  it('lists overdue items with the working days they are late, and clears them once disclosed', async () => {
    await at('2026-03-19');
    const overdue = (await supervisor.call('GET', '/api/catalog/disclosures/overdue')).json();
    expect(overdue.items).toContainEqual(
      expect.objectContaining({
        code: 'consultation',
        version: 2,
        changedOn: '2026-02-10',
        disclosureDueOn: '2026-03-16',
        workingDaysOverdue: 3,
      }),
    );
    const before = await auditCount('catalog.disclosure.record');
    const late = await supervisor.call('POST', '/api/catalog/items/consultation/versions/2/disclosure', {
      disclosedOn: '2026-03-18',
    });
    expect(late.statusCode, late.body).toBe(200);
    expect(late.json()).toMatchObject({ version: 2, disclosedOn: '2026-03-18', disclosureStatus: 'disclosed_late' });
    expect(await auditCount('catalog.disclosure.record')).toBe(before + 1);
    const after = (await supervisor.call('GET', '/api/catalog/disclosures/overdue')).json();
    expect(after.items.some((i: { code: string }) => i.code === 'consultation')).toBe(false);
    const guide = (await t.anonymous('GET', '/api/public/catalog/consultation')).json();
    expect(guide).toMatchObject({ version: 2, disclosedOn: '2026-03-18' });
  });

  it.each([
    ['in the future', 'insurance-certificate', 2, '2026-03-20', 'catalog_disclosure_date_invalid', 400],
    ['before the version existed', 'insurance-certificate', 2, '2026-02-09', 'catalog_disclosure_date_invalid', 400],
    ['twice', 'consultation', 2, '2026-03-19', 'catalog_already_disclosed', 409],
    ['of an unknown version', 'insurance-certificate', 9, '2026-03-19', 'catalog_version_not_found', 404],
    ['of an unknown item', 'no-item', 1, '2026-03-19', 'catalog_item_not_found', 404],
  ])('refuses a disclosure %s', async (_name, code, version, disclosedOn, rejection, status) => {
    await at('2026-03-19');
    const response = await supervisor.call('POST', `/api/catalog/items/${code}/versions/${version}/disclosure`, {
      disclosedOn,
    });
    expect(response.json().code).toBe(rejection);
    expect(response.statusCode).toBe(status);
  });

  it('records a timely disclosure as disclosed', async () => {
    await at('2026-03-19');
    const response = await supervisor.call('POST', '/api/catalog/items/insurance-certificate/versions/2/disclosure', {
      disclosedOn: '2026-03-13',
    });
    expect(response.json()).toMatchObject({ disclosureStatus: 'disclosed', disclosureDueOn: '2026-03-16' });
  });
});

describe('withdrawal', () => {
  it('withdraws an item: gone from the public catalogue, closed to intake and to changes', async () => {
    await at('2026-03-20');
    const bad = await supervisor.call('POST', '/api/catalog/items/deregistration/withdraw', {
      reason: '并入变更登记',
      withdrawnOn: '2026-03-21',
    });
    expect(bad.json().code).toBe('catalog_withdraw_date_invalid');
    const before = await auditCount('catalog.item.withdraw');
    const response = await supervisor.call('POST', '/api/catalog/items/deregistration/withdraw', {
      reason: '并入变更登记',
      withdrawnOn: '2026-03-20',
    });
    expect(response.json()).toMatchObject({ status: 'withdrawn', withdrawnOn: '2026-03-20' });
    expect(await auditCount('catalog.item.withdraw')).toBe(before + 1);
    expect((await t.anonymous('GET', '/api/public/catalog/deregistration')).json().code).toBe('catalog_item_not_found');
    await expect(itemForIntake(t.ctx.db, 'deregistration')).rejects.toThrow('catalog_item_withdrawn');
    await expect(itemForIntake(t.ctx.db, 'never-was')).rejects.toThrow('catalog_item_not_found');
    const again = await supervisor.call('POST', '/api/catalog/items/deregistration/withdraw', {
      reason: '重复',
      withdrawnOn: '2026-03-20',
    });
    expect(again.json().code).toBe('catalog_item_withdrawn');
    const listed = (await supervisor.call('GET', '/api/catalog/items?status=withdrawn')).json().items;
    expect(listed.map((i: { code: string }) => i.code)).toEqual(['deregistration']);
  });

  it('creates a category', async () => {
    const response = await supervisor.call('POST', '/api/catalog/categories', {
      code: 'medical',
      name: { zh: '医疗保险', en: 'Medical insurance' },
      sort: 80,
    });
    expect(response.statusCode).toBe(201);
    const again = await supervisor.call('POST', '/api/catalog/categories', {
      code: 'medical',
      name: { zh: '医疗保险', en: 'Medical insurance' },
      sort: 80,
    });
    expect(again.json().code).toBe('catalog_code_taken');
    // An empty category stays out of the public tree.
    const tree = (await t.anonymous('GET', '/api/public/catalog')).json();
    expect(tree.categories.some((c: { code: string }) => c.code === 'medical')).toBe(false);
  });
});
