/** HTTP routes of cases: the clerk workbench, deadlines and alerts, and the applicant's side. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, publicOf, staffOf } from '../../http/access.ts';
import { sendPdf } from '../../http/files.ts';
import { fileResponse } from '../../http/responses.ts';
import { id, idParams, isoDate, page, pageSizeUpTo, refId, version } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { nameText } from '../../http/text.ts';
import { addDays, parseCalendarDate, today } from '../../kernel/calendar-date.ts';
import { common } from '../../kernel/rejection.ts';
import { openDocument } from '../archive/index.ts';
import { recordAudit, type AuditActor } from '../audit/index.ts';
import type { RegisterLookup } from '../auth/index.ts';
import { onlineAgencies, scopePathOf } from './cases.agencies.ts';
import { applicantIdentityRoutes } from './cases.applicant-identity.routes.ts';
import { applyOnline, intakeAtDesk } from './cases.intake.ts';
import {
  BUNDLE_ITEMS_MAX,
  MATERIALS_PER_CALL_MAX,
  NOTE_LENGTH_MAX,
  PAGE_SIZE_MAX,
  REASON_LENGTH_MAX,
} from './cases.model.ts';
import { rejectCase } from './cases.rejections.ts';
import * as repo from './cases.repository.ts';
import {
  caseAgencies,
  caseAlert,
  caseAlertList,
  caseBundle,
  caseDetailView,
  caseHandOverCandidates,
  caseIntakeAnswer,
  caseList,
  caseNotice,
  caseProgress,
  caseProgressList,
  caseSettings,
  caseSlaSummary,
  caseStats,
  caseSweepRun,
  caseSweepRuns,
  caseWithNotice,
} from './cases.responses.ts';
import { CASE_NUMBER_PATTERN } from './cases.rules.ts';
import {
  acknowledgeAlert,
  listAlerts,
  promiseStats,
  slaSummary,
  sweepRuns,
  sweepSla,
  updateSettings,
} from './cases.sla.ts';
import {
  caseDetail,
  caseInScope,
  caseRows,
  listCases,
  myCases,
  noticeDocumentOfCase,
  noticeInScope,
  noticesOf,
  progressOf,
  recordForApplicant,
} from './cases.views.ts';
import {
  acceptCase,
  assignCase,
  declineCase,
  handOver,
  handOverCandidates,
  ownsCase,
  performStep,
  requestMaterials,
  supplyByApplicant,
  supplyByStaff,
} from './cases.workflow.ts';

const caseNumber = z.string().trim().max(60).regex(CASE_NUMBER_PATTERN);
const itemCode = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9-]{1,47}$/);
const materialCode = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,31}$/);
const stepCode = materialCode;
const uploadId = z.uuid();
const reason = z.string().trim().min(1).max(REASON_LENGTH_MAX);
const note = z.string().trim().max(NOTE_LENGTH_MAX);
const phone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/);
const identifier = z.string().trim().min(1).max(40);
const pageSize = pageSizeUpTo(PAGE_SIZE_MAX);
const channel = z.enum(['window', 'phone', 'mail', 'kiosk', 'bank', 'home_visit']);
const materialInput = z.strictObject({
  code: materialCode,
  uploadId: uploadId.optional(),
  status: z.enum(['received', 'waived']).optional(),
  note: note.optional(),
});
const materials = z.array(materialInput).max(MATERIALS_PER_CALL_MAX);
const supplied = z
  .array(z.strictObject({ code: materialCode, uploadId }))
  .min(1)
  .max(MATERIALS_PER_CALL_MAX);
const applicant = z.strictObject({
  identifierType: z.enum(['citizen_id', 'credit_code', 'other']),
  identifier,
  // Left out for a registered identifier: the register's name is taken.
  name: nameText(100).optional(),
  phone: phone.optional(),
});

/** The detail of a case for staff; reading personal data is audited. */
async function detailFor(ctx: AppContext, request: FastifyRequest, caseId: number) {
  const record = await caseInScope(ctx.db, staffOf(request), { id: caseId });
  await recordAudit(ctx.db, ctx.clock, auditActorOf(request), {
    action: 'case.read',
    entity: 'case',
    entityId: record.id,
    details: { caseNumber: record.case_number },
  });
  return caseDetail(ctx.db, ctx, record);
}

