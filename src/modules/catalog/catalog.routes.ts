/** HTTP routes of the catalogue: the public tree and guides, and the staff maintenance. */
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, staffOf } from '../../http/access.ts';
import { isoDate } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import {
  CHANNELS,
  MATERIAL_MAX_BYTES,
  MEDIA_TYPES,
  REQUIREMENTS,
  STEP_PERMISSIONS,
  type ItemContent,
} from './catalog.model.ts';
import {
  catalogCategory,
  catalogItemDetail,
  catalogItemsAnswer,
  catalogItemVersion,
  overdueDisclosuresAnswer,
  publicCatalogAnswer,
  serviceGuideAnswer,
} from './catalog.responses.ts';
import {
  changeItem,
  createCategory,
  createItem,
  getItem,
  listItems,
  overdueDisclosures,
  publicCatalog,
  recordDisclosure,
  serviceGuide,
  withdrawItem,
} from './catalog.service.ts';

const itemCode = z.string().regex(/^[a-z][a-z0-9-]{1,47}$/);
const partCode = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/);
const sort = z.number().int().min(0).max(100_000);
const text = (max = 4000) =>
  z.strictObject({ zh: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });
const days = z.number().int().min(0).max(365);

const material = z.strictObject({
  code: partCode,
  name: text(200),
  requirement: z.enum(REQUIREMENTS),
  mediaTypes: z.array(z.enum(MEDIA_TYPES)).min(1).max(MEDIA_TYPES.length),
  maxBytes: z.number().int().min(1).max(MATERIAL_MAX_BYTES),
  note: text(500).nullable(),
});
const step = z.strictObject({
  code: partCode,
  name: text(100),
  permission: z.enum(STEP_PERMISSIONS),
  description: text(500).nullable(),
});
const content = z.strictObject({
  name: text(100),
  summary: text(),
  materials: z.array(material).max(30),
  howToApply: text(),
  channels: z.array(z.enum(CHANNELS)).min(1).max(CHANNELS.length),
  statutoryDays: days,
  promisedDays: days,
  timeLimitNote: text().nullable(),
  delivery: text(),
  fees: text(),
  officeHours: text(),
  place: text(),
  enquiry: text(),
  complaint: text(),
  basis: text(),
  conditions: text(),
  steps: z.array(step).min(1).max(10),
  separatedSteps: z.array(z.tuple([partCode, partCode])).max(45),
  module: z.string().regex(/^[a-z][a-z0-9_-]{1,31}$/),
  workflow: z.string().regex(/^[a-z][a-z0-9_-]{1,47}$/),
}) satisfies z.ZodType<ItemContent>;

const codeParams = z.strictObject({ code: itemCode });
const manage = { access: { permission: 'catalog.manage' as const } };

/** Public routes: the tree and the service guide. */
function publicRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['catalog'];
  app.get(
    '/api/public/catalog',
    {
      config: { access: { public: true } },
      schema: { tags, summary: 'Service catalogue (tree of items in force)', response: { 200: publicCatalogAnswer } },
    },
    async () => publicCatalog(ctx),
  );
  app.get(
    '/api/public/catalog/:code',
    {
      config: { access: { public: true } },
      schema: {
        tags,
        summary: 'Service guide (服务指南) of an item: the 11 public elements',
        params: codeParams,
        response: { 200: serviceGuideAnswer },
      },
    },
    async (request) => serviceGuide(ctx, request.params.code),
  );
}

/** The catalogue as staff see it: the items, and one with its versions. */
function itemReadRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['catalog'];
  app.get(
    '/api/catalog/items',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Service items with their current versions',
        querystring: z.strictObject({
          status: z.enum(['active', 'withdrawn', 'all']).default('active'),
          disclosure: z.enum(['overdue', 'pending']).optional(),
          q: z.string().trim().max(64).optional(),
        }),
        response: { 200: catalogItemsAnswer },
      },
    },
    async (request) => ({ items: await listItems(ctx, request.query) }),
  );
  app.get(
    '/api/catalog/items/:code',
    {
      config: manage,
      schema: {
        tags,
        summary: 'One item with all its versions',
        params: codeParams,
        response: { 200: catalogItemDetail },
      },
    },
    async (request) => getItem(ctx, request.params.code),
  );
}

/** Changing the catalogue: categories, new items, new versions, withdrawal. */
function itemEditRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['catalog'];
  app.post(
    '/api/catalog/categories',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create a category',
        body: z.strictObject({ code: itemCode, name: text(100), sort }),
        response: { 201: catalogCategory },
      },
    },
    async (request, reply) => reply.status(201).send(await createCategory(ctx, auditActorOf(request), request.body)),
  );
  app.post(
    '/api/catalog/items',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Create an item (version 1)',
        body: z.strictObject({
          code: itemCode,
          categoryCode: itemCode,
          sort,
          changedOn: isoDate,
          changeNote: text(500),
          content,
        }),
        response: { 201: catalogItemDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createItem(ctx, staffOf(request), auditActorOf(request), request.body)),
  );
  app.put(
    '/api/catalog/items/:code',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Change an item: records a new version',
        params: codeParams,
        body: z.strictObject({
          expectedVersion: z.number().int().min(1).max(1_000_000),
          changedOn: isoDate,
          changeNote: text(500),
          categoryCode: itemCode.optional(),
          sort: sort.optional(),
          content,
        }),
        response: { 200: catalogItemDetail },
      },
    },
    async (request) => changeItem(ctx, staffOf(request), auditActorOf(request), request.params.code, request.body),
  );
  app.post(
    '/api/catalog/items/:code/withdraw',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Withdraw an item',
        params: codeParams,
        body: z.strictObject({ reason: z.string().trim().min(1).max(500), withdrawnOn: isoDate }),
        response: { 200: catalogItemDetail },
      },
    },
    async (request) => withdrawItem(ctx, auditActorOf(request), request.params.code, request.body),
  );
}

/** Disclosure of an item's version, and the disclosures overdue. */
function disclosureRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['catalog'];
  app.post(
    '/api/catalog/items/:code/versions/:version/disclosure',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record the disclosure (公示) of a version',
        params: z.strictObject({ code: itemCode, version: z.coerce.number().int().min(1).max(1_000_000) }),
        body: z.strictObject({ disclosedOn: isoDate }),
        response: { 200: catalogItemVersion },
      },
    },
    async (request) =>
      recordDisclosure(
        ctx,
        staffOf(request),
        auditActorOf(request),
        request.params.code,
        request.params.version,
        request.body,
      ),
  );
  app.get(
    '/api/catalog/disclosures/overdue',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Items whose disclosure is overdue (RULES §6: 20 working days)',
        response: { 200: overdueDisclosuresAnswer },
      },
    },
    async () => overdueDisclosures(ctx),
  );
}

/** Staff routes: maintain items, versions and disclosure. */
function staffRoutes(app: ZodApp, ctx: AppContext): void {
  itemReadRoutes(app, ctx);
  itemEditRoutes(app, ctx);
  disclosureRoutes(app, ctx);
}

/** Registers every catalogue route. */
export function catalogRoutes(app: ZodApp, ctx: AppContext): void {
  publicRoutes(app, ctx);
  staffRoutes(app, ctx);
}
