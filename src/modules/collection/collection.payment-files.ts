/**
 * 到账文件 (payment files): a bank's or the tax bureau's list of payments received, one row a
 * payment (缴费主体代码, 金额, 到账日期, 交易流水号, 缴费单号 optional) and a last row declaring the
 * total. Every row is checked before anything is written; a file with any bad row is refused
 * whole with every bad row listed. A good file is recorded in one transaction: the file, each
 * payment through `recordPayment` (allocated, late fees charged, posted, an employer's payment
 * notice with the same reference and amount matched), and the reconciliation report (matched /
 * over-paid / under-paid / unmatched), audited.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import { constraintOf } from '../../db/constraint.ts';
import { escapeLike } from '../../db/like.ts';
import { compareDates, isCalendarDate, today, type CalendarDate } from '../../kernel/calendar-date.ts';
import { centsFromInteger, centsToDecimal, parseCents, type Cents } from '../../kernel/cents.ts';
import { checkCitizenId } from '../../kernel/citizen-id.ts';
import { rejectionMessage, Rejection, type Language } from '../../kernel/rejection.ts';
import { sm3 } from '../../kernel/sm-crypto.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { reserveIds } from './collection.bills.ts';
import { dateOfText, serialDatesOf } from './collection.payment-files.dates.ts';
import { documentNo, payerKey, type Payer } from './collection.model.ts';
import { loadOpenBills } from './collection.payments.open.ts';
import { recordPayment, type PaymentChannel, type PaymentMatch } from './collection.payments.ts';
import { rejectPaymentFile, type PaymentFileErrorCode } from './collection.payment-files.rejections.ts';
import { headerKey, personIndex, readSheet } from '../registration/index.ts';

/** Most payment rows of one file. */
export const PAYMENT_FILE_ROWS_MAX = 5_000;

export type PaymentFileSource = 'bank' | 'tax';

const CHANNEL: Record<PaymentFileSource, PaymentChannel> = { bank: 'bank_file', tax: 'tax_file' };

type Column = 'payerCode' | 'amount' | 'receivedOn' | 'reference' | 'billNo';

const HEADERS: Record<Column, readonly string[]> = {
  payerCode: ['缴费主体代码', 'payerCode', 'payer code'],
  amount: ['金额', '到账金额', 'amount'],
  receivedOn: ['到账日期', 'receivedOn', 'received on'],
  reference: ['交易流水号', '流水号', 'reference'],
  billNo: ['缴费单号', 'billNo', 'bill no'],
};
const lookup = new Map<string, Column>();
for (const [column, texts] of Object.entries(HEADERS) as [Column, readonly string[]][])
  for (const text of texts) lookup.set(headerKey(text), column);

const TOTAL_LABELS = new Set(['合计', '总计', 'total']);

export interface FileRowError {
  readonly row: number;
  readonly field: Column | 'file' | 'total';
  readonly code: PaymentFileErrorCode;
  readonly message: string;
}

export interface FileRowInput {
  readonly row: number;
  readonly payerCode: string;
  readonly amount: string;
  readonly receivedOn: string;
  readonly reference: string;
  readonly billNo: string;
}

export interface ParsedFile {
  readonly rows: readonly FileRowInput[];
  /** The declared total's row and text, when the last row declares it. */
  readonly total: { row: number; text: string } | null;
  readonly lastRow: number;
}

