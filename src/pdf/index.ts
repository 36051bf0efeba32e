/**
 * PDF rendering for documents the agency produces (slips, receipts, certificates): A4, Chinese text
 * in Noto Sans SC (SIL Open Font License) embedded as a subset, document metadata set, PDF/A-2b by
 * default so the archive copy is self-contained. The fonts are parsed once per process.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

export interface PdfOptions {
  title?: string | undefined;
  author?: string | undefined;
  subject?: string | undefined;
  keywords?: string | undefined;
  /** Fixed in tests for reproducible output; defaults to now. */
  creationDate?: Date | undefined;
  /** Page margin in points on every side; default 2 cm. */
  margin?: number | undefined;
  /** Write PDF/A-2b (archival) markers and metadata; default true. */
  pdfA?: boolean | undefined;
}

/** 2 cm in PDF points. */
export const DEFAULT_MARGIN = 56.69;
export const FONT_REGULAR = 'cjk';
export const FONT_BOLD = 'cjk-bold';

type Font = fontkit.Font;

let fonts: { regular: Font; bold: Font } | null = null;

function fontFile(relative: string): string {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve('@expo-google-fonts/noto-sans-sc/package.json'));
  return path.join(packageDir, relative);
}

function load(relative: string): Font {
  const font = fontkit.create(fs.readFileSync(fontFile(relative)));
  if (!('layout' in font)) throw new Error(`${relative} is a font collection, not a font`);
  return font;
}

/** The two Noto Sans SC faces, parsed on first use and kept for the life of the process. */
export function cjkFonts(): { regular: Font; bold: Font } {
  fonts ??= {
    regular: load('400Regular/NotoSansSC_400Regular.ttf'),
    bold: load('700Bold/NotoSansSC_700Bold.ttf'),
  };
  return fonts;
}

/**
 * A new A4 document with the fonts 'cjk' and 'cjk-bold' registered and 'cjk' selected (no
 * standard font is ever loaded, so every font in the file is embedded).
 */
export function createPdfDocument(options: PdfOptions = {}): PDFKit.PDFDocument {
  const { regular, bold } = cjkFonts();
  // pdfkit accepts a parsed fontkit font wherever it takes a font source; its types only say so for files.
  const asSource = (font: Font) => font as unknown as Buffer;
  const doc = new PDFDocument({
    size: 'A4',
    margin: options.margin ?? DEFAULT_MARGIN,
    font: asSource(regular) as unknown as string,
    lang: 'zh-CN',
    displayTitle: options.title !== undefined,
    pdfVersion: '1.7',
    tagged: false,
    ...(options.pdfA === false ? {} : { subset: 'PDF/A-2b' as const }),
    info: {
      Title: options.title ?? '',
      Author: options.author ?? '',
      Subject: options.subject ?? '',
      Keywords: options.keywords ?? '',
      Creator: 'Shebao',
      Producer: 'Shebao (PDFKit)',
      CreationDate: options.creationDate ?? new Date(),
    },
  });
  doc.registerFont(FONT_REGULAR, asSource(regular));
  doc.registerFont(FONT_BOLD, asSource(bold));
  doc.font(FONT_REGULAR);
  return doc;
}

/** Ends the document and resolves with its bytes. */
export function pdfToBuffer(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Longest text put in a QR code: a case number or a verification URL, never a document. */
export const QR_TEXT_LENGTH_MAX = 500;

/** A QR code of `text` as a PNG (error correction M, 4-module quiet zone); place with doc.image(). */
export async function qrPng(text: string, options: { size?: number } = {}): Promise<Buffer> {
  if (text.length === 0 || text.length > QR_TEXT_LENGTH_MAX) throw new Error('QR text must be 1-500 characters');
  return QRCode.toBuffer(text, { type: 'png', errorCorrectionLevel: 'M', margin: 4, width: options.size ?? 256 });
}
