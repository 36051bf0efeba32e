/**
 * HTTP routes of employment and enrolment: hires, separations, flexible enrolment, enrolment
 * status changes and death registration at the window; an employer's employees; and the
 * employer's own hires and separations in the self-service hall (through the bulk batch, one row).
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, hallAccountOf, staffOf } from '../../http/access.ts';
import { id, idParams, isoDate, page, pageSizeUpTo, refId, version } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { nameText } from '../../http/text.ts';
import { Rejection } from '../../kernel/rejection.ts';
import type { AuditActor } from '../audit/index.ts';
import { CASE_NUMBER_PATTERN } from '../cases/index.ts';
import { applyEmploymentBatch, type EmploymentRow } from './registration.batch.ts';
import { employerOfAccount } from './registration.employers.service.ts';
import { employeePage, employmentResultView, hireResultView } from './registration.employment.responses.ts';
import {
  employmentOfCitizenId,
  hirePerson,
  registerDeath,
  separateEmployment,
} from './registration.employment.service.ts';
import { EMPLOYEE_STATUSES, listEmployees } from './registration.employment.views.ts';
import { changeEnrolment, ENROLMENT_REASON_LENGTH_MAX, enrolFlexible } from './registration.enrolments.service.ts';
import type { EnrolmentAction } from './registration.enrolments.rules.ts';
import {
  FLEXIBLE_SCHEMES,
  NAME_LENGTH_MAX,
  PAGE_SIZE_MAX,
  REPORTABLE_SEPARATION_REASONS,
  SCHEMES,
} from './registration.model.ts';
import { recordPersonReads } from './registration.person-reads.ts';
import { enrolmentView, personDetailView } from './registration.responses.ts';
import { employerInScope } from './registration.scope.ts';

const caseNumber = z.string().trim().max(60).regex(CASE_NUMBER_PATTERN);
const schemes = z.array(z.enum(SCHEMES)).min(1).max(SCHEMES.length);
const separationReason = z.enum(REPORTABLE_SEPARATION_REASONS);
const citizenId = z.string().trim().min(1).max(32);
const pageSize = pageSizeUpTo(PAGE_SIZE_MAX);

const employeesQuery = z.strictObject({ status: z.enum(EMPLOYEE_STATUSES).default('active'), page, pageSize });
const hireBody = z.strictObject({
  employerId: refId,
  hiredOn: isoDate,
  schemes: schemes.optional(),
  caseNumber: caseNumber.optional(),
});
const hireByCitizenIdBody = hireBody.extend({ citizenId });
const separateBody = z.strictObject({
  separatedOn: isoDate,
  reason: separationReason,
  caseNumber: caseNumber.optional(),
});
const flexibleBody = z.strictObject({
  scheme: z.enum(FLEXIBLE_SCHEMES),
  startedOn: isoDate,
  poolingRegion: z.string().regex(/^[0-9]{6}$/),
  caseNumber: caseNumber.optional(),
});
const changeBody = z.strictObject({
  effectiveOn: isoDate,
  reason: z.string().trim().min(1).max(ENROLMENT_REASON_LENGTH_MAX),
});
const deathBody = z.strictObject({ version, deathDate: isoDate, caseNumber: caseNumber.optional() });
const hallHireBody = z.strictObject({
  citizenId,
  name: nameText(NAME_LENGTH_MAX).optional(),
  gender: z.enum(['male', 'female']).optional(),
  birthDate: isoDate.optional(),
  phone: z.string().trim().min(1).max(20).optional(),
  hiredOn: isoDate,
  schemes: schemes.optional(),
});
const hallSeparationBody = z.strictObject({ citizenId, separatedOn: isoDate, reason: separationReason });

/** The employer a hall request acts for; persons are refused. */
async function hallEmployerId(ctx: AppContext, request: FastifyRequest): Promise<number> {
  return (await employerOfAccount(ctx.db, hallAccountOf(request, 'employer').id)).id;
}

/** One hall row through the bulk batch; its first refused field becomes the rejection. */
async function applyOneRow(ctx: AppContext, who: AuditActor, employerId: number, row: EmploymentRow): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const result = await applyEmploymentBatch(trx, ctx, who, {
      employerId,
      rows: [row],
      channel: 'web',
      importId: null,
    });
    if (!result.ok) {
      const [first] = result.errors;
      throw new Rejection(first!.code, { field: first!.field, ...first!.details, errors: result.errors });
    }
  });
}

/** Hires (by citizen ID or of a registered person) and separations at the window. */
function employmentRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['registration'];
  const write = { access: { permission: 'registration.write' as const } };
  app.post(
    '/api/registration/employments',
    {
      config: write,
      schema: {
        tags,
        summary: 'Hire a person named by the full citizen ID (anyone registered; the document in hand)',
        body: hireByCitizenIdBody,
        response: { 201: hireResultView },
      },
    },
    async (request, reply) => {
      const { citizenId: named, ...input } = request.body;
      const hired = await hirePerson(ctx, staffOf(request), auditActorOf(request), { citizenId: named }, input);
      return reply.status(201).send(hired);
    },
  );
  app.post(
    '/api/registration/persons/:id/employments',
    {
      config: write,
      schema: {
        tags,
        summary: 'Hire a person in scope (enrols in the schemes); one registered elsewhere by citizen ID instead',
        params: idParams,
        body: hireBody,
        response: { 201: hireResultView },
      },
    },
    async (request, reply) => {
      const subject = { personId: request.params.id };
      return reply
        .status(201)
        .send(await hirePerson(ctx, staffOf(request), auditActorOf(request), subject, request.body));
    },
  );
  app.post(
    '/api/registration/persons/:id/employments/:employmentId/separate',
    {
      config: write,
      schema: {
        tags,
        summary: 'Separate an employment (closes its enrolments)',
        params: z.strictObject({ id, employmentId: id }),
        body: separateBody,
        response: { 200: employmentResultView },
      },
    },
    async (request) =>
      separateEmployment(
        ctx,
        staffOf(request),
        auditActorOf(request),
        request.params.id,
        request.params.employmentId,
        request.body,
      ),
  );
}

