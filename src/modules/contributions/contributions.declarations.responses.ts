/** What the routes of declarations (缴费申报) answer (collection.declarations.routes.ts). */
import { z } from 'zod';
import { instantText, listOf, money, recordId } from '../../http/response-pieces.ts';
import { DECLARATION_CHANNELS } from '../collection/index.ts';

const declarationKind = z.enum(['monthly', 'annual_base']);
const declarationPeriod = z.string().describe('YYYYMM, or YYYY for an annual base declaration');

/** A covered person the declaration leaves out, masked. */
const notDeclaredPerson = z.object({
  personId: recordId,
  idMasked: z.string().describe('Masked citizen ID'),
  name: z.string().describe('Masked name'),
});

/** What a submitted (or corrected) declaration answers: stored, assessed and billed. */
export const declarationReceipt = z
  .object({
    declarationId: recordId,
    declarationNo: z.string(),
    kind: declarationKind,
    period: declarationPeriod,
    revision: z.number().int().describe('1 when first declared; each correction adds one'),
    lineCount: z.number().int(),
    totalWage: money,
    bill: z
      .object({
        id: recordId,
        billNo: z.string(),
        total: money,
        lines: z.number().int().describe('Bill lines: one per person and fund'),
      })
      .nullable()
      .describe('The bill issued from it; null for an annual base declaration'),
    notDeclared: listOf(notDeclaredPerson).describe('Covered persons it leaves out (not assessed by it): at most 100'),
  })
  .meta({ id: 'CollectionDeclarationReceipt' });

const summaryFields = z.object({
  id: recordId,
  declarationNo: z.string(),
  payerKind: z.enum(['employer', 'flexible']),
  employerId: recordId.nullable(),
  personId: recordId.nullable(),
  kind: declarationKind,
  period: declarationPeriod,
  regionCode: z.string(),
  revision: z.number().int().describe('The current revision'),
  status: z.enum(['submitted', 'closed']),
  channel: z.enum(DECLARATION_CHANNELS),
  lineCount: z.number().int(),
  totalWage: money,
  fileName: z.string().nullable().describe('The uploaded file, for a declaration from a file'),
  submittedAt: instantText,
  submittedBy: z.string().describe('employer:<account>, person:<account>, staff:<id> or apikey:<id>'),
  bill: z
    .object({
      id: recordId,
      billNo: z.string(),
      status: z.enum(['open', 'paid', 'cancelled']),
      total: money,
      paid: money,
    })
    .nullable()
    .describe('The period’s live regular bill, if any'),
});

/** A declaration as lists show it, with its period's bill. */
export const declarationSummary = summaryFields.meta({ id: 'CollectionDeclarationSummary' });

/** A list of declarations, newest period first. */
export const declarationsAnswer = z.object({ items: listOf(declarationSummary) });

/** One declaration with the lines of one revision (masked) and every revision's totals. */
export const declarationDetailAnswer = summaryFields
  .extend({
    shownRevision: z.number().int().describe('The revision whose lines are shown'),
    lines: listOf(
      z.object({
        personId: recordId,
        idMasked: z.string().describe('Masked citizen ID'),
        name: z.string().describe('Masked name'),
        wage: money,
      }),
    ),
    revisions: listOf(z.object({ revision: z.number().int(), lineCount: z.number().int(), totalWage: money })),
  })
  .meta({ id: 'CollectionDeclarationDetail' });
