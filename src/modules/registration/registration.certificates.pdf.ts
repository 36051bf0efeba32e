/**
 * The certificate as a PDF: title, number and verification code, a QR code that opens the public
 * check page, the statements, the issuing agency and date.
 */
import { createPdfDocument, pdfToBuffer, qrPng } from '../../pdf/index.ts';
import type { CertificateContent } from './registration.certificates.content.ts';

const PAGE_MARGIN = 56;
const QR_WIDTH = 110;

/** The address the QR code opens: the web app's check page with number and code filled in. */
export function verifyUrl(publicBaseUrl: string, certificateNo: string, verifyCode: string): string {
  return `${publicBaseUrl}/verify?no=${encodeURIComponent(certificateNo)}&code=${encodeURIComponent(verifyCode)}`;
}

export interface CertificatePrint {
  readonly content: CertificateContent;
  readonly certificateNo: string;
  readonly verifyCode: string;
  readonly url: string;
  /** Fixes the PDF's creation date (the issue instant), so the bytes depend on the clock only. */
  readonly issuedAt: Date;
}

/** Renders one certificate page. */
export async function renderCertificatePdf(print: CertificatePrint): Promise<Buffer> {
  const { content } = print;
  const doc = createPdfDocument({
    title: `${content.titleZh} ${print.certificateNo}`,
    subject: content.titleZh,
    keywords: print.certificateNo,
    author: content.agencyName,
    creationDate: print.issuedAt,
    margin: PAGE_MARGIN,
  });
  const width = doc.page.width - 2 * PAGE_MARGIN;
  const right = doc.page.width - PAGE_MARGIN - QR_WIDTH;
  doc.image(await qrPng(print.url), right, PAGE_MARGIN, { width: QR_WIDTH });
  doc
    .font('cjk-bold')
    .fontSize(22)
    .text(content.titleZh, PAGE_MARGIN, PAGE_MARGIN + 28, { width: right - PAGE_MARGIN - 12, align: 'center' });
  doc
    .moveDown(0.6)
    .font('cjk')
    .fontSize(10)
    .text(`证明编号：${print.certificateNo}`, { width: right - PAGE_MARGIN - 12 })
    .text(`验证码：${print.verifyCode}`, { width: right - PAGE_MARGIN - 12 });
  doc.y = Math.max(doc.y, PAGE_MARGIN + QR_WIDTH + 16);
  doc.font('cjk').fontSize(12);
  for (const line of content.statements) doc.text(line, PAGE_MARGIN, undefined, { width, lineGap: 6 });
  doc.moveDown(2).fontSize(12).text(content.agencyName, PAGE_MARGIN, undefined, { width, align: 'right' });
  doc.text(content.asOf, { width, align: 'right' });
  doc
    .moveDown(2)
    .fontSize(9)
    .text(`扫描二维码，或访问 ${print.url.split('?')[0]} 输入证明编号和验证码，可核验本证明的真伪和状态。`, {
      width,
    });
  return pdfToBuffer(doc);
}
