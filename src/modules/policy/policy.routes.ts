/** HTTP routes of the policy parameters: the catalogue, values in force, history, changes. */
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf, staffOf } from '../../http/access.ts';
import { idParams } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { freeText, lineText } from '../../http/text.ts';
import { parseCalendarDate, today } from '../../kernel/calendar-date.ts';
import { approveChange, listChanges, proposeChange, rejectChange, withdrawChange } from './policy.changes.ts';
import { parameterHistory, parametersInForce } from './policy.lookup.ts';
import {
  BASIS_LENGTH_MAX,
  CHANGES_PAGE_SIZE_MAX,
  KEY_LENGTH_MAX,
  NATIONAL_REGION,
  NOTE_LENGTH_MAX,
  POLICY_CHANGE_STATUSES,
  REASON_LENGTH_MAX,
  VALUE_LENGTH_MAX,
} from './policy.model.ts';
import * as repo from './policy.repository.ts';
import {
  parameterHistoryAnswer,
  parametersInForceAnswer,
  policyChange,
  policyChangesAnswer,
  policyKeysAnswer,
} from './policy.responses.ts';

const text = (min: number, max: number) => lineText(max, min);
/** Region and date are checked by the service so that a bad one gets its own named refusal. */
const region = z.string().trim().max(20);
const date = z.string().trim().max(20);
/** A table's JSON may span lines; other control characters are refused. */
const value = freeText(VALUE_LENGTH_MAX);

/** The parameter keys, the parameters in force, one key's history. */
function parameterRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['policy'];
  const read = { access: { permission: 'policy.read' as const } };
  app.get(
    '/api/policy/keys',
    {
      config: read,
      schema: { tags, summary: 'The closed catalogue of parameter keys', response: { 200: policyKeysAnswer } },
    },
    async () => repo.allKeys(ctx.db),
  );
  app.get(
    '/api/policy/parameters',
    {
      config: read,
      schema: {
        tags,
        summary: 'Every parameter in force for a region on a day, with the region and date it comes from',
        querystring: z.strictObject({ region: region.default(NATIONAL_REGION), on: date.optional() }),
        response: { 200: parametersInForceAnswer },
      },
    },
    async (request) => {
      const on = request.query.on ? parseCalendarDate(request.query.on) : today(ctx.clock);
      return {
        region: request.query.region,
        on,
        parameters: await parametersInForce(ctx.db, request.query.region, on),
      };
    },
  );
  app.get(
    '/api/policy/parameters/:key/history',
    {
      config: read,
      schema: {
        tags,
        summary: 'Every stored value of a key for a region and its fallback regions, and the steps over time',
        params: z.strictObject({ key: z.string().max(KEY_LENGTH_MAX) }),
        querystring: z.strictObject({ region: region.default(NATIONAL_REGION) }),
        response: { 200: parameterHistoryAnswer },
      },
    },
    async (request) => parameterHistory(ctx.db, request.params.key, request.query.region),
  );
}

/** Proposed changes: the list, and proposing one. */
function changeRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['policy'];
  const read = { access: { permission: 'policy.read' as const } };
  app.get(
    '/api/policy/changes',
    {
      config: read,
      schema: {
        tags,
        summary: "Proposed changes of regions within the caller's agency subtree, newest first",
        querystring: z.strictObject({
          status: z.enum(POLICY_CHANGE_STATUSES).optional(),
          limit: z.coerce.number().int().min(1).max(CHANGES_PAGE_SIZE_MAX).optional(),
        }),
        response: { 200: policyChangesAnswer },
      },
    },
    async (request) => listChanges(ctx.db, staffOf(request), request.query),
  );
  app.post(
    '/api/policy/changes',
    {
      config: { access: { permission: 'policy.propose' } },
      schema: {
        tags,
        summary: 'Propose a value for a region from a date (maker)',
        body: z.strictObject({
          region,
          key: z.string().trim().min(1).max(KEY_LENGTH_MAX),
          validFrom: date,
          value,
          reason: text(1, REASON_LENGTH_MAX),
          basis: text(1, BASIS_LENGTH_MAX),
        }),
        response: { 201: policyChange },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await proposeChange(ctx, staffOf(request), auditActorOf(request), request.body)),
  );
}

/** Deciding a proposed change: approve, reject, or withdraw it. */
function decisionRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['policy'];
  const approve = { access: { permission: 'policy.approve' as const } };
  app.post(
    '/api/policy/changes/:id/approve',
    {
      config: approve,
      schema: {
        tags,
        summary: 'Approve a pending change (checker, not the proposer); the value becomes a parameter',
        params: idParams,
        body: z.strictObject({ note: text(0, NOTE_LENGTH_MAX).optional() }),
        response: { 200: policyChange },
      },
    },
    async (request) =>
      approveChange(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body.note || null),
  );
  app.post(
    '/api/policy/changes/:id/reject',
    {
      config: approve,
      schema: {
        tags,
        summary: 'Reject a pending change (checker, not the proposer), saying why',
        params: idParams,
        body: z.strictObject({ note: text(1, NOTE_LENGTH_MAX) }),
        response: { 200: policyChange },
      },
    },
    async (request) => rejectChange(ctx, staffOf(request), auditActorOf(request), request.params.id, request.body.note),
  );
  app.post(
    '/api/policy/changes/:id/withdraw',
    {
      config: { access: { permission: 'policy.propose' } },
      schema: {
        tags,
        summary: 'Withdraw a pending change (its proposer only)',
        params: idParams,
        response: { 200: policyChange },
      },
    },
    async (request) => withdrawChange(ctx, staffOf(request), auditActorOf(request), request.params.id),
  );
}

/** Registers the routes under /api/policy. */
export function policyRoutes(app: ZodApp, ctx: AppContext): void {
  parameterRoutes(app, ctx);
  changeRoutes(app, ctx);
  decisionRoutes(app, ctx);
}
