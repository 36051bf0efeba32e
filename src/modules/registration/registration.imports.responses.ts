/** What the routes of spreadsheet imports and employer API keys answer (the payroll API has its own). */
import { z } from 'zod';
import { instant, listOf } from '../../http/response-pieces.ts';
import { fileResponse } from '../../http/responses.ts';
import { apiKeyScopeCodes } from '../auth/index.ts';
import { MEDIA_TYPES } from './registration.spreadsheet.report.ts';

const count = z.number().int().nonnegative();
const ref = z.number().int().positive();
const format = z.enum(['xlsx', 'csv']);

/** One refused cell or row of an import. */
export const importErrorView = z
  .object({
    line: z.number().int().positive().describe('The line in the file, 1 = the header'),
    field: z.string(),
    column: z.string().nullable().describe("The column as the file's header names it; null for the row as a whole"),
    code: z.string().describe('The named rejection code'),
    message: z.string().describe("In the caller's language"),
  })
  .meta({ id: 'RegistrationImportError' });

/** `POST …/imports`: what the import did (all rows or none), or every error found. */
export const importResultView = z
  .object({
    importId: ref.nullable().describe('Null for a dry run that found nothing wrong (nothing is recorded)'),
    status: z.enum(['applied', 'rejected', 'validated']),
    dryRun: z.boolean(),
    format,
    rowCount: count,
    errorCount: count,
    errors: listOf(importErrorView).describe('At most 1,000; errorsTruncated says when the report holds more'),
    errorsTruncated: z.boolean(),
    hires: count,
    separations: count,
    personsCreated: count,
    reportAvailable: z.boolean(),
  })
  .meta({ id: 'RegistrationImportResult' });

/** An import as listed. */
export const importRecordView = z
  .object({
    id: ref,
    employerId: ref,
    fileName: z.string(),
    format,
    rowCount: count,
    errorCount: count,
    status: z.enum(['applied', 'rejected']),
    reportAvailable: z.boolean(),
    language: z.enum(['zh-CN', 'en']),
    channel: z.enum(['web', 'window', 'cli']),
    actorKind: z.string().describe('staff, public_user or cli'),
    createdAt: instant,
  })
  .meta({ id: 'RegistrationImport' });

/** `GET …/imports`: newest first. */
export const importList = listOf(importRecordView);

/** The template and the error reports: a spreadsheet in the format asked for (or of the import). */
export const spreadsheetFile = fileResponse(Object.values(MEDIA_TYPES), 'A spreadsheet (.xlsx or .csv)');

/** An employer's API key as listed: never the secret. */
export const apiKeyView = z
  .object({
    id: ref,
    employerId: ref,
    prefix: z.string().describe('The public part of the key, sbk_<prefix>_…'),
    label: z.string(),
    scopes: listOf(z.enum(apiKeyScopeCodes)),
    createdAt: instant,
    lastUsedAt: instant.nullable(),
    revokedAt: instant.nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'EmployerApiKey' });

/** `GET …/api-keys`: newest first. */
export const apiKeyList = listOf(apiKeyView);

/** `POST …/api-keys`: the key created, with the full key: in this answer only, never stored in clear. */
export const apiKeyCreated = apiKeyView
  .extend({ key: z.string().describe('The full key sbk_<prefix>_<secret>: shown once') })
  .meta({ id: 'EmployerApiKeyCreated' });
