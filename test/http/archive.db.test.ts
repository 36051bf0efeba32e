import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  storeDocument,
  subjectIndexOf,
  type ArchivedDocument,
  type StoreDocumentInput,
} from '../../src/modules/archive/index.ts';
import type { AuditActor } from '../../src/modules/audit/index.ts';
import { DEMO_PASSWORD, DEMO_PUBLIC_ACCOUNTS } from '../support/demo-credentials.ts';
import { callerFor, sessionCookie, testApp, type Caller, type TestApp } from '../support/http.ts';

const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082',
  'hex',
);
const PERSON = '11010519491231002X';
const OTHER_PERSON = '110105194912310038';
const MB = 1024 * 1024;

let t: TestApp;
let clerk: Caller;
let reviewer: Caller;
let auditor: Caller;
let supervisor: Caller;
const agencies = new Map<string, number>();

/** A multipart/form-data body with the given parts, as a browser would send it. */
function multipart(parts: Array<{ name: string; fileName?: string; type?: string; content: Buffer | string }>): {
  body: Buffer;
  headers: Record<string, string>;
} {
  const boundary = '----shebao' + Math.random().toString(16).slice(2);
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition =
      part.fileName === undefined
        ? `form-data; name="${part.name}"`
        : `form-data; name="${part.name}"; filename="${part.fileName}"`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n`));
    if (part.type) chunks.push(Buffer.from(`Content-Type: ${part.type}\r\n`));
    chunks.push(Buffer.from('\r\n'), Buffer.from(part.content), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const upload = (caller: Caller, content: Buffer, fileName: string, type = 'application/pdf') => {
  const form = multipart([{ name: 'file', fileName, type, content }]);
  return caller.call('POST', '/api/uploads', form.body, form.headers);
};

async function publicLogin(identifier: string): Promise<Caller> {
  const step = await t.anonymous('POST', '/api/public/login', { kind: 'person', identifier, password: DEMO_PASSWORD });
  expect(step.json().status, step.body).toBe('otp');
  const outbox = await t.anonymous('GET', `/api/demo/outbox?challenge=${step.json().challenge}`);
  const code = /(\d{6})/.exec(outbox.json().messages[0].body)![1]!;
  const ok = await t.anonymous('POST', '/api/public/login/verify', { challenge: step.json().challenge, code });
  return callerFor(t.app, sessionCookie(ok));
}

const count = async (table: 'archive_documents' | 'archive_uploads' | 'archive_uses') =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(t.ctx.db)).rows[0]!.n;

const system: AuditActor = { kind: 'system', id: null, name: 'test', agencyId: null, ip: null, requestId: null };

async function archive(over: Partial<StoreDocumentInput>): Promise<ArchivedDocument> {
  return t.ctx.db.transaction().execute((trx) =>
    storeDocument(trx, t.ctx, {
      bytes: PDF,
      fileName: 'doc.pdf',
      mediaType: 'application/pdf',
      documentType: 'upload',
      retention: '30y',
      caseId: null,
      caseNumber: null,
      itemCode: null,
      agencyId: null,
      subjectKind: null,
      subjectIndex: null,
      producedBy: system,
      ...over,
    }),
  );
}

beforeAll(async () => {
  t = await testApp();
  [clerk, reviewer, auditor, supervisor] = [
    await t.as('clerk'),
    await t.as('reviewer'),
    await t.as('auditor'),
    await t.as('supervisor'),
  ];
  for (const a of await t.ctx.db.selectFrom('agencies').select(['id', 'code']).execute()) agencies.set(a.code, a.id);
});
afterAll(() => t.dispose());

describe('POST /api/uploads', () => {
  it('stores a PDF from a clerk as a pending upload, checked by content', async () => {
    const response = await upload(clerk, PDF, '身份证复印件.pdf');
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({ fileName: '身份证复印件.pdf', mediaType: 'application/pdf', size: PDF.length });
    expect(body.uploadId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await t.ctx.blobs.get(body.sm3)).toEqual(PDF);
    const mine = await clerk.call('GET', `/api/uploads/${body.uploadId}`);
    expect(mine.json()).toMatchObject({ uploadId: body.uploadId, archivedAs: null });
    const content = await clerk.call('GET', `/api/uploads/${body.uploadId}/content`);
    expect(content.headers['content-type']).toBe('application/pdf');
    expect(content.rawPayload).toEqual(PDF);
    // Another user cannot see it.
    expect((await reviewer.call('GET', `/api/uploads/${body.uploadId}`)).json().code).toBe('upload_not_found');
  });

  it('takes uploads from logged-in public users', async () => {
    const person = await publicLogin(DEMO_PUBLIC_ACCOUNTS[0]!.identifier);
    const response = await upload(person, PNG, 'photo.png', 'image/png');
    expect(response.statusCode, response.body).toBe(201);
    const row = await t.ctx.db
      .selectFrom('archive_uploads')
      .selectAll()
      .where('id', '=', response.json().uploadId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ uploader_kind: 'person', agency_id: null, media_type: 'image/png' });
  });

  const big = Buffer.concat([PDF, Buffer.alloc(10 * MB + 1 - PDF.length)]);
  it.each([
    ['a PNG renamed .pdf', () => upload(clerk, PNG, 'scan.pdf'), 415, 'upload_name_mismatch'],
    [
      'HTML named .pdf',
      () => upload(clerk, Buffer.from('<html><script>x</script>'), 'a.pdf'),
      415,
      'upload_type_not_accepted',
    ],
    [
      'a Word document',
      () => upload(clerk, Buffer.from('504b030414000000', 'hex'), 'a.docx'),
      415,
      'upload_type_not_accepted',
    ],
    ['an empty file', () => upload(clerk, Buffer.alloc(0), 'empty.pdf'), 400, 'upload_empty'],
    ['a file over 10 MB', () => upload(clerk, big, 'big.pdf'), 413, 'upload_too_large'],
    ['a JSON body', () => clerk.call('POST', '/api/uploads', { file: 'JVBERi0=' }), 415, 'upload_not_multipart'],
    [
      'two files',
      () => {
        const form = multipart([
          { name: 'file', fileName: 'a.pdf', content: PDF },
          { name: 'file', fileName: 'b.pdf', content: PDF },
        ]);
        return clerk.call('POST', '/api/uploads', form.body, form.headers);
      },
      400,
      'upload_malformed',
    ],
    [
      'an extra field',
      () => {
        const form = multipart([
          { name: 'note', content: 'hello' },
          { name: 'file', fileName: 'a.pdf', content: PDF },
        ]);
        return clerk.call('POST', '/api/uploads', form.body, form.headers);
      },
      400,
      'upload_malformed',
    ],
    [
      'a file under another name',
      () => {
        const form = multipart([{ name: 'document', fileName: 'a.pdf', content: PDF }]);
        return clerk.call('POST', '/api/uploads', form.body, form.headers);
      },
      400,
      'upload_malformed',
    ],
    ['a reviewer (no case.accept)', () => upload(reviewer, PDF, 'a.pdf'), 403, 'forbidden'],
    [
      'an anonymous caller',
      () => t.anonymous('POST', '/api/uploads', multipart([]).body, multipart([]).headers),
      401,
      'unauthenticated',
    ],
  ])('refuses %s and stores nothing', async (_name, send, status, code) => {
    const before = await count('archive_uploads');
    const response = await send();
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().code).toBe(code);
    expect(await count('archive_uploads')).toBe(before);
  });

  it('says in English what the content was', async () => {
    const form = multipart([{ name: 'file', fileName: 'scan.pdf', content: PNG }]);
    const response = await clerk.call('POST', '/api/uploads', form.body, { ...form.headers, 'accept-language': 'en' });
    expect(response.json()).toMatchObject({
      code: 'upload_name_mismatch',
      message: 'The file name’s extension does not match what the file contains',
      details: { detected: 'image/png', claimed: 'application/pdf' },
    });
  });
});

describe('the archive for staff', () => {
  const docs: Record<string, ArchivedDocument> = {};
  beforeAll(async () => {
    const personIndex = subjectIndexOf(t.ctx, 'person', PERSON);
    docs.xihu = await archive({
      agencyId: agencies.get('330106')!,
      caseId: 1,
      caseNumber: 'XH-0001',
      itemCode: 'reg.person',
      subjectKind: 'person',
      subjectIndex: personIndex,
      documentType: 'one_time_notice',
      fileName: '一次性告知单-XH-0001.pdf',
    });
    docs.beishan = await archive({
      agencyId: agencies.get('330106001')!,
      caseId: 2,
      caseNumber: 'BS-0002',
      itemCode: 'reg.person',
      subjectKind: 'person',
      subjectIndex: personIndex,
      bytes: PNG,
      mediaType: 'image/png',
      fileName: 'photo.png',
    });
    docs.ningbo = await archive({
      agencyId: agencies.get('330200')!,
      caseId: 3,
      caseNumber: 'NB-0003',
      itemCode: 'benefit.unemployment',
      subjectKind: 'person',
      subjectIndex: personIndex,
      documentType: 'decision',
    });
    docs.other = await archive({
      agencyId: agencies.get('330106')!,
      caseNumber: 'XH-0004',
      subjectKind: 'person',
      subjectIndex: subjectIndexOf(t.ctx, 'person', OTHER_PERSON),
    });
    docs.province = await archive({ agencyId: null, documentType: 'notice', retention: 'permanent' });
  });

  const ids = (response: { json(): { items: Array<{ id: number }> } }) =>
    response
      .json()
      .items.map((d) => d.id)
      .sort();
  const search = (caller: Caller, query: string) => caller.call('GET', `/api/archive/documents?${query}`);

  it('searches a person’s documents within each caller’s agency subtree', async () => {
    const q = `citizenId=${PERSON}`;
    // 西湖区 clerk: 西湖区 and its 北山街道 below, not 宁波.
    expect(ids(await search(clerk, q))).toEqual([docs.xihu!.id, docs.beishan!.id].sort());
    // 杭州 auditor: the same two.
    expect(ids(await search(auditor, q))).toEqual([docs.xihu!.id, docs.beishan!.id].sort());
    // The province supervisor sees every agency's.
    expect(ids(await search(supervisor, q))).toEqual([docs.xihu!.id, docs.beishan!.id, docs.ningbo!.id].sort());
    // Agency-less documents are seen from the top level only.
    expect(ids(await search(supervisor, 'documentType=notice'))).toEqual([docs.province!.id]);
    expect(ids(await search(clerk, 'documentType=notice'))).toEqual([]);
    // The search is audited without the identifier.
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'archive.search')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(entry.details)).not.toContain(PERSON);
  });

  it('filters by item, type, case number, agency and date, and pages', async () => {
    expect(ids(await search(supervisor, 'itemCode=benefit.unemployment'))).toEqual([docs.ningbo!.id]);
    expect(ids(await search(supervisor, 'caseNumber=BS-0002'))).toEqual([docs.beishan!.id]);
    expect(ids(await search(supervisor, 'documentType=decision'))).toEqual([docs.ningbo!.id]);
    expect(ids(await search(supervisor, `agencyId=${agencies.get('330106001')}`))).toEqual([docs.beishan!.id]);
    expect(ids(await search(supervisor, `archiveNo=${docs.other!.archiveNo}`))).toEqual([docs.other!.id]);
    expect((await search(supervisor, 'from=2026-03-02&to=2026-03-02')).json().total).toBe(5);
    expect((await search(supervisor, 'from=2026-03-03')).json().total).toBe(0);
    expect((await search(supervisor, 'to=2026-03-01')).json().total).toBe(0);
    const page = (await search(supervisor, 'pageSize=2&page=2')).json();
    expect(page).toMatchObject({ total: 5 });
    expect(page.items).toHaveLength(2);
    expect(ids(await search(clerk, `creditCode=${DEMO_PUBLIC_ACCOUNTS[1]!.identifier}`))).toEqual([]);
  });

  it.each([
    ['an invalid citizen ID', `citizenId=110105194912310039`, 400, 'invalid_citizen_id'],
    ['an invalid credit code', `creditCode=91110000600037341X`, 400, 'invalid_credit_code'],
    ['both a person and an employer', `citizenId=${PERSON}&creditCode=91110000600037341L`, 400, 'invalid_request'],
    ['an agency out of scope', 'agencyId=__nb__', 403, 'out_of_scope'],
    ['a page too large', 'pageSize=101', 400, 'invalid_request'],
  ])('refuses %s', async (_name, query, status, code) => {
    const response = await search(clerk, query.replace('__nb__', String(agencies.get('330200'))));
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().code).toBe(code);
  });

  it('shows one document with its versions, in scope only', async () => {
    const fixed = await archive({
      agencyId: agencies.get('330106')!,
      caseNumber: 'XH-0001',
      bytes: Buffer.concat([PDF, Buffer.from('% v2\n')]),
      supersedes: { documentId: docs.xihu!.id, reason: '更正材料清单' },
    });
    const one = await clerk.call('GET', `/api/archive/documents/${docs.xihu!.id}`);
    expect(one.statusCode, one.body).toBe(200);
    expect(one.json()).toMatchObject({ id: docs.xihu!.id, supersededById: fixed.id });
    expect(one.json().chain.map((d: { id: number }) => d.id)).toEqual([docs.xihu!.id, fixed.id]);
    expect(one.json()).not.toHaveProperty('subjectIndex');
    // A superseded version drops out of the default search but stays findable.
    expect(ids(await search(clerk, 'caseNumber=XH-0001'))).toEqual([fixed.id]);
    expect(ids(await search(clerk, 'caseNumber=XH-0001&includeSuperseded=true'))).toEqual(
      [docs.xihu!.id, fixed.id].sort(),
    );
    const out = await clerk.call('GET', `/api/archive/documents/${docs.ningbo!.id}`);
    expect([out.statusCode, out.json().code]).toEqual([403, 'out_of_scope']);
    const none = await clerk.call('GET', '/api/archive/documents/999999');
    expect([none.statusCode, none.json().code]).toEqual([404, 'archive_document_not_found']);
  });

  it('records every download as an archive use with its purpose, and audits it', async () => {
    const usesBefore = await count('archive_uses');
    const response = await clerk.call(
      'GET',
      `/api/archive/documents/${docs.beishan!.id}/content?purpose=case_handling&note=${encodeURIComponent('核对照片')}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.rawPayload).toEqual(PNG);
    expect(response.headers).toMatchObject({
      'content-type': 'image/png',
      'x-archive-no': docs.beishan!.archiveNo,
      'x-content-sm3': docs.beishan!.sm3,
      'cache-control': 'no-store',
    });
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="photo.png"; filename*=UTF-8''photo.png`,
    );
    expect(await count('archive_uses')).toBe(usesBefore + 1);
    const uses = (await clerk.call('GET', `/api/archive/uses?documentId=${docs.beishan!.id}`)).json();
    expect(uses.items[0]).toMatchObject({
      documentId: docs.beishan!.id,
      archiveNo: docs.beishan!.archiveNo,
      user: { kind: 'staff', name: '王受理' },
      purpose: 'case_handling',
      note: '核对照片',
    });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'archive.use')
      .where('entity_id', '=', String(docs.beishan!.id))
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ outcome: 'success', actor_name: '王受理' });
    // The Chinese file name travels in filename*.
    const named = await clerk.call(
      'GET',
      `/api/archive/documents/${docs.other!.id}/content?purpose=verification&disposition=inline`,
    );
    expect(named.headers['content-disposition']).toBe(`inline; filename="doc.pdf"; filename*=UTF-8''doc.pdf`);
  });

  it.each([
    ['no purpose', '', 400, 'invalid_request'],
    ['purpose other without a note', '?purpose=other', 400, 'archive_use_note_required'],
    ['an unknown purpose', '?purpose=curiosity', 400, 'invalid_request'],
  ])('refuses a download with %s and records no use', async (_name, query, status, code) => {
    const before = await count('archive_uses');
    const response = await clerk.call('GET', `/api/archive/documents/${docs.xihu!.id}/content${query}`);
    expect([response.statusCode, response.json().code]).toEqual([status, code]);
    expect(await count('archive_uses')).toBe(before);
  });

  it('refuses a download out of scope and a reviewer’s use records of another subtree', async () => {
    const out = await clerk.call('GET', `/api/archive/documents/${docs.ningbo!.id}/content?purpose=audit`);
    expect([out.statusCode, out.json().code]).toEqual([403, 'out_of_scope']);
    const uses = await reviewer.call('GET', `/api/archive/uses?documentId=${docs.ningbo!.id}`);
    expect([uses.statusCode, uses.json().code]).toEqual([403, 'out_of_scope']);
  });

  it('refuses to hand out a file altered on disk, and says so in the audit log', async () => {
    const doc = await archive({ agencyId: agencies.get('330106')!, bytes: Buffer.concat([PDF, Buffer.from('% t\n')]) });
    const file = path.join(t.blobDir, doc.sm3.slice(0, 2), doc.sm3.slice(2, 4), doc.sm3);
    fs.chmodSync(file, 0o644);
    fs.appendFileSync(file, 'tampered');
    const before = await count('archive_uses');
    const response = await clerk.call('GET', `/api/archive/documents/${doc.id}/content?purpose=verification`);
    expect([response.statusCode, response.json().code]).toEqual([409, 'archive_content_altered']);
    expect(await count('archive_uses')).toBe(before);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'archive.use')
      .where('entity_id', '=', String(doc.id))
      .executeTakeFirstOrThrow();
    expect(audit.outcome).toBe('failed');
  });

  it('counts documents by type and month, and uses by month, within the subtree', async () => {
    const stats = (await supervisor.call('GET', '/api/archive/stats?from=2026-01&to=2026-03')).json();
    expect(stats.months).toEqual(['2026-01', '2026-02', '2026-03']);
    const byType = Object.fromEntries(
      stats.byType.map((r: { documentType: string; count: number }) => [r.documentType, r.count]),
    );
    expect(byType).toMatchObject({ one_time_notice: 1, decision: 1, notice: 1 });
    expect(stats.byMonth.every((r: { month: string }) => r.month === '2026-03')).toBe(true);
    expect(stats.usesByMonth).toEqual([{ month: '2026-03', count: 2 }]);
    const local = (await clerk.call('GET', '/api/archive/stats')).json();
    expect(local.months).toHaveLength(12);
    expect(local.byType.find((r: { documentType: string }) => r.documentType === 'decision')).toBeUndefined();
    const bad = await supervisor.call('GET', '/api/archive/stats?from=2026-04&to=2026-03');
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'archive_period_invalid']);
  });

  it('describes its vocabularies for the UI, to staff with archive.read only', async () => {
    const meta = (await clerk.call('GET', '/api/archive/meta')).json();
    expect(meta.retentions.map((r: { code: string }) => r.code)).toEqual(['permanent', '30y', '10y', '5y']);
    expect(meta.purposes.find((p: { code: string }) => p.code === 'judicial')).toMatchObject({ zh: '司法调取' });
    expect(meta.uploadMaxBytes).toBe(10 * MB);
    const admin = await t.as('admin');
    expect((await admin.call('GET', '/api/archive/documents')).statusCode).toBe(403);
  });
});
