import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badChecksum, citizenId, DEMO_EMPLOYER_CODE, ensureEmployer } from '../fixtures/registration/imports.ts';
import { type Caller, ok, publicLogin, refused, type TestApp, testApp } from '../support/http.ts';

let t: TestApp;
let clerk: Caller;
let employer: Caller;
let employerId: number;
let writeKey: string;
let readKey: string;

beforeAll(async () => {
  t = await testApp();
  employerId = (await ensureEmployer(t.ctx, DEMO_EMPLOYER_CODE)).id;
  clerk = await t.as('clerk');
  employer = await publicLogin(t, 'employer', DEMO_EMPLOYER_CODE);
});
afterAll(() => t.dispose());

/** A payroll-software call: bearer key, no cookie. */
function api(
  method: 'GET' | 'POST',
  url: string,
  key: string | null,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method,
    url,
    headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers },
    ...(body === undefined ? {} : { payload: body as object }),
  });
}

async function employments(): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('employments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('employer_id', '=', employerId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('API keys', () => {
  it('the employer creates a key in the hall: shown once, stored only as a digest', async () => {
    const created = ok(
      await employer.call('POST', '/api/hall/employer/api-keys', {
        label: '工资系统',
        scopes: ['employment.read', 'employment.write'],
      }),
      201,
    );
    expect(created.key).toMatch(/^sbk_[a-z0-9]{8}_[0-9a-f]{48}$/);
    expect(created).toMatchObject({ employerId, label: '工资系统', active: true, revokedAt: null });
    expect(created.key.split('_')[1]).toBe(created.prefix);
    writeKey = created.key;
    const stored = await t.ctx.db
      .selectFrom('employer_api_keys')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(stored.digest).not.toContain(created.key.slice(13));
    expect(JSON.stringify(stored)).not.toContain(created.key);

    const list = ok(await employer.call('GET', '/api/hall/employer/api-keys'));
    expect(list).toHaveLength(1);
    expect(list[0].key).toBeUndefined();
    expect(list[0].prefix).toBe(created.prefix);
  });

  it('staff create a read-only key for the employer and see the employer’s keys', async () => {
    const created = ok(
      await clerk.call('POST', `/api/registration/employers/${employerId}/api-keys`, {
        label: 'read only',
        scopes: ['employment.read'],
      }),
      201,
    );
    readKey = created.key;
    const list = ok(await clerk.call('GET', `/api/registration/employers/${employerId}/api-keys`));
    expect(list.map((k: { label: string }) => k.label)).toEqual(['read only', '工资系统']);
    const auditor = await t.as('auditor');
    refused(
      await auditor.call('POST', `/api/registration/employers/${employerId}/api-keys`, {
        label: 'x',
        scopes: ['employment.read'],
      }),
      'forbidden',
      403,
    );
    refused(
      await clerk.call('POST', `/api/registration/employers/${employerId}/api-keys`, { label: 'x', scopes: ['admin'] }),
      'invalid_request',
      400,
    );
  });

  it('at most 10 active keys per employer', async () => {
    for (let i = 0; i < 8; i++)
      ok(
        await clerk.call('POST', `/api/registration/employers/${employerId}/api-keys`, {
          label: `k${i}`,
          scopes: ['employment.read'],
        }),
        201,
      );
    refused(
      await employer.call('POST', '/api/hall/employer/api-keys', {
        label: 'one too many',
        scopes: ['employment.read'],
      }),
      'api_key_limit_reached',
      409,
    );
    const keys = ok(await clerk.call('GET', `/api/registration/employers/${employerId}/api-keys`));
    for (const key of keys.filter((k: { label: string }) => /^k\d$/.test(k.label)))
      ok(await clerk.call('POST', `/api/registration/employers/${employerId}/api-keys/${key.id}/revoke`));
  });
});

describe('authentication of the payroll API', () => {
  it('reads the employees with a key; last use is recorded', async () => {
    const page = ok(await api('GET', '/api/v1/employees?status=all', readKey));
    expect(page).toHaveProperty('total');
    expect(Array.isArray(page.items)).toBe(true);
    const used = await t.ctx.db
      .selectFrom('employer_api_keys')
      .select('last_used_at')
      .where('prefix', '=', readKey.split('_')[1]!)
      .executeTakeFirstOrThrow();
    expect(used.last_used_at).not.toBeNull();
  });

  it('refuses calls without a valid key, with the wrong scope, or with a session only', async () => {
    refused(await api('GET', '/api/v1/employees', null), 'unauthenticated', 401);
    refused(await api('GET', '/api/v1/employees', 'sbk_nope'), 'api_key_invalid', 401);
    const wrongSecret = `${writeKey.slice(0, -1)}${writeKey.endsWith('0') ? '1' : '0'}`;
    refused(await api('GET', '/api/v1/employees', wrongSecret), 'api_key_invalid', 401);
    refused(
      await api('GET', '/api/v1/employees', null, undefined, { authorization: 'Basic abc' }),
      'api_key_invalid',
      401,
    );
    refused(
      await api(
        'POST',
        '/api/v1/hires',
        readKey,
        { rows: [{ citizenId: citizenId(1), name: '甲', date: '2026-03-01' }] },
        {
          'idempotency-key': 'scope-1',
        },
      ),
      'api_key_scope_missing',
      403,
    );
    refused(await clerk.call('GET', '/api/v1/employees'), 'api_key_required', 403);
    refused(await employer.call('POST', '/api/v1/hires', { rows: [] }), 'api_key_required', 403);
    const denied = await t.ctx.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'registration.api_key.use')
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(denied)).not.toContain(writeKey.slice(13));
  });

  it('is in the OpenAPI document with a bearer security scheme', async () => {
    const doc = (await t.anonymous('GET', '/api/openapi.json')).json();
    expect(doc.components.securitySchemes.employerApiKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(doc.paths['/api/v1/hires'].post.security).toEqual([{ employerApiKey: [] }]);
  });
});

