/**
 * HTTP routes of payment files (到账文件: upload, list, detail) and refunds of credit (退费:
 * propose, approve, reject, list). Staff only; payers in the staff member's agency subtree.
 */
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, staffOf } from '../../http/access.ts';
import { plainFileName, readUploadedFile } from '../../http/files.ts';
import { languageOf } from '../../http/language.ts';
import { id, idParams, moneyText } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { parseCents } from '../../kernel/cents.ts';
import { employerInScope, IMPORT_BYTES_MAX, importUploadRefusals, personInScope } from '../registration/index.ts';
import type { Payer } from './collection.model.ts';
import { importPaymentFile, listPaymentFiles, paymentFileById } from './collection.payment-files.ts';
import { rejectPayment } from './collection.payments.rejections.ts';
import { decideRefund, listRefunds, proposeRefund, refundById } from './collection.refunds.ts';
import {
  collectionRefund,
  collectionRefundsAnswer,
  paymentFileImported,
  paymentFileRecord,
  paymentFilesAnswer,
} from './collection.payment-files.responses.ts';

const UPLOADS_PER_MINUTE = 20;
const tags = ['collection'];
const read = { access: { permission: 'collection.read' as const } };
const pay = { access: { permission: 'collection.pay' as const } };
const approve = { access: { permission: 'collection.approve' as const } };

const payerBody = z.union([
  z.strictObject({ kind: z.literal('employer'), employerId: id }),
  z.strictObject({ kind: z.literal('flexible'), personId: id }),
]);

function uploadRoutes(app: ZodApp, ctx: AppContext): void {
  void app.register(async (instance) => {
    const scope = instance.withTypeProvider<ZodTypeProvider>();
    await scope.register(multipart, { throwFileSizeLimit: true });
    scope.post(
      '/api/collection/payment-files',
      {
        config: { ...pay, rateLimit: { max: UPLOADS_PER_MINUTE, timeWindow: '1 minute' } },
        schema: {
          tags,
          summary:
            'Import a bank or tax payment file (multipart "file": .csv or .xlsx; 缴费主体代码,金额,到账日期,交易流水号,缴费单号, last row 合计); all rows or none, every bad row reported; answers the reconciliation report',
          consumes: ['multipart/form-data'],
          querystring: z.strictObject({ source: z.enum(['bank', 'tax']) }),
          response: { 201: paymentFileImported },
        },
      },
      async (request, reply) => {
        const file = await readUploadedFile(
          request,
          { maxBytes: IMPORT_BYTES_MAX, ignoredField: 'source' },
          importUploadRefusals,
        );
        const view = await importPaymentFile(ctx, staffOf(request), auditActorOf(request), {
          source: request.query.source,
          fileName: plainFileName(file.fileName, 'upload'),
          bytes: file.bytes,
          language: languageOf(request.headers['accept-language']),
        });
        return reply.status(201).send(view);
      },
    );
  });
}

function fileRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/collection/payment-files',
    {
      config: read,
      schema: {
        tags,
        summary: 'Payment files imported in my subtree, newest first',
        response: { 200: paymentFilesAnswer },
      },
    },
    async (request) => ({ items: await listPaymentFiles(ctx.db, staffOf(request)) }),
  );
  app.get(
    '/api/collection/payment-files/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One payment file with its reconciliation report',
        params: idParams,
        response: { 200: paymentFileRecord },
      },
    },
    async (request) => paymentFileById(ctx.db, staffOf(request), request.params.id),
  );
}

async function payerInScope(ctx: AppContext, request: FastifyRequest, payer: Payer): Promise<void> {
  const staff = staffOf(request);
  if (payer.kind === 'employer') await employerInScope(ctx.db, staff, payer.employerId);
  else await personInScope(ctx.db, staff, payer.personId);
}

function refundRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/collection/refunds',
    {
      config: read,
      schema: {
        tags,
        summary: 'Refunds of credit (退费) of payers in my subtree, newest first',
        querystring: z.strictObject({ status: z.enum(['proposed', 'approved', 'rejected']).optional() }),
        response: { 200: collectionRefundsAnswer },
      },
    },
    async (request) => ({
      items: await listRefunds(
        ctx.db,
        staffOf(request),
        request.query.status === undefined ? {} : { status: request.query.status },
      ),
    }),
  );
  app.post(
    '/api/collection/refunds',
    {
      config: pay,
      schema: {
        tags,
        summary: 'Propose a refund of a payer’s credit (at most its balance); approved by someone else',
        body: z.strictObject({ payer: payerBody, amount: moneyText, reason: z.string().trim().min(1).max(500) }),
        response: { 201: collectionRefund },
      },
    },
    async (request, reply) => {
      const payer = request.body.payer as Payer;
      await payerInScope(ctx, request, payer);
      const amount = parseCents(request.body.amount);
      if (amount <= 0) throw rejectPayment('collection_amount_invalid');
      const refund = await proposeRefund(ctx, staffOf(request), auditActorOf(request), {
        payer,
        amount,
        reason: request.body.reason,
      });
      return reply.status(201).send(refund);
    },
  );
  for (const decision of ['approve', 'reject'] as const)
    app.post(
      `/api/collection/refunds/:id/${decision}`,
      {
        config: approve,
        schema: {
          tags,
          summary:
            decision === 'approve'
              ? 'Approve a refund: posts it and lowers the credit (not by its proposer)'
              : 'Reject a refund (not by its proposer)',
          params: idParams,
          body: z.strictObject({ note: z.string().trim().max(500).optional() }).optional(),
          response: { 200: collectionRefund },
        },
      },
      async (request) => {
        const staff = staffOf(request);
        await refundById(ctx.db, staff, request.params.id);
        return decideRefund(
          ctx,
          staff,
          auditActorOf(request),
          request.params.id,
          decision,
          request.body?.note ? request.body.note : null,
        );
      },
    );
}

/** Payment files and refunds (registered once in src/http/modules.ts). */
export function collectionFileRefundRoutes(app: ZodApp, ctx: AppContext): void {
  uploadRoutes(app, ctx);
  fileRoutes(app, ctx);
  refundRoutes(app, ctx);
}
