/**
 * What the statement routes answer (ledger.statements.routes.ts): the hall's statements and access
 * log, a raised doubt's case, the public check, the bulk runs. The PDFs are files (`fileResponse`).
 */
import { z } from 'zod';
import { fileResponse } from '../../../http/responses.ts';
import { instantText, listOf, money, recordId } from '../../../http/response-pieces.ts';
import { ACCESS_LABELS } from '../ledger.access-log.ts';
import { STATEMENT_PARTS } from './ledger.statements.rules.ts';

const count = z.number().int().nonnegative();
const year = z.number().int();

/** An annual rights statement (个人权益记录单) as issued, for its holder. */
export const statementView = z
  .object({
    statementNo: z.string(),
    year,
    verificationCode: z.string().describe('Printed on the statement; anyone holding the paper checks it with this'),
    contentHash: z.string().describe('SM3 of the statement’s canonical content, hex'),
    closing: money.describe('The pension individual account’s balance at the end of the year'),
    issuedAt: instantText,
    issuedBy: z.string().describe("'person' (the hall), 'staff:<id>' (the window) or 'run:<id>' (a bulk run)"),
  })
  .meta({ id: 'LedgerStatement' });

/** `GET /api/hall/person/statements`. */
export const personStatementsAnswer = z.object({
  years: listOf(
    z.object({ year, closed: z.boolean().describe('The year is over: a statement may be issued') }),
  ).describe('Years with rights records, newest first'),
  statements: listOf(statementView).describe('Newest first'),
});

/** The statement PDF, its number in the `x-statement-no` header. */
export const statementPdf = fileResponse(
  ['application/pdf'],
  'The annual rights statement (个人权益记录单); its number is in the x-statement-no header',
);

/** `POST /api/hall/person/rights/discrepancies` (201): the service-desk case opened. */
export const discrepancyAnswer = z.object({ caseNumber: z.string() }).meta({ id: 'LedgerDiscrepancyCase' });

/** `GET /api/hall/person/access-log`. */
export const accessLogAnswer = z
  .object({
    total: count,
    page: recordId,
    pageSize: recordId,
    items: listOf(
      z.object({
        at: instantText,
        staffName: z.string(),
        agencyName: z.string().nullable(),
        action: z.string().describe('The audited action code'),
        labelKey: z.enum(ACCESS_LABELS).describe('What the hall shows for the action (a text per key)'),
      }),
    ),
  })
  .meta({ id: 'LedgerAccessLog' });

/** A bulk statement run of a region and year. */
export const statementRunView = z
  .object({
    id: recordId,
    region: z.string().describe('The pooling region code (GB/T 2260)'),
    year,
    status: z.enum(['running', 'completed', 'failed']),
    personsTotal: count,
    personsDone: count,
    startedBy: z.string().describe("'staff:<id>', 'cli:<user>' …"),
    startedAt: instantText,
    finishedAt: instantText.nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'LedgerStatementRun' });

/** `GET /api/ledger/statement-runs`. */
export const statementRunsAnswer = z.object({ items: listOf(statementRunView) });

/** `GET /api/public/statements/check`: enough to trust the paper, nothing more about the holder. */
export const statementCheckAnswer = z
  .object({
    status: z.literal('valid'),
    statementNo: z.string(),
    year,
    issuedAt: instantText,
    holder: z.string().describe('The holder’s name, masked'),
    content: z
      .enum(['identical', 'different'])
      .describe('The statement rendered again as known when issued, compared with the digest kept at issue'),
    differences: listOf(z.enum(STATEMENT_PARTS)).describe('The parts that differ; empty when identical'),
  })
  .meta({ id: 'LedgerStatementCheck' });
