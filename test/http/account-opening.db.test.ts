/**
 * Opening a self-service hall account proves identity (issue 14, item 1): the code goes only to the
 * phone on file and only when the register holds the name; the first answer is the same whatever
 * the register holds; without a phone on file a clerk who checked the document issues an
 * activation code; the login phone changes only with codes to the old and the new phone.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DEMO_PUBLIC_ACCOUNTS } from '../../src/demo/demo-data.ts';
import { DEMO_REGISTRATION_PERSONS, DEMO_SECOND_CREDIT_CODE } from '../../src/demo/registration-demo.ts';
import { citizenIdCheckCharacter } from '../../src/kernel/citizen-id.ts';
import { tokenDigest } from '../../src/kernel/sm-crypto.ts';
import { personIndex, sealedCitizenId } from '../../src/modules/registration/index.ts';
import {
  callerFor,
  ok,
  publicLogin,
  refused,
  sessionCookie,
  testApp,
  type Caller,
  type TestApp,
} from '../support/http.ts';

// TEST_START is Monday 2026-03-02 09:00 China time.
let t: TestApp;
let clerk: Caller;

const ATTACKER_PHONE = '13700000001';
const PASSWORD = 'Hall#Opening2026';
const personOf = (name: string) => DEMO_REGISTRATION_PERSONS.find((p) => p.name === name)!;
/** 王芳: registered, mobile phone on file, no hall account. */
const WANG_FANG = personOf('王芳');
/** 陈杰: registered, no phone on file, no hall account. */
const CHEN_JIE = personOf('陈杰');
const ZHANG_SAN = DEMO_PUBLIC_ACCOUNTS.find((a) => a.name === '张三')!;
const LI_MING = DEMO_PUBLIC_ACCOUNTS.find((a) => a.name === '李明')!;

function idOf(body17: string): string {
  return body17 + citizenIdCheckCharacter(body17);
}

