/** HTTP routes of window activation codes for self-service hall accounts. */
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, staffOf } from '../../http/access.ts';
import { sendPdf } from '../../http/files.ts';
import { idParams } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { ACTIVATION_DOCUMENTS } from '../auth/index.ts';
import { activationDocumentFile, activationIssuedView } from './registration.hall-activation.responses.ts';
import { activationDocument, issueEmployerActivation, issuePersonActivation } from './registration.hall-activation.ts';

const body = z.strictObject({
  documentType: z.enum([...ACTIVATION_DOCUMENTS.person, ...ACTIVATION_DOCUMENTS.employer]),
  /** The clerk confirms the document was seen and checked; nothing is issued without it. */
  documentChecked: z.literal(true),
  delivery: z.enum(['slip', 'letter', 'sms']),
  phone: z.string().trim().min(1).max(20).optional(),
});

/** Registers the activation routes: issue for a person or an employer, print the slip or letter. */
export function hallActivationRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['registration'];
  const write = { access: { permission: 'registration.write' as const } };
  app.post(
    '/api/registration/persons/:id/hall-activation',
    {
      config: write,
      schema: {
        tags,
        summary: 'Issue a hall activation code for a person (document checked)',
        params: idParams,
        body,
        response: { 200: activationIssuedView },
      },
    },
    async (request) =>
      issuePersonActivation(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/registration/employers/:id/hall-activation',
    {
      config: write,
      schema: {
        tags,
        summary: 'Issue a hall activation code for an employer (document checked)',
        params: idParams,
        body,
        response: { 200: activationIssuedView },
      },
    },
    async (request) =>
      issueEmployerActivation(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/registration/hall-activations/:id/document',
    {
      config: write,
      schema: {
        tags,
        summary: 'The slip or letter of a live activation code (the code is needed: it is not stored)',
        params: idParams,
        body: z.strictObject({ code: z.string().min(1).max(20) }),
        response: { 200: activationDocumentFile },
      },
    },
    async (request, reply) => {
      const file = await activationDocument(
        ctx,
        staffOf(request),
        auditActorOf(request),
        request.params.id,
        request.body.code,
      );
      return sendPdf(reply, file.fileName, file.bytes);
    },
  );
}