/** A flexible worker's enrolment, and suspending, resuming or terminating an enrolment. */
function enrolmentRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['registration'];
  const write = { access: { permission: 'registration.write' as const } };
  app.post(
    '/api/registration/persons/:id/enrolments',
    {
      config: write,
      schema: {
        tags,
        summary: 'Enrol a flexible worker',
        params: idParams,
        body: flexibleBody,
        response: { 201: enrolmentView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await enrolFlexible(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body)),
  );
  for (const action of ['suspend', 'resume', 'terminate'] as const satisfies readonly EnrolmentAction[]) {
    app.post(
      `/api/registration/persons/:id/enrolments/:enrolmentId/${action}`,
      {
        config: write,
        schema: {
          tags,
          summary: `${action[0]!.toUpperCase()}${action.slice(1)} an enrolment`,
          params: z.strictObject({ id, enrolmentId: id }),
          body: changeBody,
          response: { 200: enrolmentView },
        },
      },
      async (request) =>
        changeEnrolment(
          ctx,
          staffOf(request),
          auditActorOf(request),
          request.params.id,
          request.params.enrolmentId,
          action,
          request.body,
        ),
    );
  }
}

/** Registering a death, and an employer's employees. */
function deathAndEmployeeRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['registration'];
  const read = { access: { permission: 'registration.read' as const } };
  const write = { access: { permission: 'registration.write' as const } };
  app.post(
    '/api/registration/persons/:id/death',
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a death (ends employments and enrolments)',
        params: idParams,
        body: deathBody,
        response: { 200: personDetailView },
      },
    },
    async (request) => registerDeath(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body),
  );
  app.get(
    '/api/registration/employers/:id/employees',
    {
      config: read,
      schema: {
        tags,
        summary: 'Employees of an employer',
        params: idParams,
        querystring: employeesQuery,
        response: { 200: employeePage },
      },
    },
    async (request) => {
      const employer = await employerInScope(ctx.db, staffOf(request), request.params.id);
      const page = await listEmployees(ctx.db, employer.id, request.query);
      await recordPersonReads(
        ctx.db,
        ctx.clock,
        auditActorOf(request),
        { action: 'registration.employees.read', entity: 'employer', entityId: employer.id },
        page.items.map((i) => i.personId),
      );
      return page;
    },
  );
}

/** The window: hires, separations, enrolments, deaths, and an employer's employees. */
function staffRoutes(app: ZodApp, ctx: AppContext): void {
  employmentRoutes(app, ctx);
  enrolmentRoutes(app, ctx);
  deathAndEmployeeRoutes(app, ctx);
}

function hallRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['hall'];
  const employer = { access: { authenticated: 'public_user' as const } };
  app.get(
    '/api/hall/employer/employees',
    {
      config: employer,
      schema: { tags, summary: 'My employees', querystring: employeesQuery, response: { 200: employeePage } },
    },
    async (request) => listEmployees(ctx.db, await hallEmployerId(ctx, request), request.query),
  );
  app.post(
    '/api/hall/employer/hires',
    {
      config: employer,
      schema: {
        tags,
        summary: 'Report a hire (registers the person if new)',
        body: hallHireBody,
        response: { 201: employmentResultView },
      },
    },
    async (request, reply) => {
      const employerId = await hallEmployerId(ctx, request);
      const b = request.body;
      await applyOneRow(ctx, auditActorOf(request), employerId, {
        line: 1,
        action: 'hire',
        citizenId: b.citizenId,
        name: b.name ?? null,
        gender: b.gender ?? null,
        birthDate: b.birthDate ?? null,
        phone: b.phone ?? null,
        date: b.hiredOn,
        schemes: b.schemes ?? null,
      });
      return reply.status(201).send(await employmentOfCitizenId(ctx, employerId, b.citizenId, 'active'));
    },
  );
  app.post(
    '/api/hall/employer/separations',
    {
      config: employer,
      schema: {
        tags,
        summary: 'Report a separation',
        body: hallSeparationBody,
        response: { 200: employmentResultView },
      },
    },
    async (request) => {
      const employerId = await hallEmployerId(ctx, request);
      const b = request.body;
      await applyOneRow(ctx, auditActorOf(request), employerId, {
        line: 1,
        action: 'separation',
        citizenId: b.citizenId,
        date: b.separatedOn,
        reason: b.reason,
      });
      return employmentOfCitizenId(ctx, employerId, b.citizenId, 'ended');
    },
  );
}

/** Registers the employment and enrolment routes (staff and the employer hall). */
export function registrationEmploymentRoutes(app: ZodApp, ctx: AppContext): void {
  staffRoutes(app, ctx);
  hallRoutes(app, ctx);
}
