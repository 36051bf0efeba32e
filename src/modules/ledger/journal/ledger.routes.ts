/**
 * HTTP routes of the journal core under /api/ledger: the chart with balances (cached, or
 * bitemporal), entries by account, source or person, one entry in full, manual entries and
 * corrections (maker-checker). Fund data is agency-wide (the fund accountant works for the
 * province); what names a person is limited to persons the staff member may see, and audited.
 */
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import { auditActorOf, staffOf } from '../../../http/access.ts';
import { id, idParams, isoDate, page, pageSizeUpTo } from '../../../http/params.ts';
import type { ZodApp } from '../../../http/types.ts';
import { lineText } from '../../../http/text.ts';
import type { CalendarDate } from '../../../kernel/calendar-date.ts';
import { centsToDecimal, type Cents } from '../../../kernel/cents.ts';
import { appendAudit } from '../../audit/index.ts';
import { personInScope } from '../../registration/index.ts';
import { accountExists, accountsOf } from './ledger.accounts.ts';
import { accountBalances } from './ledger.balances.ts';
import {
  approveCorrection,
  CORRECTION_STATUSES,
  listCorrections,
  proposeCorrection,
  rejectCorrection,
} from './ledger.corrections.ts';
import { postManualEntry } from './ledger.journal.manual.ts';
import { entryDetail, listEntries } from './ledger.journal.views.ts';
import { FUNDS, ledgerLimits, SIDES } from '../ledger.model.ts';
import { rejectLedger } from '../ledger.rejections.ts';
import {
  accountsAnswer,
  correctionsAnswer,
  correctionView,
  entriesAnswer,
  entryDetail as entryDetailAnswer,
  manualEntryAnswer,
} from './ledger.responses.ts';

const text = (max: number) => lineText(max);
const paging = {
  page,
  pageSize: pageSizeUpTo(ledgerLimits.pageSizeMax),
};
const amount = z.string().max(32);
const lineSchema = z.strictObject({
  accountId: id,
  side: z.enum(SIDES),
  amount,
  personId: id.optional(),
});
const noteBody = z.strictObject({ note: text(500) });

/** Registers the journal routes. */
export function ledgerRoutes(app: ZodApp, ctx: AppContext): void {
  accountRoutes(app, ctx);
  entryRoutes(app, ctx);
  correctionRoutes(app, ctx);
}

const tags = ['ledger'];
const read = { access: { permission: 'ledger.read' as const } };
const post = { access: { permission: 'ledger.post' as const } };
const approve = { access: { permission: 'ledger.approve' as const } };

function accountRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/ledger/accounts',
    {
      config: read,
      schema: {
        tags,
        summary: 'The chart of accounts with balances: cached, or as of a day and as known at an instant',
        querystring: z.strictObject({
          region: z
            .string()
            .regex(/^[0-9]{6}$/)
            .optional(),
          fund: z.enum(FUNDS).optional(),
          asOf: isoDate.optional(),
          knownAt: z.iso.datetime({ offset: true }).optional(),
        }),
        response: { 200: accountsAnswer },
      },
    },
    async (request) => {
      const { region, fund, asOf, knownAt } = request.query;
      const accounts = await accountsOf(ctx.db, region, fund);
      const bitemporal = asOf !== undefined || knownAt !== undefined;
      const at = {
        ...(asOf ? { asOf: asOf as CalendarDate } : {}),
        ...(knownAt ? { knownAt: new Date(knownAt) } : {}),
      };
      const computed = bitemporal
        ? await accountBalances(
            ctx.db,
            accounts.map((a) => a.id),
            at,
          )
        : null;
      return {
        asOf: asOf ?? null,
        knownAt: knownAt ?? null,
        source: bitemporal ? ('journal' as const) : ('cache' as const),
        items: accounts.map((a) => {
          const balance = computed?.get(a.id) ?? a.balance;
          return {
            ...a,
            balance: { debit: yuan(balance.debit), credit: yuan(balance.credit), balance: yuan(balance.balance) },
          };
        }),
      };
    },
  );
  app.get(
    '/api/ledger/accounts/:id/entries',
    {
      config: read,
      schema: {
        tags,
        summary: 'Entries that touch an account, newest first',
        params: idParams,
        querystring: z.strictObject(paging),
        response: { 200: entriesAnswer },
      },
    },
    async (request) => {
      if (!(await accountExists(ctx.db, request.params.id))) throw rejectLedger('ledger_account_not_found');
      return listEntries(ctx.db, { accountId: request.params.id, ...request.query });
    },
  );
}

function entryRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/ledger/entries',
    {
      config: read,
      schema: {
        tags,
        summary: 'Entries by source record, person or effective dates, newest first',
        querystring: z.strictObject({
          sourceModule: text(60).optional(),
          sourceRef: text(200).optional(),
          personId: id.optional(),
          from: isoDate.optional(),
          to: isoDate.optional(),
          ...paging,
        }),
        response: { 200: entriesAnswer },
      },
    },
    async (request) => {
      const { personId } = request.query;
      if (personId !== undefined) {
        await personInScope(ctx.db, staffOf(request), personId);
        await ctx.db.transaction().execute((trx) =>
          appendAudit(trx, ctx.clock, auditActorOf(request), {
            action: 'rights.read',
            entity: 'person',
            entityId: personId,
            details: { view: 'ledger.entries' },
          }),
        );
      }
      return listEntries(ctx.db, request.query);
    },
  );
  app.get(
    '/api/ledger/entries/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One entry: lines, batch, chain hashes, reversal links, corrections',
        params: idParams,
        response: { 200: entryDetailAnswer },
      },
    },
    async (request) => entryDetail(ctx, staffOf(request), auditActorOf(request), request.params.id),
  );
  app.post(
    '/api/ledger/entries',
    {
      config: post,
      schema: {
        tags,
        summary: 'Book a manual entry (201); the same key with the same content returns the original (200)',
        body: z.strictObject({
          idempotencyKey: text(ledgerLimits.idempotencyKeyLengthMax),
          effectiveOn: isoDate,
          period: z
            .string()
            .regex(/^[0-9]{6}$/)
            .optional(),
          reason: text(ledgerLimits.reasonLengthMax),
          lines: z.array(lineSchema).min(2).max(ledgerLimits.linesPerEntryMax),
        }),
        response: { 200: manualEntryAnswer, 201: manualEntryAnswer },
      },
    },
    async (request, reply) => {
      const posted = await postManualEntry(ctx, staffOf(request), auditActorOf(request), request.body);
      const detail = await entryDetail(ctx, staffOf(request), auditActorOf(request), posted.id);
      return reply.status(posted.replayed ? 200 : 201).send({ replayed: posted.replayed, ...detail });
    },
  );
}

function correctionRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/ledger/corrections',
    {
      config: read,
      schema: {
        tags,
        summary: 'Corrections, newest first, by status',
        querystring: z.strictObject({ status: z.enum(CORRECTION_STATUSES).optional(), ...paging }),
        response: { 200: correctionsAnswer },
      },
    },
    async (request) => listCorrections(ctx.db, request.query),
  );
  app.post(
    '/api/ledger/entries/:id/corrections',
    {
      config: post,
      schema: {
        tags,
        summary: 'Propose to reverse an entry, optionally with replacement lines (another staff member approves)',
        params: idParams,
        body: z.strictObject({
          reason: text(400),
          replacementLines: z.array(lineSchema).min(2).max(ledgerLimits.linesPerEntryMax).optional(),
        }),
        response: { 201: correctionView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await proposeCorrection(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body)),
  );
  for (const decision of ['approve', 'reject'] as const)
    app.post(
      `/api/ledger/corrections/:id/${decision}`,
      {
        config: approve,
        schema: {
          tags,
          summary:
            decision === 'approve'
              ? 'Approve a correction: books the reversal and the replacement'
              : 'Reject a correction',
          params: idParams,
          body: noteBody,
          response: { 200: correctionView },
        },
      },
      async (request) => {
        const decide = decision === 'approve' ? approveCorrection : rejectCorrection;
        return decide(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body.note);
      },
    );
}

function yuan(fen: Cents): string {
  return centsToDecimal(fen);
}
