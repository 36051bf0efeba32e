/**
 * The demo's rights ledger around the contribution history (history-demo.ts, which goes through
 * collection): the chart of accounts of the demo pooling region, 张三's pension months of
 * 1996–1999 taken over from the former system (before the national collection parameters begin,
 * so no bill could assess them; posted through `postContributions` as a migration would, at the
 * 11 % account share of the time), her account closed at retirement, and the year-end interest of
 * 2016–2023 through the real batch job once the history is in.
 */
import type { AppContext } from '../app-context.ts';
import type { Db } from '../db/connection.ts';
import { calendarDate, type CalendarDate } from '../kernel/calendar-date.ts';
import { mulRateHalfUp, parseCents, type Cents } from '../kernel/cents.ts';
import { nextPeriod, periodParts, type Period } from '../kernel/period.ts';
import { appendAudit, systemActor } from '../modules/audit/index.ts';
import {
  closeIndividualAccount,
  ensureChart,
  INDIVIDUAL_FUNDS,
  postContributions,
  runInterest,
  type ContributionItem,
} from '../modules/ledger/index.ts';
import { personIndex } from '../modules/registration/index.ts';
import { DEMO_PUBLIC_ACCOUNTS } from './demo-data.ts';
import { DEMO_REGION } from './history-demo.ts';
import { DEMO_SECOND_CREDIT_CODE } from './registration-demo.ts';

/** The chart opens before the oldest demo contribution (张三, 1996). */
const CHART_OPENED_ON = '1990-01-01' as CalendarDate;
const ZHANG_SAN = DEMO_PUBLIC_ACCOUNTS.find((a) => a.kind === 'person')!.identifier;

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

/** 张三's months as the former system recorded them: paid on the 15th of the next month. */
function zhangSanMonths(personId: number, employerId: number): ContributionItem[] {
  const h = ZHANG_SAN_HISTORY;
  const items: ContributionItem[] = [];
  for (let p = h.from; p <= h.to; p = nextPeriod(p)) {
    const { year } = periodParts(p);
    const next = periodParts(nextPeriod(p));
    const base = ZHANG_SAN_BASE[year]!;
    items.push({
      personId,
      employerId,
      scheme: 'pension',
      period: p,
      region: DEMO_REGION,
      base,
      employerAmount: mulRateHalfUp(base, h.employerRate),
      employeeAmount: mulRateHalfUp(base, ZHANG_SAN_EMPLOYEE_RATE[year]!),
      accountCredit: mulRateHalfUp(base, h.accountShare),
      status: 'paid',
      paidOn: calendarDate(next.year, next.month, 15),
      source: 'import',
      sourceRef: 'former-system',
    });
  }
  return items;
}

async function idsOf(ctx: AppContext): Promise<{ zhangSan: number; second: number } | null> {
  const person = await ctx.db
    .selectFrom('persons')
    .select('person_id')
    .where('id_index', '=', personIndex(ctx.keys, ZHANG_SAN))
    .executeTakeFirst();
  const employer = await ctx.db
    .selectFrom('employers')
    .select('id')
    .where('credit_code', '=', DEMO_SECOND_CREDIT_CODE)
    .executeTakeFirst();
  return person && employer ? { zhangSan: person.person_id, second: employer.id } : null;
}

/**
 * The chart of the demo region and 张三's migrated months, once, after the registration demo and
 * before the history (whose bills need the chart). Returns whether it seeded.
 */
export async function seedLedgerDemo(ctx: AppContext): Promise<boolean> {
  const ids = await idsOf(ctx);
  const seeded = await ctx.db
    .selectFrom('rights_records')
    .select('id')
    .where('source', '=', 'import')
    .limit(1)
    .executeTakeFirst();
  if (!ids || seeded) return false;
  const months = zhangSanMonths(ids.zhangSan, ids.second);
  await ctx.db.transaction().execute(async (trx) => {
    await ensureChart(trx, DEMO_REGION, CHART_OPENED_ON);
    await postContributions(trx, ctx.clock, months, { sourceModule: 'migration' });
    await closeRetiredAccount(trx, ids.zhangSan);
    await appendAudit(trx, ctx.clock, systemActor, {
      action: 'demo.seed_ledger',
      entity: 'system',
      details: { region: DEMO_REGION, migrated: months.length },
    });
  });
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
 * year's opening balance includes the interest credited before it), once the history is in.
 */
export async function creditDemoInterest(ctx: AppContext): Promise<void> {
  for (let year = DEMO_INTEREST_YEARS.from; year <= DEMO_INTEREST_YEARS.to; year++)
    for (const fund of INDIVIDUAL_FUNDS)
      await runInterest(ctx, { year, region: DEMO_REGION, fund, trigger: 'demo', startedBy: 'demo' });
}
