/**
 * Demo rights records: the chart of accounts of the demo pooling region, and the contributions of
 * the hall employer's employees from their hire month to last month, posted through the ledger
 * (journal entries, individual accounts, rights records) as collection would. 李明, who has a
 * self-service account, shows an interruption (six months in arrears, 2019) and its resumption;
 * 王芳 a back payment; 张三 a little pension history from 1996–1999 at the 11 % account share.
 */
import type { AppContext } from '../app-context.ts';
import type { Db } from '../db/connection.ts';
import { calendarDate, compareDates, today, type CalendarDate } from '../kernel/calendar-date.ts';
import { addCents, mulRateHalfUp, parseCents, zeroCents, type Cents } from '../kernel/cents.ts';
import { citizenIdCheckCharacter } from '../kernel/citizen-id.ts';
import {
  addMonths,
  firstDayOf,
  lastDayOf,
  nextPeriod,
  periodOf,
  periodParts,
  previousPeriod,
  type Period,
} from '../kernel/period.ts';
import { appendAudit, systemActor } from '../modules/audit/index.ts';
import {
  closeIndividualAccount,
  ensureChart,
  INDIVIDUAL_FUNDS,
  postContributions,
  runInterest,
  recordDue,
  type ContributionItem,
  type DueItem,
  type Fund,
} from '../modules/ledger/index.ts';
import { parameterHistory } from '../modules/policy/index.ts';
import { personIndex } from '../modules/registration/index.ts';
import { DEMO_PUBLIC_ACCOUNTS } from './demo-data.ts';
import { DEMO_REGISTRATION_PERSONS, DEMO_SECOND_CREDIT_CODE } from './registration-demo.ts';

const REGION = '330106';
/** The chart opens before the oldest demo contribution (张三, 1996). */
const CHART_OPENED_ON = '1990-01-01' as CalendarDate;
const DEMO_EMPLOYER = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'employer')!;
const LI_MING = withCheck('33010619850312001');
const WANG_FANG = withCheck('33010619900718002');
const ZHANG_SAN = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'person')!.identifier;
/** 李明's employer did not pay these months (欠缴): the hall shows the interruption and resumption. */
const ARREARS = { from: '201907' as Period, months: 6 };
/** 王芳's employer paid these months late (补缴), in September 2022. */
const BACK_PAID = { from: '202203' as Period, months: 3, paidOn: '2022-09-15' as CalendarDate };

/** Monthly base of the first employee in 2015 (yuan); each next employee's is 600 yuan higher. */
const BASE_2015 = parseCents('5200.00');
const BASE_STEP = parseCents('600.00');
/** Bases grow by 6 % a year (close to the province's average wage growth); exact, rounded half-up. */
const BASE_GROWTH = '1.06';
/**
 * Work injury: class I base rate (software, industry 65; RULES.md §2). The policy table of base
 * rates starts in 2015-10; the demo uses the class I rate for every year.
 */
const WORK_INJURY_RATE = '0.002';
/**
 * 张三's pension before the national parameters begin (1998): the employer's 20 %, the employee's
 * 4 % (1996–1997) then 5 % (1998–1999, 国发〔1997〕26号 rising 1 point every two years), and 11 %
 * of the base to the individual account. Bases of the time, in yuan.
 */
const ZHANG_SAN_HISTORY = {
  from: '199601' as Period,
  to: '199912' as Period,
  employerRate: '0.20',
  accountShare: '0.11',
};
const ZHANG_SAN_EMPLOYEE_RATE: Readonly<Record<number, string>> = {
  1996: '0.04',
  1997: '0.04',
  1998: '0.05',
  1999: '0.05',
};
const ZHANG_SAN_BASE: Readonly<Record<number, Cents>> = {
  1996: parseCents('520.00'),
  1997: parseCents('580.00'),
  1998: parseCents('640.00'),
  1999: parseCents('710.00'),
};

const SCHEMES: readonly Fund[] = ['pension', 'medical', 'unemployment', 'work_injury'];

function withCheck(body: string): string {
  return body + citizenIdCheckCharacter(body);
}

/** A base of `year`, grown from the 2015 base by 6 % a year (backwards for earlier years is not needed). */
function baseOf(first: Cents, year: number): Cents {
  let base = first;
  for (let y = 2015; y < year; y++) base = mulRateHalfUp(base, BASE_GROWTH);
  return base;
}

/**
 * Rates in force on a day, from each key's history (one lookup per key, not per month): the step
 * of the latest start on or before the day, as `policyValue` would pick it.
 */
