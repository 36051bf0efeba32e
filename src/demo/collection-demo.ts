/**
 * The collection demo (issue 6): the demo employer (杭州示范科技有限公司) has declared the current
 * month for its employees through the real `declare`, so the hall shows a declaration and its open
 * bill, and the workbench has a bill to take a payment or a payment file for. Earlier months are
 * settled in the ledger demo (history loaded as paid), so a month close of an ended month bills
 * nothing twice.
 */
import type { AppContext } from '../app-context.ts';
import { periodOf, today } from '../kernel/index.ts';
import { systemActor } from '../modules/audit/index.ts';
import { declare } from '../modules/collection/collection.declarations.ts';
import { DEMO_PUBLIC_ACCOUNTS } from './demo-data.ts';
import { DEMO_REGISTRATION_PERSONS } from './registration-demo.ts';

const DEMO_EMPLOYER = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'employer')!;
/** The first employee's monthly wage (yuan); each next one earns 1,500 yuan more. */
const FIRST_WAGE = 7_000;
const WAGE_STEP = 1_500;

/** Declares the current month once for the demo employer; does nothing when it has any declaration. */
export async function seedCollectionDemo(ctx: AppContext): Promise<boolean> {
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
