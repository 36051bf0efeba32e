/** HTTP routes of certificates: issue and list at the window, verification, revocation, the public check, the hall. */
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, hallAccountOf, publicOf, staffOf } from '../../http/access.ts';
import { sendPdf } from '../../http/files.ts';
import { idParams, page, pageSizeUpTo } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { lineText } from '../../http/text.ts';
import { today } from '../../kernel/calendar-date.ts';
import { common } from '../../kernel/rejection.ts';
import { CASE_NUMBER_PATTERN } from '../cases/index.ts';
import {
  accountSubject,
  certificatePdfForAccount,
  certificatePdfForStaff,
  certificatesOfEmployer,
  certificatesOfPerson,
  checkCertificate,
  dueCertificates,
  issueEmployerCertificate,
  issueForEmployerAccount,
  issueForPersonAccount,
  revokeCertificate,
  verifyCertificate,
} from './registration.certificates.service.ts';
import {
  certificateCheckView,
  certificateList,
  certificatePdf,
  dueCertificatePage,
} from './registration.certificates.responses.ts';
import { employerOfAccount } from './registration.employers.service.ts';
import { PAGE_SIZE_MAX } from './registration.model.ts';
import { certificateView } from './registration.responses.ts';
import { employerInScope } from './registration.scope.ts';

export const NOTE_LENGTH_MAX = 500;
/** Furthest look-ahead of the due list: a year and a day covers every verification period ≤ 12 months. */
export const DUE_WITHIN_DAYS_MAX = 366;

const text = (min: number, max: number) => lineText(max, min);

/** An employer's certificates: the list, and issuing one. */
function employerCertificateRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['registration'];
  const read = { access: { permission: 'registration.read' as const } };
  const write = { access: { permission: 'registration.write' as const } };
  app.get(
    '/api/registration/employers/:id/certificates',
    {
      config: read,
      schema: {
        tags,
        summary: 'Certificates of an employer, newest first',
        params: idParams,
        response: { 200: certificateList },
      },
    },
    async (request) => {
      const employer = await employerInScope(ctx.db, staffOf(request), request.params.id);
      return certificatesOfEmployer(ctx.db, employer.id, today(ctx.clock));
    },
  );
  app.post(
    '/api/registration/employers/:id/certificates',
    {
      config: write,
      schema: {
        tags,
        summary: 'Issue a registration certificate (renewal supersedes the valid one) or an insurance certificate',
        params: idParams,
        body: z.strictObject({
          kind: z.enum(['employer_registration', 'employer_insurance']),
          caseNumber: z.string().trim().max(60).regex(CASE_NUMBER_PATTERN).optional(),
        }),
        response: { 201: certificateView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await issueEmployerCertificate(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body),
        ),
  );
}

/** Certificates due, one's PDF, verifying and revoking one. */
function certificateStaffRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['registration'];
  const read = { access: { permission: 'registration.read' as const } };
  const write = { access: { permission: 'registration.write' as const } };
  app.get(
    '/api/registration/certificates/due',
    {
      config: read,
      schema: {
        tags,
        summary: 'Registration certificates due for verification within N days, or overdue',
        querystring: z.strictObject({
          withinDays: z.coerce.number().int().min(0).max(DUE_WITHIN_DAYS_MAX).default(30),
          page,
          pageSize: pageSizeUpTo(PAGE_SIZE_MAX),
        }),
        response: { 200: dueCertificatePage },
      },
    },
    async (request) => dueCertificates(ctx, staffOf(request), request.query),
  );
  app.get(
    '/api/registration/certificates/:id/pdf',
    {
      config: read,
      schema: {
        tags,
        summary: 'The archived PDF of a certificate',
        params: idParams,
        response: { 200: certificatePdf },
      },
    },
    async (request, reply) => {
      const file = await certificatePdfForStaff(ctx, staffOf(request), auditActorOf(request), request.params.id);
      return sendPdf(reply, file.document.fileName, file.bytes);
    },
  );
  app.post(
    '/api/registration/certificates/:id/verify',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a periodic verification (年度验证); a pass moves the due date',
        params: idParams,
        body: z.strictObject({
          result: z.enum(['passed', 'failed']),
          note: text(0, NOTE_LENGTH_MAX).optional(),
        }),
        response: { 200: certificateView },
      },
    },
    async (request) => verifyCertificate(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/registration/certificates/:id/revoke',
    {
      config: { access: { permission: 'registration.review' } },
      schema: {
        tags,
        summary: 'Revoke a valid certificate',
        params: idParams,
        body: z.strictObject({ reason: text(1, NOTE_LENGTH_MAX) }),
        response: { 200: certificateView },
      },
    },
    async (request) =>
      revokeCertificate(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body.reason),
  );
}

