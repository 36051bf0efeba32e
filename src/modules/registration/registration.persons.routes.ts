/**
 * HTTP routes of persons (staff), suspected duplicates, merges (maker-checker), the person 360
 * view, and the insured person's own registration in the self-service hall.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, publicOf, staffOf } from '../../http/access.ts';
import { id, idParams, isoDate, page, pageSizeUpTo, refId, version } from '../../http/params.ts';
import { listOf } from '../../http/response-pieces.ts';
import type { ZodApp } from '../../http/types.ts';
import type { AuditEvent } from '../audit/index.ts';
import { freeText, lineText, nameText } from '../../http/text.ts';
import { CASE_NUMBER_PATTERN } from '../cases/index.ts';
import {
  approveMerge,
  listMerges,
  MERGE_LIST_MAX,
  mergeInScope,
  proposeMerge,
  rejectMerge,
} from './registration.merges.service.ts';
import { NAME_LENGTH_MAX, PAGE_SIZE_MAX, PERSON_STATUSES } from './registration.model.ts';
import { recordPersonReads } from './registration.person-reads.ts';
import { hallRegistration, person360 } from './registration.person-view.ts';
import {
  duplicateFlagView,
  hallRegistrationView,
  mergeView,
  person360View,
  personChanged,
  personHistoryAnswer,
  personPage,
  personRead,
  personRegistered,
} from './registration.persons.responses.ts';
import { revealedValue } from './registration.responses.ts';
import {
  ADDRESS_LENGTH_MAX,
  BANK_ACCOUNT,
  BANK_NAME_LENGTH_MAX,
  HUKOU_PLACE,
  NATIONALITIES,
  normaliseBankAccount,
  PERSON_PHONE,
  REASON_LENGTH_MAX,
} from './registration.persons.rules.ts';
import {
  changePerson,
  createPerson,
  dismissDuplicate,
  listDuplicates,
  personHistory,
  readPerson,
  revealPerson,
  searchPersons,
} from './registration.persons.service.ts';

const caseNumber = z.string().trim().max(60).regex(CASE_NUMBER_PATTERN);
const reason = freeText(REASON_LENGTH_MAX);
const name = nameText(NAME_LENGTH_MAX);
const nationality = z
  .string()
  .trim()
  .max(3)
  .toUpperCase()
  .refine((v) => NATIONALITIES.has(v), { message: 'not an ISO 3166 alpha-3 country code' });
const hukouType = z.enum(['urban', 'rural']);
const hukouPlace = z.string().trim().regex(HUKOU_PLACE);
const phone = z.string().trim().regex(PERSON_PHONE);
const address = lineText(ADDRESS_LENGTH_MAX);
const bankName = lineText(BANK_NAME_LENGTH_MAX);
const bankAccount = z
  .string()
  .max(48)
  .refine((v) => BANK_ACCOUNT.test(normaliseBankAccount(v)), { message: 'a bank account is 8 to 32 digits' });
const pageSize = pageSizeUpTo(PAGE_SIZE_MAX);
const limit = z.coerce.number().int().min(1).max(MERGE_LIST_MAX).default(100);

const createBody = z.strictObject({
  citizenId: z.string().trim().min(1).max(32),
  name,
  gender: z.enum(['male', 'female']),
  birthDate: isoDate,
  nationality: nationality.optional(),
  hukouType: hukouType.optional(),
  hukouPlace: hukouPlace.optional(),
  phone: phone.optional(),
  address: address.optional(),
  bankName: bankName.optional(),
  bankAccount: bankAccount.optional(),
  caseNumber: caseNumber.optional(),
});

const changeBody = z.strictObject({
  version,
  changes: z.strictObject({
    name: name.optional(),
    nationality: nationality.optional(),
    hukouType: hukouType.nullable().optional(),
    hukouPlace: hukouPlace.nullable().optional(),
    phone: phone.nullable().optional(),
    address: address.nullable().optional(),
    bankName: bankName.nullable().optional(),
    bankAccount: bankAccount.nullable().optional(),
  }),
  effectiveOn: isoDate.optional(),
  reason,
  caseNumber: caseNumber.optional(),
});

const tags = ['registration'];
const read = { access: { permission: 'registration.read' as const } };
const write = { access: { permission: 'registration.write' as const } };
const base = '/api/registration/persons';

/** Persons: search, read (audited), history, 360 view. */
function personReadRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    base,
    {
      config: read,
      schema: {
        tags,
        summary: 'Persons in scope: by citizen ID (exact) or name prefix (+ birth date)',
        querystring: z.strictObject({
          citizenId: z.string().trim().min(1).max(32).optional(),
          name: lineText(NAME_LENGTH_MAX).optional(),
          birthDate: isoDate.optional(),
          status: z.enum(PERSON_STATUSES).optional(),
          page,
          pageSize,
        }),
        response: { 200: personPage },
      },
    },
    async (request) => searchPersons(ctx, staffOf(request), auditActorOf(request), request.query),
  );
  app.get(
    `${base}/:id`,
    {
      config: read,
      schema: { tags, summary: 'One person, masked (audited)', params: idParams, response: { 200: personRead } },
    },
    async (request) => readPerson(ctx, staffOf(request), auditActorOf(request), request.params.id),
  );
  app.get(
    `${base}/:id/history`,
    {
      config: read,
      schema: {
        tags,
        summary: 'Change history of a person, newest first',
        params: idParams,
        response: { 200: personHistoryAnswer },
      },
    },
    async (request) => personHistory(ctx, staffOf(request), auditActorOf(request), request.params.id),
  );
  app.get(
    `${base}/:id/view`,
    {
      config: read,
      schema: { tags, summary: 'Person 360 view (audited)', params: idParams, response: { 200: person360View } },
    },
    async (request) => person360(ctx, staffOf(request), auditActorOf(request), request.params.id),
  );
}

