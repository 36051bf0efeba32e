/** What the catalogue's routes answer (the shapes served in the OpenAPI document). */
import { z } from 'zod';
import { calendarDay, instantText, listOf, localText } from '../../http/response-pieces.ts';
import {
  CHANNELS,
  DISCLOSURE_STATUSES,
  ITEM_STATUSES,
  MEDIA_TYPES,
  REQUIREMENTS,
  STEP_PERMISSIONS,
} from './catalog.model.ts';

const material = z
  .object({
    code: z.string(),
    name: localText,
    requirement: z.enum(REQUIREMENTS),
    mediaTypes: listOf(z.enum(MEDIA_TYPES)),
    maxBytes: z.number().int().describe('Largest file accepted for this material, in bytes'),
    note: localText.nullable(),
  })
  .meta({ id: 'CatalogMaterial' });

const step = z
  .object({
    code: z.string(),
    name: localText,
    permission: z.enum(STEP_PERMISSIONS).describe('The permission a staff member needs to take this step'),
    description: localText.nullable(),
  })
  .meta({ id: 'CatalogStep' });

/** Everything of an item that is versioned. */
const itemContent = z
  .object({
    name: localText,
    summary: localText,
    materials: listOf(material),
    howToApply: localText,
    channels: listOf(z.enum(CHANNELS)),
    statutoryDays: z.number().int().describe('Statutory time limit, in working days (0: on the spot)'),
    promisedDays: z.number().int().describe('Promised time limit, in working days (0: on the spot)'),
    timeLimitNote: localText.nullable(),
    delivery: localText,
    fees: localText,
    officeHours: localText,
    place: localText,
    enquiry: localText,
    complaint: localText,
    basis: localText,
    conditions: localText,
    steps: listOf(step),
    separatedSteps: listOf(z.tuple([z.string(), z.string()]).readonly()).describe(
      'Pairs of step codes one staff member may not both take (separation of duties)',
    ),
    module: z.string().describe('The module that handles cases of this item'),
    workflow: z.string().describe('The workflow of that module the case follows'),
  })
  .meta({ id: 'CatalogItemContent' });

/** One version of an item, with its disclosure. */
export const catalogItemVersion = itemContent
  .extend({
    version: z.number().int(),
    changedOn: calendarDay.describe('The day this version takes effect'),
    changeNote: localText,
    disclosedOn: calendarDay.nullable(),
    disclosureDueOn: calendarDay.nullable().describe('Last day to disclose: 20 working days after changedOn'),
    disclosureStatus: z.enum(DISCLOSURE_STATUSES),
    recordedAt: instantText,
    recordedBy: z.string().nullable().describe('Display name of the staff member who recorded it'),
  })
  .meta({ id: 'CatalogItemVersion' });

const item = z
  .object({
    id: z.number().int(),
    code: z.string(),
    categoryCode: z.string(),
    sort: z.number().int(),
    status: z.enum(ITEM_STATUSES),
    withdrawnOn: calendarDay.nullable(),
    withdrawnReason: z.string().nullable(),
    currentVersion: z.number().int().describe('The version in force (or the first one, before it takes effect)'),
    latestVersion: z.number().int(),
    inForce: z.boolean().describe('Whether a version has taken effect'),
    current: catalogItemVersion,
  })
  .meta({ id: 'CatalogItem' });

/** An item with every version, newest first. */
export const catalogItemDetail = item
  .extend({ versions: listOf(catalogItemVersion) })
  .meta({ id: 'CatalogItemDetail' });

/** `GET /api/catalog/items`. */
export const catalogItemsAnswer = z.object({ items: listOf(item) });

const itemSummary = z
  .object({
    code: z.string(),
    name: localText,
    summary: localText,
    channels: listOf(z.enum(CHANNELS)),
    statutoryDays: z.number().int(),
    promisedDays: z.number().int(),
    version: z.number().int(),
    changedOn: calendarDay,
  })
  .meta({ id: 'CatalogItemSummary' });

/** A top-level category with its items in force. */
export const catalogCategory = z
  .object({ code: z.string(), name: localText, sort: z.number().int(), items: listOf(itemSummary) })
  .meta({ id: 'CatalogCategory' });

/** `GET /api/public/catalog`: categories holding at least one item in force. */
export const publicCatalogAnswer = z.object({ categories: listOf(catalogCategory) });

const servicePoint = z
  .object({
    name: z.string(),
    agencyName: z.string(),
    address: z.string(),
    phone: z.string().nullable(),
    openingHours: listOf(
      z.object({
        days: listOf(z.number().int()).describe('ISO weekdays, 1 = Monday'),
        open: z.string().describe('HH:MM'),
        close: z.string().describe('HH:MM'),
      }),
    ),
  })
  .meta({ id: 'CatalogServicePoint' });

/** `GET /api/public/catalog/:code`: the service guide (服务指南) of the version in force. */
export const serviceGuideAnswer = z
  .object({
    code: z.string(),
    category: z.object({ code: z.string(), name: localText }),
    version: z.number().int(),
    changedOn: calendarDay,
    disclosedOn: calendarDay.nullable(),
    item: itemContent,
    elements: listOf(
      z.object({ key: z.string(), label: localText, text: localText }).meta({ id: 'CatalogGuideElement' }),
    ).describe('The 11 public elements of RULES §6, in the official order, as printable text'),
    servicePoints: listOf(servicePoint),
  })
  .meta({ id: 'CatalogServiceGuide' });

/** `GET /api/catalog/disclosures/overdue`. */
export const overdueDisclosuresAnswer = z.object({
  asOf: calendarDay,
  items: listOf(
    z
      .object({
        code: z.string(),
        name: localText,
        version: z.number().int(),
        changedOn: calendarDay,
        disclosureDueOn: calendarDay,
        workingDaysOverdue: z.number().int(),
      })
      .meta({ id: 'CatalogOverdueDisclosure' }),
  ),
});
