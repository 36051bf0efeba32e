/**
 * The collection demo, through the real functions:
 *
 * - the demo employer (杭州示范科技有限公司) has declared the current month for its employees, so
 *   the hall shows a declaration and its open bill, and the workbench has a bill to take a payment
 *   or a payment file for;
 * - the month before last of the demo region (西湖区) is closed by the real month close, so the
 *   month-close page has a completed run with its report per fund. The demo employer's months are
 *   settled in the ledger demo (history loaded as paid) and are not billed again; the second
 *   employer never declared, so its employee (孙悦) is assessed by the undeclared rule, billed, and the
 *   bill, unpaid since its due day, is on the arrears page with a late fee running (so is the
 *   demo's flexible worker, 吴静, who has not declared her base either). The last ended
 *   month stays open for a user (or the browser test) to close.
 */
import type { AppContext } from '../app-context.ts';
import { periodOf, previousPeriod, today, type Period } from '../kernel/index.ts';
import { systemActor } from '../modules/audit/index.ts';
import { closeMonth, declare } from '../modules/collection/index.ts';
import { DEMO_PUBLIC_ACCOUNTS } from './demo-data.ts';
import { DEMO_REGISTRATION_PERSONS } from './registration-demo.ts';

const DEMO_EMPLOYER = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'employer')!;
/** The first employee's monthly wage (yuan); each next one earns 1,500 yuan more. */
const FIRST_WAGE = 7_000;
const WAGE_STEP = 1_500;

/** The demo employers' pooling region (西湖区). */
export const DEMO_COLLECTION_REGION = '330106';

/** The month the demo closes: the month before last (the last ended month is left to close). */
export function demoClosedPeriod(ctx: AppContext): Period {
  return previousPeriod(previousPeriod(periodOf(today(ctx.clock))));
}

/** Once, on a demo database with no declaration of the demo employer: this month declared, the month before last closed. */
export async function seedCollectionDemo(ctx: AppContext): Promise<boolean> {
  if (!(await declareThisMonth(ctx))) return false;
  await closeMonth(ctx, {
    region: DEMO_COLLECTION_REGION,
    period: demoClosedPeriod(ctx),
    trigger: 'demo',
    startedBy: 'demo',
  });
  return true;
}

/** Declares the current month for the demo employer; does nothing when it has any declaration. */
async function declareThisMonth(ctx: AppContext): Promise<boolean> {
  const employer = await ctx.db
    .selectFrom('employers')
    .select('id')
    .where('credit_code', '=', DEMO_EMPLOYER.identifier)
    .executeTakeFirst();
  if (!employer) return false;
  const any = await ctx.db
    .selectFrom('contribution_declarations')
    .select('id')
    .where('employer_id', '=', employer.id)
    .limit(1)
    .executeTakeFirst();
  if (any) return false;
  const employees = DEMO_REGISTRATION_PERSONS.filter((p) =>
    p.jobs.some((j) => j.employer === 'demo' && !j.separatedOn),
  );
  const lines = employees.map((p, i) => ({
    row: i + 2,
    citizenId: p.citizenId,
    wage: `${FIRST_WAGE + i * WAGE_STEP}.00`,
  }));
  await ctx.db.transaction().execute((trx) =>
    declare(trx, ctx, systemActor, {
      payer: { kind: 'employer', employerId: employer.id },
      kind: 'monthly',
      period: periodOf(today(ctx.clock)),
      lines,
      channel: 'web',
      submittedBy: 'demo',
      language: 'zh-CN',
    }),
  );
  return true;
}