/** The case after a decision, with the slip that decision produced (if any). */
async function withNotice(
  ctx: AppContext,
  request: FastifyRequest,
  caseId: number,
  noticeId: number | null | undefined,
) {
  const detail = await detailFor(ctx, request, caseId);
  return { case: detail, notice: detail.notices.find((n) => n.id === noticeId) ?? null };
}

const tags = ['cases'];
const read = { access: { permission: 'case.read' as const } };
const stepAccess = { access: { anyPermission: ['case.accept', 'case.review', 'case.approve'] as const } };

/** Intake at the desk: one or more items of one applicant. */
function intakeRoutes(app: ZodApp, ctx: AppContext, register: RegisterLookup): void {
  app.post(
    '/api/cases/intake',
    {
      config: { access: { permission: 'case.accept' } },
      schema: {
        tags,
        summary: 'Intake at a window or by phone, mail …: one or more items (一窗受理)',
        response: { 201: caseIntakeAnswer },
        body: z.strictObject({
          channel,
          servicePointId: refId.optional(),
          windowId: refId.optional(),
          ticketId: refId.optional(),
          agencyId: refId.optional(),
          applicant,
          items: z
            .array(
              z.strictObject({
                itemCode,
                decision: z.enum(['accept', 'decline', 'receive']),
                reason: reason.optional(),
              }),
            )
            .min(1)
            .max(BUNDLE_ITEMS_MAX),
          materials,
          supplyDeadline: isoDate.optional(),
          note: note.optional(),
        }),
      },
    },
    async (request, reply) => {
      const result = await intakeAtDesk(ctx, register, staffOf(request), auditActorOf(request), request.body);
      const cases = [];
      for (const caseId of result.caseIds) cases.push(await detailFor(ctx, request, caseId));
      const notice =
        result.noticeId === null
          ? null
          : ((await noticesOf(ctx.db, { bundleId: result.bundleId })).find((n) => n.id === result.noticeId) ?? null);
      return reply.status(201).send({ bundleId: result.bundleId, cases, notice });
    },
  );
}

/** The case list, one case (by id or number), who may take it over. */
function caseReadRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/cases',
    {
      config: read,
      schema: {
        tags,
        summary: 'Cases in my subtree',
        response: { 200: caseList },
        querystring: z.strictObject({
          status: z
            .enum(['received', 'in_progress', 'waiting_materials', 'completed', 'refused', 'declined'])
            .optional(),
          slaState: z.enum(['not_started', 'on_track', 'due_soon', 'overdue', 'paused', 'closed']).optional(),
          itemCode: itemCode.optional(),
          agencyId: id.optional(),
          mine: z.enum(['owner', 'assignee']).optional(),
          caseNumber: caseNumber.optional(),
          identifier: identifier.optional(),
          receivedFrom: isoDate.optional(),
          receivedTo: isoDate.optional(),
          page,
          pageSize,
        }),
      },
    },
    async (request) => {
      const result = await listCases(ctx, staffOf(request), request.query);
      if (request.query.identifier)
        await recordAudit(ctx.db, ctx.clock, auditActorOf(request), {
          action: 'case.search',
          entity: 'case',
          details: { byIdentifier: true, found: result.total },
        });
      return result;
    },
  );
  app.get(
    '/api/cases/:id',
    {
      config: read,
      schema: { tags, summary: 'One case (read is audited)', params: idParams, response: { 200: caseDetailView } },
    },
    async (request) => detailFor(ctx, request, request.params.id),
  );
  app.get(
    '/api/cases/by-number/:caseNumber',
    {
      config: read,
      schema: {
        tags,
        summary: 'One case by its number',
        params: z.strictObject({ caseNumber }),
        response: { 200: caseDetailView },
      },
    },
    async (request) => {
      const record = await caseInScope(ctx.db, staffOf(request), { caseNumber: request.params.caseNumber });
      return detailFor(ctx, request, record.id);
    },
  );
  app.get(
    '/api/cases/:id/hand-over-candidates',
    {
      config: read,
      schema: {
        tags,
        summary: 'Staff who may take this case over',
        params: idParams,
        response: { 200: caseHandOverCandidates },
      },
    },
    async (request) => {
      const record = await caseInScope(ctx.db, staffOf(request), { id: request.params.id });
      return { items: await handOverCandidates(ctx.db, record) };
    },
  );
}