function rateLookup(db: Db) {
  const histories = new Map<string, Promise<ReadonlyArray<{ from: string; value: string }>>>();
  return async (key: string, on: CalendarDate, required = true): Promise<string | null> => {
    if (!histories.has(key))
      histories.set(
        key,
        parameterHistory(db, key, REGION).then((h) => h.steps),
      );
    const step = (await histories.get(key)!).findLast((s) => s.from <= on);
    if (!step && required) throw new Error(`demo: no ${key} in force on ${on}`);
    return step?.value ?? null;
  };
}

type Rates = ReturnType<typeof rateLookup>;

interface Amounts {
  employer: Cents;
  employee: Cents;
  credit: Cents;
}

/** One month of one scheme for an employee, from the policy rates in force on its first day. */
async function amountsOf(rate: Rates, scheme: Fund, base: Cents, on: CalendarDate): Promise<Amounts> {
  if (scheme === 'work_injury')
    return { employer: mulRateHalfUp(base, WORK_INJURY_RATE), employee: zeroCents, credit: zeroCents };
  const employer = mulRateHalfUp(base, (await rate(`${scheme}.rate.employer`, on))!);
  const employee = mulRateHalfUp(base, (await rate(`${scheme}.rate.employee`, on))!);
  if (scheme === 'unemployment') return { employer, employee, credit: zeroCents };
  // Medical before the 2021 reform: the demo credits the employee's own part only.
  const share = await rate(`${scheme}.account_share`, on, false);
  return { employer, employee, credit: share === null ? employee : mulRateHalfUp(base, share) };
}

/** The day a month was paid: the 15th of the next month, never after today. */
function paidOnOf(period: Period, todayDate: CalendarDate): CalendarDate {
  const { year, month } = periodParts(nextPeriod(period));
  const due = calendarDate(year, month, 15);
  return compareDates(due, todayDate) > 0 ? todayDate : due;
}

interface Employee {
  personId: number;
  citizenId: string;
  from: Period;
  firstBase: Cents;
}

async function personIds(ctx: AppContext, citizenIds: readonly string[]): Promise<Map<string, number>> {
  const byIndex = new Map(citizenIds.map((c) => [personIndex(ctx.keys, c), c]));
  const rows = await ctx.db
    .selectFrom('persons')
    .select(['person_id', 'id_index'])
    .where('id_index', 'in', [...byIndex.keys()])
    .execute();
  return new Map(rows.map((r) => [byIndex.get(r.id_index)!, r.person_id]));
}

/** The hall employer's current employees with their hire month and first base. */
async function employeesOf(ctx: AppContext): Promise<Employee[]> {
  const hired = DEMO_REGISTRATION_PERSONS.flatMap((p) =>
    p.jobs
      .filter((j) => j.employer === 'demo' && !j.separatedOn)
      .map((j) => ({ citizenId: p.citizenId, hiredOn: j.hiredOn })),
  );
  const ids = await personIds(
    ctx,
    hired.map((h) => h.citizenId),
  );
  return hired.flatMap((h, i) => {
    const personId = ids.get(h.citizenId);
    if (personId === undefined) return [];
    const firstBase = addCents(BASE_2015, mulRateHalfUp(BASE_STEP, String(i)));
    return [{ personId, citizenId: h.citizenId, from: periodOf(h.hiredOn as CalendarDate), firstBase }];
  });
}

function inStretch(period: Period, stretch: { from: Period; months: number }): boolean {
  return period >= stretch.from && period <= addMonths(stretch.from, stretch.months - 1);
}

interface Planned {
  paid: ContributionItem[];
  due: DueItem[];
}

/** Every month of every scheme of one employee, paid or (李明's stretch) in arrears. */
async function planEmployee(
  rate: Rates,
  e: Employee,
  employerId: number,
  until: Period,
  todayDate: CalendarDate,
  plan: Planned,
) {
  for (let p = e.from; p <= until; p = nextPeriod(p)) {
    const base = baseOf(e.firstBase, periodParts(p).year);
    for (const scheme of SCHEMES) {
      const a = await amountsOf(rate, scheme, base, firstDayOf(p));
      const common = { personId: e.personId, employerId, scheme, period: p, region: REGION, base, source: 'demo' };
      const money = { employerAmount: a.employer, employeeAmount: a.employee, accountCredit: a.credit };
      if (e.citizenId === LI_MING && inStretch(p, ARREARS))
        plan.due.push({ ...common, ...money, status: 'arrears', dueOn: lastDayOf(p) }); // due as bills are
      else {
        const backPaid = e.citizenId === WANG_FANG && inStretch(p, BACK_PAID);
        plan.paid.push({
          ...common,
          ...money,
          status: backPaid ? 'back_paid' : 'paid',
          paidOn: backPaid ? BACK_PAID.paidOn : paidOnOf(p, todayDate),
          sourceRef: 'demo',
        });
      }
    }
  }
}