/** Persons: register, change, reveal (audited with the purpose). */
function personWriteRoutes(app: ZodApp, ctx: AppContext): void {
  app.post(
    base,
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a person from the citizen ID',
        body: createBody,
        response: { 201: personRegistered },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPerson(ctx, staffOf(request), auditActorOf(request), request.body)),
  );
  app.patch(
    `${base}/:id`,
    {
      config: write,
      schema: {
        tags,
        summary: 'Change a person (history per field)',
        params: idParams,
        body: changeBody,
        response: { 200: personChanged },
      },
    },
    async (request) => changePerson(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body),
  );
  app.post(
    `${base}/:id/reveal`,
    {
      config: { access: { permission: 'personal_data.reveal' } },
      schema: {
        tags,
        summary: 'The full citizen ID, phone or bank account (audited with the purpose)',
        params: idParams,
        body: z.strictObject({ field: z.enum(['citizenId', 'phone', 'bankAccount']), purpose: reason }),
        response: { 200: revealedValue },
      },
    },
    async (request) => revealPerson(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body),
  );
}

/** Records the reading of the persons shown; both persons of every flag or merge are read. */
function readOf(ctx: AppContext, request: FastifyRequest, event: Omit<AuditEvent, 'outcome'>, shown: number[]) {
  return recordPersonReads(ctx.db, ctx.clock, auditActorOf(request), event, shown);
}