/** An intake's bundle; accepting or declining a received case. */
function acceptanceRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/case-bundles/:id',
    {
      config: read,
      schema: { tags, summary: 'The cases and slips of one intake', params: idParams, response: { 200: caseBundle } },
    },
    async (request) => {
      const records = await repo.casesOfBundle(ctx.db, request.params.id);
      const actor = staffOf(request);
      if (records.length === 0) throw rejectCase('case_not_found');
      if (!records[0]!.agency_path.startsWith(actor.agencyPath)) throw common.reject('out_of_scope');
      return {
        id: request.params.id,
        cases: await caseRows(ctx.db, records),
        notices: await noticesOf(ctx.db, { bundleId: request.params.id }),
      };
    },
  );
  app.post(
    '/api/cases/:id/accept',
    {
      config: stepAccess,
      schema: {
        tags,
        summary: 'Accept a received case (受理); missing later materials give a slip',
        response: { 200: caseWithNotice },
        params: idParams,
        body: z.strictObject({
          version,
          materials: materials.optional(),
          supplyDeadline: isoDate.optional(),
          comment: note.optional(),
        }),
      },
    },
    async (request) => {
      const result = await acceptCase(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body);
      return withNotice(ctx, request, request.params.id, result.noticeId);
    },
  );
  app.post(
    '/api/cases/:id/decline',
    {
      config: stepAccess,
      schema: {
        tags,
        summary: 'Decline to accept (不予受理) with a written reason and a slip',
        response: { 200: caseWithNotice },
        params: idParams,
        body: z.strictObject({ version, reason }),
      },
    },
    async (request) => {
      const result = await declineCase(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body);
      return withNotice(ctx, request, request.params.id, result.noticeId);
    },
  );
}

/** Handling: the next step, materials brought later or asked for. */
function handlingRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/cases/:id/steps/:stepCode',
    {
      config: stepAccess,
      schema: {
        tags,
        summary: 'Perform the next step: pass, or refuse (不予批准) with a reason',
        response: { 200: caseDetailView },
        params: z.strictObject({ id, stepCode }),
        body: z.strictObject({
          version,
          decision: z.enum(['pass', 'refuse']),
          reason: reason.optional(),
          comment: note.optional(),
          outcomeNote: note.optional(),
        }),
      },
    },
    async (request) => {
      await performStep(
        ctx,
        staffOf(request),
        auditActorOf(request),
        request.params.id,
        request.params.stepCode,
        request.body,
      );
      return detailFor(ctx, request, request.params.id);
    },
  );
  app.post(
    '/api/cases/:id/materials',
    {
      config: { access: { anyPermission: ['case.accept', 'case.review'] } },
      schema: {
        tags,
        summary: 'Record materials brought later; the clock restarts when none is missing',
        response: { 200: caseDetailView },
        params: idParams,
        body: z.strictObject({ version, materials: supplied }),
      },
    },
    async (request) => {
      await supplyByStaff(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body);
      return detailFor(ctx, request, request.params.id);
    },
  );
  app.post(
    '/api/cases/:id/request-materials',
    {
      config: stepAccess,
      schema: {
        tags,
        summary: 'Ask for materials (补正): the clock stops and a slip is issued',
        response: { 200: caseWithNotice },
        params: idParams,
        body: z.strictObject({
          version,
          materials: z
            .array(z.strictObject({ code: materialCode, reason }))
            .min(1)
            .max(MATERIALS_PER_CALL_MAX),
          supplyDeadline: isoDate,
        }),
      },
    },
    async (request) => {
      const result = await requestMaterials(
        ctx,
        staffOf(request),
        auditActorOf(request),
        request.params.id,
        request.body,
      );
      const detail = await detailFor(ctx, request, request.params.id);
      return { case: detail, notice: detail.notices.find((n) => n.id === result.noticeId) ?? null };
    },
  );
}

