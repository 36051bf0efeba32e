/**
 * The activation code on paper: a slip handed over at the window (开通激活码告知单), or a letter to
 * the registered address (开通激活码通知函) for the holder who cannot come back. Chinese first, a
 * short English line after; the code large, once.
 */
import { createPdfDocument, pdfToBuffer } from '../../pdf/index.ts';

const PAGE_MARGIN = 64;

export interface ActivationPrint {
  readonly kind: 'person' | 'employer';
  readonly delivery: 'slip' | 'letter' | 'sms';
  readonly holderName: string;
  readonly identifierMasked: string;
  /** The registered address; printed as the letter's recipient block. */
  readonly address: string | null;
  readonly code: string;
  readonly validThrough: string;
  readonly agencyName: string;
  readonly issuedOn: string;
  readonly url: string;
  readonly issuedAt: Date;
}

function zhDate(date: string): string {
  return `${date.slice(0, 4)}年${date.slice(5, 7)}月${date.slice(8, 10)}日`;
}

/** The document's file name. */
export function activationFileName(print: Pick<ActivationPrint, 'delivery' | 'issuedOn'>): string {
  return `${print.delivery === 'letter' ? '开通激活码通知函' : '开通激活码告知单'}-${print.issuedOn}.pdf`;
}

function bodyZh(print: ActivationPrint): string[] {
  const holder = print.kind === 'person' ? '证件号码（公民身份号码）' : '统一社会信用代码';
  return [
    `${print.holderName}：`,
    `\u3000\u3000${print.agencyName}已核验您的证件，为您签发社会保险网上服务大厅账户开通激活码。` +
      `请于${zhDate(print.validThrough)}前（含当日）访问 ${print.url}，输入${holder}、下列激活码和本人手机号码，` +
      '凭发送到该手机的验证码设置登录密码，即可开通账户（已开通的，将改用新手机号码和新密码）。',
    '\u3000\u3000激活码仅可使用一次，连续输错5次即失效；请妥善保管，不要告诉他人。工作人员不会向您索要激活码。',
  ];
}

function bodyEn(print: ActivationPrint): string {
  return (
    `${print.agencyName} has checked your document and issued this activation code for the social insurance ` +
    `self-service hall. By ${print.validThrough} (inclusive), open ${print.url}, enter your ID number, this code and ` +
    'your mobile number, then set a password with the code texted to that phone. One use only; five wrong tries ' +
    'void it. Keep it to yourself: staff will never ask for it.'
  );
}

/** Renders the slip or the letter (an SMS delivery prints as a slip). */
export async function renderActivationPdf(print: ActivationPrint): Promise<Buffer> {
  const letter = print.delivery === 'letter';
  const title = letter ? '网上服务大厅账户开通激活码通知函' : '网上服务大厅账户开通激活码告知单';
  const doc = createPdfDocument({
    title,
    subject: title,
    author: print.agencyName,
    creationDate: print.issuedAt,
    margin: PAGE_MARGIN,
  });
  const width = doc.page.width - 2 * PAGE_MARGIN;
  if (letter) {
    // The recipient block sits where a window envelope shows it.
    doc.fontSize(11).text(print.address ?? '', { width: width / 2 });
    doc.text(`${print.holderName}（收）`, { width: width / 2 }).moveDown(3);
  }
  doc.font('cjk-bold').fontSize(18).text(title, { width, align: 'center' }).moveDown(1);
  doc.font('cjk').fontSize(11);
  doc.text(`${print.kind === 'person' ? '证件号码' : '统一社会信用代码'}：${print.identifierMasked}`, { width });
  doc.moveDown(0.8);
  for (const paragraph of bodyZh(print)) doc.text(paragraph, { width, lineGap: 5 });
  doc.moveDown(1);
  doc.font('cjk-bold').fontSize(12).text('激活码 Activation code', { width, align: 'center' });
  doc.font('cjk-bold').fontSize(30).text(print.code, { width, align: 'center' });
  doc
    .font('cjk')
    .fontSize(11)
    .text(`有效期至 ${zhDate(print.validThrough)}（含当日）`, { width, align: 'center' });
  doc.moveDown(1.2).fontSize(9).fillColor('#555555').text(bodyEn(print), { width, lineGap: 2 });
  doc.fillColor('#000000').moveDown(2).fontSize(11);
  doc.text(print.agencyName, { width, align: 'right' });
  doc.text(zhDate(print.issuedOn), { width, align: 'right' });
  return pdfToBuffer(doc);
}
