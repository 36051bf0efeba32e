/** What the interest-run routes answer (ledger.interest.routes.ts): year-end crediting runs with their progress. */
import { z } from 'zod';
import { instantText, listOf, money, recordId } from '../../../http/response-pieces.ts';
import { INTEREST_METHODS } from './ledger.interest.ts';
import { INDIVIDUAL_FUNDS } from '../ledger.model.ts';

const count = z.number().int().nonnegative();

/** The year-end interest run (记账利息) of a region, fund and year. */
export const interestRunView = z
  .object({
    id: recordId,
    region: z.string().describe('The pooling region code (GB/T 2260)'),
    fund: z.enum(INDIVIDUAL_FUNDS),
    year: z.number().int(),
    method: z.enum(INTEREST_METHODS).describe('The crediting method (记账方法) the run used'),
    rate: z.string().describe('The crediting rate the run used, an exact decimal fraction ("0.0262")'),
    status: z.enum(['running', 'completed', 'failed']),
    accountsTotal: count,
    accountsDone: count,
    interest: money.describe('Interest credited so far'),
    startedBy: z.string().describe("'staff:<id>', 'cli:<user>' …"),
    startedAt: instantText,
    finishedAt: instantText.nullable(),
    error: z.string().nullable().describe('Why the last attempt failed (start it again to resume)'),
  })
  .meta({ id: 'LedgerInterestRun' });

/** `GET /api/ledger/interest-runs`. */
export const interestRunsAnswer = z.object({ items: listOf(interestRunView) });
