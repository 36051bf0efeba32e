/**
 * 社会保险费催缴通知书 (payment order) as a PDF: the payer, the periods in arrears with the amount
 * and the late fee accrued to the order's date, the totals, the pay-by date, the legal basis
 * (社会保险法 第八十六条) and the issuing agency. Chinese text in the embedded CJK font.
 */
import { dateOfInstant } from '../../kernel/calendar-date.ts';
import { createPdfDocument, FONT_BOLD, FONT_REGULAR, pdfToBuffer } from '../../pdf/index.ts';

const MARGIN = 56;
const ROW_HEIGHT = 16;

export interface PaymentOrderPrint {
  readonly orderNo: string;
  readonly payerName: string;
  /** Unified social credit code, or the masked citizen ID of a flexible worker. */
  readonly payerCode: string;
  readonly payerKind: 'employer' | 'flexible';
  readonly asOf: string;
  readonly payBy: string;
  readonly rows: ReadonlyArray<{ readonly period: string; readonly amount: string; readonly lateFee: string }>;
  readonly arrears: string;
  readonly lateFee: string;
  readonly agencyName: string;
  readonly issuedAt: Date;
}

type Doc = PDFKit.PDFDocument;

const COLUMNS = [
  { title: '费款所属期', width: 140, align: 'left' as const },
  { title: '欠缴金额（元）', width: 170, align: 'right' as const },
  { title: '截至通知日滞纳金（元）', width: 170, align: 'right' as const },
];

function row(doc: Doc, cells: readonly string[], bold = false): void {
  if (doc.y + ROW_HEIGHT > doc.page.height - MARGIN) doc.addPage();
  const y = doc.y;
  let x = MARGIN;
  doc.font(bold ? FONT_BOLD : FONT_REGULAR).fontSize(9);
  COLUMNS.forEach((c, i) => {
    doc.text(cells[i] ?? '', x + 2, y + 4, { width: c.width - 4, align: c.align, lineBreak: false });
    x += c.width;
  });
  doc
    .moveTo(MARGIN, y + ROW_HEIGHT)
    .lineTo(x, y + ROW_HEIGHT)
    .lineWidth(0.3)
    .stroke('#999999');
  doc.x = MARGIN;
  doc.y = y + ROW_HEIGHT;
}

function periodLabel(period: string): string {
  return `${period.slice(0, 4)}年${period.slice(4)}月`;
}

/** Renders the order; the same print gives the same pages. */
export async function renderPaymentOrderPdf(print: PaymentOrderPrint): Promise<Buffer> {
  const doc = createPdfDocument({
    title: `社会保险费催缴通知书 ${print.orderNo}`,
    subject: '社会保险费催缴通知书',
    keywords: print.orderNo,
    author: print.agencyName,
    creationDate: print.issuedAt,
    margin: MARGIN,
  });
  const width = doc.page.width - 2 * MARGIN;
  doc.font(FONT_BOLD).fontSize(20).text('社会保险费催缴通知书', MARGIN, MARGIN, { width, align: 'center' });
  doc.font(FONT_REGULAR).fontSize(10).text('Order to pay social insurance contributions', { width, align: 'center' });
  doc.moveDown(0.4).text(`编号：${print.orderNo}`, { width, align: 'right' });
  doc
    .moveDown(0.8)
    .fontSize(11)
    .text(
      `${print.payerName}（${print.payerKind === 'employer' ? '统一社会信用代码' : '公民身份号码'}：${print.payerCode}）：`,
      {
        width,
      },
    )
    .moveDown(0.4)
    .text(
      `经核查，截至 ${print.asOf}，你${print.payerKind === 'employer' ? '单位' : ''}以下所属期的社会保险费未按时足额缴纳，` +
        `欠缴金额合计 ${print.arrears} 元，按日加收万分之五的滞纳金，截至 ${print.asOf} 滞纳金 ${print.lateFee} 元（以实际缴费之日计算为准）。`,
      { width },
    )
    .moveDown(0.6);
  row(
    doc,
    COLUMNS.map((c) => c.title),
    true,
  );
  for (const r of print.rows) row(doc, [periodLabel(r.period), r.amount, r.lateFee]);
  row(doc, ['合计', print.arrears, print.lateFee], true);
  doc
    .moveDown(1)
    .font(FONT_REGULAR)
    .fontSize(11)
    .text(`请于 ${print.payBy} 前足额缴纳欠缴的社会保险费及滞纳金。`, MARGIN, doc.y, { width })
    .moveDown(0.4)
    .text(
      '依据：《中华人民共和国社会保险法》第八十六条：用人单位未按时足额缴纳社会保险费的，由社会保险费征收机构责令限期缴纳或者补足，' +
        '并自欠缴之日起，按日加收万分之五的滞纳金；逾期仍不缴纳的，由有关行政部门处欠缴数额一倍以上三倍以下的罚款。',
      { width },
    )
    .moveDown(0.4)
    .text('逾期仍不缴纳的，本机构将依法申请查询存款账户、划拨社会保险费或者申请人民法院强制执行。', { width })
    .moveDown(1.5)
    .text(print.agencyName, { width, align: 'right' })
    .text(dateOfInstant(print.issuedAt), { width, align: 'right' });
  return pdfToBuffer(doc);
}
