import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizenIdCheckCharacter } from '../../src/kernel/citizen-id.ts';
import { creditCodeCheckCharacter } from '../../src/kernel/credit-code.ts';
import { employerIndex, sealedCitizenId } from '../../src/modules/registration/index.ts';
import { type Caller, ok, publicLogin, refused, type TestApp, testApp } from '../support/http.ts';

// TEST_START is Monday 2026-03-02 09:00 China time.
const DEMO_EMPLOYER = '91110000600037341L';
const DEMO_PERSON = '11010519491231002X';

let t: TestApp;
let clerk: Caller;
let reviewer: Caller;
let agencies: Map<string, number>;

function pdfText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-certificate-'));
  try {
    fs.writeFileSync(path.join(dir, 'c.pdf'), bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'c.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

let serial = 0;
function creditCode(): string {
  serial += 1;
  const body = `91330106${String(serial).padStart(9, '0')}`;
  return body + creditCodeCheckCharacter(body);
}

function citizenId(birth: string, seq: number): string {
  const body = `330106${birth}${String(seq).padStart(3, '0')}`;
  return body + citizenIdCheckCharacter(body);
}

async function register(overrides: Record<string, unknown> = {}) {
  const body = {
    creditCode: creditCode(),
    name: `杭州证明测试${serial}号有限公司`,
    type: 'enterprise',
    industryCode: '65',
    legalRepName: '王五',
    legalRepId: citizenId('19800101', 11),
    address: '杭州市西湖区文三路1号',
    contactName: '赵六',
    contactPhone: '13812345678',
    poolingRegion: '330100',
    foundedOn: '2020-01-01',
    ...overrides,
  };
  return ok(await clerk.call('POST', '/api/registration/employers', body), 201);
}

async function issue(employerId: number, kind = 'employer_registration') {
  return ok(await clerk.call('POST', `/api/registration/employers/${employerId}/certificates`, { kind }), 201);
}

const check = (no: string, code: string) =>
  t.anonymous('GET', `/api/public/certificates/check?no=${encodeURIComponent(no)}&code=${encodeURIComponent(code)}`);

/** Moves the clock; staff log in again (sessions idle out after 30 minutes). */
async function setDay(day: string): Promise<void> {
  t.clock.set(new Date(`${day}T01:00:00Z`));
  [clerk, reviewer] = [await t.as('clerk'), await t.as('reviewer')];
}

beforeAll(async () => {
  t = await testApp();
  await setDay('2026-03-02');
  const rows = await t.ctx.db.selectFrom('agencies').select(['id', 'code']).execute();
  agencies = new Map(rows.map((r) => [r.code, r.id]));
});
afterAll(() => t.dispose());

describe('registration certificate', () => {
  it('is numbered, archived as a PDF with number, code and QR link, and checks as valid', async () => {
    const employer = await register();
    const certificate = await issue(employer.id);
    expect(certificate).toMatchObject({
      kind: 'employer_registration',
      employerId: employer.id,
      issuedOn: '2026-03-02',
      verifyDueOn: '2027-03-02',
      status: 'valid',
      checkStatus: 'valid',
    });
    expect(certificate.certificateNo).toMatch(/^R2026\d{8}$/);
    expect(certificate.verifyCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(certificate.content.statements).toContain(`统一社会信用代码：${employer.creditCode}`);

    const pdf = await clerk.call('GET', `/api/registration/certificates/${certificate.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const printed = pdfText(pdf.rawPayload);
    expect(printed).toContain(certificate.certificateNo);
    expect(printed).toContain(certificate.verifyCode);
    expect(printed).toContain('社会保险登记证');
    expect(printed).toContain(`${t.ctx.config.publicBaseUrl}/verify`);

    const document = await t.ctx.db
      .selectFrom('archive_documents')
      .selectAll()
      .where('id', '=', certificate.documentId)
      .executeTakeFirstOrThrow();
    expect(document).toMatchObject({
      document_type: 'certificate',
      retention: '30y',
      subject_kind: 'employer',
      subject_index: employerIndex(t.ctx.keys, employer.creditCode),
    });

    const checked = ok(await check(certificate.certificateNo, certificate.verifyCode.toLowerCase()));
    expect(checked).toMatchObject({
      certificateNo: certificate.certificateNo,
      kind: 'employer_registration',
      status: 'valid',
      verifyDueOn: '2027-03-02',
      subject: { name: employer.name, creditCode: employer.creditCode },
    });
    expect(JSON.stringify(checked)).not.toContain('legalRep');
  });

  it('gives the same refusal for a wrong code and an unknown number', async () => {
    const employer = await register();
    const certificate = await issue(employer.id);
    const wrongCode = await check(certificate.certificateNo, 'AAAA2222');
    const unknown = await check('R202699999999', certificate.verifyCode);
    const garbage = await check('x', 'y');
    for (const response of [wrongCode, unknown, garbage]) refused(response, 'certificate_not_found', 404);
    expect(wrongCode.body).toBe(unknown.body);
    expect(unknown.body).toBe(garbage.body);
    refused(await t.anonymous('GET', '/api/public/certificates/check?no=R'), 'invalid_request', 400);
  });

  it('renews: a new issue supersedes the valid one', async () => {
    const employer = await register();
    const first = await issue(employer.id);
    const second = await issue(employer.id);
    expect(ok(await check(first.certificateNo, first.verifyCode)).status).toBe('superseded');
    expect(ok(await check(second.certificateNo, second.verifyCode)).status).toBe('valid');
    const listed = ok(await clerk.call('GET', `/api/registration/employers/${employer.id}/certificates`));
    expect(listed.map((c: { id: number; status: string }) => [c.id, c.status])).toEqual([
      [second.id, 'valid'],
      [first.id, 'superseded'],
    ]);
    expect(listed[1].statusReason).toBe(`换发 ${second.certificateNo}`);
  });

  it('uses the pooling region’s own verification period when it has one', async () => {
    await t.ctx.db
      .insertInto('registration_region_rules')
      .values({
        region_code: '330200',
        valid_from: '2026-01-01',
        allow_concurrent_employment: false,
        certificate_verify_months: 6,
      })
      .execute();
    const employer = await register({ poolingRegion: '330200' });
    expect((await issue(employer.id)).verifyDueOn).toBe('2026-09-02');
  });

  it('is issued only to an active employer, and revoked when the employer is cancelled', async () => {
    const employer = await register();
    const certificate = await issue(employer.id);
    ok(await clerk.call('POST', `/api/registration/employers/${employer.id}/suspend`, { version: 1, reason: '停业' }));
    refused(
      await clerk.call('POST', `/api/registration/employers/${employer.id}/certificates`, {
        kind: 'employer_registration',
      }),
      'certificate_employer_not_active',
      409,
    );
    ok(await clerk.call('POST', `/api/registration/employers/${employer.id}/cancel`, { version: 2, reason: '注销' }));
    const checked = ok(await check(certificate.certificateNo, certificate.verifyCode));
    expect(checked.status).toBe('revoked');
  });

  it('is revoked by a reviewer with a reason, once', async () => {
    const employer = await register();
    const certificate = await issue(employer.id);
    const url = `/api/registration/certificates/${certificate.id}/revoke`;
    refused(await clerk.call('POST', url, { reason: '骗取登记' }), 'forbidden', 403);
    refused(await reviewer.call('POST', url, {}), 'invalid_request', 400);
    expect(ok(await reviewer.call('POST', url, { reason: '骗取登记' }))).toMatchObject({
      status: 'revoked',
      checkStatus: 'revoked',
      statusReason: '骗取登记',
    });
    refused(await reviewer.call('POST', url, { reason: '再次' }), 'certificate_not_valid', 409);
    expect(ok(await check(certificate.certificateNo, certificate.verifyCode)).status).toBe('revoked');
    refused(
      await clerk.call('POST', `/api/registration/certificates/${certificate.id}/verify`, { result: 'passed' }),
      'certificate_not_verifiable',
      409,
    );
  });
});

describe('insurance certificate of an employer', () => {
  it('states the active employees and schemes; it is not verified periodically', async () => {
    const employer = await register();
    const certificate = await issue(employer.id, 'employer_insurance');
    expect(certificate).toMatchObject({ kind: 'employer_insurance', verifyDueOn: null, status: 'valid' });
    expect(certificate.certificateNo).toMatch(/^E2026\d{8}$/);
    expect(certificate.content.statements).toContain('在职参保职工：0 人。');
    refused(
      await clerk.call('POST', `/api/registration/certificates/${certificate.id}/verify`, { result: 'passed' }),
      'certificate_not_verifiable',
      409,
    );
    // A second one is another snapshot, not a renewal.
    await issue(employer.id, 'employer_insurance');
    expect(ok(await check(certificate.certificateNo, certificate.verifyCode)).status).toBe('valid');
  });
});

describe('periodic verification', () => {
  it('moves the due date on a pass, keeps it on a failure, and lists what is due or overdue', async () => {
    await setDay('2026-03-02');
    const employer = await register({ name: '年度验证测试有限公司' });
    const certificate = await issue(employer.id);
    const verify = (body: unknown) =>
      clerk.call('POST', `/api/registration/certificates/${certificate.id}/verify`, body);
    const dueIds = async (withinDays: number) =>
      ok(await clerk.call('GET', `/api/registration/certificates/due?withinDays=${withinDays}&pageSize=100`)).items.map(
        (c: { id: number }) => c.id,
      );

    expect(await dueIds(30)).not.toContain(certificate.id);
    expect(await dueIds(366)).toContain(certificate.id);

    await setDay('2027-02-10');
    const due = ok(await clerk.call('GET', '/api/registration/certificates/due?withinDays=30&pageSize=100'));
    expect(due.items.find((c: { id: number }) => c.id === certificate.id)).toMatchObject({
      employerName: '年度验证测试有限公司',
      employerNo: employer.employerNo,
      verifyDueOn: '2027-03-02',
    });
    // Verified early: the new period runs from the old due date.
    expect(ok(await verify({ result: 'passed' })).verifyDueOn).toBe('2028-03-02');

    await setDay('2028-03-10');
    expect(ok(await check(certificate.certificateNo, certificate.verifyCode)).status).toBe('verification_overdue');
    expect(await dueIds(0)).toContain(certificate.id);
    refused(await verify({ result: 'failed' }), 'certificate_verify_note_required', 400);
    const failed = ok(await verify({ result: 'failed', note: '未按时报送年度报告' }));
    expect(failed).toMatchObject({ verifyDueOn: '2028-03-02', checkStatus: 'verification_overdue' });
    // Verified late: the new period runs from today.
    expect(ok(await verify({ result: 'passed', note: '已补报' }))).toMatchObject({
      verifyDueOn: '2029-03-10',
      checkStatus: 'valid',
    });
    const rows = await t.ctx.db
      .selectFrom('certificate_verifications')
      .select(['verified_on', 'result', 'next_due_on', 'note'])
      .where('certificate_id', '=', certificate.id)
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { verified_on: '2027-02-10', result: 'passed', next_due_on: '2028-03-02', note: null },
      { verified_on: '2028-03-10', result: 'failed', next_due_on: null, note: '未按时报送年度报告' },
      { verified_on: '2028-03-10', result: 'passed', next_due_on: '2029-03-10', note: '已补报' },
    ]);
    await setDay('2026-03-02');
  });

  it('keeps certificates of other agencies out of scope', async () => {
    const employer = await register();
    const certificate = await issue(employer.id);
    await t.ctx.db
      .updateTable('employers')
      .set({ agency_id: agencies.get('330200')! })
      .where('id', '=', employer.id)
      .execute();
    refused(await clerk.call('GET', `/api/registration/certificates/${certificate.id}/pdf`), 'out_of_scope', 403);
    refused(
      await clerk.call('POST', `/api/registration/certificates/${certificate.id}/verify`, { result: 'passed' }),
      'out_of_scope',
      403,
    );
    refused(await clerk.call('GET', '/api/registration/certificates/999999/pdf'), 'certificate_not_found', 404);
    const due = ok(await clerk.call('GET', '/api/registration/certificates/due?withinDays=366&pageSize=100'));
    expect(due.items.map((c: { id: number }) => c.id)).not.toContain(certificate.id);
  });
});

describe('self-service hall', () => {
  let employerUser: Caller;
  let personUser: Caller;
  let employerId: number;

  beforeAll(async () => {
    await setDay('2026-03-02');
    // The demo employer and person may already be registered by the demo data.
    const existing = await t.ctx.db
      .selectFrom('employers')
      .select('id')
      .where('credit_code', '=', DEMO_EMPLOYER)
      .executeTakeFirst();
    employerId = existing?.id ?? (await register({ creditCode: DEMO_EMPLOYER, name: '杭州示范科技有限公司' })).id;
    employerUser = await publicLogin(t, 'employer', DEMO_EMPLOYER);
    personUser = await publicLogin(t, 'person', DEMO_PERSON);
  });

  it('shows the employer its profile, masked, with its certificates', async () => {
    await issue(employerId);
    const profile = ok(await employerUser.call('GET', '/api/hall/employer/profile'));
    expect(profile).toMatchObject({ id: employerId, creditCode: DEMO_EMPLOYER });
    expect(profile.legalRepIdMasked).toMatch(/\*{8}/);
    expect(profile.certificates.length).toBeGreaterThan(0);
    refused(await personUser.call('GET', '/api/hall/employer/profile'), 'forbidden', 403);
    refused(await clerk.call('GET', '/api/hall/employer/profile'), 'forbidden', 403);
  });

  it('issues the employer its insurance certificate and serves only its own PDFs', async () => {
    const certificate = ok(await employerUser.call('POST', '/api/hall/employer/certificates'), 201);
    expect(certificate).toMatchObject({ kind: 'employer_insurance', employerId });
    const pdf = await employerUser.call('GET', `/api/hall/certificates/${certificate.id}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdfText(pdf.rawPayload)).toContain(certificate.certificateNo);
    refused(await personUser.call('GET', `/api/hall/certificates/${certificate.id}/pdf`), 'certificate_not_found', 404);
    refused(await personUser.call('POST', '/api/hall/employer/certificates'), 'forbidden', 403);
    const other = await issue((await register()).id, 'employer_insurance');
    refused(await employerUser.call('GET', `/api/hall/certificates/${other.id}/pdf`), 'certificate_not_found', 404);
    const use = await t.ctx.db
      .selectFrom('archive_uses')
      .select('purpose')
      .where('document_id', '=', certificate.documentId)
      .execute();
    expect(use.map((u) => u.purpose)).toEqual(['applicant_request']);
  });

  it('issues a person’s certificate once the person is registered', async () => {
    const existing = await t.ctx.db
      .selectFrom('persons')
      .select('person_id')
      .where('id_index', '=', sealedCitizenId(t.ctx.keys, DEMO_PERSON).id_index)
      .executeTakeFirst();
    if (!existing)
      refused(await personUser.call('POST', '/api/hall/person/certificates'), 'certificate_person_not_registered', 404);
    const now = t.clock.now();
    const personId =
      existing?.person_id ??
      (
        await t.ctx.db
          .insertInto('persons')
          .values({
            ...sealedCitizenId(t.ctx.keys, DEMO_PERSON),
            name: '张三',
            gender: 'female',
            birth_date: '1949-12-31',
            agency_id: agencies.get('330106')!,
            source_channel: 'window',
            created_at: now,
            updated_at: now,
          })
          .returning('person_id')
          .executeTakeFirstOrThrow()
      ).person_id;
    await t.ctx.db
      .insertInto('enrolments')
      .values({
        person_id: personId,
        scheme: 'medical',
        category: 'flexible',
        started_on: '2024-01-01',
        ended_on: '2025-01-01',
        status: 'terminated',
        pooling_region: '330100',
        created_at: now,
        updated_at: now,
      })
      .execute();
    const certificate = ok(await personUser.call('POST', '/api/hall/person/certificates'), 201);
    expect(certificate).toMatchObject({ kind: 'person_insurance', personId, employerId: null });
    expect(certificate.certificateNo).toMatch(/^P2026\d{8}$/);
    expect(certificate.content.subject).toEqual({ kind: 'person', name: '张三', idMasked: '110105********002X' });
    expect(certificate.content.statements).toContain(
      '基本医疗保险（含生育保险）：2024-01-01 至 2025-01-01（灵活就业人员，已终止）',
    );
    const pdf = await personUser.call('GET', `/api/hall/certificates/${certificate.id}/pdf`);
    const printed = pdfText(pdf.rawPayload);
    expect(printed).toContain(certificate.certificateNo);
    expect(printed).toContain('110105********002X');
    expect(printed).not.toContain(DEMO_PERSON);
    refused(
      await employerUser.call('GET', `/api/hall/certificates/${certificate.id}/pdf`),
      'certificate_not_found',
      404,
    );
    refused(await employerUser.call('POST', '/api/hall/person/certificates'), 'forbidden', 403);
    const mine = ok(await personUser.call('GET', '/api/hall/person/certificates'));
    expect(mine.map((c: { id: number }) => c.id)).toContain(certificate.id);
    expect(mine.every((c: { personId: number }) => c.personId === personId)).toBe(true);
    refused(await employerUser.call('GET', '/api/hall/person/certificates'), 'forbidden', 403);
    const checked = ok(await check(certificate.certificateNo, certificate.verifyCode));
    expect(checked).toMatchObject({
      kind: 'person_insurance',
      status: 'valid',
      subject: { name: '张三', idMasked: '110105********002X' },
    });
    expect(JSON.stringify(checked)).not.toContain(DEMO_PERSON);
  });

  it('limits how many certificates one account issues a day', async () => {
    const issued = await t.ctx.db
      .selectFrom('certificates')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('issued_by_kind', '=', 'employer')
      .where('issued_on', '=', '2026-03-02')
      .executeTakeFirstOrThrow();
    for (let i = Number(issued.n); i < 10; i++)
      ok(await employerUser.call('POST', '/api/hall/employer/certificates'), 201);
    refused(await employerUser.call('POST', '/api/hall/employer/certificates'), 'certificate_daily_limit_reached', 429);
  });
});
