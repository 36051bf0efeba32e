/** HTTP routes of applicant identity at intake: the register's name, and a reviewer's name override. */
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, staffOf } from '../../http/access.ts';
import type { ZodApp } from '../../http/types.ts';
import type { RegisterLookup } from '../auth/index.ts';
import { applicantLookupAnswer, applicantNameOverrideAnswer } from './cases.applicant-identity.responses.ts';
import { grantNameOverride, lookUpApplicant, type ApplicantLookup } from './cases.applicant-identity.ts';
import { applicantIdentifier } from './cases.intake.ts';
import { REASON_LENGTH_MAX } from './cases.model.ts';

const registeredType = z.enum(['citizen_id', 'credit_code']);
const identifier = z.string().trim().min(1).max(40);

/** Registers the lookup (clerks and reviewers) and the override (reviewers). */
export function applicantIdentityRoutes(app: ZodApp, ctx: AppContext, register: RegisterLookup): void {
  const tags = ['cases'];
  app.get(
    '/api/cases/applicant-lookup',
    {
      config: { access: { anyPermission: ['case.accept', 'case.review'] } },
      schema: {
        tags,
        summary: 'The register’s name for an applicant’s citizen ID or credit code (a read of the holder’s record)',
        querystring: z.strictObject({ identifierType: registeredType, identifier }),
        response: { 200: applicantLookupAnswer },
      },
    },
    async (request): Promise<ApplicantLookup> => {
      const { normalized, subject } = applicantIdentifier(ctx, request.query);
      if (subject === 'other') return { registered: false, name: null };
      return lookUpApplicant(ctx, register, auditActorOf(request), { subject, normalized });
    },
  );
  app.post(
    '/api/cases/applicant-name-overrides',
    {
      config: { access: { permission: 'case.review' } },
      schema: {
        tags,
        summary: 'Authorise one intake under a name the register does not hold, with the reason',
        body: z.strictObject({
          identifierType: registeredType,
          identifier,
          name: z.string().trim().min(1).max(100),
          reason: z.string().trim().min(1).max(REASON_LENGTH_MAX),
        }),
        response: { 201: applicantNameOverrideAnswer },
      },
    },
    async (request, reply) => {
      const { normalized, masked, subject, index } = applicantIdentifier(ctx, request.body);
      if (subject === 'other') throw new Error('registered identifier types only');
      const granted = await grantNameOverride(ctx, register, staffOf(request), auditActorOf(request), {
        subject,
        normalized,
        index,
        masked,
        name: request.body.name,
        reason: request.body.reason,
      });
      return reply.status(201).send(granted);
    },
  );
}
