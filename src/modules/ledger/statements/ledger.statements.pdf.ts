/**
 * The annual rights statement (个人权益记录单) as a PDF: title, the person, the twelve months by
 * scheme, each individual account's year ending in its 年末余额, the cumulative months, and the
 * statement number, verification code and a QR code of the public check page.
 */
import { dateOfInstant } from '../../../kernel/calendar-date.ts';
import { createPdfDocument, FONT_BOLD, FONT_REGULAR, pdfToBuffer, qrPng } from '../../../pdf/index.ts';
import type { Fund, RightsStatus } from '../ledger.model.ts';
import { monthLabel, periodsOfYear, type Statement, type StatementMonth } from './ledger.statements.rules.ts';

const MARGIN = 42;
const QR_WIDTH = 96;
const ROW_HEIGHT = 15;
const TABLE_FONT_SIZE = 8;

export const SCHEME_NAMES_ZH: Readonly<Record<Fund, string>> = {
  pension: '养老保险',
  medical: '医疗保险',
  unemployment: '失业保险',
  work_injury: '工伤保险',
};

export const STATUS_NAMES_ZH: Readonly<Record<RightsStatus, string>> = {
  due: '应缴',
  paid: '已缴',
  arrears: '欠缴',
  back_paid: '补缴',
  transferred_in: '转入',
  transferred_out: '转出',
};

const ACCOUNT_NAMES_ZH = { pension: '基本养老保险个人账户', medical: '基本医疗保险个人账户' } as const;

/** The address the QR code opens: the web app's statement check with number and code filled in. */
export function statementVerifyUrl(publicBaseUrl: string, statementNo: string, code: string): string {
  return `${publicBaseUrl}/verify-statement?no=${encodeURIComponent(statementNo)}&code=${encodeURIComponent(code)}`;
}

export interface StatementPrint {
  readonly statement: Statement;
  readonly statementNo: string;
  readonly verificationCode: string;
  readonly url: string;
  /** The issue instant: the PDF's creation date, so a reprint has the same metadata. */
  readonly issuedAt: Date;
}

interface Column {
  readonly title: string;
  readonly width: number;
  readonly align: 'left' | 'right';
}

type Doc = PDFKit.PDFDocument;

/** A table's title row: bold, and printed again at the top of every page the table runs onto. */
function headerRow(doc: Doc, columns: readonly Column[]): void {
  tableRow(
    doc,
    columns,
    columns.map((c) => c.title),
    true,
  );
}

/** A body row; on a page break the next page starts with the table's title row again. */
function bodyRow(doc: Doc, columns: readonly Column[], cells: readonly string[]): void {
  if (doc.y + ROW_HEIGHT > doc.page.height - MARGIN) {
    doc.addPage();
    headerRow(doc, columns);
  }
  tableRow(doc, columns, cells);
}

function tableRow(doc: Doc, columns: readonly Column[], cells: readonly string[], bold = false): void {
  if (doc.y + ROW_HEIGHT > doc.page.height - MARGIN) doc.addPage();
  const y = doc.y;
  let x = MARGIN;
  doc.font(bold ? FONT_BOLD : FONT_REGULAR).fontSize(TABLE_FONT_SIZE);
  columns.forEach((column, i) => {
    doc.text(cells[i] ?? '', x + 2, y + 3, {
      width: column.width - 4,
      align: column.align,
      lineBreak: false,
      ellipsis: true,
    });
    x += column.width;
  });
  doc
    .moveTo(MARGIN, y + ROW_HEIGHT)
    .lineTo(x, y + ROW_HEIGHT)
    .lineWidth(0.3)
    .stroke('#999999');
  doc.x = MARGIN;
  doc.y = y + ROW_HEIGHT;
}

function heading(doc: Doc, zh: string, en: string): void {
  if (doc.y + 3 * ROW_HEIGHT > doc.page.height - MARGIN) doc.addPage();
  doc.moveDown(0.8).font(FONT_BOLD).fontSize(11).text(`${zh}  ${en}`, MARGIN, doc.y);
  doc.moveDown(0.3);
}

const MONTH_COLUMNS: readonly Column[] = [
  { title: '月份', width: 50, align: 'left' },
  { title: '险种', width: 56, align: 'left' },
  { title: '缴费基数', width: 62, align: 'right' },
  { title: '单位缴费', width: 60, align: 'right' },
  { title: '个人缴费', width: 60, align: 'right' },
  { title: '划入个人账户', width: 66, align: 'right' },
  { title: '状态', width: 34, align: 'left' },
  { title: '缴费单位', width: 123, align: 'left' },
];

function monthCells(m: StatementMonth): string[] {
  return [
    m.month,
    SCHEME_NAMES_ZH[m.scheme],
    m.base,
    m.employer,
    m.employee,
    m.accountCredit,
    STATUS_NAMES_ZH[m.status],
    m.employerName ?? '个人缴费（灵活就业）',
  ];
}