/** 张三's pension months of 1996–1999 at the employer of the time. */
function planZhangSan(personId: number, employerId: number, plan: Planned): void {
  const h = ZHANG_SAN_HISTORY;
  for (let p = h.from; p <= h.to; p = nextPeriod(p)) {
    const { year } = periodParts(p);
    const base = ZHANG_SAN_BASE[year]!;
    plan.paid.push({
      personId,
      employerId,
      scheme: 'pension',
      period: p,
      region: REGION,
      base,
      employerAmount: mulRateHalfUp(base, h.employerRate),
      employeeAmount: mulRateHalfUp(base, ZHANG_SAN_EMPLOYEE_RATE[year]!),
      accountCredit: mulRateHalfUp(base, h.accountShare),
      status: 'paid',
      paidOn: paidOnOf(p, '2000-01-31' as CalendarDate),
      source: 'demo',
      sourceRef: 'demo',
    });
  }
}

async function employerIds(ctx: AppContext): Promise<{ demo: number; second: number } | null> {
  const rows = await ctx.db
    .selectFrom('employers')
    .select(['id', 'credit_code'])
    .where('credit_code', 'in', [DEMO_EMPLOYER.identifier, DEMO_SECOND_CREDIT_CODE])
    .execute();
  const demo = rows.find((r) => r.credit_code === DEMO_EMPLOYER.identifier);
  const second = rows.find((r) => r.credit_code === DEMO_SECOND_CREDIT_CODE);
  return demo && second ? { demo: demo.id, second: second.id } : null;
}

async function plan(ctx: AppContext, employers: { demo: number; second: number }): Promise<Planned> {
  const todayDate = today(ctx.clock);
  const until = previousPeriod(periodOf(todayDate));
  const rate = rateLookup(ctx.db);
  const planned: Planned = { paid: [], due: [] };
  for (const e of await employeesOf(ctx)) await planEmployee(rate, e, employers.demo, until, todayDate, planned);
  const zhangSan = (await personIds(ctx, [ZHANG_SAN])).get(ZHANG_SAN);
  if (zhangSan !== undefined) planZhangSan(zhangSan, employers.second, planned);
  return planned;
}

/**
 * Seeds the demo rights records once, after the registration demo: does nothing when the demo
 * employers are missing or demo records exist already. Returns whether it seeded.
 */
export async function seedLedgerDemo(ctx: AppContext): Promise<boolean> {
  const employers = await employerIds(ctx);
  const seeded = await ctx.db
    .selectFrom('rights_records')
    .select('id')
    .where('source', '=', 'demo')
    .limit(1)
    .executeTakeFirst();
  if (!employers || seeded) return false;
  const planned = await plan(ctx, employers);
  const zhangSan = (await personIds(ctx, [ZHANG_SAN])).get(ZHANG_SAN);
  await ctx.db.transaction().execute(async (trx) => {
    await ensureChart(trx, REGION, CHART_OPENED_ON);
    for (let i = 0; i < planned.paid.length; i += 5_000)
      await postContributions(trx, ctx.clock, planned.paid.slice(i, i + 5_000), { sourceModule: 'demo' });
    await recordDue(trx, ctx.clock, planned.due);
    if (zhangSan !== undefined) await closeRetiredAccount(trx, zhangSan);
    await appendAudit(trx, ctx.clock, systemActor, {
      action: 'demo.seed_ledger',
      entity: 'system',
      details: { region: REGION, paid: planned.paid.length, arrears: planned.due.length },
    });
  });
  await creditDemoInterest(ctx);
  return true;
}

/** 张三 retired at the end of 1999 (registration demo): her pension account closed then, and earns no later interest. */
async function closeRetiredAccount(trx: Db, personId: number): Promise<void> {
  await closeIndividualAccount(trx, {
    personId,
    fund: 'pension',
    closedOn: '2000-01-01' as CalendarDate,
    reason: 'retired',
  });
}

/** The years whose interest the demo credits; 2024's run is left for the fund accountant to start. */
const DEMO_INTEREST_YEARS = { from: 2016, to: 2023 } as const;

/**
 * Year-end interest of the demo accounts through the real batch job, oldest year first (each
 * year's opening balance includes the interest credited before it).
 */
async function creditDemoInterest(ctx: AppContext): Promise<void> {
  for (let year = DEMO_INTEREST_YEARS.from; year <= DEMO_INTEREST_YEARS.to; year++)
    for (const fund of INDIVIDUAL_FUNDS)
      await runInterest(ctx, { year, region: REGION, fund, trigger: 'demo', startedBy: 'demo' });
}