/** The rows of a payment file (header by name, Chinese or English, any order). */
export async function paymentFileRowsOf(bytes: Buffer): Promise<ParsedFile> {
  const sheet = await readSheet(bytes, { rowsMax: PAYMENT_FILE_ROWS_MAX + 1 });
  const [header, ...rows] = sheet.rows;
  if (!header || rows.length === 0) throw rejectPaymentFile('collection_payment_file_empty');
  const at = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const column = lookup.get(headerKey(cell));
    if (column && !at.has(column)) at.set(column, index);
  });
  const required: Column[] = ['payerCode', 'amount', 'receivedOn', 'reference'];
  if (required.some((c) => !at.has(c)))
    throw rejectPaymentFile('collection_payment_file_columns_missing', { header: header.cells.slice(0, 20) });
  const last = rows[rows.length - 1]!;
  const first = (last.cells[0] ?? '').trim();
  const isTotal = TOTAL_LABELS.has(first.toLowerCase());
  const body = isTotal ? rows.slice(0, -1) : rows;
  const totalText = isTotal ? (last.cells.slice(1).find((c) => c.trim() !== '') ?? '') : '';
  if (body.length === 0) throw rejectPaymentFile('collection_payment_file_empty');
  const cell = (cells: readonly string[], column: Column) => {
    const index = at.get(column);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const dates = body.map((r) => ({ row: r.line, text: cell(r.cells, 'receivedOn') }));
  const serials = sheet.format === 'xlsx' ? await serialDatesOf(bytes, at.get('receivedOn')!, dates) : null;
  return {
    rows: body.map((r, i) => ({
      row: r.line,
      payerCode: cell(r.cells, 'payerCode'),
      amount: cell(r.cells, 'amount'),
      receivedOn: receivedOnOf(dates[i]!.text, serials?.get(r.line)),
      reference: cell(r.cells, 'reference'),
      billNo: cell(r.cells, 'billNo'),
    })),
    total: isTotal ? { row: last.line, text: totalText.trim() } : null,
    lastRow: last.line,
  };
}

/**
 * The date received as 'YYYY-MM-DD' when it is a day (text, or an .xlsx date cell); else the text
 * as written, which the row check reports as `collection_file_date_invalid`.
 */
function receivedOnOf(text: string, serial: CalendarDate | null | undefined): string {
  if (serial !== undefined) return serial ?? text;
  return dateOfText(text) ?? text;
}

function amountOf(text: string): Cents | 'invalid' | 'not_positive' {
  let fen: Cents;
  try {
    fen = parseCents(text.replaceAll(',', ''));
  } catch (error) {
    if (error instanceof Rejection) return 'invalid';
    throw error;
  }
  return fen > 0 ? fen : 'not_positive';
}

interface CheckedRow {
  readonly row: number;
  readonly payerCode: string;
  readonly payerName: string;
  readonly payer: Payer;
  readonly amount: Cents;
  readonly receivedOn: CalendarDate;
  readonly reference: string;
  readonly billNo: string | null;
  readonly billId: number | null;
}

interface PayerFound {
  readonly payer: Payer;
  readonly name: string;
  readonly inScope: boolean;
}

/** Those of `personIds` who have a bill as a flexible worker. */
async function flexiblyBilled(db: Executor, personIds: readonly number[]): Promise<Set<number>> {
  if (personIds.length === 0) return new Set();
  const { rows } = await sql<{ person_id: string }>`
    SELECT DISTINCT person_id FROM contribution_bills
     WHERE payer_kind = 'flexible' AND person_id = ANY(${personIds}::bigint[])`.execute(db);
  return new Set(rows.map((r) => Number(r.person_id)));
}

