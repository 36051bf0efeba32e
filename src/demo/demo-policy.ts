/**
 * The parameters of the contribution history's years that the migrations do not cover, entered as
 * an agency would: the fund accountant proposes, the supervisor approves (maker-checker, audited).
 * The demo province's average monthly wage of 2015–2021 (demo values, not official figures: the
 * migrations' demo values begin in 2022), and the national work-injury rates before
 * 人社部发〔2015〕71号 (1 October 2015): 劳社部发〔2003〕29号's three classes (0.5 %, 1 %, 2 %)
 * laid over the eight classes of 2015, the first class without a float. National, so that a
 * region's lookup still reaches the 2015 table after it (a province's value would shadow it).
 */
import type { AppContext } from '../app-context.ts';
import { approveChange, proposeChange } from '../modules/policy/index.ts';
import type { DemoStaffMember } from './demo-staff.ts';

/** The demo province, whose parameters apply to every region below it. */
const PROVINCE = '330000';
const NATIONAL = '000000';

const AVERAGE_WAGES: ReadonlyArray<readonly [string, string]> = [
  ['2015-01-01', '4484.00'],
  ['2016-01-01', '4753.00'],
  ['2017-01-01', '5038.00'],
  ['2018-01-01', '5340.00'],
  ['2019-01-01', '5661.00'],
  ['2020-01-01', '5944.00'],
  ['2021-01-01', '6088.00'],
];

const RATES_2003 = JSON.stringify({
  I: '0.005',
  II: '0.01',
  III: '0.01',
  IV: '0.01',
  V: '0.02',
  VI: '0.02',
  VII: '0.02',
  VIII: '0.02',
});
const FLOATS = ['0.5', '0.8', '1.0', '1.2', '1.5'];
const FLOATS_2003 = JSON.stringify({
  I: ['1.0'],
  II: FLOATS,
  III: FLOATS,
  IV: FLOATS,
  V: FLOATS,
  VI: FLOATS,
  VII: FLOATS,
  VIII: FLOATS,
});
const BASIS_2003 =
  '劳社部发〔2003〕29号 三类行业基准费率 0.5 %、1 %、2 %（按 2015 年八类行业折算 mapped onto the 2015 classes）';

const PROPOSALS = [
  ...AVERAGE_WAGES.map(([validFrom, value]) => ({
    region: PROVINCE,
    key: 'base.average_monthly_wage',
    validFrom,
    value,
    reason: `${validFrom.slice(0, 4)}年缴费基数核定用社会平均工资`,
    basis: '演示数据 demo values',
  })),
  {
    region: NATIONAL,
    key: 'work_injury.base_rates',
    validFrom: '2004-01-01',
    value: RATES_2003,
    reason: '工伤保险费率',
    basis: BASIS_2003,
  },
  {
    region: NATIONAL,
    key: 'work_injury.float_multipliers',
    validFrom: '2004-01-01',
    value: FLOATS_2003,
    reason: '工伤保险浮动费率',
    basis: BASIS_2003,
  },
];

/** Proposes and approves the history's parameters (the accountant makes, the supervisor checks). */
export async function seedHistoryPolicy(
  ctx: AppContext,
  accountant: DemoStaffMember,
  supervisor: DemoStaffMember,
): Promise<void> {
  for (const proposal of PROPOSALS) {
    const change = await proposeChange(ctx, accountant.actor, accountant.audit, proposal);
    await approveChange(ctx, supervisor.actor, supervisor.audit, change.id, null);
  }
}
