/**
 * The chart of accounts (one account per fund, kind and pooling region) and the individual
 * accounts of persons. Opening is idempotent, so every caller may simply ensure what it needs.
 */
import type { Db } from '../../../db/connection.ts';
import { isCalendarDate, type CalendarDate } from '../../../kernel/calendar-date.ts';
import { assert } from '../../../kernel/assert.ts';
import { centsFromInteger } from '../../../kernel/cents.ts';
import {
  ACCOUNT_KINDS,
  FUNDS,
  NORMAL_SIDE,
  type AccountKind,
  type Balance,
  type Fund,
  type IndividualFund,
  type Side,
} from '../ledger.model.ts';
import { rejectLedger } from '../ledger.rejections.ts';

const REGION_PATTERN = /^[0-9]{6}$/;

export const FUND_NAMES: Readonly<Record<Fund, { zh: string; en: string }>> = {
  pension: { zh: '职工基本养老保险基金', en: 'Employee basic pension fund' },
  medical: { zh: '职工基本医疗保险基金', en: 'Employee basic medical insurance fund' },
  unemployment: { zh: '失业保险基金', en: 'Unemployment insurance fund' },
  work_injury: { zh: '工伤保险基金', en: 'Work injury insurance fund' },
};

export const KIND_NAMES: Readonly<Record<AccountKind, { zh: string; en: string }>> = {
  pooled_fund: { zh: '统筹基金', en: 'Pooled fund' },
  individual_liability: { zh: '个人账户', en: 'Individual accounts (control)' },
  employer_receivable: { zh: '应收单位缴费', en: 'Contributions receivable from employers' },
  person_receivable: { zh: '应收个人缴费', en: 'Contributions receivable from persons' },
  contributions_billed: { zh: '应征未收缴费', en: 'Contributions billed, not yet collected' },
  contribution_income: { zh: '缴费收入', en: 'Contribution income' },
  interest_expense: { zh: '利息支出', en: 'Interest expense' },
  benefit_expenditure: { zh: '待遇支出', en: 'Benefit expenditure' },
  transfer_clearing: { zh: '转移往来', en: 'Transfer clearing' },
  bank_income: { zh: '收入户存款', en: 'Bank: income account' },
  bank_expenditure: { zh: '支出户存款', en: 'Bank: expenditure account' },
  bank_fiscal: { zh: '财政专户存款', en: 'Bank: fiscal special account' },
};

/** Creates every account of every fund for `region` (and its empty balance row) that is missing. */
export async function ensureChart(trx: Db, region: string, openedOn: CalendarDate): Promise<void> {
  if (!REGION_PATTERN.test(region)) throw rejectLedger('ledger_region_invalid');
  assert(isCalendarDate(openedOn), `opening date ${openedOn} is not a date`);
  const rows = FUNDS.flatMap((fund) =>
    ACCOUNT_KINDS.map((kind) => ({
      code: `${fund}.${kind}.${region}`,
      fund,
      kind,
      region_code: region,
      normal_side: NORMAL_SIDE[kind],
      name_zh: `${FUND_NAMES[fund].zh}·${KIND_NAMES[kind].zh}`,
      name_en: `${FUND_NAMES[fund].en}: ${KIND_NAMES[kind].en}`,
      opened_on: openedOn,
    })),
  );
  await trx
    .insertInto('ledger_accounts')
    .values(rows)
    .onConflict((oc) => oc.columns(['fund', 'kind', 'region_code']).doNothing())
    .execute();
  await trx
    .insertInto('ledger_balances')
    .columns(['account_id'])
    .expression((eb) => eb.selectFrom('ledger_accounts').select('id').where('region_code', '=', region))
    .onConflict((oc) => oc.column('account_id').doNothing())
    .execute();
}

/** Opens a person's individual account of a fund unless it exists (open or closed). */
export async function openIndividualAccount(
  trx: Db,
  account: { personId: number; fund: IndividualFund; region: string; openedOn: CalendarDate },
): Promise<{ created: boolean }> {
  if (!REGION_PATTERN.test(account.region)) throw rejectLedger('ledger_region_invalid');
  const inserted = await trx
    .insertInto('individual_accounts')
    .values({
      person_id: account.personId,
      fund: account.fund,
      region_code: account.region,
      opened_on: account.openedOn,
    })
    .onConflict((oc) => oc.columns(['person_id', 'fund']).doNothing())
    .returning('person_id')
    .executeTakeFirst();
  return { created: inserted !== undefined };
}

/**
 * Closes a person's open individual account (retirement, transfer out, death, merge): it keeps its
 * balance and history but takes no further postings. Moves no money; the caller credits the
 * closing year's interest first (`creditInterestOnClosing`) and audits the change.
 */
export async function closeIndividualAccount(
  trx: Db,
  account: {
    personId: number;
    fund: IndividualFund;
    closedOn: CalendarDate;
    reason: 'retired' | 'transferred_out' | 'died' | 'merged';
  },
): Promise<{ closed: boolean }> {
  const updated = await trx
    .updateTable('individual_accounts')
    .set({ status: 'closed', closed_on: account.closedOn, closed_reason: account.reason })
    .where('person_id', '=', account.personId)
    .where('fund', '=', account.fund)
    .where('status', '=', 'open')
    .where('opened_on', '<=', account.closedOn)
    .returning('person_id')
    .executeTakeFirst();
  return { closed: updated !== undefined };
}

/** Whether the chart holds an account of this id. */
export async function accountExists(db: Db, accountId: number): Promise<boolean> {
  const found = await db.selectFrom('ledger_accounts').select('id').where('id', '=', accountId).executeTakeFirst();
  return found !== undefined;
}

/** An account of the chart with its cached balance (all lines booked so far). */
export interface AccountView {
  readonly id: number;
  readonly code: string;
  readonly fund: Fund;
  readonly kind: AccountKind;
  readonly region: string;
  readonly normalSide: Side;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly status: 'open' | 'closed';
  readonly openedOn: string;
  readonly closedOn: string | null;
  readonly balance: Balance;
  readonly lastEntryId: number | null;
}

/** The chart (of one region, or all), ordered by code, with cached balances. */
export async function accountsOf(db: Db, region?: string, fund?: Fund): Promise<AccountView[]> {
  let query = db
    .selectFrom('ledger_accounts as a')
    .leftJoin('ledger_balances as b', 'b.account_id', 'a.id')
    .select([
      'a.id',
      'a.code',
      'a.fund',
      'a.kind',
      'a.region_code',
      'a.normal_side',
      'a.name_zh',
      'a.name_en',
      'a.status',
      'a.opened_on',
      'a.closed_on',
      'b.debit_fen',
      'b.credit_fen',
      'b.balance_fen',
      'b.last_entry_id',
    ])
    .orderBy('a.code');
  if (region !== undefined) query = query.where('a.region_code', '=', region);
  if (fund !== undefined) query = query.where('a.fund', '=', fund);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    fund: r.fund,
    kind: r.kind,
    region: r.region_code,
    normalSide: r.normal_side,
    nameZh: r.name_zh,
    nameEn: r.name_en,
    status: r.status,
    openedOn: r.opened_on,
    closedOn: r.closed_on,
    balance: {
      debit: centsFromInteger(r.debit_fen ?? 0),
      credit: centsFromInteger(r.credit_fen ?? 0),
      balance: centsFromInteger(r.balance_fen ?? 0),
    },
    lastEntryId: r.last_entry_id ?? null,
  }));
}
