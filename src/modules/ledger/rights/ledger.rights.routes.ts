/** HTTP routes of the rights record: the staff view of a person in scope (audited) and the hall's own view. */
import type { AppContext } from '../../../app-context.ts';
import { auditActorOf, hallAccountOf, staffOf } from '../../../http/access.ts';
import { idParams } from '../../../http/params.ts';
import type { ZodApp } from '../../../http/types.ts';
import { today } from '../../../kernel/calendar-date.ts';
import { recordAudit } from '../../audit/index.ts';
import { personInScope, personOfAccount } from '../../registration/index.ts';
import { rejectRights } from './ledger.rights.rejections.ts';
import { rightsAnswer } from './ledger.rights.responses.ts';
import { rightsView } from './ledger.rights.views.ts';

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
        response: { 200: rightsAnswer },
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
      return rightsView(ctx.db, person.person_id, today(ctx.clock));
    },
  );
  app.get(
    '/api/hall/person/rights',
    {
      config: { access: { authenticated: 'public_user' } },
      schema: { tags: ['hall'], summary: 'My rights record (我的权益记录)', response: { 200: rightsAnswer } },
    },
    async (request) => {
      const personId = await personOfAccount(ctx.db, hallAccountOf(request, 'person').id);
      if (personId === null) throw rejectRights('rights_person_not_registered');
      return rightsView(ctx.db, personId, today(ctx.clock));
    },
  );
}
