/** HTTP routes of the organisation: agencies, service points and windows, staff, roles. */
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, staffOf } from '../../http/access.ts';
import { id, idParams, isoDate, page, pageSizeUpTo, refId, version } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { freeText, lineText, nameText, searchText } from '../../http/text.ts';
import { appendAudit } from '../audit/index.ts';
import { agencyInScope, closeAgency, createAgency, moveAgency, updateAgency } from './org.agencies.ts';
import { AGENCY_LEVELS } from './org.model.ts';
import * as repo from './org.repository.ts';
import { listRoles, setRolePermissions } from './org.roles.ts';
import {
  addWindow,
  closeServicePoint,
  closeWindow,
  createServicePoint,
  listServicePoints,
  updateServicePoint,
} from './org.service-points.ts';
import {
  approveCredentialReset,
  listCredentialResets,
  rejectCredentialReset,
  requestCredentialReset,
} from './org.credential-resets.ts';
import { resetStaffDirectly } from './org.credentials.ts';
import {
  agencyHistory,
  agencyList,
  credentialResetApproved,
  credentialResetPage,
  orgAgency,
  orgCredentialReset,
  orgRole,
  orgServicePoint,
  orgStaffMember,
  roleList,
  servicePointList,
  staffPage,
} from './org.responses.ts';
import { createStaff, getStaff, listStaff, setStaffRoles, staffAction, updateStaff } from './org.staff.ts';

const reason = freeText(500);
const level = z.union(
  AGENCY_LEVELS.map((l) => z.literal(l)) as [
    z.ZodLiteral<1>,
    z.ZodLiteral<2>,
    z.ZodLiteral<3>,
    z.ZodLiteral<4>,
    z.ZodLiteral<5>,
  ],
);
const agencyCode = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{2,32}$/);
const divisionCode = z
  .string()
  .trim()
  .regex(/^\d{6}(\d{3}){0,2}$/);
const name = nameText(100);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const openingHours = z
  .array(z.strictObject({ days: z.array(z.number().int().min(1).max(7)).min(1).max(7), open: hhmm, close: hhmm }))
  .min(1)
  .max(14);
const username = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9._-]{2,31}$/);
const roleCodes = z.array(z.string().regex(/^[a-z_]{2,40}$/)).max(20);
const password = z.string().min(1).max(128);

/** The agency tree of my subtree, one agency, its versions. */
function agencyReadRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['org'];
  app.get(
    '/api/agencies',
    {
      config: { access: { permission: 'org.read' } },
      schema: {
        tags,
        summary: 'Agencies in my subtree',
        querystring: z.strictObject({ includeClosed: z.enum(['true', 'false']).optional() }),
        response: { 200: agencyList },
      },
    },
    async (request) => ({
      items: await repo.listSubtree(ctx.db, staffOf(request).agencyPath, request.query.includeClosed === 'true'),
    }),
  );
  app.get(
    '/api/agencies/:id',
    {
      config: { access: { permission: 'org.read' } },
      schema: { tags, summary: 'One agency', params: idParams, response: { 200: orgAgency } },
    },
    async (request) => agencyInScope(ctx.db, staffOf(request), request.params.id),
  );
  app.get(
    '/api/agencies/:id/history',
    {
      config: { access: { permission: 'org.read' } },
      schema: { tags, summary: 'History of an agency', params: idParams, response: { 200: agencyHistory } },
    },
    async (request) => {
      await agencyInScope(ctx.db, staffOf(request), request.params.id);
      const rows = await repo.agencyHistory(ctx.db, request.params.id);
      return {
        items: rows.map((r) => ({
          version: r.version,
          code: r.code,
          name: r.name,
          level: r.level,
          divisionCode: r.division_code,
          parentId: r.parent_id,
          status: r.status,
          validFrom: r.valid_from.toISOString(),
          validTo: r.valid_to?.toISOString() ?? null,
          changedBy: r.changed_by,
          reason: r.reason,
        })),
      };
    },
  );
}

