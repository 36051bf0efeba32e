import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import { writeTestMasterKey } from '../../../test/support/keys.ts';
import { loadConfig } from '../../config.ts';
import { Rejection } from '../../kernel/rejection.ts';
import { openSystem } from '../../system.ts';
import type { AuditActor } from '../audit/index.ts';
import {
  archiveUpload,
  documentsOfCase,
  storeDocument,
  storeUpload,
  subjectIndexOf,
  verifyArchive,
  type ArchiveUploadInput,
  type StoreDocumentInput,
} from './index.ts';

const PDF = Buffer.from(
  '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082',
  'hex',
);

let t: TestContext;
let xihu: number;
let clerk: AuditActor;
const person = '11010519491231002X';

beforeAll(async () => {
  // The demo as every database test gets it: a clone of the run's seeded image.
  t = await testContext({ demo: true }, { seedDemo: true });
  const agency = await t.ctx.db
    .selectFrom('agencies')
    .select('id')
    .where('code', '=', '330106')
    .executeTakeFirstOrThrow();
  const staff = await t.ctx.db
    .selectFrom('staff')
    .select('id')
    .where('username', '=', 'clerk')
    .executeTakeFirstOrThrow();
  xihu = agency.id;
  clerk = { kind: 'staff', id: staff.id, name: '王受理', agencyId: xihu, ip: '127.0.0.1', requestId: 'r1' };
});
afterAll(() => t.dispose());

const input = (over: Partial<StoreDocumentInput> = {}): StoreDocumentInput => ({
  bytes: PDF,
  fileName: '一次性告知单.pdf',
  mediaType: 'application/pdf',
  documentType: 'one_time_notice',
  retention: '30y',
  caseId: 101,
  caseNumber: 'C-330106-000101',
  itemCode: 'reg.person',
  agencyId: xihu,
  subjectKind: 'person',
  subjectIndex: subjectIndexOf(t.ctx, 'person', person),
  producedBy: clerk,
  ...over,
});

const store = (over: Partial<StoreDocumentInput> = {}) =>
  t.ctx.db.transaction().execute((trx) => storeDocument(trx, t.ctx, input(over)));

async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Rejection) return error.code;
    throw error;
  }
  throw new Error('expected a rejection');
}