/** Staff routes under /api/registration. */
function staffRoutes(app: ZodApp, ctx: AppContext): void {
  employerCertificateRoutes(app, ctx);
  certificateStaffRoutes(app, ctx);
}

/** The public check and the self-service hall. */
function publicRoutes(app: ZodApp, ctx: AppContext): void {
  const user = { authenticated: 'public_user' as const };
  const limited = { rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' } };
  app.get(
    '/api/public/certificates/check',
    {
      config: { access: { public: true }, ...limited },
      schema: {
        tags: ['public'],
        summary: 'Check a certificate by its number and verification code',
        querystring: z.strictObject({ no: text(1, 40), code: text(1, 40) }),
        response: { 200: certificateCheckView },
      },
    },
    async (request) => checkCertificate(ctx, auditActorOf(request), request.query.no, request.query.code),
  );
  app.post(
    '/api/hall/employer/certificates',
    {
      config: { access: user, ...limited },
      schema: {
        tags: ['hall'],
        summary: 'Issue my organisation’s insurance certificate (单位参保证明)',
        response: { 201: certificateView },
      },
    },
    async (request, reply) => {
      const employer = await employerOfAccount(ctx.db, hallAccountOf(request, 'employer').id);
      return reply.status(201).send(await issueForEmployerAccount(ctx, auditActorOf(request), employer));
    },
  );
  app.post(
    '/api/hall/person/certificates',
    {
      config: { access: user, ...limited },
      schema: {
        tags: ['hall'],
        summary: 'Issue my insurance certificate (个人参保证明)',
        response: { 201: certificateView },
      },
    },
    async (request, reply) => {
      const subject = await accountSubject(ctx.db, hallAccountOf(request, 'person'));
      if (subject.kind !== 'person') throw common.reject('forbidden');
      return reply.status(201).send(await issueForPersonAccount(ctx, auditActorOf(request), subject.person));
    },
  );
  app.get(
    '/api/hall/person/certificates',
    {
      config: { access: user },
      schema: {
        tags: ['hall'],
        summary: 'My insurance certificates (个人参保证明), newest first',
        response: { 200: certificateList },
      },
    },
    async (request) => {
      const subject = await accountSubject(ctx.db, hallAccountOf(request, 'person'));
      if (subject.kind !== 'person') throw common.reject('forbidden');
      return certificatesOfPerson(ctx.db, subject.person.person_id, today(ctx.clock));
    },
  );
  app.get(
    '/api/hall/certificates/:id/pdf',
    {
      config: { access: user },
      schema: {
        tags: ['hall'],
        summary: 'The PDF of one of my certificates',
        params: idParams,
        response: { 200: certificatePdf },
      },
    },
    async (request, reply) => {
      const file = await certificatePdfForAccount(ctx, publicOf(request), auditActorOf(request), request.params.id);
      return sendPdf(reply, file.document.fileName, file.bytes);
    },
  );
}

/** Registers the certificate routes (staff, public check, hall). */
export function certificateRoutes(app: ZodApp, ctx: AppContext): void {
  staffRoutes(app, ctx);
  publicRoutes(app, ctx);
}
