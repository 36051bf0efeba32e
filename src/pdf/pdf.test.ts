import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cjkFonts, createPdfDocument, FONT_BOLD, pdfToBuffer, qrPng } from './index.ts';

const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;
const hasPdfinfo = spawnSync('pdfinfo', ['-v'], { encoding: 'utf8' }).error === undefined;

/** Runs a poppler tool on the PDF bytes and returns its standard output. */
function poppler(tool: string, pdf: Buffer, ...args: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-pdf-'));
  try {
    const file = path.join(dir, 'in.pdf');
    fs.writeFileSync(file, pdf);
    const run = spawnSync(tool, [...args, file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return run.stdout;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const SLIP = [
  '一次性告知单',
  '案件编号：330100-20260302-000123',
  '缺少材料：居民身份证复印件（正反面）',
  '社会保险经办机构',
];

async function renderSlip(): Promise<Buffer> {
  const doc = createPdfDocument({
    title: '一次性告知单',
    author: '杭州市社会保险管理服务中心',
    subject: '办件 000123',
  });
  doc.font(FONT_BOLD).fontSize(18).text(SLIP[0]!, { align: 'center' });
  doc.font('cjk').fontSize(11);
  for (const line of SLIP.slice(1)) doc.text(line);
  doc.image(await qrPng('330100-20260302-000123'), { width: 80 });
  return pdfToBuffer(doc);
}

describe('PDF rendering', () => {
  it('renders Chinese text that pdftotext extracts back, with embedded subset fonts', async () => {
    const pdf = await renderSlip();
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Subset fonts: far smaller than the 10 MB faces.
    expect(pdf.length).toBeLessThan(200_000);
    if (!hasPdftotext) {
      console.warn('SKIPPED: pdftotext (poppler-utils) is not installed; the text of the PDF was not checked');
      return;
    }
    const text = poppler('pdftotext', pdf, '-enc', 'UTF-8');
    for (const line of SLIP) expect(text).toContain(line);
    if (hasPdfinfo) {
      const fonts = poppler('pdffonts', pdf);
      // Every font is embedded (emb = yes) and subset (a "+" tag in the name); no standard font.
      const rows = fonts.split('\n').slice(2).filter(Boolean);
      expect(rows.length).toBe(2);
      for (const row of rows) {
        expect(row).toMatch(/^[A-Z]{6}\+NotoSansSC/);
        expect(row).toMatch(/yes\s+yes\s+yes/);
      }
      const info = poppler('pdfinfo', pdf);
      expect(info).toMatch(/Title:\s+一次性告知单/);
      expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
      expect(info).toMatch(/Producer:\s+Shebao/);
    }
  });

  it('parses the fonts once per process and renders a page in tens of milliseconds', async () => {
    expect(cjkFonts()).toBe(cjkFonts());
    await renderSlip();
    const started = performance.now();
    for (let i = 0; i < 5; i++) await renderSlip();
    const each = (performance.now() - started) / 5;
    expect(each).toBeLessThan(250);
  });

  it('makes a QR code PNG and refuses empty or overlong text', async () => {
    const png = await qrPng('330100-20260302-000123');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    await expect(qrPng('')).rejects.toThrow();
    await expect(qrPng('x'.repeat(501))).rejects.toThrow();
  });
});
