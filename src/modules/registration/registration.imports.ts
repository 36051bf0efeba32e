/**
 * Spreadsheet imports of hires and separations (hall, window, CLI): read the file, check every
 * row, then apply all rows through the employment batch or none. A refused import is recorded
 * with an error report (the same spreadsheet with an error column) kept in the blob store.
 */
import type { Selectable } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { RegistrationImportTable } from '../../db/schema.ts';
import { plainFileName } from '../../http/files.ts';
import type { Language } from '../../kernel/rejection.ts';
import { sm3 } from '../../kernel/sm-crypto.ts';
import { appendAudit, lockAuditHead, recordAudit, type AuditActor } from '../audit/index.ts';
import { applyEmploymentBatch, type EmploymentBatchResult, type RowError } from './registration.batch.ts';
import { rejectImport } from './registration.imports.rejections.ts';
import { rejectRegistration } from './registration.rejections.ts';
import { COLUMN_KEYS } from './registration.spreadsheet.columns.ts';
import { errorColumnText, errorMessage, errorReport, MEDIA_TYPES } from './registration.spreadsheet.report.ts';
import { employmentRowsOf, type ParsedRows } from './registration.spreadsheet.rows.ts';
import { readSheet, type ReadLimits, type SpreadsheetFormat } from './registration.spreadsheet.ts';

/** Errors listed in an answer; the report has them all. */
export const IMPORT_ERRORS_LISTED_MAX = 1_000;
/** Imports listed per employer, newest first. */
export const IMPORTS_LISTED_MAX = 100;

export type ImportChannel = 'web' | 'window' | 'cli';
export type ImportStage = 'read' | 'rows';

export interface ImportRequest {
  readonly employerId: number;
  readonly bytes: Buffer;
  readonly fileName: string;
  readonly language: Language;
  readonly channel: ImportChannel;
  readonly dryRun: boolean;
  readonly limits?: ReadLimits;
  /** 'read' once the file is read; 'rows' as the batch checks and writes rows. */
  readonly onProgress?: (stage: ImportStage, done: number, total: number) => void;
}

export interface ImportError {
  readonly line: number;
  readonly field: string;
  /** The column as the file's header names it (or in the caller's language); null for the row as a whole. */
  readonly column: string | null;
  readonly code: string;
  readonly message: string;
}

export interface ImportResult {
  /** Null for a dry run that found nothing wrong (nothing is recorded). */
  readonly importId: number | null;
  readonly status: 'applied' | 'rejected' | 'validated';
  readonly dryRun: boolean;
  readonly format: SpreadsheetFormat;
  readonly rowCount: number;
  readonly errorCount: number;
  /** At most 1,000; `errorsTruncated` says when the report holds more. */
  readonly errors: ImportError[];
  readonly errorsTruncated: boolean;
  readonly hires: number;
  readonly separations: number;
  readonly personsCreated: number;
  readonly reportAvailable: boolean;
}

export interface ImportRecord {
  readonly id: number;
  readonly employerId: number;
  readonly fileName: string;
  readonly format: SpreadsheetFormat;
  readonly rowCount: number;
  readonly errorCount: number;
  readonly status: 'applied' | 'rejected';
  readonly reportAvailable: boolean;
  readonly language: Language;
  readonly channel: ImportChannel;
  readonly actorKind: string;
  readonly createdAt: Date;
}

/** Undoes the transaction of a batch that must not stay: a refusal or a dry run. */
class Undo extends Error {
  constructor(readonly result: EmploymentBatchResult) {
    super('undo');
  }
}

const fieldOrder = (field: string) => {
  const at = (COLUMN_KEYS as readonly string[]).indexOf(field);
  return at < 0 ? COLUMN_KEYS.length : at;
};

function sortErrors(errors: RowError[]): RowError[] {
  return errors.sort((a, b) => a.line - b.line || fieldOrder(a.field) - fieldOrder(b.field));
}

/** Runs the batch: applied for real only when every cell was read and this is no dry run. */
async function runBatch(
  ctx: AppContext,
  who: AuditActor,
  request: ImportRequest,
  parsed: ParsedRows,
  format: SpreadsheetFormat,
): Promise<{ importId: number | null; result: EmploymentBatchResult }> {
  const apply = !request.dryRun && parsed.errors.length === 0;
  const onProgress = (done: number, total: number) => request.onProgress?.('rows', done, total);
  if (parsed.rows.length === 0) return { importId: null, result: { ok: false, errors: [] } };
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      // No audit lock up front: the batch appends to the chain once, at the end (see the batch).
      const importId = apply
        ? (
            await trx
              .insertInto('registration_imports')
              .values({
                employer_id: request.employerId,
                file_name: plainFileName(request.fileName, `import.${format}`),
                file_sm3: sm3(request.bytes),
                format,
                row_count: parsed.dataRowCount,
                error_count: 0,
                status: 'applied',
                language: request.language,
                channel: request.channel,
                actor_kind: who.kind,
                actor_id: who.id,
                created_at: ctx.clock.now(),
              })
              .returning('id')
              .executeTakeFirstOrThrow()
          ).id
        : null;
      const result = await applyEmploymentBatch(trx, ctx, who, {
        employerId: request.employerId,
        rows: parsed.rows,
        channel: 'import',
        importId,
        dryRun: !apply,
        onProgress,
      });
      if (!result.ok || !apply) throw new Undo(result);
      return { importId, result };
    });
  } catch (error) {
    if (error instanceof Undo) return { importId: null, result: error.result };
    throw error;
  }
}