/** Who owns and handles a case; the slips (notices) and their PDFs. */
function ownershipRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/cases/:id/hand-over',
    {
      config: { access: { anyPermission: ['case.read', 'service.monitor'] } },
      schema: {
        tags,
        summary: 'Hand the case over to another owner (首问负责)',
        response: { 200: caseDetailView },
        params: idParams,
        body: z.strictObject({ version, toStaffId: refId, reason }),
      },
    },
    async (request) => {
      await handOver(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body);
      return detailFor(ctx, request, request.params.id);
    },
  );
  app.post(
    '/api/cases/:id/assign',
    {
      config: { access: { anyPermission: ['case.read', 'service.monitor'] } },
      schema: {
        tags,
        summary: 'Assign (or clear) the staff member handling the case',
        response: { 200: caseDetailView },
        params: idParams,
        body: z.strictObject({ version, staffId: refId.nullable() }),
      },
    },
    async (request) => {
      await assignCase(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body);
      return detailFor(ctx, request, request.params.id);
    },
  );
  app.get(
    '/api/case-notices/:id',
    { config: read, schema: { tags, summary: 'One slip', params: idParams, response: { 200: caseNotice } } },
    async (request) => noticeInScope(ctx.db, staffOf(request), request.params.id),
  );
  app.get(
    '/api/case-notices/:id/pdf',
    {
      config: read,
      schema: {
        tags,
        summary: 'The archived PDF of a slip (an archive use)',
        params: idParams,
        response: { 200: fileResponse(['application/pdf'], 'The archived slip') },
      },
    },
    async (request, reply) => {
      const notice = await noticeInScope(ctx.db, staffOf(request), request.params.id);
      if (!notice.document) throw rejectCase('case_not_found');
      const file = await openDocument(ctx, auditActorOf(request), notice.document.id, { purpose: 'case_handling' });
      return sendPdf(reply, file.document.fileName, file.bytes);
    },
  );
}

/** Staff routes of the workbench: intake, list, detail, decisions, materials, hand-over. */
function workbenchRoutes(app: ZodApp, ctx: AppContext, register: RegisterLookup): void {
  intakeRoutes(app, ctx, register);
  caseReadRoutes(app, ctx);
  acceptanceRoutes(app, ctx);
  handlingRoutes(app, ctx);
  ownershipRoutes(app, ctx);
}

const monitor = { access: { permission: 'service.monitor' as const } };

/** Due-soon and overdue alerts, and the open cases by SLA state. */
function alertRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/case-alerts',
    {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: 'Due-soon and overdue alerts: mine, or (supervisors) my subtree',
        response: { 200: caseAlertList },
        querystring: z.strictObject({
          scope: z.enum(['mine', 'subtree']).default('mine'),
          kind: z.enum(['due_soon', 'overdue']).optional(),
          open: z.enum(['true', 'false']).optional(),
          page,
          pageSize,
        }),
      },
    },
    async (request) => listAlerts(ctx.db, staffOf(request), { ...request.query, open: request.query.open === 'true' }),
  );
  app.post(
    '/api/case-alerts/:id/acknowledge',
    {
      config: { access: { anyPermission: ['case.read', 'service.monitor'] } },
      schema: { tags, summary: 'Mark an alert seen', params: idParams, response: { 200: caseAlert } },
    },
    async (request) => acknowledgeAlert(ctx, staffOf(request), auditActorOf(request), request.params.id),
  );
  app.get(
    '/api/case-sla-summary',
    {
      config: { access: { permission: 'case.read' } },
      schema: {
        tags,
        summary: 'Open cases by SLA state',
        querystring: z.strictObject({ agencyId: id.optional() }),
        response: { 200: caseSlaSummary },
      },
    },
    async (request) => {
      const scope = await scopePathOf(ctx.db, staffOf(request), request.query.agencyId);
      return slaSummary(ctx.db, scope);
    },
  );
}

