/** HTTP routes of employers: industries, register, change, status, reveal, history, 360 view, hall profile. */
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, hallAccountOf, staffOf } from '../../http/access.ts';
import { idParams, isoDate, page, pageSizeUpTo, refId, version } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { freeText, lineText, nameText, searchText } from '../../http/text.ts';
import { today } from '../../kernel/calendar-date.ts';
import { recordAudit } from '../audit/index.ts';
import { CASE_NUMBER_PATTERN } from '../cases/index.ts';
import { certificatesOfEmployer } from './registration.certificates.service.ts';
import { employerView } from './registration.employer-view.ts';
import { EMPLOYER_ACTIONS } from './registration.employers.rules.ts';
import {
  changeEmployer,
  changeEmployerStatus,
  employerDetail,
  employerDetailOf,
  employerHistory,
  employerOfAccount,
  listEmployers,
  listIndustries,
  registerEmployer,
  revealEmployerField,
} from './registration.employers.service.ts';
import {
  employer360View,
  employerHistoryAnswer,
  employerPage,
  employerProfileView,
  industriesAnswer,
} from './registration.employers.responses.ts';
import { EMPLOYER_STATUSES, EMPLOYER_TYPES, NAME_LENGTH_MAX, PAGE_SIZE_MAX } from './registration.model.ts';
import { employerDetailView, revealedValue } from './registration.responses.ts';

export const REASON_LENGTH_MAX = 500;
export const PURPOSE_LENGTH_MAX = 200;
export const ADDRESS_LENGTH_MAX = 200;
export const PERSON_NAME_LENGTH_MAX = 50;

const text = (max: number) => lineText(max);
const caseNumber = z.string().trim().max(60).regex(CASE_NUMBER_PATTERN);
const reason = freeText(REASON_LENGTH_MAX);

const employerFields = {
  name: nameText(NAME_LENGTH_MAX),
  type: z.enum(EMPLOYER_TYPES),
  industryCode: z
    .string()
    .trim()
    .regex(/^\d{2}$/),
  legalRepName: nameText(PERSON_NAME_LENGTH_MAX),
  // Length and checksum are checked by the service, so a bad number gets its named refusal.
  legalRepId: text(40),
  address: text(ADDRESS_LENGTH_MAX),
  contactName: nameText(PERSON_NAME_LENGTH_MAX),
  contactPhone: text(30),
  bankName: text(NAME_LENGTH_MAX).nullable().optional(),
  bankAccount: text(40).nullable().optional(),
  poolingRegion: z
    .string()
    .trim()
    .regex(/^\d{6}$/),
  agencyId: refId.optional(),
  foundedOn: isoDate,
  registeredOn: isoDate.optional(),
};