/** Payers by code: employers by credit code, else flexible workers by citizen ID; with the scope. */
async function payersByCode(
  db: Executor,
  ctx: AppContext,
  staff: StaffActor,
  codes: readonly string[],
  on: CalendarDate,
): Promise<Map<string, PayerFound>> {
  const found = new Map<string, PayerFound>();
  if (codes.length === 0) return found;
  const path = `${escapeLike(staff.agencyPath)}%`;
  const employers = await sql<{ id: string; credit_code: string; name: string; in_scope: boolean }>`
    SELECT e.id, e.credit_code, e.name, (a.path LIKE ${path}) AS in_scope
      FROM employers e JOIN agencies a ON a.id = e.agency_id
     WHERE e.credit_code = ANY(${[...codes]}::text[])`.execute(db);
  for (const e of employers.rows)
    found.set(e.credit_code, {
      payer: { kind: 'employer', employerId: Number(e.id) },
      name: e.name,
      inScope: e.in_scope,
    });
  const indexOf = new Map<string, string>();
  for (const code of codes) {
    if (found.has(code)) continue;
    const id = checkCitizenId(code, on);
    if (id.valid) indexOf.set(personIndex(ctx.keys, id.normalized), code);
  }
  if (indexOf.size === 0) return found;
  // A flexible worker: a person with a flexible bill or enrolment (so the payment has a region).
  // The persons first, then the bills of those without an enrolment by value: on a cluster the
  // persons are spread over the nodes and the bills stay on the coordinator.
  const candidates = await sql<{
    person_id: string;
    id_index: string;
    name: string;
    in_scope: boolean;
    enrolled: boolean;
  }>`
    SELECT p.person_id, p.id_index, p.name,
           (a.path LIKE ${path} OR EXISTS (
              SELECT 1 FROM employments m JOIN employers e ON e.id = m.employer_id JOIN agencies ea ON ea.id = e.agency_id
               WHERE m.person_id = p.person_id AND ea.path LIKE ${path})) AS in_scope,
           EXISTS (SELECT 1 FROM enrolments n WHERE n.person_id = p.person_id) AS enrolled
      FROM persons p JOIN agencies a ON a.id = p.agency_id
     WHERE p.id_index = ANY(${[...indexOf.keys()]}::text[]) AND p.status <> 'merged'`.execute(db);
  const billed = await flexiblyBilled(
    db,
    candidates.rows.filter((p) => !p.enrolled).map((p) => Number(p.person_id)),
  );
  const persons = candidates.rows.filter((p) => p.enrolled || billed.has(Number(p.person_id)));
  for (const p of persons) {
    const code = indexOf.get(p.id_index);
    if (code !== undefined)
      found.set(code, {
        payer: { kind: 'flexible', personId: Number(p.person_id) },
        name: p.name,
        inScope: p.in_scope,
      });
  }
  return found;
}