async function messageCount(): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The messages sent for a challenge (the demo outbox's correlation), oldest first. */
async function sentFor(challenge: string) {
  return t.ctx.db
    .selectFrom('messages')
    .select(['recipient_masked', 'body_zh'])
    .where('correlation', '=', tokenDigest(t.ctx.keys, challenge))
    .orderBy('id')
    .execute();
}

/** The text of a PDF (poppler's pdftotext). */
function pdfText(bytes: Buffer): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-activation-'));
  try {
    fs.writeFileSync(path.join(dir, 'a.pdf'), bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const codeIn = (body: string) => /(\d{6})/.exec(body)![1]!;

async function personId(citizenId: string): Promise<number> {
  const row = await t.ctx.db
    .selectFrom('persons')
    .select('person_id')
    .where('id_index', '=', personIndex(t.ctx.keys, citizenId))
    .executeTakeFirstOrThrow();
  return row.person_id;
}

const start = (body: Record<string, unknown>) => t.anonymous('POST', '/api/public/register/start', body);
const complete = (challenge: string, code: string, password = PASSWORD) =>
  t.anonymous('POST', '/api/public/register/complete', { challenge, code, password });
const activate = (body: Record<string, unknown>) => t.anonymous('POST', '/api/public/register/activate', body);
const issue = (caller: Caller, kind: 'persons' | 'employers', id: number, body: Record<string, unknown>) =>
  caller.call('POST', `/api/registration/${kind}/${id}/hall-activation`, {
    documentType: kind === 'persons' ? 'resident_id_card' : 'business_licence',
    documentChecked: true,
    delivery: 'slip',
    ...body,
  });

beforeAll(async () => {
  t = await testApp();
});

afterAll(async () => {
  await t?.dispose();
});

beforeEach(async () => {
  clerk = await t.as('clerk');
});

describe('online opening: the code goes only to the phone on file', () => {
  it('no longer sends the attack request’s code to the caller’s phone (issue 14)', async () => {
    const before = await messageCount();
    // The second demo employer: registered with a landline contact, no account. Any name, the caller's phone.
    for (const name of ['x', '杭州西湖机械厂']) {
      const response = await start({
        kind: 'employer',
        identifier: DEMO_SECOND_CREDIT_CODE,
        name,
        phone: ATTACKER_PHONE,
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(Object.keys(response.json())).toEqual(['challenge']);
      expect(await sentFor(response.json().challenge)).toEqual([]);
    }
    // A registered person with a mobile on file, the right name and the caller's phone: the code goes to the file's phone.
    const right = await start({ kind: 'person', identifier: WANG_FANG.citizenId, name: '王芳', phone: ATTACKER_PHONE });
    const sent = await sentFor(right.json().challenge);
    expect(sent.map((m) => m.recipient_masked)).toEqual(['137****0002']);
    expect(await messageCount()).toBe(before + 1);
  });

  it.each([
    ['an identifier nobody registered', 'person', idOf('33010619991231999'), '路人甲', 0],
    ['a registered person under another name', 'person', WANG_FANG.citizenId, '张三', 0],
    ['a registered person with no phone on file', 'person', CHEN_JIE.citizenId, '陈杰', 0],
    ['a registered person who already has an account', 'person', ZHANG_SAN.identifier, '张三', 0],
    ['an employer whose contact phone is a landline', 'employer', DEMO_SECOND_CREDIT_CODE, '杭州西湖机械厂', 0],
    ['a registered person with a mobile on file, under the register’s name', 'person', WANG_FANG.citizenId, '王 芳', 1],
  ])('answers alike for %s; a wrong code is refused alike', async (_case, kind, identifier, name, texts) => {
    const response = await start({ kind, identifier, name });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(Object.keys(body)).toEqual(['challenge']);
    expect(body.challenge).toMatch(/^[\w-]{43}$/);
    expect(response.headers['content-length']).toBe(String(JSON.stringify(body).length));
    expect((await sentFor(body.challenge)).length).toBe(texts);
    refused(await complete(body.challenge, '000000'), 'code_invalid', 401);
  });

  it('spends a challenge after five wrong codes, with or without a code sent', async () => {
    for (const name of ['张三', '王芳']) {
      const { challenge } = ok(await start({ kind: 'person', identifier: WANG_FANG.citizenId, name }));
      for (let i = 0; i < 5; i++) refused(await complete(challenge, '000001'), 'code_invalid', 401);
      refused(await complete(challenge, '000001'), 'challenge_invalid', 401);
    }
  });

  it('texts one holder’s phone at most five times in 24 hours; past that the answer stays the same', async () => {
    const citizenId = idOf('33010619900101123');
    ok(
      await clerk.call('POST', '/api/registration/persons', {
        citizenId,
        name: '钱多多',
        gender: 'male',
        birthDate: '1990-01-01',
        hukouType: 'urban',
        hukouPlace: '330106',
        phone: '13955550000',
        address: '杭州市西湖区文三路9号',
      }),
      201,
    );
    const texts: number[] = [];
    for (let i = 0; i < 7; i++) {
      const body = ok(await start({ kind: 'person', identifier: citizenId, name: '钱多多' }));
      expect(Object.keys(body)).toEqual(['challenge']);
      texts.push((await sentFor(body.challenge)).length);
    }
    expect(texts).toEqual([1, 1, 1, 1, 1, 0, 0]);
    const withheld = await t.ctx.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'public.register_started')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(withheld.details).toMatchObject({ outcome: 'daily_limit' });
  });

  it('opens 王芳’s account with the code sent to her phone on file, under the register’s name', async () => {
    const { challenge } = ok(await start({ kind: 'person', identifier: WANG_FANG.citizenId, name: ' 王芳 ' }));
    const [sms] = await sentFor(challenge);
    const done = await complete(challenge, codeIn(sms!.body_zh));
    expect(done.json()).toEqual({ status: 'ok' });
    const session = (await callerFor(t.app, sessionCookie(done))).call('GET', '/api/auth/session');
    expect((await session).json().session).toMatchObject({ kind: 'person', displayName: '王芳' });
    const account = await t.ctx.db
      .selectFrom('public_accounts')
      .select(['phone_masked'])
      .where('display_name', '=', '王芳')
      .executeTakeFirstOrThrow();
    expect(account.phone_masked).toBe('137****0002');
    // Now she has an account: asking again sends nothing and says nothing new.
    const again = ok(await start({ kind: 'person', identifier: WANG_FANG.citizenId, name: '王芳' }));
    expect(await sentFor(again.challenge)).toEqual([]);
  });

  it('still refuses a malformed identifier by its format (that reveals nothing about the register)', async () => {
    refused(await start({ kind: 'person', identifier: '110105194912310021', name: 'x' }), 'invalid_citizen_id', 400);
    refused(await start({ kind: 'employer', identifier: '91110000600037341A', name: 'x' }), 'invalid_credit_code', 400);
  });
});

describe('window activation: the clerk checked the document', () => {
  it('issues a code for 陈杰 (no phone on file), prints it, and he opens his account with it', async () => {
    const id = await personId(CHEN_JIE.citizenId);
    refused(await issue(clerk, 'persons', id, { documentChecked: false }), 'invalid_request', 400);
    refused(
      await issue(clerk, 'persons', id, { documentType: 'business_licence' }),
      'hall_activation_document_invalid',
      400,
    );
    refused(await issue(clerk, 'persons', id, { delivery: 'letter' }), 'hall_activation_no_address', 409);
    refused(await issue(clerk, 'persons', id, { delivery: 'sms' }), 'hall_activation_phone_required', 400);
    const issued = ok(await issue(clerk, 'persons', id, {}));
    expect(issued).toMatchObject({ delivery: 'slip', sentTo: null, accountExists: false, validThrough: '2026-03-09' });
    expect(issued.code).toMatch(/^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{5}$/);
    const stored = await t.ctx.db
      .selectFrom('hall_activations')
      .selectAll()
      .where('id', '=', issued.activationId)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(issued.code.replace('-', ''));
    expect(stored).toMatchObject({ document_type: 'resident_id_card', status: 'live', holder_id: id });

    const wrongPrint = await clerk.call('POST', `/api/registration/hall-activations/${issued.activationId}/document`, {
      code: 'AAAAA-AAAAA',
    });
    refused(wrongPrint, 'hall_activation_not_found', 404);
    const slip = await clerk.call('POST', `/api/registration/hall-activations/${issued.activationId}/document`, {
      code: issued.code.toLowerCase(),
    });
    expect(slip.statusCode).toBe(200);
    expect(slip.headers['content-type']).toBe('application/pdf');
    const slipText = pdfText(slip.rawPayload);
    // Wide glyphs can come out of pdftotext with blanks between them.
    expect(slipText.replace(/ /g, '')).toContain(issued.code);
    expect(slipText).toContain('陈杰');
    expect(slipText).toContain('2026年03月09日');
    expect(slipText).not.toContain(CHEN_JIE.citizenId.slice(6, 14)); // the birth date stays masked

    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('entity', '=', 'person')
      .where('entity_id', '=', String(id))
      .where('action', 'like', 'registration.hall_activation%')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'registration.hall_activation',
      'registration.hall_activation_printed',
    ]);
    expect(audit[0]!.details).toMatchObject({ documentType: 'resident_id_card', delivery: 'slip' });

    const body = { kind: 'person', identifier: CHEN_JIE.citizenId, phone: '13912345678' };
    refused(await activate({ ...body, activationCode: 'BBBBB-BBBBB' }), 'activation_code_invalid', 401);
    const step = ok(await activate({ ...body, activationCode: issued.code.replace('-', ' ') }));
    expect(step.sentTo).toBe('139****5678');
    const [sms] = await sentFor(step.challenge);
    expect(sms!.recipient_masked).toBe('139****5678');
    const done = await complete(step.challenge, codeIn(sms!.body_zh));
    expect(done.json()).toEqual({ status: 'ok' });
    const used = await t.ctx.db
      .selectFrom('hall_activations')
      .select(['status', 'public_account_id'])
      .where('id', '=', issued.activationId)
      .executeTakeFirstOrThrow();
    expect(used.status).toBe('used');
    expect(used.public_account_id).not.toBeNull();
    // Single use.
    refused(await activate({ ...body, activationCode: issued.code }), 'activation_code_invalid', 401);
    // He logs in: the code goes to the phone he proved.
    const login = ok(
      await t.anonymous('POST', '/api/public/login', {
        kind: 'person',
        identifier: CHEN_JIE.citizenId,
        password: PASSWORD,
      }),
    );
    expect(login.sentTo).toBe('139****5678');
  });

  it('spends a code after five wrong tries, lets only the newest code work, and ends it after its last day', async () => {
    const person = personOf('刘婷');
    const id = await personId(person.citizenId);
    const body = { kind: 'person', identifier: person.citizenId, phone: '13912340000' };
    const first = ok(await issue(clerk, 'persons', id, {}));
    const second = ok(await issue(clerk, 'persons', id, {}));
    refused(await activate({ ...body, activationCode: first.code }), 'activation_code_invalid', 401);
    for (let i = 0; i < 4; i++)
      refused(await activate({ ...body, activationCode: 'CCCCC-CCCCC' }), 'activation_code_invalid', 401);
    // Five wrong codes (the revoked one counted): the newest is spent too.
    refused(await activate({ ...body, activationCode: second.code }), 'activation_code_invalid', 401);

    const third = ok(await issue(clerk, 'persons', id, {}));
    expect(third.validThrough).toBe('2026-03-09');
    t.clock.set(new Date('2026-03-09T15:59:00Z')); // 23:59 on its last day
    ok(await activate({ ...body, activationCode: third.code }));
    t.clock.set(new Date('2026-03-09T16:00:00Z')); // midnight: over
    refused(await activate({ ...body, activationCode: third.code }), 'activation_code_invalid', 401);
    t.clock.set(new Date('2026-03-02T01:00:00Z'));
  });

  it('re-binds 张三’s existing account to a new phone and password; his old sessions end', async () => {
    const old = await publicLogin(t, 'person', ZHANG_SAN.identifier);
    const id = await personId(ZHANG_SAN.identifier);
    const issued = ok(await issue(clerk, 'persons', id, { delivery: 'sms', phone: '13612345678' }));
    expect(issued).toMatchObject({ accountExists: true, sentTo: '136****5678' });
    const texted = await t.ctx.db
      .selectFrom('messages')
      .select('body_zh')
      .where('correlation', '=', `hall_activation:${issued.activationId}`)
      .executeTakeFirstOrThrow();
    expect(texted.body_zh).toContain(issued.code);
    const step = ok(
      await activate({
        kind: 'person',
        identifier: ZHANG_SAN.identifier,
        activationCode: issued.code,
        phone: '13612345678',
      }),
    );
    const [sms] = await sentFor(step.challenge);
    ok(await complete(step.challenge, codeIn(sms!.body_zh), 'Zhang#Rebound2026'));
    expect((await old.call('GET', '/api/public/cases')).statusCode).toBe(401);
    const login = ok(
      await t.anonymous('POST', '/api/public/login', {
        kind: 'person',
        identifier: ZHANG_SAN.identifier,
        password: 'Zhang#Rebound2026',
      }),
    );
    expect(login.sentTo).toBe('136****5678');
  });

  it('prints a letter to an employer’s registered address and keeps the clerk to their subtree', async () => {
    const employer = await t.ctx.db
      .selectFrom('employers')
      .select('id')
      .where('credit_code', '=', DEMO_SECOND_CREDIT_CODE)
      .executeTakeFirstOrThrow();
    const issued = ok(await issue(clerk, 'employers', employer.id, { delivery: 'letter' }));
    expect(issued.validThrough).toBe('2026-03-17');
    const letter = await clerk.call('POST', `/api/registration/hall-activations/${issued.activationId}/document`, {
      code: issued.code,
    });
    expect(letter.statusCode).toBe(200);
    expect(String(letter.headers['content-disposition'])).toContain(encodeURIComponent('开通激活码通知函'));
    const letterText = pdfText(letter.rawPayload);
    expect(letterText).toContain('杭州市西湖区天目山路181号');
    expect(letterText).toContain('杭州西湖机械厂（收）');
    expect(letterText.replace(/ /g, '')).toContain(issued.code);

    const agency = await t.ctx.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', '330102')
      .executeTakeFirstOrThrow();
    const now = t.clock.now();
    const elsewhere = await t.ctx.db
      .insertInto('persons')
      .values({
        ...sealedCitizenId(t.ctx.keys, idOf('33010219800808028')),
        name: '上城人',
        gender: 'female',
        birth_date: '1980-08-08',
        agency_id: agency.id,
        source_channel: 'window',
        created_at: now,
        updated_at: now,
      })
      .returning('person_id')
      .executeTakeFirstOrThrow();
    refused(await issue(clerk, 'persons', elsewhere.person_id, {}), 'out_of_scope', 403);
    const reviewer = await t.as('reviewer');
    refused(await issue(reviewer, 'persons', elsewhere.person_id, {}), 'forbidden', 403);
  });
});

describe('changing the login phone in the hall', () => {
  async function codes(challenge: string) {
    const sent = await sentFor(challenge);
    return Object.fromEntries(sent.map((m) => [m.recipient_masked, codeIn(m.body_zh)]));
  }

  it('needs the code sent to the current phone and the one sent to the new phone', async () => {
    const hall = await publicLogin(t, 'person', LI_MING.identifier);
    expect(ok(await hall.call('GET', '/api/hall/account/phone'))).toEqual({ phoneMasked: '137****0001' });
    refused(await hall.call('POST', '/api/hall/account/phone', { phone: LI_MING.phone }), 'phone_unchanged', 400);
    const step = ok(await hall.call('POST', '/api/hall/account/phone', { phone: '13598765432' }));
    expect(step).toMatchObject({ currentMasked: '137****0001', newMasked: '135****5432' });
    const sent = await codes(step.challenge);
    const confirm = (currentCode: string, newCode: string) =>
      hall.call('POST', '/api/hall/account/phone/confirm', { challenge: step.challenge, currentCode, newCode });
    // The new phone's code alone, or the codes swapped, prove nothing.
    refused(await confirm(sent['135****5432']!, sent['135****5432']!), 'code_invalid', 401);
    refused(await confirm(sent['135****5432']!, sent['137****0001']!), 'code_invalid', 401);
    expect(ok(await confirm(sent['137****0001']!, sent['135****5432']!))).toEqual({ phoneMasked: '135****5432' });
    const notice = await t.ctx.db
      .selectFrom('messages')
      .select(['recipient_masked', 'body_zh'])
      .where('purpose', '=', 'phone_changed')
      .executeTakeFirstOrThrow();
    expect(notice.recipient_masked).toBe('137****0001');
    const login = ok(
      await t.anonymous('POST', '/api/public/login', {
        kind: 'person',
        identifier: LI_MING.identifier,
        password: DEMO_PASSWORD,
      }),
    );
    expect(login.sentTo).toBe('135****5432');
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'public.phone_changed')
      .executeTakeFirstOrThrow();
    expect(audit.details).toEqual({ from: '137****0001', to: '135****5432' });
  });

  it('is for hall users only', async () => {
    const response: LightMyRequestResponse = await clerk.call('POST', '/api/hall/account/phone', {
      phone: '13598765432',
    });
    refused(response, 'forbidden', 403);
  });
});