/** How well promises are kept, and the SLA sweep: run it now, list the recent ones. */
function sweepRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/case-stats',
    {
      config: monitor,
      schema: {
        tags,
        summary: 'Share of cases finished within the promise',
        response: { 200: caseStats },
        querystring: z.strictObject({
          groupBy: z.enum(['item', 'agency', 'window', 'staff']).default('item'),
          from: isoDate.optional(),
          to: isoDate.optional(),
          agencyId: id.optional(),
          itemCode: itemCode.optional(),
        }),
      },
    },
    async (request) => {
      const actor = staffOf(request);
      // Without a range: the 30 days up to today (China time).
      const to = request.query.to ? parseCalendarDate(request.query.to) : today(ctx.clock);
      const from = request.query.from ? parseCalendarDate(request.query.from) : addDays(to, -29);
      if (from > to) throw common.reject('invalid_request', { reason: 'from is after to' });
      const scope = await scopePathOf(ctx.db, actor, request.query.agencyId);
      return promiseStats(ctx.db, scope, { ...request.query, from, to });
    },
  );
  app.post(
    '/api/case-sweeps',
    { config: monitor, schema: { tags, summary: 'Run the SLA sweep now', response: { 200: caseSweepRun } } },
    async (request, reply) => {
      const run = await sweepSla(ctx, 'api');
      await recordAudit(ctx.db, ctx.clock, auditActorOf(request), {
        action: 'case.sweep',
        entity: 'case_sweep_run',
        entityId: run?.id ?? null,
        details: run ? { changed: run.changed, alertsRaised: run.alertsRaised } : { skipped: 'another sweep runs' },
      });
      if (!run) throw rejectCase('case_sweep_running');
      return reply.status(200).send(run);
    },
  );
  app.get(
    '/api/case-sweeps',
    {
      config: monitor,
      schema: {
        tags,
        summary: 'Recent SLA sweeps',
        response: { 200: caseSweepRuns },
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) }),
      },
    },
    async (request) => ({ items: await sweepRuns(ctx.db, request.query.limit) }),
  );
}

/** The service desk settings (deadlines, sweep interval). */
function settingsRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/case-settings',
    {
      config: { access: { permission: 'case.read' } },
      schema: { tags, summary: 'Service desk settings', response: { 200: caseSettings } },
    },
    async () => repo.loadSettings(ctx.db),
  );
  app.put(
    '/api/case-settings',
    {
      config: monitor,
      schema: {
        tags,
        summary: 'Change the service desk settings',
        response: { 200: caseSettings },
        body: z.strictObject({
          version,
          dueSoonWorkdays: z.number().int().min(0).max(10),
          supplyDefaultWorkdays: z.number().int().min(1).max(60),
          sweepIntervalMinutes: z.number().int().min(1).max(60),
        }),
      },
    },
    async (request) => updateSettings(ctx, staffOf(request), auditActorOf(request), request.body),
  );
}

/** Deadlines: alerts, the sweep, statistics and settings. */
function slaRoutes(app: ZodApp, ctx: AppContext): void {
  alertRoutes(app, ctx);
  sweepRoutes(app, ctx);
  settingsRoutes(app, ctx);
}

/** A case of the hall user's own, by number; anyone else's is not found. */
async function ownCase(ctx: AppContext, request: FastifyRequest, number: string) {
  const record = await repo.findCase(ctx.db, { caseNumber: number });
  if (!record || !(await ownsCase(ctx.db, publicOf(request), record))) throw rejectCase('case_not_found');
  return record;
}

/** Audits an applicant's reading of a case's progress. */
async function auditProgressRead(ctx: AppContext, who: AuditActor, record: { id: number; case_number: string }) {
  await recordAudit(ctx.db, ctx.clock, who, {
    action: 'case.progress.read',
    entity: 'case',
    entityId: record.id,
    details: { caseNumber: record.case_number },
  });
}

const hallTags = ['public'];

const hallUser = { access: { authenticated: 'public_user' as const } };

