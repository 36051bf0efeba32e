/** HTTP routes of the rights record: the staff view of a person in scope (audited) and the hall's own view. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import type { Db } from '../../db/connection.ts';
import { auditActorOf, staffOf } from '../../http/access.ts';
import type { ZodApp } from '../../http/types.ts';
import { common } from '../../kernel/rejection.ts';
import { recordAudit } from '../audit/index.ts';
import type { PublicActor } from '../auth/index.ts';
import { personInScope } from '../registration/index.ts';
import { rejectRights } from './ledger.rights.rejections.ts';
import { rightsView } from './ledger.rights.views.ts';

/** Hops followed from a merged record to the one it went into. */
const MERGE_CHAIN_MAX = 5;

const idParams = z.strictObject({ id: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/**
 * The person behind a self-service person account, following merges; null when the account's
 * identity number has no registration.
 */
export async function personOfAccount(db: Db, accountId: number): Promise<number | null> {
  const account = await db
    .selectFrom('public_accounts')
    .select('identifier_index')
    .where('id', '=', accountId)
    .where('kind', '=', 'person')
    .executeTakeFirst();
  if (!account) return null;
  let row = await db
    .selectFrom('persons')
    .select(['person_id', 'merged_into'])
    .where('id_index', '=', account.identifier_index)
    .executeTakeFirst();
  for (let hop = 0; row?.merged_into != null && hop < MERGE_CHAIN_MAX; hop++)
    row = await db
      .selectFrom('persons')
      .select(['person_id', 'merged_into'])
      .where('person_id', '=', row.merged_into)
      .executeTakeFirst();
  return row?.person_id ?? null;
}

/** The logged-in insured person of a hall request; an employer's account is refused. */
function hallPersonOf(request: FastifyRequest): PublicActor {
  const actor = request.actor;
  if (!actor || actor.kind === 'staff') throw new Error('route declared public_user access but has no public actor');
  if (actor.kind !== 'person') throw common.reject('forbidden');
  return actor;
}

/** Registers GET /api/ledger/persons/:id/rights (staff, audited) and GET /api/hall/person/rights. */
export function rightsRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    '/api/ledger/persons/:id/rights',
    {
      config: { access: { permission: 'rights.read' } },
      schema: {
        tags: ['ledger'],
        summary: 'A person’s rights record (权益记录): schemes, months by year, events; the read is audited',
        params: idParams,
      },
    },
    async (request) => {
      const person = await personInScope(ctx.db, staffOf(request), request.params.id);
      // Logged where the person sees it ("who viewed my record").
      await recordAudit(ctx.db, ctx.clock, auditActorOf(request), {
        action: 'rights.read',
        entity: 'person',
        entityId: person.person_id,
      });
      return rightsView(ctx.db, person.person_id);
    },
  );
  app.get(
    '/api/hall/person/rights',
    {
      config: { access: { authenticated: 'public_user' } },
      schema: { tags: ['hall'], summary: 'My rights record (我的权益记录)' },
    },
    async (request) => {
      const personId = await personOfAccount(ctx.db, hallPersonOf(request).id);
      if (personId === null) throw rejectRights('rights_person_not_registered');
      return rightsView(ctx.db, personId);
    },
  );
}
