/**
 * The demo's contribution history, made month by month through the real paths of collection, from
 * the hall employer's first hire (March 2015) to last month:
 *
 * - the hall employer (杭州示范科技有限公司) declares its employees' wages (`declare`: the bill is
 *   issued at once) and the bank pays the bill on the 15th (a payment file row naming it);
 * - the month is closed (`closeMonth`) once it has ended, up to the month before last: the close
 *   bills those who did not declare at the 110 % rule — the second employer (杭州西湖机械厂) and,
 *   from 2021, the flexible worker 吴静 — and their bank transfers arrive on the 20th of the next
 *   month with the late fee, except for the month before last, still owed (the arrears page);
 * - 李明 was left out of the declarations of July–December 2019; an inspection assessed the months
 *   as a back payment (补缴, the employer at fault) in January 2020, still unpaid: his record shows
 *   six months in arrears and the resumption;
 * - 王芳 was left out of March–May 2022; the back payment was assessed and paid on 15 September
 *   2022, with its late fee.
 *
 * Business dates (received on, paid on) are the story's; instants (issued, recorded, booked) are
 * the seed's, as for history migrated today. The last ended month is left open for a user to close.
 * The province's parameters of 2015–2021 are entered first (demo-policy.ts).
 */
import type { AppContext } from '../app-context.ts';
import { calendarDate, today, type CalendarDate } from '../kernel/calendar-date.ts';
import { nextPeriod, periodOf, periodParts, previousPeriod, type Period } from '../kernel/period.ts';
import { systemActor } from '../modules/audit/index.ts';
import { personIndex } from '../modules/registration/index.ts';
import { closeMonth } from '../jobs/month-close/index.ts';
import { decideBackPayment, proposeBackPayment } from '../modules/arrears/index.ts';
import { billsOfPayer, type BillSummary, type Payer } from '../modules/collection/index.ts';
import { declare } from '../modules/contributions/index.ts';
import { importBankFile, rowsPaying, type BankRow } from './demo-bank-file.ts';
import { DEMO_PUBLIC_ACCOUNTS } from './demo-data.ts';
import { seedHistoryPolicy } from './demo-policy.ts';
import { DEMO_EMPLOYEES, demoDeclarationLines, demoWage } from './demo-payroll.ts';
import { demoStaff, type DemoStaffMember } from './demo-staff.ts';
import { DEMO_REGISTRATION_PERSONS, DEMO_SECOND_CREDIT_CODE } from './registration-demo.ts';

/** The demo employers' pooling region (西湖区). */
export const DEMO_REGION = '330106';
/** The first month of the history: the hall employer's first hire (李明, 2015-03-01). */
export const HISTORY_FROM = '201503' as Period;

const DEMO_EMPLOYER_CODE = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'employer')!.identifier;
const FLEXIBLE = DEMO_REGISTRATION_PERSONS.find((p) => p.flexible)!;
const byName = (name: string) => DEMO_EMPLOYEES.find((e) => e.name === name)!;

/** An employee left out of the declarations of some months, assessed later as a back payment. */
interface LeftOut {
  readonly employee: (typeof DEMO_EMPLOYEES)[number];
  readonly from: Period;
  readonly to: Period;
  /** The month the back payment is proposed and approved in. */
  readonly assessedIn: Period;
  /** The day the bank pays it, or null: still owed. */
  readonly paidOn: CalendarDate | null;
  readonly reason: string;
}

const LEFT_OUT: readonly LeftOut[] = [
  {
    employee: byName('李明'),
    from: '201907' as Period,
    to: '201912' as Period,
    assessedIn: '202001' as Period,
    paidOn: null,
    reason: '稽核发现2019年7—12月漏报李明缴费工资，单位补缴（未缴）',
  },
  {
    employee: byName('王芳'),
    from: '202203' as Period,
    to: '202205' as Period,
    assessedIn: '202209' as Period,
    paidOn: '2022-09-15' as CalendarDate,
    reason: '单位申报遗漏王芳2022年3—5月缴费工资，申请补缴',
  },
];

/** Who acts in the history. */
interface Cast {
  readonly demo: Payer & { kind: 'employer' };
  readonly second: Payer & { kind: 'employer' };
  readonly flexible: Payer & { kind: 'flexible' };
  readonly clerk: DemoStaffMember;
  readonly approver: DemoStaffMember;
  readonly accountant: DemoStaffMember;
  readonly supervisor: DemoStaffMember;
}

async function castOf(ctx: AppContext): Promise<Cast | null> {
  const employers = await ctx.db
    .selectFrom('employers')
    .select(['id', 'credit_code'])
    .where('credit_code', 'in', [DEMO_EMPLOYER_CODE, DEMO_SECOND_CREDIT_CODE])
    .execute();
  const idOf = (code: string) => employers.find((e) => e.credit_code === code)?.id;
  const flexible = await ctx.db
    .selectFrom('enrolments')
    .select('person_id')
    .where('category', '=', 'flexible')
    .where('pooling_region', '=', DEMO_REGION)
    .executeTakeFirst();
  const [clerk, approver, accountant, supervisor] = await Promise.all(
    ['clerk', 'approver', 'accountant', 'supervisor'].map((name) => demoStaff(ctx, name)),
  );
  const demo = idOf(DEMO_EMPLOYER_CODE);
  const second = idOf(DEMO_SECOND_CREDIT_CODE);
  if (demo === undefined || second === undefined || !flexible) return null;
  if (!clerk || !approver || !accountant || !supervisor) return null;
  return {
    demo: { kind: 'employer', employerId: demo },
    second: { kind: 'employer', employerId: second },
    flexible: { kind: 'flexible', personId: flexible.person_id },
    clerk,
    approver,
    accountant,
    supervisor,
  };
}

