/**
 * Issue 14: a NUL byte in a login name, a case-number lookup, a person name, an address, a search
 * parameter and others ended in a 500 (PostgreSQL refuses \u0000 in text). Every route now refuses
 * the characters no field may hold by name (`text_control_character`, the field's path in the
 * details) before its handler runs; names refuse line breaks and invisible-only text.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenIdCheckCharacter } from '../../src/kernel/citizen-id.ts';
import { creditCodeCheckCharacter } from '../../src/kernel/credit-code.ts';
import { DEMO_EMPLOYER_CODE, fileForm } from '../fixtures/registration/imports.ts';
import { DEMO_PUBLIC_ACCOUNTS } from '../support/demo-credentials.ts';
import { ok, publicLogin, refused, testApp, type Caller, type TestApp } from '../support/http.ts';

let t: TestApp;
let clerk: Caller;
let admin: Caller;
let employerHall: Caller;
let personHall: Caller;

beforeAll(async () => {
  t = await testApp();
  [clerk, admin] = [await t.as('clerk'), await t.as('admin')];
  employerHall = await publicLogin(t, 'employer', DEMO_EMPLOYER_CODE);
  personHall = await publicLogin(t, 'person', DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'person')!.identifier);
});
afterAll(() => t.dispose());

const NUL = 'a\u0000b';
const idOf = (body: string) => body + citizenIdCheckCharacter(body);
const person = (over: Record<string, unknown> = {}) => ({
  citizenId: idOf('33010619850315091'),
  name: '王小明',
  gender: 'male',
  birthDate: '1985-03-15',
  ...over,
});
const creditCode = (body: string) => body + creditCodeCheckCharacter(body);
const employer = (over: Record<string, unknown> = {}) => ({
  creditCode: creditCode('91330106000000077'),
  name: '杭州文本测试科技有限公司',
  type: 'enterprise',
  industryCode: '65',
  legalRepName: '王五',
  legalRepId: idOf('33010619800101011'),
  address: '杭州市西湖区文三路1号',
  contactName: '赵六',
  contactPhone: '13812345678',
  poolingRegion: '330100',
  foundedOn: '2020-01-01',
  ...over,
});

type Send = () => Promise<LightMyRequestResponse>;

describe('a NUL byte where a client types text', () => {
  const cases: ReadonlyArray<[string, Send, string]> = [
    [
      'the staff login name',
      () => t.anonymous('POST', '/api/auth/staff/login', { username: NUL, password: 'x' }),
      'body/username',
    ],
    [
      'the self-service login identifier',
      () => t.anonymous('POST', '/api/public/login', { kind: 'person', identifier: NUL, password: 'x' }),
      'body/identifier',
    ],
    ['a case-number lookup', () => clerk.call('GET', '/api/cases/by-number/SL%00260302'), 'params/caseNumber'],
    [
      'a public case lookup',
      () => t.anonymous('POST', '/api/public/cases/lookup', { caseNumber: NUL, identifier: '13800138000' }),
      'body/caseNumber',
    ],
    [
      'a person name on registration',
      () => clerk.call('POST', '/api/registration/persons', person({ name: NUL })),
      'body/name',
    ],
    [
      'a person’s address',
      () => clerk.call('POST', '/api/registration/persons', person({ address: `杭州市${NUL}` })),
      'body/address',
    ],
    ['an employer name', () => clerk.call('POST', '/api/registration/employers', employer({ name: NUL })), 'body/name'],
    ['a person search', () => clerk.call('GET', '/api/registration/persons?name=%E7%8E%8B%00'), 'querystring/name'],
    ['a staff search', () => admin.call('GET', '/api/staff?q=a%00'), 'querystring/q'],
    ['an archive search', () => clerk.call('GET', '/api/archive/documents?citizenId=%00'), 'querystring/citizenId'],
    [
      'a public certificate check',
      () => t.anonymous('GET', '/api/public/certificates/check?no=%00&code=x'),
      'querystring/no',
    ],
    [
      'a staff member’s display name',
      () =>
        admin.call('POST', '/api/staff', {
          username: 'nul01',
          displayName: NUL,
          agencyId: 1,
          roles: ['clerk'],
          password: 'x',
        }),
      'body/displayName',
    ],
    [
      'a declaration line’s name (nested)',
      () =>
        employerHall.call('POST', '/api/hall/employer/declarations', {
          period: '202602',
          lines: [{ citizenId: idOf('33010619850315091'), name: NUL, wage: '8000' }],
        }),
      'body/lines/0/name',
    ],
    [
      'a key of the body',
      () => clerk.call('POST', '/api/registration/persons', { ...person(), [NUL]: 1 }),
      'body/aU+0000b',
    ],
  ];

  it.each(cases)('is refused by name in %s', async (_name, send, path) => {
    const body = refused(await send(), 'text_control_character', 400);
    expect(body.details).toEqual({ path, character: 'U+0000' });
  });

  it('is taken out of an uploaded file’s name, which is stored (a name is metadata, not typed)', async () => {
    const form = fileForm(
      `工资${NUL}\u202e.csv`,
      `身份证号,姓名,月工资\r\n${idOf('33010619850312001')},李明,8000.00\r\n`,
    );
    const url = '/api/hall/employer/declarations/upload?period=202603';
    const receipt = ok(await employerHall.call('POST', url, form.body, form.headers), 201);
    const stored = await t.ctx.db
      .selectFrom('contribution_declarations')
      .select('file_name')
      .where('declaration_no', '=', receipt.declarationNo)
      .executeTakeFirstOrThrow();
    expect(stored.file_name).toBe('工资ab.csv');
  });
});

describe('other characters no field may hold', () => {
  it.each([
    ['an escape (terminal colours)', '\u001b[31m王', 'text_control_character', 'U+001B'],
    ['DEL', '王\u007f', 'text_control_character', 'U+007F'],
    ['a C1 control', '王\u0085', 'text_control_character', 'U+0085'],
    ['a right-to-left override', '王\u202e明小', 'text_control_character', 'U+202E'],
    ['an isolate', '\u2066王\u2069', 'text_control_character', 'U+2066'],
    ['a lone surrogate', '王\ud800', 'text_not_unicode', 'U+D800'],
  ])('refuses %s in a person name', async (_name, name, code, character) => {
    const body = refused(await clerk.call('POST', '/api/registration/persons', person({ name })), code, 400);
    expect(body.details).toEqual({ path: 'body/name', character });
  });
});

describe('names', () => {
  it.each([
    ['zero-width spaces', '\u200b\u200b'],
    ['a Hangul filler', '\u3164'],
    ['ideographic spaces', '\u3000\u3000'],
  ])('refuses a person, an employer, a staff member named with %s only', async (_name, blank) => {
    for (const [response, path] of [
      [await clerk.call('POST', '/api/registration/persons', person({ name: blank })), 'body/name'],
      [await clerk.call('POST', '/api/registration/employers', employer({ legalRepName: blank })), 'body/legalRepName'],
      [await admin.call('PATCH', '/api/staff/1', { version: 1, displayName: blank }), 'body/displayName'],
    ] as const) {
      expect(refused(response, 'text_blank', 400).details.path).toBe(path);
    }
  });

  it('refuses a line break in a name, keeps it in free text', async () => {
    const split = refused(
      await clerk.call('POST', '/api/registration/persons', person({ name: '王\n小明' })),
      'text_control_character',
      400,
    );
    expect(split.details.path).toBe('body/name');
    const registered = ok(await clerk.call('POST', '/api/registration/persons', person()), 201);
    const changed = await clerk.call('PATCH', `/api/registration/persons/${registered.id}`, {
      version: registered.version,
      changes: { address: '杭州市西湖区文三路2号' },
      reason: '搬家。\n见户口本第二页。',
    });
    expect(changed.statusCode, changed.body).toBe(200);
  });
});

describe('every route', () => {
  /** Callers in turn: the first one the route lets in shows what the guard answers. */
  const callers = () => [admin, clerk, employerHall, personHall];

  it('refuses a NUL in the query string, the body and a path parameter by name, never a 500', async () => {
    const routes = t.app.routeRecords.filter(
      (r) =>
        r.url.startsWith('/api/') &&
        !r.url.startsWith('/api/docs') &&
        r.method !== 'HEAD' &&
        r.url !== '/api/auth/logout',
    );
    const failures: string[] = [];
    let guarded = 0;
    for (const route of routes) {
      const url = route.url.replace(/:(\w+)/g, '1');
      const probes: Array<[string, (c: Caller) => Promise<LightMyRequestResponse>]> = [
        [`${url}?x=%00`, (c) => c.call(route.method as 'POST', `${url}?x=%00`)],
      ];
      if (route.method !== 'GET')
        probes.push([`${url} {"x":"\\u0000"}`, (c) => c.call(route.method as 'POST', url, { x: NUL })]);
      if (route.url.includes(':')) {
        const nulParam = route.url.replace(/:(\w+)/, '%00').replace(/:(\w+)/g, '1');
        probes.push([nulParam, (c) => c.call(route.method as 'POST', nulParam)]);
      }
      for (const [label, probe] of probes) {
        let answer: LightMyRequestResponse | null = null;
        for (const caller of callers()) {
          answer = await probe(caller);
          if (answer.statusCode !== 401 && answer.statusCode !== 403) break;
        }
        const { statusCode } = answer!;
        if (statusCode >= 500) failures.push(`${route.method} ${label} → ${statusCode}`);
        else if (statusCode !== 401 && statusCode !== 403) {
          if (answer!.json().code === 'text_control_character') guarded += 1;
          else failures.push(`${route.method} ${label} → ${statusCode} ${answer!.json().code}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(guarded).toBeGreaterThan(routes.length);
  }, 300_000);
});