/** Opening, editing, moving and closing an agency. */
function agencyChangeRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['org'];
  app.post(
    '/api/agencies',
    {
      config: { access: { permission: 'org.manage' } },
      schema: {
        tags,
        summary: 'Create an agency',
        body: z.strictObject({ code: agencyCode, name, level, divisionCode, parentId: refId, openedOn: isoDate }),
        response: { 201: orgAgency },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createAgency(ctx, staffOf(request), auditActorOf(request), request.body)),
  );
  app.patch(
    '/api/agencies/:id',
    {
      config: { access: { permission: 'org.manage' } },
      schema: {
        tags,
        summary: 'Edit an agency',
        params: idParams,
        body: z.strictObject({
          version,
          reason,
          name: name.optional(),
          code: agencyCode.optional(),
          divisionCode: divisionCode.optional(),
        }),
        response: { 200: orgAgency },
      },
    },
    async (request) => updateAgency(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/agencies/:id/move',
    {
      config: { access: { permission: 'org.manage' } },
      schema: {
        tags,
        summary: 'Move an agency under another parent',
        params: idParams,
        body: z.strictObject({ version, reason, parentId: refId }),
        response: { 200: orgAgency },
      },
    },
    async (request) => moveAgency(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body),
  );
  app.post(
    '/api/agencies/:id/close',
    {
      config: { access: { permission: 'org.manage' } },
      schema: {
        tags,
        summary: 'Close an agency',
        params: idParams,
        body: z.strictObject({ version, reason, closedOn: isoDate }),
        response: { 200: orgAgency },
      },
    },
    async (request) => closeAgency(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body),
  );
}

/** Agency routes. */
function agencyRoutes(app: ZodApp, ctx: AppContext): void {
  agencyReadRoutes(app, ctx);
  agencyChangeRoutes(app, ctx);
}

/** What a service point is opened or edited with. */
const pointBody = {
  name,
  address: lineText(200),
  phone: z.string().trim().max(30).nullable().optional(),
  openingHours,
};

/** Service points of my subtree: the list, opening one, editing one. */
function servicePointEditRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['org'];
  const manage = { access: { permission: 'service_point.manage' as const } };
  app.get(
    '/api/service-points',
    {
      config: { access: { permission: 'org.read' } },
      schema: {
        tags,
        summary: 'Service points in my subtree',
        querystring: z.strictObject({ agencyId: id.optional() }),
        response: { 200: servicePointList },
      },
    },
    async (request) => ({
      items: await listServicePoints(ctx.db, staffOf(request), request.query.agencyId),
    }),
  );
  app.post(
    '/api/service-points',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Open a service point',
        body: z.strictObject({ agencyId: refId, ...pointBody }),
        response: { 201: orgServicePoint },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createServicePoint(ctx, staffOf(request), auditActorOf(request), request.body)),
  );
  app.patch(
    '/api/service-points/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit a service point',
        params: idParams,
        body: z.strictObject({
          version,
          name: pointBody.name.optional(),
          address: pointBody.address.optional(),
          phone: pointBody.phone,
          openingHours: openingHours.optional(),
        }),
        response: { 200: orgServicePoint },
      },
    },
    async (request) =>
      updateServicePoint(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body),
  );
}

/** Closing a service point; opening and closing its windows. */
function serviceWindowRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['org'];
  const manage = { access: { permission: 'service_point.manage' as const } };
  app.post(
    '/api/service-points/:id/close',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Close a service point',
        params: idParams,
        body: z.strictObject({ version }),
        response: { 200: orgServicePoint },
      },
    },
    async (request) =>
      closeServicePoint(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body.version),
  );
  app.post(
    '/api/service-points/:id/windows',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Add a window',
        params: idParams,
        body: z.strictObject({
          number: z
            .string()
            .trim()
            .regex(/^[0-9A-Za-z-]{1,8}$/),
          name,
        }),
        response: { 201: orgServicePoint },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addWindow(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body)),
  );
  app.post(
    '/api/service-windows/:id/close',
    {
      config: manage,
      schema: { tags, summary: 'Close a window', params: idParams, response: { 200: orgServicePoint } },
    },
    async (request) => closeWindow(ctx, staffOf(request), auditActorOf(request), request.params.id),
  );
}

/** Service point and window routes. */
function servicePointRoutes(app: ZodApp, ctx: AppContext): void {
  servicePointEditRoutes(app, ctx);
  serviceWindowRoutes(app, ctx);
}

/** Staff records of my subtree: the list, one, creating, editing. */
function staffRecordRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['staff'];
  const manage = { access: { permission: 'staff.manage' as const } };
  app.get(
    '/api/staff',
    {
      config: { access: { permission: 'staff.read' } },
      schema: {
        tags,
        summary: 'Staff in my subtree',
        querystring: z.strictObject({
          agencyId: id.optional(),
          q: searchText(64).optional(),
          page,
          pageSize: pageSizeUpTo(100),
        }),
        response: { 200: staffPage },
      },
    },
    async (request) => listStaff(ctx, staffOf(request), request.query),
  );
  app.get(
    '/api/staff/:id',
    {
      config: { access: { permission: 'staff.read' } },
      schema: {
        tags,
        summary: 'One staff member (read is audited)',
        params: idParams,
        response: { 200: orgStaffMember },
      },
    },
    async (request) => {
      const member = await getStaff(ctx.db, ctx, staffOf(request), request.params.id);
      await ctx.db.transaction().execute((trx) =>
        appendAudit(trx, ctx.clock, auditActorOf(request), {
          action: 'staff.read',
          entity: 'staff',
          entityId: member.id,
        }),
      );
      return member;
    },
  );
  app.post(
    '/api/staff',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create a staff account',
        body: z.strictObject({ username, displayName: name, agencyId: refId, roles: roleCodes.min(1), password }),
        response: { 201: orgStaffMember },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createStaff(ctx, staffOf(request), auditActorOf(request), request.body)),
  );
  app.patch(
    '/api/staff/:id',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Edit a staff account',
        params: idParams,
        body: z.strictObject({ version, displayName: name.optional(), agencyId: refId.optional() }),
        response: { 200: orgStaffMember },
      },
    },
    async (request) => updateStaff(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body),
  );
}