/** Checks every row; the rows ready to record, or every error. */
export async function checkPaymentFile(
  db: Executor,
  ctx: AppContext,
  staff: StaffActor,
  source: PaymentFileSource,
  file: ParsedFile,
  language: Language,
): Promise<{ ok: true; rows: CheckedRow[]; total: Cents } | { ok: false; errors: FileRowError[] }> {
  const errors: FileRowError[] = [];
  const err = (row: number, field: FileRowError['field'], code: PaymentFileErrorCode) =>
    errors.push({ row, field, code, message: rejectionMessage(code, language) });
  const now = today(ctx.clock);
  const payers = await payersByCode(
    db,
    ctx,
    staff,
    [...new Set(file.rows.map((r) => r.payerCode).filter(Boolean))],
    now,
  );
  const references = [...new Set(file.rows.map((r) => r.reference).filter(Boolean))];
  const recorded = new Set(
    (
      await db
        .selectFrom('payments')
        .select('reference')
        .where('channel', '=', CHANNEL[source])
        .where('reference', 'in', references.length > 0 ? references : [''])
        .execute()
    ).map((r) => r.reference),
  );
  const billNos = [...new Set(file.rows.map((r) => r.billNo).filter(Boolean))];
  const bills = new Map(
    (
      await db
        .selectFrom('contribution_bills')
        .select(['id', 'bill_no', 'payer_kind', 'employer_id', 'person_id', 'status'])
        .where('bill_no', 'in', billNos.length > 0 ? billNos : [''])
        .execute()
    ).map((b) => [b.bill_no, b]),
  );
  const seen = new Map<string, number>();
  const checked: CheckedRow[] = [];
  let sum = 0;
  for (const r of file.rows) {
    const before = errors.length;
    const payer = r.payerCode === '' ? undefined : payers.get(r.payerCode);
    if (!payer) err(r.row, 'payerCode', 'collection_file_payer_unknown');
    else if (!payer.inScope) err(r.row, 'payerCode', 'collection_file_payer_out_of_scope');
    const amount = amountOf(r.amount);
    if (amount === 'invalid') err(r.row, 'amount', 'collection_file_amount_invalid');
    else if (amount === 'not_positive') err(r.row, 'amount', 'collection_file_amount_not_positive');
    else sum += amount;
    if (!isCalendarDate(r.receivedOn)) err(r.row, 'receivedOn', 'collection_file_date_invalid');
    else if (compareDates(r.receivedOn, now) > 0) err(r.row, 'receivedOn', 'collection_file_date_future');
    if (r.reference === '') err(r.row, 'reference', 'collection_file_reference_missing');
    else if (seen.has(r.reference)) err(r.row, 'reference', 'collection_file_reference_duplicate');
    else if (recorded.has(r.reference)) err(r.row, 'reference', 'collection_file_reference_recorded');
    if (r.reference !== '' && !seen.has(r.reference)) seen.set(r.reference, r.row);
    let billId: number | null = null;
    if (r.billNo !== '') {
      const bill = bills.get(r.billNo);
      const owned =
        bill !== undefined &&
        payer !== undefined &&
        bill.status === 'open' &&
        (payer.payer.kind === 'employer'
          ? bill.payer_kind === 'employer' && Number(bill.employer_id) === payer.payer.employerId
          : bill.payer_kind === 'flexible' && Number(bill.person_id) === payer.payer.personId);
      if (!owned) err(r.row, 'billNo', 'collection_file_bill_not_open');
      else billId = Number(bill.id);
    }
    if (errors.length === before)
      checked.push({
        row: r.row,
        payerCode: r.payerCode,
        payerName: payer!.name,
        payer: payer!.payer,
        amount: amount as Cents,
        receivedOn: r.receivedOn as CalendarDate,
        reference: r.reference,
        billNo: r.billNo === '' ? null : r.billNo,
        billId,
      });
  }
  if (!file.total) err(file.lastRow + 1, 'total', 'collection_file_total_missing');
  else {
    const declared = amountOf(file.total.text);
    if (typeof declared !== 'number' || declared !== sum)
      err(file.total.row, 'total', 'collection_file_total_mismatch');
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
  return { ok: true, rows: checked, total: centsFromInteger(sum) };
}

export interface ReportRow {
  readonly row: number;
  readonly payerCode: string;
  readonly payerName: string;
  readonly amount: string;
  readonly receivedOn: string;
  readonly reference: string;
  readonly billNo: string | null;
  readonly paymentNo: string;
  /** What was open (lines, their late fees, open fees) on the bills considered, before the payment. */
  readonly due: string;
  /** What was held as credit. */
  readonly held: string;
  readonly outcome: PaymentMatch;
  /** The employer's payment notice the row answered (same reference and amount), if any. */
  readonly noticeNo: string | null;
}

export interface ReconciliationReport {
  readonly matched: ReportRow[];
  readonly overPaid: ReportRow[];
  readonly underPaid: ReportRow[];
  readonly unmatched: ReportRow[];
  readonly counts: { matched: number; overPaid: number; underPaid: number; unmatched: number };
}

const decimal = (fen: number) => centsToDecimal(centsFromInteger(fen));

export interface PaymentFileView {
  readonly id: number;
  readonly fileNo: string;
  readonly source: PaymentFileSource;
  readonly fileName: string;
  readonly rowCount: number;
  readonly total: string;
  readonly report: ReconciliationReport;
  readonly importedAt: string;
}

export interface ImportPaymentFileInput {
  readonly source: PaymentFileSource;
  readonly fileName: string;
  readonly bytes: Buffer;
  readonly language: Language;
}

/** The refusal of a file whose bytes were imported before, naming the file that recorded them. */
function repeatedFile(fileNo: string | null, language: Language): Rejection {
  return rejectPaymentFile('collection_payment_file_repeated', {
    fileNo,
    errors: [
      {
        row: 0,
        field: 'file',
        code: 'collection_payment_file_repeated',
        message: rejectionMessage('collection_payment_file_repeated', language),
      },
    ],
  });
}

async function importedFileNo(db: Executor, hash: string): Promise<string | null> {
  const found = await db
    .selectFrom('payment_files')
    .select('file_no')
    .where('content_hash', '=', hash)
    .executeTakeFirst();
  return found?.file_no ?? null;
}

/** The unique violation of `payment_files.content_hash`: a twin upload of the same bytes committed first. */
function isRepeatedFileViolation(error: unknown): boolean {
  return (
    (error as { code?: unknown } | null)?.code === '23505' && constraintOf(error) === 'payment_files_content_hash_key'
  );
}

const emptyReport = (): ReconciliationReport => ({
  matched: [],
  overPaid: [],
  underPaid: [],
  unmatched: [],
  counts: { matched: 0, overPaid: 0, underPaid: 0, unmatched: 0 },
});

const BUCKET = { matched: 'matched', over_paid: 'overPaid', under_paid: 'underPaid', unmatched: 'unmatched' } as const;

/** Records one checked row as a payment and files it in the report under its outcome. */
async function recordRow(
  trx: Trx,
  ctx: AppContext,
  staff: StaffActor,
  actor: AuditActor,
  file: { id: number; source: PaymentFileSource },
  row: CheckedRow,
  report: ReconciliationReport,
): Promise<void> {
  const open = (await loadOpenBills(trx, [row.payer], row.receivedOn)).get(payerKey(row.payer)) ?? [];
  const considered = row.billId === null ? open : open.filter((b) => b.billId === row.billId);
  const due = considered.reduce(
    (s, b) => s + b.lines.reduce((t, l) => t + l.amount + l.lateFee, 0) + b.fees.reduce((t, f) => t + f.amount, 0),
    0,
  );
  const recorded = await recordPayment(
    trx,
    ctx,
    {
      payer: row.payer,
      amount: row.amount,
      receivedOn: row.receivedOn,
      channel: CHANNEL[file.source],
      reference: row.reference,
      billIds: row.billId === null ? undefined : [row.billId],
      paymentFileId: file.id,
    },
    `staff:${staff.id}`,
    actor,
  );
  const bucket = BUCKET[recorded.match];
  report[bucket].push({
    row: row.row,
    payerCode: row.payerCode,
    payerName: row.payerName,
    amount: decimal(row.amount),
    receivedOn: row.receivedOn,
    reference: row.reference,
    billNo: row.billNo,
    paymentNo: recorded.paymentNo,
    due: decimal(due),
    held: decimal(recorded.held),
    outcome: recorded.match,
    noticeNo: recorded.noticeNo,
  });
  report.counts[bucket] += 1;
}

/** The import's transaction: refuses a repeated file or bad rows, else records file, payments, report. */
async function recordFile(
  trx: Trx,
  ctx: AppContext,
  staff: StaffActor,
  actor: AuditActor,
  input: ImportPaymentFileInput & { parsed: ParsedFile; hash: string },
): Promise<PaymentFileView> {
  const { parsed, hash } = input;
  const repeated = await importedFileNo(trx, hash);
  if (repeated !== null) throw repeatedFile(repeated, input.language);
  const checked = await checkPaymentFile(trx, ctx, staff, input.source, parsed, input.language);
  if (!checked.ok)
    throw rejectPaymentFile('collection_payment_file_rows_rejected', {
      errors: checked.errors.slice(0, 1_000),
      errorCount: checked.errors.length,
    });
  const [id] = await reserveIds(trx, 'payment_files', 1);
  const now = ctx.clock.now();
  const fileNo = documentNo('paymentFile', today(ctx.clock).replaceAll('-', ''), id!);
  // Inserted before any payment: a twin upload racing this one waits here on the unique hash and
  // fails with 23505 once this one commits, having written nothing (see importPaymentFile).
  await sql`
    INSERT INTO payment_files (id, file_no, source, file_name, content_hash, row_count, total_fen, report,
                               imported_by, imported_at)
    OVERRIDING SYSTEM VALUE
    VALUES (${id}, ${fileNo}, ${input.source}, ${input.fileName}, ${hash}, ${checked.rows.length}, ${checked.total},
            '{}'::jsonb, ${staff.id}, ${now})`.execute(trx);
  const report = emptyReport();
  for (const row of checked.rows)
    await recordRow(trx, ctx, staff, actor, { id: id!, source: input.source }, row, report);
  await sql`UPDATE payment_files SET report = ${JSON.stringify(report)}::jsonb WHERE id = ${id}`.execute(trx);
  await appendAudit(trx, ctx.clock, actor, {
    action: 'collection.payment_file.import',
    entity: 'payment_file',
    entityId: id!,
    details: {
      fileNo,
      source: input.source,
      fileName: input.fileName,
      contentHash: hash,
      rowCount: checked.rows.length,
      totalFen: checked.total,
      counts: report.counts,
    },
  });
  return {
    id: id!,
    fileNo,
    source: input.source,
    fileName: input.fileName,
    rowCount: checked.rows.length,
    total: decimal(checked.total),
    report,
    importedAt: new Date(now).toISOString(),
  };
}

/** A payment refused because a transaction racing this one recorded the same reference first. */
function isReferenceRace(error: unknown): boolean {
  return error instanceof Rejection && error.code === 'collection_payment_duplicate';
}

/**
 * Imports a payment file: all rows or none (see the module comment). Uploads racing each other end
 * as if they came one after the other:
 * - the same bytes twice: one recorded, the other `collection_payment_file_repeated`;
 * - two files sharing a reference: one recorded; the other, rolled back whole, is checked again
 *   once the first has committed, and so refused with every row the first recorded reported
 *   (`collection_file_reference_recorded`).
 */
export async function importPaymentFile(
  ctx: AppContext,
  staff: StaffActor,
  actor: AuditActor,
  input: ImportPaymentFileInput,
): Promise<PaymentFileView> {
  const parsed = await paymentFileRowsOf(input.bytes);
  const hash = sm3(new Uint8Array(input.bytes));
  const attempt = () =>
    ctx.db.transaction().execute((trx) => recordFile(trx, ctx, staff, actor, { ...input, parsed, hash }));
  try {
    return await attempt().catch((error: unknown) => {
      if (!isReferenceRace(error)) throw error;
      return attempt();
    });
  } catch (error) {
    if (!isRepeatedFileViolation(error)) throw error;
    // The twin committed while this transaction waited on the hash; this one rolled back whole.
    throw repeatedFile(await importedFileNo(ctx.db, hash), input.language);
  }
}

interface PaymentFileRow {
  id: number | string;
  file_no: string;
  source: string;
  file_name: string;
  row_count: number;
  total_fen: number | string;
  report: unknown;
  imported_by: number | string;
  imported_at: Date | string;
}

/**
 * The stored report, as the import answered it. Files imported before payment notices existed
 * stored rows without `noticeNo`: they answered no notice, so it reads as null.
 */
function storedReport(raw: unknown): ReconciliationReport {
  const report = (typeof raw === 'string' ? JSON.parse(raw) : raw) as ReconciliationReport;
  const rows = (list: readonly ReportRow[]) => list.map((row) => ({ ...row, noticeNo: row.noticeNo ?? null }));
  return {
    matched: rows(report.matched),
    overPaid: rows(report.overPaid),
    underPaid: rows(report.underPaid),
    unmatched: rows(report.unmatched),
    counts: report.counts,
  };
}

function viewOf(r: PaymentFileRow): PaymentFileView & { importedBy: number } {
  return {
    id: Number(r.id),
    fileNo: r.file_no,
    source: r.source as PaymentFileSource,
    fileName: r.file_name,
    rowCount: Number(r.row_count),
    total: decimal(Number(r.total_fen)),
    report: storedReport(r.report),
    importedBy: Number(r.imported_by),
    importedAt: new Date(r.imported_at).toISOString(),
  };
}

/**
 * Payment files, newest first. A file belongs to the agency of the staff member who imported it:
 * staff see the files imported within their subtree.
 */
export async function listPaymentFiles(db: Executor, staff: StaffActor, id?: number) {
  let q = db
    .selectFrom('payment_files as f')
    .innerJoin('staff as s', 's.id', 'f.imported_by')
    .innerJoin('agencies as a', 'a.id', 's.agency_id')
    .selectAll('f')
    .where('a.path', 'like', `${escapeLike(staff.agencyPath)}%`)
    .orderBy('f.id', 'desc')
    .limit(200);
  if (id !== undefined) q = q.where('f.id', '=', id);
  return (await q.execute()).map((r) => viewOf(r as unknown as PaymentFileRow));
}

export async function paymentFileById(db: Executor, staff: StaffActor, id: number) {
  const [found] = await listPaymentFiles(db, staff, id);
  if (!found) throw rejectPaymentFile('collection_payment_file_not_found');
  return found;
}