const count = async (table: 'archive_documents' | 'archive_uploads' | 'archive_uses') =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM ${sql.table(table)}`.execute(t.ctx.db)).rows[0]!.n;

describe('storeDocument', () => {
  it('archives once under the SM3 digest with an archive number, retention date and audit entry', async () => {
    const first = await store();
    expect(first).toMatchObject({
      archiveNo: '330106-2026-D30-000001',
      size: PDF.length,
      mediaType: 'application/pdf',
      documentType: 'one_time_notice',
      retention: '30y',
      destroyAfter: '2057-01-01',
      caseNumber: 'C-330106-000101',
      agencyName: '西湖区社会保险管理服务中心',
      subjectKind: 'person',
      supersedesId: null,
      supersededById: null,
    });
    expect(first.sm3).toMatch(/^[0-9a-f]{64}$/);
    expect(await t.ctx.blobs.get(first.sm3)).toEqual(PDF);
    const second = await store({ retention: '30y' });
    expect(second.archiveNo).toBe('330106-2026-D30-000002');
    expect(second.sm3).toBe(first.sm3); // same bytes, one file
    expect((await store({ retention: 'permanent' })).archiveNo).toBe('330106-2026-Y-000001');
    expect((await store({ agencyId: null, retention: '10y' })).archiveNo).toBe('SYS-2026-D10-000001');
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'archive.store')
      .where('entity_id', '=', String(first.id))
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ archiveNo: first.archiveNo, sm3: first.sm3 });
  });

  it('rolls back the row, the number and the audit entry with the caller’s transaction', async () => {
    const before = await count('archive_documents');
    await expect(
      t.ctx.db.transaction().execute(async (trx) => {
        await storeDocument(trx, t.ctx, input({ agencyId: xihu, retention: '5y' }));
        throw new Error('the case failed after archiving');
      }),
    ).rejects.toThrow('the case failed');
    expect(await count('archive_documents')).toBe(before);
    expect((await store({ retention: '5y' })).archiveNo).toBe('330106-2026-D5-000001');
  });

  it('gives concurrent transactions distinct consecutive numbers', async () => {
    const made = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        store({ retention: '10y', caseId: 900 + i, bytes: Buffer.concat([PDF, Buffer.from(`% ${i}\n`)]) }),
      ),
    );
    expect(made.map((d) => d.archiveNo).sort()).toEqual(
      Array.from({ length: 8 }, (_, i) => `330106-2026-D10-${String(i + 1).padStart(6, '0')}`),
    );
  });

  it('refuses content that is not what the caller declares (a programmer error)', async () => {
    await expect(store({ bytes: PNG, mediaType: 'application/pdf' })).rejects.toThrow(/declared application\/pdf/);
    await expect(store({ bytes: Buffer.alloc(0) })).rejects.toThrow(/cannot be empty/);
  });
});

describe('immutability', () => {
  it('has no UPDATE or DELETE of archived documents anywhere in the code', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name)) {
          const text = fs.readFileSync(file, 'utf8');
          if (/(updateTable|deleteFrom)\(\s*'archive_(documents|uses)/.test(text)) offenders.push(file);
          if (/(UPDATE|DELETE FROM)\s+archive_(documents|uses)/i.test(text)) offenders.push(file);
        }
      }
    };
    walk(path.resolve('src'));
    expect(offenders).toEqual([]);
  });

  it('corrects by supersession: both versions kept, linked, only the newest correctable', async () => {
    const original = await store({ caseId: 202, caseNumber: 'C-202', documentType: 'decision', retention: '10y' });
    const fixedBytes = Buffer.concat([PDF, Buffer.from('% corrected\n')]);
    const fixed = await store({
      caseId: 202,
      caseNumber: 'C-202',
      documentType: 'decision',
      retention: '10y',
      bytes: fixedBytes,
      supersedes: { documentId: original.id, reason: '姓名笔误更正' },
    });
    expect(fixed).toMatchObject({ supersedesId: original.id, supersedeReason: '姓名笔误更正' });
    const versions = await documentsOfCase(t.ctx.db, 202);
    expect(versions.map((d) => [d.id, d.supersedesId, d.supersededById])).toEqual([
      [original.id, null, fixed.id],
      [fixed.id, original.id, null],
    ]);
    expect(await t.ctx.blobs.get(original.sm3)).toEqual(PDF); // the old file is still there
    expect(await rejection(store({ supersedes: { documentId: original.id, reason: '再次更正' }, caseId: 202 }))).toBe(
      'archive_already_superseded',
    );
    expect(await rejection(store({ supersedes: { documentId: 999999, reason: 'x' } }))).toBe(
      'archive_document_not_found',
    );
    const again = await store({ caseId: 202, supersedes: { documentId: fixed.id, reason: '第二次更正' } });
    expect(again.supersedesId).toBe(fixed.id);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'archive.supersede')
      .where('entity_id', '=', String(fixed.id))
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ supersedesId: original.id, reason: '姓名笔误更正' });
  });

  it('keeps a fork impossible in the database too (a document is superseded at most once)', async () => {
    const doc = await store({ caseId: 303 });
    await store({ caseId: 303, supersedes: { documentId: doc.id, reason: '更正' } });
    await expect(
      sql`INSERT INTO archive_documents (archive_no, sm3, size_bytes, media_type, file_name, document_type,
            retention, destroy_after, produced_by_kind, produced_by_name, supersedes_id, supersede_reason, created_at, row_seal)
          VALUES ('fork', ${doc.sm3}, 1, 'application/pdf', 'f.pdf', 'decision', '10y', '2037-01-01', 'staff', 'x',
            ${doc.id}, 'fork', now(), 'x')`.execute(t.ctx.db),
    ).rejects.toThrow(/unique|duplicate/i);
  });
});

describe('archiveUpload', () => {
  const attach = (uploadId: string, over: Partial<ArchiveUploadInput> = {}) =>
    t.ctx.db.transaction().execute((trx) =>
      archiveUpload(trx, t.ctx, uploadId, {
        by: clerk,
        allowed: ['application/pdf'],
        maxBytes: 5 * 1024 * 1024,
        retention: '30y',
        caseId: 404,
        caseNumber: 'C-404',
        itemCode: 'reg.person',
        agencyId: xihu,
        subjectKind: null,
        subjectIndex: null,
        materialCode: 'id_card',
        ...over,
      }),
    );

  it('archives the uploader’s pending upload once, checked against the material', async () => {
    const upload = await storeUpload(t.ctx, clerk, { bytes: PDF, fileName: '身份证.pdf', agencyId: xihu });
    const doc = await attach(upload.uploadId);
    expect(doc).toMatchObject({
      documentType: 'upload',
      materialCode: 'id_card',
      fileName: '身份证.pdf',
      sm3: upload.sm3,
    });
    expect(await rejection(attach(upload.uploadId))).toBe('upload_already_archived');
  });

  it.each([
    ['a PNG for a PDF-only material', PNG, 'scan.png', {}, 'upload_type_not_accepted'],
    ['a file larger than the material allows', PDF, 'big.pdf', { maxBytes: 10 }, 'upload_too_large'],
  ])('refuses %s and archives nothing', async (_name, bytes, fileName, over, code) => {
    const upload = await storeUpload(t.ctx, clerk, { bytes, fileName, agencyId: xihu });
    const before = await count('archive_documents');
    expect(await rejection(attach(upload.uploadId, over))).toBe(code);
    expect(await count('archive_documents')).toBe(before);
  });

  it('refuses another uploader’s, an unknown and an expired upload', async () => {
    const upload = await storeUpload(t.ctx, clerk, { bytes: PDF, fileName: 'a.pdf', agencyId: xihu });
    const someoneElse: AuditActor = { ...clerk, id: clerk.id! + 1000 };
    expect(await rejection(attach(upload.uploadId, { by: someoneElse }))).toBe('upload_not_found');
    expect(await rejection(attach('00000000-0000-4000-8000-000000000000'))).toBe('upload_not_found');
    t.clock.advance(72 * 3_600_000);
    expect(await rejection(attach(upload.uploadId))).toBe('upload_expired');
  });
});

describe('verifyArchive', () => {
  it('finds altered and missing files and rows edited in SQL', async () => {
    const kept = await store({ caseId: 505, retention: '30y' });
    const victim = await store({ bytes: Buffer.concat([PDF, Buffer.from('% victim\n')]), caseId: 505 });
    const clean = await verifyArchive(t.ctx.db, t.ctx.blobs, t.ctx.keys);
    expect(clean).toMatchObject({ ok: true, missing: [], altered: [], rowsAltered: [] });
    expect(clean.checked).toBeGreaterThanOrEqual(2);
    const file = path.join(t.blobDir, victim.sm3.slice(0, 2), victim.sm3.slice(2, 4), victim.sm3);
    fs.chmodSync(file, 0o644);
    fs.writeFileSync(file, Buffer.concat([PDF, Buffer.from('% forged\n')]));
    await sql`UPDATE archive_documents SET retention = 'permanent', destroy_after = NULL WHERE id = ${kept.id}`.execute(
      t.ctx.db,
    );
    const broken = await verifyArchive(t.ctx.db, t.ctx.blobs, t.ctx.keys);
    expect(broken.ok).toBe(false);
    expect(broken.altered).toEqual([{ sm3: victim.sm3, refs: [victim.archiveNo] }]);
    expect(broken.rowsAltered).toEqual([kept.archiveNo]);
    fs.rmSync(file);
    expect((await verifyArchive(t.ctx.db, t.ctx.blobs, t.ctx.keys)).missing).toEqual([
      { sm3: victim.sm3, refs: [victim.archiveNo] },
    ]);
  });
});

describe('shebao verify-archive', () => {
  it('exits 0 on an intact archive and 1 listing a corrupted and a missing file', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-verify-archive-'));
    writeTestMasterKey(dataDir);
    const env = { ...process.env, SHEBAO_DATA_DIR: dataDir, DATABASE_URL: '', SHEBAO_MASTER_KEY: '' };
    const system = await openSystem(loadConfig(env));
    const docs = [];
    for (const text of ['one', 'two', 'three'])
      docs.push(
        await system.ctx.db.transaction().execute((trx) =>
          storeDocument(trx, system.ctx, {
            ...input({ agencyId: null, subjectKind: null, subjectIndex: null }),
            bytes: Buffer.concat([PDF, Buffer.from(`% ${text}\n`)]),
          }),
        ),
      );
    await system.close();
    const bin = path.resolve('bin/shebao.mjs');
    const run = () => spawnSync(process.execPath, [bin, 'verify-archive'], { env, encoding: 'utf8' });
    const intact = run();
    expect(intact.stdout, intact.stderr).toContain('archive intact: 3 files checked in the filesystem store');
    expect(intact.status).toBe(0);
    const fileOf = (digest: string) => path.join(dataDir, 'archive', digest.slice(0, 2), digest.slice(2, 4), digest);
    fs.chmodSync(fileOf(docs[0]!.sm3), 0o644);
    fs.appendFileSync(fileOf(docs[0]!.sm3), 'x');
    fs.rmSync(fileOf(docs[2]!.sm3));
    const broken = run();
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`altered ${docs[0]!.sm3} (${docs[0]!.archiveNo})`);
    expect(broken.stderr).toContain(`missing ${docs[2]!.sm3} (${docs[2]!.archiveNo})`);
    expect(broken.stderr).toContain('archive verification FAILED');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);
});
