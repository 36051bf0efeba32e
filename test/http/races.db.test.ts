/**
 * Requests that race each other on one key get their named refusals, never a 500, and limits hold
 * under parallel requests. Only a real server runs transactions side by side (PGlite serialises
 * them), so this runs on PostgreSQL only (TEST_DATABASE_URL).
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenIdCheckCharacter } from '../../src/kernel/citizen-id.ts';
import { creditCodeCheckCharacter } from '../../src/kernel/credit-code.ts';
import { PENDING_UPLOADS_MAX } from '../../src/modules/archive/archive.model.ts';
import { HALL_STATEMENTS_PER_DAY_MAX } from '../../src/modules/ledger/statements/ledger.statements.ts';
import { HALL_CERTIFICATES_PER_DAY_MAX } from '../../src/modules/registration/registration.certificates.service.ts';
import { fileForm } from '../fixtures/registration/imports.ts';
import { DEMO_PUBLIC_ACCOUNTS } from '../support/demo-credentials.ts';
import { ok, publicLogin, testApp, type Caller, type TestApp } from '../support/http.ts';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** How many responses had each outcome: `201`, or `409 person_already_registered`. */
function outcomes(responses: readonly LightMyRequestResponse[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of responses) {
    const key = r.statusCode < 300 ? String(r.statusCode) : `${r.statusCode} ${r.json().code}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

const parallel = (n: number, send: () => Promise<LightMyRequestResponse>) =>
  Promise.all(Array.from({ length: n }, send));

describe.runIf(onPostgres)('requests racing on one key', () => {
  let t: TestApp;
  let clerk: Caller;
  let admin: Caller;
  beforeAll(async () => {
    t = await testApp();
    [clerk, admin] = [await t.as('clerk'), await t.as('admin')];
  });
  afterAll(() => t.dispose());

  it('registers one citizen ID once: one 201, the other 19 person_already_registered', async () => {
    const body = `33010619850315091`;
    const person = {
      citizenId: body + citizenIdCheckCharacter(body),
      name: '王并发',
      gender: 'male',
      birthDate: '1985-03-15',
    };
    const responses = await parallel(20, () => clerk.call('POST', '/api/registration/persons', person));
    expect(outcomes(responses)).toEqual({ 201: 1, '409 person_already_registered': 19 });
  });

  it('registers one credit code once: one 201, the other 19 employer_already_registered', async () => {
    const code = '91330106000000099';
    const legalRep = '33010619800101011';
    const employer = {
      creditCode: code + creditCodeCheckCharacter(code),
      name: '杭州并发测试科技有限公司',
      type: 'enterprise',
      industryCode: '65',
      legalRepName: '王五',
      legalRepId: legalRep + citizenIdCheckCharacter(legalRep),
      address: '杭州市西湖区文三路1号',
      contactName: '赵六',
      contactPhone: '13812345678',
      poolingRegion: '330100',
      foundedOn: '2020-01-01',
    };
    const responses = await parallel(20, () => clerk.call('POST', '/api/registration/employers', employer));
    expect(outcomes(responses)).toEqual({ 201: 1, '409 employer_already_registered': 19 });
  });

  it('creates one user name once: one 201, the other 19 username_taken (some used to get a 500)', async () => {
    const agency = await t.ctx.db
      .selectFrom('agencies')
      .select('id')
      .where('parent_id', 'is', null)
      .executeTakeFirstOrThrow();
    const staff = {
      username: 'racer01',
      displayName: '并发',
      agencyId: agency.id,
      roles: ['clerk'],
      password: 'Race-condition-2026!',
    };
    const responses = await parallel(20, () => admin.call('POST', '/api/staff', staff));
    expect(outcomes(responses)).toEqual({ 201: 1, '409 username_taken': 19 });
  });

  it(`issues no more than ${HALL_CERTIFICATES_PER_DAY_MAX} certificates a day to 50 parallel requests`, async () => {
    const person = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'person')!;
    const hall = await publicLogin(t, 'person', person.identifier);
    const responses = await parallel(50, () => hall.call('POST', '/api/hall/person/certificates'));
    expect(outcomes(responses)).toEqual({
      201: HALL_CERTIFICATES_PER_DAY_MAX,
      '429 certificate_daily_limit_reached': 50 - HALL_CERTIFICATES_PER_DAY_MAX,
    });
    const issued = await t.ctx.db
      .selectFrom('certificates')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('issued_by_kind', '=', 'person')
      .executeTakeFirstOrThrow();
    expect(Number(issued.n)).toBe(HALL_CERTIFICATES_PER_DAY_MAX);
  });

  it(`issues no more than ${HALL_STATEMENTS_PER_DAY_MAX} new statements a day to parallel requests for distinct years`, async () => {
    const liMing = DEMO_PUBLIC_ACCOUNTS.find((a) => a.name === '李明')!;
    const hall = await publicLogin(t, 'person', liMing.identifier);
    const { years } = ok(await hall.call('GET', '/api/hall/person/statements')) as {
      years: Array<{ year: number; closed: boolean }>;
    };
    const closed = years.filter((y) => y.closed).map((y) => y.year);
    expect(closed.length).toBeGreaterThan(HALL_STATEMENTS_PER_DAY_MAX);
    const responses = await Promise.all(
      closed.map((year) => hall.call('GET', `/api/hall/person/statements/${year}/pdf`)),
    );
    expect(outcomes(responses)).toEqual({
      200: HALL_STATEMENTS_PER_DAY_MAX,
      '429 statement_daily_limit_reached': closed.length - HALL_STATEMENTS_PER_DAY_MAX,
    });
  });

  it(`keeps one uploader to ${PENDING_UPLOADS_MAX} pending uploads under ${PENDING_UPLOADS_MAX + 10} parallel ones`, async () => {
    const uploader = await t.as('clerk');
    const pdf = (i: number) =>
      fileForm(`材料${i}.pdf`, Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% ${i}\n%%EOF\n`));
    const responses = await parallel(PENDING_UPLOADS_MAX + 10, () => {
      const form = pdf(Math.random());
      return uploader.call('POST', '/api/uploads', form.body, form.headers);
    });
    expect(outcomes(responses)).toEqual({ 201: PENDING_UPLOADS_MAX, '429 upload_quota_exceeded': 10 });
  });
});
