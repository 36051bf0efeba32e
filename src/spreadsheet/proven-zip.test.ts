import crypto from 'node:crypto';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { deflatedZeros, lyingWorkbook, writeZip } from '../../test/support/zip.ts';
import { Rejection } from '../kernel/rejection.ts';
import { provenZip, UPLOAD_ZIP_LIMITS, ZipFormatError, type ZipLimits } from './index.ts';
import { STORED, zipDirectory } from './zip-directory.ts';

const small: ZipLimits = { entriesMax: 4, inflatedBytesMax: 64 * 1024 };

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable('the archive was accepted'),
    (error: unknown) => error,
  );
}

async function refusal(promise: Promise<unknown>): Promise<Rejection> {
  const error = await failure(promise);
  expect(error).toBeInstanceOf(Rejection);
  return error as Rejection;
}

/** Each entry's name and content, as JSZip (exceljs's reader) sees them. */
async function contents(bytes: Buffer): Promise<Array<{ name: string; data: Buffer }>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = [];
  for (const file of Object.values(zip.files)) out.push({ name: file.name, data: await file.async('nodebuffer') });
  return out;
}

/** Whether every entry of an archive is stored (nothing to inflate). */
const allStored = (bytes: Buffer) => zipDirectory(bytes, UPLOAD_ZIP_LIMITS).every((e) => e.method === STORED);

describe('provenZip', () => {
  it('gives back the same entries, every one stored, so nothing is left for a parser to inflate', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('名单').addRow(['证件号码', '姓名']);
    const original = Buffer.from(await workbook.xlsx.writeBuffer());
    const proven = await provenZip(original);
    expect(await contents(proven)).toEqual(await contents(original));
    expect(allStored(original)).toBe(false);
    expect(allStored(proven)).toBe(true);
    const reread = new ExcelJS.Workbook();
    await reread.xlsx.load(proven as unknown as ArrayBuffer);
    expect(reread.worksheets[0]!.name).toBe('名单');
    expect(reread.worksheets[0]!.getRow(1).values).toEqual([undefined, '证件号码', '姓名']);
  });

  it('keeps every entry’s bytes and name for any archive within the limits (property)', async () => {
    const entry = fc.record({
      // Names a file can have: JSZip, the reader compared against, reads '.' and '..' as no name
      // and a name ending in '/' as a folder.
      name: fc
        .string({ minLength: 1, maxLength: 20, unit: 'grapheme' })
        .filter((name) => name !== '.' && name !== '..' && !name.endsWith('/')),
      data: fc.uint8Array({ maxLength: 2_000 }).map((a) => Buffer.from(a)),
      method: fc.constantFrom(0 as const, 8 as const),
    });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(entry, { selector: (e) => e.name, maxLength: 4 }), async (entries) => {
        const proven = await provenZip(writeZip(entries), small);
        expect(await contents(proven)).toEqual(entries.map((e) => ({ name: e.name, data: e.data })));
        expect(allStored(proven)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses more entries than allowed, before inflating any', async () => {
    const five = Array.from({ length: 5 }, (_, i) => ({ name: `part${i}.xml`, data: Buffer.from('x') }));
    const error = await refusal(provenZip(writeZip(five), small));
    expect(error.code).toBe('upload_archive_entries_too_many');
    expect(error.details).toEqual({ entriesMax: 4 });
  });

  it('refuses declared sizes past the cap from the directory alone', async () => {
    const honest = writeZip([{ name: 'big.xml', deflated: deflatedZeros(1), declaredSize: 1024 * 1024 }]);
    const error = await refusal(provenZip(honest, small));
    expect(error.code).toBe('upload_inflated_too_large');
    expect(error.details).toEqual({ inflatedBytesMax: small.inflatedBytesMax });
  });

  it('stops inflating an entry the moment it yields more than its directory declared', async () => {
    const error = await refusal(provenZip(lyingWorkbook(1024), UPLOAD_ZIP_LIMITS));
    expect(error.code).toBe('upload_inflated_too_large');
    expect(error.details).toEqual({ entry: 'xl/worksheets/sheet1.xml', declaredBytes: 4_096 });
  });

  it('inflates a multi-chunk entry into place when its directory is honest', async () => {
    const zeros = Buffer.alloc(1024 * 1024);
    const stream = deflatedZeros(1);
    const archive = writeZip([{ name: 'z', deflated: stream, declaredSize: zeros.length, crc32: zlib.crc32(zeros) }]);
    const proven = await provenZip(archive, { entriesMax: 1, inflatedBytesMax: zeros.length });
    const [entry, ...more] = await contents(proven);
    expect(more).toEqual([]);
    // Buffer.equals: a deep comparison of a MiB element by element takes seconds.
    expect(entry!.data.equals(zeros)).toBe(true);
  });

  const data = Buffer.from('<sheetData/>'.repeat(20));
  const noise = crypto.randomBytes(200);
  it.each([
    ['an entry that inflates to less than declared', [{ name: 'a', data, declaredSize: data.length + 1 }]],
    ['an entry whose CRC-32 does not match', [{ name: 'a', data, crc32: 1 }]],
    ['an encrypted entry', [{ name: 'a', data, flags: 0x0801 }]],
    ['a stored entry that claims another size', [{ name: 'a', data, method: 0 as const, declaredSize: 3 }]],
    [
      'a deflate stream cut short',
      [{ name: 'a', deflated: zlib.deflateRawSync(noise).subarray(0, 50), declaredSize: 200 }],
    ],
  ])('treats %s as a damaged archive', async (_name, entries) => {
    expect(await failure(provenZip(writeZip(entries), small))).toBeInstanceOf(ZipFormatError);
  });

  it.each([
    ['no end record', Buffer.from('PK\x03\x04 not really a zip')],
    ['a truncated archive', writeZip([{ name: 'a', data }]).subarray(0, 40)],
    ['an unknown compression method', patchCentral(writeZip([{ name: 'a', data }]), 10, 2, 12)],
    ['a directory pointing past the end', patchCentral(writeZip([{ name: 'a', data }]), 42, 4, 10_000)],
  ])('treats %s as a damaged archive', async (_name, bytes) => {
    expect(await failure(provenZip(bytes, small))).toBeInstanceOf(ZipFormatError);
  });
});

/** The archive with one field (`width` bytes at `offset`) of its first central directory entry replaced. */
function patchCentral(bytes: Buffer, offset: number, width: 2 | 4, value: number): Buffer {
  const copy = Buffer.from(bytes);
  const at = copy.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  if (width === 2) copy.writeUInt16LE(value, at + offset);
  else copy.writeUInt32LE(value, at + offset);
  return copy;
}
