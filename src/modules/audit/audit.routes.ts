/** HTTP routes of the audit trail: search and chain verification, for the audit administrator. */
import { z } from 'zod';
import type { AppContext } from '../../app-context.ts';
import { auditActorOf } from '../../http/access.ts';
import { instantOf, instantOrDay, page, pageSizeUpTo } from '../../http/params.ts';
import type { ZodApp } from '../../http/types.ts';
import { auditPage, auditVerdict } from './audit.responses.ts';
import { appendAudit, searchAudit, verifyAudit } from './audit.service.ts';

const filter = z.strictObject({
  from: instantOrDay.optional(),
  to: instantOrDay.optional(),
  actor: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  entity: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  outcome: z.enum(['success', 'denied', 'failed']).optional(),
  page,
  pageSize: pageSizeUpTo(200, 50),
});

export function auditRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['audit'];
  app.get(
    '/api/audit',
    {
      config: { access: { permission: 'audit.read' } },
      schema: { tags, summary: 'Search the audit log', querystring: filter, response: { 200: auditPage } },
    },
    async (request) => {
      const q = request.query;
      const result = await searchAudit(
        ctx.db,
        { ...q, from: instantOf(q.from, false), to: instantOf(q.to, true) },
        q.page,
        q.pageSize,
      );
      // Reading the audit log is itself audited.
      await ctx.db.transaction().execute((trx) =>
        appendAudit(trx, ctx.clock, auditActorOf(request), {
          action: 'audit.search',
          entity: 'audit_log',
          details: { filter: q },
        }),
      );
      return { items: result.items.map((e) => ({ ...e, at: e.at.toISOString() })), total: result.total };
    },
  );
  app.get(
    '/api/audit/verify',
    {
      config: { access: { permission: 'audit.read' } },
      schema: { tags, summary: 'Verify the hash chain', response: { 200: auditVerdict } },
    },
    async () => verifyAudit(ctx.db),
  );
}