/** Suspected duplicates in scope, and dismissing one. */
function duplicateRoutes(app: ZodApp, ctx: AppContext): void {
  const review = { access: { permission: 'registration.review' as const } };
  app.get(
    '/api/registration/duplicates',
    {
      config: read,
      schema: {
        tags,
        summary: 'Suspected duplicates in scope, oldest first',
        querystring: z.strictObject({
          status: z.enum(['open', 'dismissed', 'merged']).optional(),
          personId: id.optional(),
          limit,
        }),
        response: { 200: listOf(duplicateFlagView) },
      },
    },
    async (request) => {
      const flags = await listDuplicates(ctx, staffOf(request), request.query);
      const shown = flags.flatMap((f) => [f.person.id, f.other.id]);
      await readOf(ctx, request, { action: 'person.duplicates.list', entity: 'person_duplicate_flag' }, shown);
      return flags;
    },
  );
  app.post(
    '/api/registration/duplicates/:id/dismiss',
    {
      config: review,
      schema: {
        tags,
        summary: 'Not the same person',
        params: idParams,
        body: z.strictObject({ note: reason }),
        response: { 200: duplicateFlagView },
      },
    },
    async (request) =>
      dismissDuplicate(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body.note),
  );
}

/** Merges in scope, and one merge. */
function mergeReadRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/registration/merges',
    {
      config: read,
      schema: {
        tags,
        summary: 'Merges in scope, newest first',
        querystring: z.strictObject({
          status: z.enum(['proposed', 'approved', 'rejected']).optional(),
          personId: id.optional(),
          limit,
        }),
        response: { 200: listOf(mergeView) },
      },
    },
    async (request) => {
      const merges = await listMerges(ctx, staffOf(request), request.query);
      const shown = merges.flatMap((m) => [m.survivorId, m.mergedId]);
      await readOf(ctx, request, { action: 'person.merges.list', entity: 'person_merge' }, shown);
      return merges;
    },
  );
  app.get(
    '/api/registration/merges/:id',
    { config: read, schema: { tags, summary: 'One merge', params: idParams, response: { 200: mergeView } } },
    async (request) => {
      const merge = await mergeInScope(ctx, staffOf(request), request.params.id);
      const event = { action: 'person.merge.read', entity: 'person_merge', entityId: merge.id };
      await readOf(ctx, request, event, [merge.survivorId, merge.mergedId]);
      return merge;
    },
  );
}

/** Proposing a merge, and approving or rejecting one (not by its proposer). */
function mergeDecisionRoutes(app: ZodApp, ctx: AppContext): void {
  const review = { access: { permission: 'registration.review' as const } };
  const decision = z.strictObject({ note: freeText(REASON_LENGTH_MAX).optional() });
  app.post(
    '/api/registration/merges',
    {
      config: { access: { permission: 'registration.write' } },
      schema: {
        tags,
        summary: 'Propose merging two records of one person',
        body: z.strictObject({ survivorId: refId, mergedId: refId, flagId: refId.optional(), reason }),
        response: { 201: mergeView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await proposeMerge(ctx, staffOf(request), auditActorOf(request), request.body)),
  );
  for (const [verb, act] of [
    ['approve', approveMerge],
    ['reject', rejectMerge],
  ] as const)
    app.post(
      `/api/registration/merges/:id/${verb}`,
      {
        config: review,
        schema: {
          tags,
          summary: `${verb} a merge (not its proposer)`,
          params: idParams,
          body: decision,
          response: { 200: mergeView },
        },
      },
      async (request) =>
        act(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body.note ?? null),
    );
}

/** The suspected-duplicate queue and merges (proposed by one, decided by another). */
function mergeRoutes(app: ZodApp, ctx: AppContext): void {
  duplicateRoutes(app, ctx);
  mergeReadRoutes(app, ctx);
  mergeDecisionRoutes(app, ctx);
}

/** The insured person's own registration in the self-service hall. */
function hallRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/hall/person/registration',
    {
      config: { access: { authenticated: 'public_user' } },
      schema: {
        tags: ['public'],
        summary: 'My registration: identity (masked), enrolments, employments',
        response: { 200: hallRegistrationView },
      },
    },
    async (request) => hallRegistration(ctx, publicOf(request)),
  );
}

/** Route registrar of the persons part of registration. */
export function registrationPersonRoutes(app: ZodApp, ctx: AppContext): void {
  personReadRoutes(app, ctx);
  personWriteRoutes(app, ctx);
  mergeRoutes(app, ctx);
  hallRoutes(app, ctx);
}
