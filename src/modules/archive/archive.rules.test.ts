import { fileTypeFromBuffer } from 'file-type';
import { describe, expect, it } from 'vitest';
import { Rejection } from '../../kernel/rejection.ts';
import {
  archiveNumber,
  checkUpload,
  cleanFileName,
  destroyAfter,
  mediaTypeOfName,
  monthsBetween,
  periodValid,
  RECOGNISED_MEDIA_TYPES,
  sniffMediaType,
} from './archive.rules.ts';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const JPEG = Buffer.from('ffd8ffe000104a46494600010100000100010000ffdb', 'hex');
const PDF = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n', 'latin1');
const TIFF = Buffer.from('49492a0008000000', 'hex');
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]);
const GIF = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
const ZIP = Buffer.from('504b0304140000000800', 'hex');
const TEXT = Buffer.from('%PDF is what this text starts with, almost', 'utf8');
const HTML = Buffer.from('<!doctype html><script>alert(1)</script>');
const PDF_ONLY = ['application/pdf'];
const IMAGES_AND_PDF = ['application/pdf', 'image/jpeg', 'image/png'];

function refusal(run: () => unknown): { code: string; details: unknown } | null {
  try {
    run();
    return null;
  } catch (error) {
    if (error instanceof Rejection) return { code: error.code, details: error.details };
    throw error;
  }
}

describe('content sniffing', () => {
  it.each([
    ['PDF', PDF, 'application/pdf'],
    ['PNG', PNG, 'image/png'],
    ['JPEG', JPEG, 'image/jpeg'],
    ['TIFF', TIFF, 'image/tiff'],
    ['WebP', WEBP, 'image/webp'],
    ['GIF', GIF, 'image/gif'],
    ['ZIP (docx, OFD)', ZIP, 'application/zip'],
    ['text that almost looks like a PDF', TEXT, null],
    ['HTML', HTML, null],
    ['nothing', Buffer.alloc(0), null],
    ['a truncated PNG signature', PNG.subarray(0, 5), null],
  ])('recognises %s', (_name, bytes, expected) => {
    expect(sniffMediaType(bytes)).toBe(expected);
  });

  it('agrees with file-type on every sample it recognises', async () => {
    // (file-type also parses a TIFF's directory, which the 8-byte sample lacks; inspectUpload uses both.)
    for (const bytes of [PDF, PNG, JPEG, GIF, ZIP]) {
      const theirs = await fileTypeFromBuffer(bytes);
      expect(sniffMediaType(bytes)).toBe(theirs?.mime);
    }
    expect(RECOGNISED_MEDIA_TYPES).toEqual(
      expect.arrayContaining(['application/pdf', 'image/png', 'image/jpeg', 'image/tiff', 'image/webp']),
    );
  });
});