/** A staff member's roles, and resetting their password or TOTP. */
function staffAccessRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['staff'];
  const manage = { access: { permission: 'staff.manage' as const } };
  app.put(
    '/api/staff/:id/roles',
    {
      config: { access: { anyPermission: ['staff.manage', 'role.manage'] } },
      schema: {
        tags,
        summary: 'Set the roles of a staff member',
        params: idParams,
        body: z.strictObject({ roles: roleCodes }),
        response: { 200: orgStaffMember },
      },
    },
    async (request) =>
      setStaffRoles(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body.roles),
  );
  for (const action of ['disable', 'enable', 'unlock'] as const) {
    app.post(
      `/api/staff/:id/${action}`,
      {
        config: manage,
        schema: { tags, summary: `Staff account: ${action}`, params: idParams, response: { 200: orgStaffMember } },
      },
      async (request) => staffAction(ctx, staffOf(request), auditActorOf(request), request.params.id, action),
    );
  }
  app.post(
    '/api/staff/:id/reset-password',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Set a temporary password; the next login renews password and second factor (not administrators)',
        params: idParams,
        body: z.strictObject({ password }),
        response: { 200: orgStaffMember },
      },
    },
    async (request) =>
      resetStaffDirectly(ctx, staffOf(request), auditActorOf(request), request.params.id, {
        kind: 'password',
        password: request.body.password,
      }),
  );
  app.post(
    '/api/staff/:id/reset-totp',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Clear the second factor; the next login renews password and second factor (not administrators)',
        params: idParams,
        response: { 200: orgStaffMember },
      },
    },
    async (request) =>
      resetStaffDirectly(ctx, staffOf(request), auditActorOf(request), request.params.id, { kind: 'totp' }),
  );
  credentialResetRoutes(app, ctx);
}

/** The roles and the permissions each grants. */
function roleRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['staff'];
  app.get(
    '/api/roles',
    {
      config: { access: { anyPermission: ['staff.read', 'role.manage'] } },
      schema: { tags, summary: 'Roles and permissions', response: { 200: roleList } },
    },
    async () => listRoles(ctx),
  );
  app.put(
    '/api/roles/:code/permissions',
    {
      config: { access: { permission: 'role.manage' } },
      schema: {
        tags,
        summary: 'Set the permissions of a business role',
        params: z.strictObject({ code: z.string().regex(/^[a-z_]{2,40}$/) }),
        body: z.strictObject({ permissions: z.array(z.string().max(64)).max(50) }),
        response: { 200: orgRole },
      },
    },
    async (request) => setRolePermissions(ctx, auditActorOf(request), request.params.code, request.body.permissions),
  );
}

/** Staff account and role routes. */
function staffRoutes(app: ZodApp, ctx: AppContext): void {
  staffRecordRoutes(app, ctx);
  staffAccessRoutes(app, ctx);
  roleRoutes(app, ctx);
}

/** An administrator's credential reset: requested by one administrator, decided by another. */
function credentialResetRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['staff'];
  const decide = { access: { permission: 'credential_reset.approve' as const } };
  app.post(
    '/api/staff/:id/credential-reset',
    {
      config: { access: { anyPermission: ['staff.manage', 'role.manage'] } },
      schema: {
        tags,
        summary: 'Request a reset of an administrator’s password and second factor',
        params: idParams,
        body: z.strictObject({ reason }),
        response: { 201: orgCredentialReset },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await requestCredentialReset(
            ctx,
            staffOf(request),
            auditActorOf(request),
            request.params.id,
            request.body.reason,
          ),
        ),
  );
  app.get(
    '/api/credential-resets',
    {
      config: decide,
      schema: {
        tags,
        summary: 'Credential reset requests in my subtree',
        querystring: z.strictObject({
          state: z.enum(['pending', 'all']).default('pending'),
          page,
          pageSize: pageSizeUpTo(100),
        }),
        response: { 200: credentialResetPage },
      },
    },
    async (request) => listCredentialResets(ctx, staffOf(request), request.query),
  );
  app.post(
    '/api/credential-resets/:id/approve',
    {
      config: decide,
      schema: {
        tags,
        summary: 'Approve: reset the account, answer its temporary password once',
        params: idParams,
        response: { 200: credentialResetApproved },
      },
    },
    async (request, reply) => {
      const approved = await approveCredentialReset(ctx, staffOf(request), auditActorOf(request), request.params.id);
      return reply.header('cache-control', 'no-store').send(approved);
    },
  );
  app.post(
    '/api/credential-resets/:id/reject',
    {
      config: decide,
      schema: {
        tags,
        summary: 'Reject (or, as its requester, withdraw) a credential reset request',
        params: idParams,
        body: z.strictObject({ note: reason.nullable().optional() }),
        response: { 200: orgCredentialReset },
      },
    },
    async (request) =>
      rejectCredentialReset(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body.note ?? null),
  );
}

/** Registers every organisation route. */
export function orgRoutes(app: ZodApp, ctx: AppContext): void {
  agencyRoutes(app, ctx);
  servicePointRoutes(app, ctx);
  staffRoutes(app, ctx);
}