/** Applying online: where one may apply, the application, my cases. */
function onlineApplicationRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/public/case-agencies',
    {
      config: { access: { public: true } },
      schema: { tags: hallTags, summary: 'Agencies an online application may go to', response: { 200: caseAgencies } },
    },
    async () => ({ items: await onlineAgencies(ctx.db) }),
  );
  app.post(
    '/api/public/cases',
    {
      config: hallUser,
      schema: {
        tags: hallTags,
        summary: 'Apply online (items offering the web channel)',
        response: { 201: caseProgress },
        body: z.strictObject({
          itemCode,
          agencyId: refId,
          materials: z.array(z.strictObject({ code: materialCode, uploadId })).max(MATERIALS_PER_CALL_MAX),
          phone: phone.optional(),
          note: note.optional(),
        }),
      },
    },
    async (request, reply) => {
      const caseId = await applyOnline(ctx, publicOf(request), auditActorOf(request), request.body);
      const record = (await repo.findCase(ctx.db, { id: caseId }))!;
      return reply.status(201).send(await progressOf(ctx.db, record));
    },
  );
  app.get(
    '/api/public/cases',
    {
      config: hallUser,
      schema: {
        tags: hallTags,
        summary: 'My cases',
        querystring: z.strictObject({ page, pageSize }),
        response: { 200: caseProgressList },
      },
    },
    async (request) => myCases(ctx, publicOf(request), request.query),
  );
}

/** The progress of a case: my own, or by number and the applicant's identifier. */
function progressRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/public/cases/:caseNumber',
    {
      config: hallUser,
      schema: {
        tags: hallTags,
        summary: 'Progress of my case',
        params: z.strictObject({ caseNumber }),
        response: { 200: caseProgress },
      },
    },
    async (request) => {
      const record = await ownCase(ctx, request, request.params.caseNumber);
      await auditProgressRead(ctx, auditActorOf(request), record);
      return progressOf(ctx.db, record);
    },
  );
  app.post(
    '/api/public/cases/lookup',
    {
      config: {
        access: { public: true },
        rateLimit: { max: ctx.config.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: hallTags,
        summary: 'Progress by case number and the applicant’s identifier',
        response: { 200: caseProgress },
        body: z.strictObject({ caseNumber: z.string().trim().min(1).max(60), identifier }),
      },
    },
    async (request) => {
      const record = await recordForApplicant(ctx, request.body.caseNumber, request.body.identifier);
      await auditProgressRead(ctx, auditActorOf(request), record);
      return progressOf(ctx.db, record);
    },
  );
}

/** Materials the applicant supplies, and the PDFs of the slips of their case. */
function applicantMaterialRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    '/api/public/cases/:caseNumber/materials',
    {
      config: hallUser,
      schema: {
        tags: hallTags,
        summary: 'Supply missing materials (the clock restarts when none is missing)',
        response: { 200: caseProgress },
        params: z.strictObject({ caseNumber }),
        body: z.strictObject({ materials: supplied }),
      },
    },
    async (request) => {
      await supplyByApplicant(
        ctx,
        publicOf(request),
        auditActorOf(request),
        request.params.caseNumber,
        request.body.materials,
      );
      return progressOf(ctx.db, (await repo.findCase(ctx.db, { caseNumber: request.params.caseNumber }))!);
    },
  );
  app.get(
    '/api/public/cases/:caseNumber/notices/:id/pdf',
    {
      config: hallUser,
      schema: {
        tags: hallTags,
        summary: 'The PDF of a slip of my case',
        params: z.strictObject({ caseNumber, id }),
        response: { 200: fileResponse(['application/pdf'], 'The slip, as archived') },
      },
    },
    async (request, reply) => {
      const record = await ownCase(ctx, request, request.params.caseNumber);
      const documentId = await noticeDocumentOfCase(ctx.db, request.params.id, record.id);
      if (!documentId) throw rejectCase('case_not_found');
      const file = await openDocument(ctx, auditActorOf(request), documentId, { purpose: 'applicant_request' });
      return sendPdf(reply, file.document.fileName, file.bytes);
    },
  );
}

/** The applicant's side in the self-service hall. */
function applicantRoutes(app: ZodApp, ctx: AppContext): void {
  onlineApplicationRoutes(app, ctx);
  progressRoutes(app, ctx);
  applicantMaterialRoutes(app, ctx);
}

/** Registers every route of the cases module (the SLA sweep's schedule is `serve`'s, `src/jobs/schedules.ts`). */
export function caseRoutes(app: ZodApp, ctx: AppContext, register: RegisterLookup): void {
  workbenchRoutes(app, ctx, register);
  applicantIdentityRoutes(app, ctx, register);
  slaRoutes(app, ctx);
  applicantRoutes(app, ctx);
}
