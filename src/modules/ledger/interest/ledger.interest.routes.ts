/** HTTP routes of the year-end interest runs: the list with progress, and starting (or resuming) one. */
import { z } from 'zod';
import type { AppContext } from '../../../app-context.ts';
import type { Db } from '../../../db/connection.ts';
import { auditActorOf, staffOf } from '../../../http/access.ts';
import type { ZodApp } from '../../../http/types.ts';
import { common } from '../../../kernel/rejection.ts';
import type { StaffActor } from '../../auth/index.ts';
import { regionsOfSubtree } from '../../org/index.ts';
import { interestRuns, startInterestRun } from './ledger.interest-run.ts';
import { interestRunsAnswer, interestRunView } from './ledger.interest.responses.ts';
import { INDIVIDUAL_FUNDS } from '../ledger.model.ts';

/** Years a run may be asked for: the platform keeps no earlier rates; later ones are typing mistakes. */
export const INTEREST_YEAR_MIN = 1990;
export const INTEREST_YEAR_MAX = 2099;

const year = z.coerce.number().int().min(INTEREST_YEAR_MIN).max(INTEREST_YEAR_MAX);
const region = z.string().regex(/^[0-9]{6}$/, 'a 6-digit region code (GB/T 2260)');

async function refuseOutOfScope(db: Db, actor: StaffActor, code: string): Promise<void> {
  if (!(await regionsOfSubtree(db, actor.agencyPath)).includes(code))
    throw common.reject('out_of_scope', { region: code });
}

/** Registers GET and POST /api/ledger/interest-runs. */
export function interestRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['ledger'];
  app.get(
    '/api/ledger/interest-runs',
    {
      config: { access: { permission: 'ledger.read' } },
      schema: {
        tags,
        summary: 'Year-end interest runs of the regions in my scope, with their progress',
        querystring: z.strictObject({ year: year.optional(), region: region.optional() }),
        response: { 200: interestRunsAnswer },
      },
    },
    async (request) => {
      const regions = await regionsOfSubtree(ctx.db, staffOf(request).agencyPath);
      return { items: await interestRuns(ctx.db, { ...request.query, regions }) };
    },
  );
  app.post(
    '/api/ledger/interest-runs',
    {
      config: { access: { permission: 'ledger.post' } },
      schema: {
        tags,
        summary: 'Start (or resume) the year-end interest of a region and fund; 202 with the run, poll the list',
        body: z.strictObject({ year, region, fund: z.enum(INDIVIDUAL_FUNDS) }),
        response: { 202: interestRunView },
      },
    },
    async (request, reply) => {
      const actor = staffOf(request);
      await refuseOutOfScope(ctx.db, actor, request.body.region);
      const run = await startInterestRun(ctx, {
        ...request.body,
        trigger: 'api',
        startedBy: `staff:${actor.id}`,
        actor: auditActorOf(request),
      });
      return reply.status(202).send(run);
    },
  );
}