const dayOf = (period: Period, day: number) => {
  const { year, month } = periodParts(period);
  return calendarDate(year, month, day);
};

/** The hall employer's declaration of the month (its bill issued at once). */
async function declareMonth(ctx: AppContext, cast: Cast, period: Period): Promise<BillSummary[]> {
  const leftOut = LEFT_OUT.filter((l) => period >= l.from && period <= l.to).map((l) => l.employee.citizenId);
  await ctx.db.transaction().execute((trx) =>
    declare(trx, ctx, systemActor, {
      payer: cast.demo,
      kind: 'monthly',
      period,
      lines: demoDeclarationLines(period, leftOut),
      channel: 'web',
      submittedBy: 'demo',
      language: 'zh-CN',
    }),
  );
  return billsOfPayer(ctx.db, cast.demo, { period, status: 'open' });
}

/** A story's back payment, proposed by the clerk and approved by the approver; returns its bills. */
async function assessBackPayment(ctx: AppContext, cast: Cast, story: LeftOut): Promise<number[]> {
  const proposed = await proposeBackPayment(ctx, cast.clerk.actor, cast.clerk.audit, {
    kind: 'back_payment',
    employerId: cast.demo.employerId,
    personId: await personIdOf(ctx, story.employee.citizenId),
    fromPeriod: story.from,
    toPeriod: story.to,
    wage: demoWage(story.employee.index, periodParts(story.from).year),
    schemes: ['pension', 'medical', 'unemployment', 'work_injury'],
    employerAtFault: true,
    reason: story.reason,
  });
  const approved = await decideBackPayment(ctx, cast.approver.actor, cast.approver.audit, proposed.id, {
    approve: true,
  });
  return approved.bills.map((b) => b.id);
}

async function personIdOf(ctx: AppContext, citizenId: string): Promise<number> {
  const found = await ctx.db
    .selectFrom('persons')
    .select('person_id')
    .where('id_index', '=', personIndex(ctx.keys, citizenId))
    .executeTakeFirstOrThrow();
  return found.person_id;
}

/** The transfers of the month: the hall employer's bill, back payments due now, last month's 110 % bills. */
async function bankRows(
  ctx: AppContext,
  cast: Cast,
  period: Period,
  closed: Period,
  own: readonly BillSummary[],
  backPaid: readonly number[],
): Promise<BankRow[]> {
  const onThe15th = dayOf(period, 15);
  const onThe20th = dayOf(period, 20);
  const rows = await rowsPaying(ctx, cast.demo, DEMO_EMPLOYER_CODE, own, onThe15th);
  if (backPaid.length > 0) {
    const bills = (await billsOfPayer(ctx.db, cast.demo, { status: 'open' })).filter((b) => backPaid.includes(b.id));
    rows.push(...(await rowsPaying(ctx, cast.demo, DEMO_EMPLOYER_CODE, bills, onThe15th)));
  }
  // The 110 % payers pay what the last close billed them, except the month before last: still owed.
  const assessed = [
    { payer: cast.second, code: DEMO_SECOND_CREDIT_CODE },
    { payer: cast.flexible, code: FLEXIBLE.citizenId },
  ];
  for (const { payer, code } of assessed) {
    const bills = (await billsOfPayer(ctx.db, payer, { status: 'open' })).filter((b) => b.period < closed);
    rows.push(...(await rowsPaying(ctx, payer, code, bills, onThe20th)));
  }
  return rows;
}

/** One month of the history, in the order the world had it. */
async function seedMonth(ctx: AppContext, cast: Cast, period: Period, closed: Period): Promise<void> {
  let backPaid: number[] = [];
  for (const story of LEFT_OUT.filter((l) => l.assessedIn === period)) {
    const bills = await assessBackPayment(ctx, cast, story);
    if (story.paidOn !== null) backPaid = [...backPaid, ...bills];
  }
  const own = await declareMonth(ctx, cast, period);
  await importBankFile(
    ctx,
    cast.accountant,
    `ICBC-${period}.csv`,
    await bankRows(ctx, cast, period, closed, own, backPaid),
  );
  if (period <= closed) await closeMonth(ctx, { region: DEMO_REGION, period, trigger: 'demo', startedBy: 'demo' });
}

/** The month the demo leaves closed last: the month before last (the last ended month stays open). */
export function demoClosedPeriod(ctx: AppContext): Period {
  return previousPeriod(previousPeriod(periodOf(today(ctx.clock))));
}

/**
 * Seeds the history once, after the registration demo: does nothing when the demo's employers,
 * flexible worker or staff are missing, or the hall employer has declared before. Returns whether it seeded.
 */
export async function seedHistoryDemo(ctx: AppContext): Promise<boolean> {
  const cast = await castOf(ctx);
  if (!cast) return false;
  const declared = await ctx.db
    .selectFrom('contribution_declarations')
    .select('id')
    .where('employer_id', '=', cast.demo.employerId)
    .limit(1)
    .executeTakeFirst();
  if (declared) return false;
  await seedHistoryPolicy(ctx, cast.accountant, cast.supervisor);
  const last = previousPeriod(periodOf(today(ctx.clock)));
  const closed = demoClosedPeriod(ctx);
  for (let period = HISTORY_FROM; period <= last; period = nextPeriod(period))
    await seedMonth(ctx, cast, period, closed);
  return true;
}