/** Records a refused import with its error report, in a transaction of its own. */
async function recordRejected(
  ctx: AppContext,
  who: AuditActor,
  request: ImportRequest,
  parsed: ParsedRows,
  format: SpreadsheetFormat,
  headerLine: number,
  errors: RowError[],
): Promise<number> {
  const report = await errorReport({
    bytes: request.bytes,
    format,
    header: parsed.header,
    headerLine,
    errors,
    language: request.language,
  });
  const reportSm3 = await ctx.blobs.put(report);
  return ctx.db.transaction().execute(async (trx) => {
    await lockAuditHead(trx);
    const row = await trx
      .insertInto('registration_imports')
      .values({
        employer_id: request.employerId,
        file_name: plainFileName(request.fileName, `import.${format}`),
        file_sm3: sm3(request.bytes),
        format,
        row_count: parsed.dataRowCount,
        error_count: errors.length,
        status: 'rejected',
        report_sm3: reportSm3,
        report_format: format,
        language: request.language,
        channel: request.channel,
        actor_kind: who.kind,
        actor_id: who.id,
        created_at: ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.clock, who, {
      action: 'registration.import.rejected',
      entity: 'registration_import',
      entityId: row.id,
      outcome: 'failed',
      details: {
        employerId: request.employerId,
        rows: parsed.dataRowCount,
        errors: errors.length,
        dryRun: request.dryRun,
      },
    });
    return row.id;
  });
}

/** Imports a spreadsheet of hires and separations for one employer: all rows or none. */
export async function runImport(ctx: AppContext, who: AuditActor, request: ImportRequest): Promise<ImportResult> {
  const employer = await ctx.db
    .selectFrom('employers')
    .select('id')
    .where('id', '=', request.employerId)
    .executeTakeFirst();
  if (!employer) throw rejectRegistration('employer_not_found');
  const sheet = await readSheet(request.bytes, request.limits);
  const parsed = employmentRowsOf(sheet);
  request.onProgress?.('read', 1, 1);
  const { importId: appliedId, result } = await runBatch(ctx, who, request, parsed, sheet.format);
  const errors = sortErrors([...parsed.errors, ...(result.ok ? [] : result.errors)]);
  const base = {
    dryRun: request.dryRun,
    format: sheet.format,
    rowCount: parsed.dataRowCount,
    errorCount: errors.length,
    errors: errors.slice(0, IMPORT_ERRORS_LISTED_MAX).map((e) => ({
      line: e.line,
      field: e.field,
      column: errorColumnText(e, parsed.header, request.language),
      code: e.code,
      message: errorMessage(e, parsed.header, request.language),
    })),
    errorsTruncated: errors.length > IMPORT_ERRORS_LISTED_MAX,
  };
  if (errors.length > 0) {
    const headerLine = sheet.rows[0]!.line;
    const importId = await recordRejected(ctx, who, request, parsed, sheet.format, headerLine, errors);
    return {
      ...base,
      importId,
      status: 'rejected',
      hires: 0,
      separations: 0,
      personsCreated: 0,
      reportAvailable: true,
    };
  }
  const counts = result.ok ? result : { hires: 0, separations: 0, personsCreated: 0 };
  return {
    ...base,
    importId: appliedId,
    status: appliedId === null ? 'validated' : 'applied',
    hires: counts.hires,
    separations: counts.separations,
    personsCreated: counts.personsCreated,
    reportAvailable: false,
  };
}

function record(row: Selectable<RegistrationImportTable>): ImportRecord {
  return {
    id: row.id,
    employerId: row.employer_id,
    fileName: row.file_name,
    format: row.format,
    rowCount: row.row_count,
    errorCount: row.error_count,
    status: row.status,
    reportAvailable: row.report_sm3 !== null,
    language: row.language,
    channel: row.channel,
    actorKind: row.actor_kind,
    createdAt: row.created_at,
  };
}

/** The latest imports of an employer, newest first. */
export async function listImports(ctx: AppContext, employerId: number): Promise<ImportRecord[]> {
  const rows = await ctx.db
    .selectFrom('registration_imports')
    .selectAll()
    .where('employer_id', '=', employerId)
    .orderBy('id', 'desc')
    .limit(IMPORTS_LISTED_MAX)
    .execute();
  return rows.map(record);
}

/** One import, of the given employer when named (the hall); not found otherwise. */
export async function importById(ctx: AppContext, importId: number, employerId?: number): Promise<ImportRecord> {
  let query = ctx.db.selectFrom('registration_imports').selectAll().where('id', '=', importId);
  if (employerId !== undefined) query = query.where('employer_id', '=', employerId);
  const row = await query.executeTakeFirst();
  if (!row) throw rejectImport('import_not_found');
  return record(row);
}

/** The error report of a refused import (it holds full identity numbers: the download is audited). */
export async function importReport(
  ctx: AppContext,
  who: AuditActor,
  importId: number,
): Promise<{ fileName: string; mediaType: string; bytes: Buffer }> {
  const row = await ctx.db.selectFrom('registration_imports').selectAll().where('id', '=', importId).executeTakeFirst();
  if (!row) throw rejectImport('import_not_found');
  const bytes = row.report_sm3 ? await ctx.blobs.get(row.report_sm3) : null;
  if (!bytes || !row.report_format) throw rejectImport('import_report_not_available');
  await recordAudit(ctx.db, ctx.clock, who, {
    action: 'registration.import.report',
    entity: 'registration_import',
    entityId: row.id,
    details: { employerId: row.employer_id },
  });
  const format = row.report_format === 'xlsx' ? 'xlsx' : 'csv';
  const base = row.file_name.replace(/\.(xlsx|csv|txt)$/i, '');
  return { fileName: `${base}.errors.${format}`, mediaType: MEDIA_TYPES[format], bytes };
}
