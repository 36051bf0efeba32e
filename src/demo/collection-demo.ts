/**
 * The live demo's current month (`npm start`, `shebao seed --demo`, the browser tests' server): the
 * hall employer (杭州示范科技有限公司) has declared this month through the real `declare`, so the
 * hall shows a declaration and its open bill (not yet due), and the workbench has a bill to take a
 * payment or a payment file for. The history up to last month, the closes and the arrears are the
 * demo's own (history-demo.ts), in every demo database.
 */
import type { AppContext } from '../app-context.ts';
import { periodOf, today } from '../kernel/index.ts';
import { systemActor } from '../modules/audit/index.ts';
import { declare } from '../modules/contributions/index.ts';
import { DEMO_PUBLIC_ACCOUNTS } from './demo-data.ts';
import { demoDeclarationLines } from './demo-payroll.ts';

const DEMO_EMPLOYER = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'employer')!;

/** Once: declares the current month for the hall employer; does nothing when it has declared it. */
export async function seedCollectionDemo(ctx: AppContext): Promise<boolean> {
  const period = periodOf(today(ctx.clock));
  const employer = await ctx.db
    .selectFrom('employers')
    .select('id')
    .where('credit_code', '=', DEMO_EMPLOYER.identifier)
    .executeTakeFirst();
  if (!employer) return false;
  const declared = await ctx.db
    .selectFrom('contribution_declarations')
    .select('id')
    .where('employer_id', '=', employer.id)
    .where('period', '=', period)
    .executeTakeFirst();
  if (declared) return false;
  await ctx.db.transaction().execute((trx) =>
    declare(trx, ctx, systemActor, {
      payer: { kind: 'employer', employerId: employer.id },
      kind: 'monthly',
      period,
      lines: demoDeclarationLines(period),
      channel: 'web',
      submittedBy: 'demo',
      language: 'zh-CN',
    }),
  );
  return true;
}