/** The industry list, the employers of my subtree, registering one. */
function employerListRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['registration'];
  const read = { access: { permission: 'registration.read' as const } };
  const write = { access: { permission: 'registration.write' as const } };
  app.get(
    '/api/registration/industries',
    {
      config: { access: { authenticated: 'staff' } },
      schema: {
        tags,
        summary: 'GB/T 4754-2017 divisions with their work-injury risk class',
        response: { 200: industriesAnswer },
      },
    },
    async () => listIndustries(ctx),
  );
  app.get(
    '/api/registration/employers',
    {
      config: read,
      schema: {
        tags,
        summary: 'Employers in my subtree: q is a credit code, an employer number or part of the name',
        querystring: z.strictObject({
          q: searchText(NAME_LENGTH_MAX).optional(),
          status: z.enum(EMPLOYER_STATUSES).optional(),
          page,
          pageSize: pageSizeUpTo(PAGE_SIZE_MAX),
        }),
        response: { 200: employerPage },
      },
    },
    async (request) => listEmployers(ctx, staffOf(request), request.query),
  );
  app.post(
    '/api/registration/employers',
    {
      config: write,
      schema: {
        tags,
        summary: 'Register an employer (参保单位登记)',
        body: z.strictObject({ creditCode: text(40), ...employerFields, caseNumber: caseNumber.optional() }),
        response: { 201: employerDetailView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await registerEmployer(ctx, staffOf(request), auditActorOf(request), request.body)),
  );
}

/** One employer: its record, edits, history and status changes. */
function employerRecordRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['registration'];
  const read = { access: { permission: 'registration.read' as const } };
  const write = { access: { permission: 'registration.write' as const } };
  app.get(
    '/api/registration/employers/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One employer (personal values masked)',
        params: idParams,
        response: { 200: employerDetailView },
      },
    },
    async (request) => employerDetail(ctx, staffOf(request), request.params.id),
  );
  app.patch(
    '/api/registration/employers/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change an employer; every changed field is kept in the history',
        params: idParams,
        body: z.strictObject({
          version,
          changes: z.strictObject(employerFields).partial(),
          effectiveOn: isoDate.optional(),
          reason,
          caseNumber: caseNumber.optional(),
        }),
        response: { 200: employerDetailView },
      },
    },
    async (request) => changeEmployer(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/registration/employers/:id/history',
    {
      config: read,
      schema: {
        tags,
        summary: 'Change history, newest first',
        params: idParams,
        response: { 200: employerHistoryAnswer },
      },
    },
    async (request) => employerHistory(ctx, staffOf(request), request.params.id),
  );
  for (const action of EMPLOYER_ACTIONS)
    app.post(
      `/api/registration/employers/:id/${action}`,
      {
        config: write,
        schema: {
          tags,
          summary: `${action[0]!.toUpperCase()}${action.slice(1)} an employer`,
          params: idParams,
          body: z.strictObject({ version, reason, effectiveOn: isoDate.optional() }),
          response: { 200: employerDetailView },
        },
      },
      async (request) =>
        changeEmployerStatus(ctx, staffOf(request), auditActorOf(request), request.params.id, action, request.body),
    );
}

/** The employer's full identifiers (audited), and its 360 view. */
function employerViewRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['registration'];
  const read = { access: { permission: 'registration.read' as const } };
  app.post(
    '/api/registration/employers/:id/reveal',
    {
      config: { access: { permission: 'personal_data.reveal' } },
      schema: {
        tags,
        summary: 'The full value of a personal field, for a stated purpose (audited)',
        params: idParams,
        body: z.strictObject({
          field: z.enum(['legalRepId', 'contactPhone', 'bankAccount']),
          purpose: freeText(PURPOSE_LENGTH_MAX),
        }),
        response: { 200: revealedValue },
      },
    },
    async (request) =>
      revealEmployerField(
        ctx,
        staffOf(request),
        auditActorOf(request),
        request.params.id,
        request.body.field,
        request.body.purpose,
      ),
  );
  app.get(
    '/api/registration/employers/:id/view',
    {
      config: read,
      schema: {
        tags,
        summary: 'Employer 360: detail, counts, certificates, cases, documents',
        params: idParams,
        response: { 200: employer360View },
      },
    },
    async (request) => employerView(ctx, staffOf(request), auditActorOf(request), request.params.id),
  );
}

/** Staff routes under /api/registration. */
function staffRoutes(app: ZodApp, ctx: AppContext): void {
  employerListRoutes(app, ctx);
  employerRecordRoutes(app, ctx);
  employerViewRoutes(app, ctx);
}

/** The employer's own profile in the self-service hall. */
function hallRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/hall/employer/profile',
    {
      config: { access: { authenticated: 'public_user' } },
      schema: {
        tags: ['hall'],
        summary: 'My organisation’s registration (masked) and certificates',
        response: { 200: employerProfileView },
      },
    },
    async (request) => {
      const row = await employerOfAccount(ctx.db, hallAccountOf(request, 'employer').id);
      await recordAudit(ctx.db, ctx.clock, auditActorOf(request), {
        action: 'registration.employer.read',
        entity: 'employer',
        entityId: row.id,
        details: { channel: 'hall' },
      });
      return {
        ...(await employerDetailOf(ctx.db, row)),
        certificates: await certificatesOfEmployer(ctx.db, row.id, today(ctx.clock)),
      };
    },
  );
}

/** Registers the employer routes (staff and hall). */
export function employerRoutes(app: ZodApp, ctx: AppContext): void {
  staffRoutes(app, ctx);
  hallRoutes(app, ctx);
}
