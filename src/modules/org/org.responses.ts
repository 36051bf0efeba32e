/** What the organisation's routes answer: agencies, service points and windows, staff, roles, credential resets. */
import { z } from 'zod';
import { calendarDay, instantText, listOf } from '../../http/response-pieces.ts';
import { AGENCY_LEVELS } from './org.model.ts';

const activeOrClosed = z.enum(['active', 'closed']);
const level = z.literal(AGENCY_LEVELS).describe('1 province, 2 prefecture, 3 county, 4 township, 5 community');
const version = z.number().int().describe('Send back with an edit; a stale one is refused (version_conflict)');

/** An agency (经办机构) of the five levels. */
export const orgAgency = z
  .object({
    id: z.number().int(),
    code: z.string(),
    name: z.string(),
    level,
    divisionCode: z.string().describe('Administrative division code, 6, 9 or 12 digits'),
    parentId: z.number().int().nullable(),
    path: z.string().describe('The ids from the root down to this agency, e.g. /1/4/9/'),
    status: activeOrClosed,
    openedOn: calendarDay,
    closedOn: calendarDay.nullable(),
    version,
  })
  .meta({ id: 'OrgAgency' });

/** `GET /api/agencies`: the caller's subtree, flat, by level and code. */
export const agencyList = z.object({ items: listOf(orgAgency) });

/** One version of an agency: what it was from `validFrom` until `validTo`. */
export const orgAgencyVersion = z
  .object({
    version: z.number().int(),
    code: z.string(),
    name: z.string(),
    level,
    divisionCode: z.string(),
    parentId: z.number().int().nullable(),
    status: activeOrClosed,
    validFrom: instantText,
    validTo: instantText.nullable().describe('Null for the current version'),
    changedBy: z.number().int().nullable().describe('The staff id who made the change; null for the system'),
    reason: z.string(),
  })
  .meta({ id: 'OrgAgencyVersion' });

/** `GET /api/agencies/:id/history`: oldest first. */
export const agencyHistory = z.object({ items: listOf(orgAgencyVersion) });

const openingHours = z
  .object({
    days: listOf(z.number().int().min(1).max(7)).describe('ISO weekdays, 1 Monday … 7 Sunday'),
    open: z.string().describe('HH:MM'),
    close: z.string().describe('HH:MM'),
  })
  .meta({ id: 'OrgOpeningHours' });

/** A service point (服务网点, a hall) with its windows. */
export const orgServicePoint = z
  .object({
    id: z.number().int(),
    agencyId: z.number().int(),
    agencyName: z.string(),
    name: z.string(),
    address: z.string(),
    phone: z.string().nullable(),
    openingHours: listOf(openingHours),
    status: activeOrClosed,
    version,
    windows: listOf(
      z
        .object({ id: z.number().int(), number: z.string(), name: z.string(), status: activeOrClosed })
        .meta({ id: 'OrgServiceWindow' }),
    ),
  })
  .meta({ id: 'OrgServicePoint' });

/** `GET /api/service-points`. */
export const servicePointList = z.object({ items: listOf(orgServicePoint) });

/** A staff account as its managers see it (no credentials). */
export const orgStaffMember = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    agencyId: z.number().int(),
    agencyName: z.string(),
    roles: listOf(z.string()).describe('Role codes, sorted'),
    status: z.enum(['active', 'disabled']),
    loginThrottled: z.boolean().describe('Failed logins on the account hold back callers that failed on it'),
    totpEnrolled: z.boolean(),
    mustChangePassword: z.boolean(),
    lastLoginAt: instantText.nullable(),
    resetNeedsApproval: z.boolean().describe('An administrator: a credential reset needs a second administrator'),
    version,
  })
  .meta({ id: 'OrgStaffMember' });

/** `GET /api/staff`: a page. */
export const staffPage = z.object({ items: listOf(orgStaffMember), total: z.number().int() });

/** A role with the permissions it grants. */
export const orgRole = z
  .object({
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    kind: z.enum(['business', 'admin']),
    permissions: listOf(z.string()).describe('Permission codes, sorted'),
  })
  .meta({ id: 'OrgRole' });

/** `GET /api/roles`: every role, and the catalogue of permissions. */
export const roleList = z.object({
  items: listOf(orgRole),
  permissions: listOf(
    z
      .object({
        code: z.string(),
        kind: z.enum(['business', 'admin']).describe('Admin permissions belong to the administrator roles only'),
        zh: z.string(),
        en: z.string(),
      })
      .meta({ id: 'OrgPermission' }),
  ),
});

/** A request to reset an administrator's password and second factor (maker-checker). */
export const orgCredentialReset = z
  .object({
    id: z.number().int(),
    staffId: z.number().int(),
    staffUsername: z.string(),
    staffName: z.string(),
    reason: z.string(),
    requestedById: z.number().int(),
    requestedByName: z.string(),
    requestedAt: instantText,
    expiresAt: instantText,
    status: z.enum(['pending', 'approved', 'rejected', 'expired']),
    decidedById: z.number().int().nullable(),
    decidedByName: z.string().nullable(),
    decidedAt: instantText.nullable(),
    decisionNote: z.string().nullable(),
  })
  .meta({ id: 'OrgCredentialReset' });

/** `GET /api/credential-resets`: a page, newest first. */
export const credentialResetPage = z.object({ items: listOf(orgCredentialReset), total: z.number().int() });

/** `POST /api/credential-resets/:id/approve`: the temporary password, shown this once. */
export const credentialResetApproved = z
  .object({
    reset: orgCredentialReset,
    temporaryPassword: z.string().describe('Hand it to the account holder; it is never shown again'),
  })
  .meta({ id: 'OrgCredentialResetApproved' });