describe('hires and separations through the API', () => {
  const rows = [
    { citizenId: citizenId(101), name: '蒋一', date: '2026-03-01' },
    { citizenId: citizenId(102), name: '沈二', date: '2026-03-01', schemes: ['pension', 'medical'] },
  ];

  it('requires an Idempotency-Key', async () => {
    refused(await api('POST', '/api/v1/hires', writeKey, { rows }), 'idempotency_key_missing', 400);
    refused(
      await api('POST', '/api/v1/hires', writeKey, { rows }, { 'idempotency-key': 'x'.repeat(101) }),
      'idempotency_key_invalid',
      400,
    );
  });

  it('applies once: a replay returns the same answer and changes nothing; another body is refused', async () => {
    const before = await employments();
    const first = await api('POST', '/api/v1/hires', writeKey, { rows }, { 'idempotency-key': 'payroll-2026-03-01' });
    expect(ok(first, 201)).toEqual({ hires: 2, separations: 0, personsCreated: 2 });
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await employments()).toBe(before + 2);

    const again = await api('POST', '/api/v1/hires', writeKey, { rows }, { 'idempotency-key': 'payroll-2026-03-01' });
    expect(ok(again, 201)).toEqual(first.json());
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await employments()).toBe(before + 2);

    refused(
      await api(
        'POST',
        '/api/v1/hires',
        writeKey,
        { rows: rows.slice(0, 1) },
        { 'idempotency-key': 'payroll-2026-03-01' },
      ),
      'idempotency_key_reused',
      409,
    );
    const batches = await t.ctx.db
      .selectFrom('audit_log')
      .select('actor_name')
      .where('action', '=', 'registration.employment_batch')
      .execute();
    expect(batches.some((b) => b.actor_name.startsWith(`API key ${writeKey.split('_')[1]}`))).toBe(true);
  });

  it('all or nothing: one bad row refuses the request, naming its index; the key stays usable', async () => {
    const before = await employments();
    const bad = [
      { citizenId: citizenId(103), name: '韩三', date: '2026-03-01' },
      { citizenId: badChecksum(citizenId(104)), name: '杨四', date: '2026-03-01' },
    ];
    const refusal = refused(
      await api(
        'POST',
        '/api/v1/hires',
        writeKey,
        { rows: bad },
        { 'idempotency-key': 'batch-2', 'accept-language': 'en' },
      ),
      'payroll_rows_rejected',
      400,
    );
    expect(refusal.details.errors).toEqual([
      {
        index: 1,
        field: 'citizenId',
        code: 'person_citizen_id_invalid',
        message: 'Citizen ID: The citizen ID number is not valid',
      },
    ]);
    expect(await employments()).toBe(before);
    const fixed = [bad[0]!, { ...bad[1]!, citizenId: citizenId(104) }];
    ok(await api('POST', '/api/v1/hires', writeKey, { rows: fixed }, { 'idempotency-key': 'batch-3' }), 201);
    expect(await employments()).toBe(before + 2);
  });

  it('separations, and the employees list shows them ended', async () => {
    const result = ok(
      await api(
        'POST',
        '/api/v1/separations',
        writeKey,
        { rows: [{ citizenId: citizenId(101), date: '2026-03-02', reason: 'contract_end' }] },
        { 'idempotency-key': 'leave-1' },
      ),
      201,
    );
    expect(result).toEqual({ hires: 0, separations: 1, personsCreated: 0 });
    const ended = ok(await api('GET', '/api/v1/employees?status=ended', readKey));
    const item = ended.items.find((i: { name: string }) => i.name === '蒋一');
    expect(item).toMatchObject({ status: 'ended', separatedOn: '2026-03-02', hiredOn: '2026-03-01' });
    expect(item.idMasked).toMatch(/\*{8}/);
    const active = ok(await api('GET', '/api/v1/employees?status=active&pageSize=100', readKey));
    const shen = active.items.find((i: { name: string }) => i.name === '沈二');
    expect(shen.schemes).toEqual(['medical', 'pension']);
    refused(
      await api('POST', '/api/v1/separations', writeKey, { rows: [] }, { 'idempotency-key': 'e' }),
      'invalid_request',
      400,
    );
  });

  it('a revoked key is refused; revocation is audited', async () => {
    const keys = ok(await employer.call('GET', '/api/hall/employer/api-keys'));
    const mine = keys.find((k: { prefix: string }) => k.prefix === writeKey.split('_')[1]);
    const revoked = ok(await employer.call('POST', `/api/hall/employer/api-keys/${mine.id}/revoke`));
    expect(revoked).toMatchObject({ active: false });
    refused(
      await employer.call('POST', `/api/hall/employer/api-keys/${mine.id}/revoke`),
      'api_key_already_revoked',
      409,
    );
    refused(await api('GET', '/api/v1/employees', writeKey), 'api_key_revoked', 401);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'employer_api_key')
      .where('entity_id', '=', String(mine.id))
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'registration.api_key.create',
        'registration.api_key.revoke',
        'registration.api_key.use',
      ]),
    );
    const other = (await ensureEmployer(t.ctx, '91330106MA27XYZ12B', { name: '另一家单位' })).id;
    const foreign = ok(
      await clerk.call('POST', `/api/registration/employers/${other}/api-keys`, {
        label: 'x',
        scopes: ['employment.read'],
      }),
      201,
    );
    refused(await employer.call('POST', `/api/hall/employer/api-keys/${foreign.id}/revoke`), 'api_key_not_found', 404);
  });
});