/** Every month of the year gets a row, so a month without any record is visibly empty. */
function monthsTable(doc: Doc, statement: Statement): void {
  heading(doc, '一、缴费明细', 'Contributions by month and scheme');
  headerRow(doc, MONTH_COLUMNS);
  for (const period of periodsOfYear(statement.year)) {
    const label = monthLabel(period);
    const rows = statement.months.filter((m) => m.month === label);
    if (rows.length === 0) bodyRow(doc, MONTH_COLUMNS, [label, '—', '', '', '', '', '无记录', '']);
    for (const m of rows) bodyRow(doc, MONTH_COLUMNS, monthCells(m));
  }
}

const ACCOUNT_COLUMNS: readonly Column[] = [
  { title: '账户', width: 111, align: 'left' },
  { title: '上年末余额', width: 70, align: 'right' },
  { title: '本年缴费划入', width: 70, align: 'right' },
  { title: '本年记账利息', width: 66, align: 'right' },
  { title: '转移', width: 58, align: 'right' },
  { title: '其他', width: 58, align: 'right' },
  { title: '年末余额', width: 78, align: 'right' },
];

function accountsTable(doc: Doc, statement: Statement): void {
  heading(doc, '二、个人账户', 'Individual accounts (closing balance = 年末余额)');
  headerRow(doc, ACCOUNT_COLUMNS);
  for (const a of statement.accounts)
    bodyRow(doc, ACCOUNT_COLUMNS, [
      ACCOUNT_NAMES_ZH[a.fund],
      a.opening,
      a.contributions,
      a.interest,
      a.transfers,
      a.other,
      a.closing,
    ]);
}

function cumulativeLine(doc: Doc, statement: Statement): void {
  heading(doc, '三、累计缴费月数', `Cumulative contribution months to ${statement.year}-12`);
  const parts = (Object.keys(SCHEME_NAMES_ZH) as Fund[]).map(
    (scheme) => `${SCHEME_NAMES_ZH[scheme]} ${statement.cumulativeMonths[scheme]} 个月`,
  );
  doc.font(FONT_REGULAR).fontSize(10).text(parts.join('    '), MARGIN, doc.y);
}

async function header(doc: Doc, print: StatementPrint): Promise<void> {
  const { statement } = print;
  const textWidth = doc.page.width - 2 * MARGIN - QR_WIDTH - 12;
  doc.image(await qrPng(print.url), doc.page.width - MARGIN - QR_WIDTH, MARGIN, { width: QR_WIDTH });
  doc
    .font(FONT_BOLD)
    .fontSize(20)
    .text('个人权益记录单', MARGIN, MARGIN + 4, { width: textWidth, align: 'center' });
  doc
    .font(FONT_REGULAR)
    .fontSize(10)
    .text(`Annual rights statement ${statement.year}`, { width: textWidth, align: 'center' })
    .moveDown(0.6)
    .text(`年度：${statement.year}    姓名：${statement.person.name}    公民身份号码：${statement.person.idMasked}`, {
      width: textWidth,
    })
    .text(`参保经办机构：${statement.agencyName}`, { width: textWidth })
    .text(`记录单编号：${print.statementNo}    验证码：${print.verificationCode}`, { width: textWidth });
  doc.y = Math.max(doc.y, MARGIN + QR_WIDTH + 8);
}

function footer(doc: Doc, print: StatementPrint): void {
  const width = doc.page.width - 2 * MARGIN;
  if (doc.y + 5 * ROW_HEIGHT > doc.page.height - MARGIN) doc.addPage();
  doc
    .moveDown(1.2)
    .font(FONT_REGULAR)
    .fontSize(9)
    .text(`${print.statement.agencyName}    ${dateOfInstant(print.issuedAt)}`, MARGIN, doc.y, {
      width,
      align: 'right',
    })
    .moveDown(0.6)
    .text(
      `扫描二维码，或访问 ${print.url.split('?')[0]} 输入记录单编号和验证码，可核验本记录单的真伪。` +
        '如对记录有疑问，请在网上服务大厅“对记录有疑问”提交，或到参保地经办机构咨询。',
      { width },
    );
}

/** Renders the statement; the same print gives the same pages. */
export async function renderStatementPdf(print: StatementPrint): Promise<Buffer> {
  const doc = createPdfDocument({
    title: `个人权益记录单 ${print.statementNo}`,
    subject: `个人权益记录单 ${print.statement.year}`,
    keywords: print.statementNo,
    author: print.statement.agencyName,
    creationDate: print.issuedAt,
    margin: MARGIN,
  });
  await header(doc, print);
  monthsTable(doc, print.statement);
  accountsTable(doc, print.statement);
  cumulativeLine(doc, print.statement);
  footer(doc, print);
  return pdfToBuffer(doc);
}