describe('checkUpload decides by content', () => {
  it.each([
    ['a PDF for a PDF-only material', PDF, PDF_ONLY, 'scan.pdf', { mediaType: 'application/pdf' }],
    ['a PNG for an image-or-PDF material', PNG, IMAGES_AND_PDF, 'photo.PNG', { mediaType: 'image/png' }],
    ['a JPEG with a .jpeg name', JPEG, IMAGES_AND_PDF, '身份证.jpeg', { mediaType: 'image/jpeg' }],
    ['a PDF without an extension', PDF, PDF_ONLY, 'scan', { mediaType: 'application/pdf' }],
    ['a PDF with an unknown extension', PDF, PDF_ONLY, 'scan.dat', { mediaType: 'application/pdf' }],
    ['no file name at all', PNG, IMAGES_AND_PDF, undefined, { mediaType: 'image/png' }],
  ])('accepts %s', (_name, bytes, allowed, fileName, expected) => {
    expect(checkUpload(bytes, allowed, 1024, fileName)).toEqual(expected);
  });

  it.each([
    ['a PNG renamed .pdf for a PDF-only material', PNG, PDF_ONLY, 'scan.pdf', 'upload_type_not_accepted'],
    ['a PNG renamed .pdf where PNG is accepted', PNG, IMAGES_AND_PDF, 'scan.pdf', 'upload_name_mismatch'],
    ['a PDF named .jpg', PDF, IMAGES_AND_PDF, 'photo.jpg', 'upload_name_mismatch'],
    ['HTML named .pdf', HTML, PDF_ONLY, 'x.pdf', 'upload_type_not_accepted'],
    ['a ZIP (docx) for an image-or-PDF material', ZIP, IMAGES_AND_PDF, 'a.docx', 'upload_type_not_accepted'],
    ['an empty file', Buffer.alloc(0), PDF_ONLY, 'empty.pdf', 'upload_empty'],
    [
      'a file one byte too large',
      Buffer.concat([PDF, Buffer.alloc(1024 - PDF.length + 1)]),
      PDF_ONLY,
      'big.pdf',
      'upload_too_large',
    ],
  ])('refuses %s', (_name, bytes, allowed, fileName, code) => {
    expect(refusal(() => checkUpload(bytes, allowed, 1024, fileName))?.code).toBe(code);
  });

  it('names what the content is when it refuses it, and accepts exactly the limit', () => {
    expect(refusal(() => checkUpload(PNG, PDF_ONLY, 1024, 'scan.pdf'))?.details).toEqual({
      detected: 'image/png',
      allowed: PDF_ONLY,
    });
    const exact = Buffer.concat([PDF, Buffer.alloc(1024 - PDF.length)]);
    expect(checkUpload(exact, PDF_ONLY, 1024).mediaType).toBe('application/pdf');
  });
});

describe('file names', () => {
  it.each([
    ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['C:\\Users\\王\\身份证.JPG', 'image/jpeg', '身份证.JPG'],
    ['scan', 'application/pdf', 'scan.pdf'],
    ['  \u0000bad\u202ename".png ', 'image/png', 'badname.png'],
    ['', 'image/png', 'file.png'],
    ['...', 'application/pdf', 'file.pdf'],
    ['x'.repeat(300) + '.pdf', 'application/pdf', 'x'.repeat(116) + '.pdf'],
  ])('cleans %j', (raw, mediaType, expected) => {
    expect(cleanFileName(raw, mediaType)).toBe(expected);
  });

  it('reads the type an extension claims', () => {
    expect(mediaTypeOfName('a.PDF')).toBe('application/pdf');
    expect(mediaTypeOfName('a.tar.gz')).toBeNull();
    expect(mediaTypeOfName('noext')).toBeNull();
  });
});

describe('archive numbers and retention', () => {
  it('numbers after DA/T 22: agency, year, retention code, sequence', () => {
    expect(archiveNumber('330106', 2026, '30y', 17)).toBe('330106-2026-D30-000017');
    expect(archiveNumber(null, 2026, 'permanent', 1)).toBe('SYS-2026-Y-000001');
    expect(archiveNumber('330106', 2026, '5y', 1_234_567)).toBe('330106-2026-D5-1234567');
  });

  it('counts retention from 1 January of the year after archiving, in China time', () => {
    expect(destroyAfter('10y', new Date('2026-03-02T01:00:00Z'))).toBe('2037-01-01');
    expect(destroyAfter('30y', new Date('2026-12-31T15:59:59Z'))).toBe('2057-01-01');
    // 16:00 UTC on 31 December is already 1 January in Beijing.
    expect(destroyAfter('5y', new Date('2026-12-31T16:00:00Z'))).toBe('2033-01-01');
    expect(destroyAfter('permanent', new Date('2026-03-02T01:00:00Z'))).toBeNull();
  });

  it('checks and lists statistics periods', () => {
    expect(periodValid('2026-01', '2026-03', 60)).toBe(true);
    expect(periodValid('2026-03', '2026-01', 60)).toBe(false);
    expect(periodValid('2021-01', '2025-12', 60)).toBe(true);
    expect(periodValid('2021-01', '2026-01', 60)).toBe(false);
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
