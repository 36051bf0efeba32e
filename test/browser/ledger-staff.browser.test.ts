/**
 * The fund ledger (基金账务) and the policy parameters (政策参数) at the staff workbench, in a real
 * browser (demo mode). The fund accountant 陈会计 sees the pension fund's figures, drills from the
 * Xihu (330106) individual-account control account to one of its entries (debits = credits = the
 * entry's amount), starts the 2024 interest run the demo leaves for her and watches it complete,
 * after which the overview and the accounts have moved by exactly the interest the run reports; a
 * reconciliation started from the page agrees on every check. On 政策参数 the values in force of
 * 330106 follow the chosen day (employer pension rate 20 % before 2019-05-01, 16 % after), the
 * history drawer draws its steps; she proposes a local value (the transitional coefficient) that
 * she cannot approve herself (no button; the API refuses), and the approver 张审批, in another
 * browser context, approves it: from its effective day the page shows the new value as 330106's own.
 */
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../support/demo-credentials.ts';
import { startTestServer } from '../support/server.ts';
import { launchBrowser, snap } from './browser.ts';
import { staffLogin } from './staff-login.ts';

const skipReason = inject('browserSkipReason');

const REGION = '330106';
const INDIVIDUAL = `pension.individual_liability.${REGION}`;
const INTEREST_EXPENSE = `pension.interest_expense.${REGION}`;
/** The demo credits interest up to 2023; 2024's run (rate 0.0262, national) is left to the accountant. */
const INTEREST_YEAR = 2024;
/** A local key with only the national default (0.012): the proposal gives 330106 its own value. */
const LOCAL_KEY = 'pension.transitional_coefficient';
const PROPOSED_FROM = '2027-01-01';
const CHECKS = ['balance_cache', 'individual_cache', 'control_total', 'entry_unbalanced', 'chain_broken'] as const;

/** '1,234,567.80' (as Money shows it) → fen; anything else fails the test. */
function fen(text: string): bigint {
  const match = /^(-?)([\d,]+)\.(\d{2})$/.exec(text.trim());
  if (!match) throw new Error(`not an amount: ${JSON.stringify(text)}`);
  const value = BigInt(match[2]!.replace(/,/g, '') + match[3]!);
  return match[1] === '-' ? -value : value;
}

async function amount(locator: Locator): Promise<bigint> {
  return fen(await locator.innerText());
}

/** Waits until a Money shows an amount (not the '—' of a query still loading) and reads it. */
async function settledAmount(locator: Locator): Promise<bigint> {
  await expect.poll(async () => (await locator.innerText()).trim(), { timeout: 15_000 }).toMatch(/^-?[\d,]+\.\d{2}$/);
  return amount(locator);
}

/** Types a day into a DateField (antd DatePicker) and confirms it. */
async function fillDate(page: Page, testId: string, day: string): Promise<void> {
  const input = page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
  await input.click();
  await input.fill(day);
  await input.press('Tab');
}

/** The input of a field whose test id sits on the input itself or on a wrapper around it. */
function inputOf(scope: Page | Locator, testId: string): Locator {
  return scope.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();
}

/** Submits a FormModal and waits for it to close; a refusal shown in the modal fails the test. */
async function submitModal(page: Page, testId: string): Promise<void> {
  await page.getByTestId(`${testId}-submit`).click();
  const modal = page.getByTestId(testId);
  await modal.waitFor({ state: 'detached', timeout: 15_000 }).catch(async (error: unknown) => {
    const refusal = modal.getByTestId('error-alert');
    if (await refusal.isVisible()) throw new Error(`${testId} refused: ${await refusal.innerText()}`);
    const invalid = modal.locator('.ant-form-item-explain-error');
    if ((await invalid.count()) > 0)
      throw new Error(`${testId} invalid: ${(await invalid.allInnerTexts()).join('; ')}`);
    throw error;
  });
}

/** The policy page's region and day; waits until the value of `key` reads `expected`. */
async function showInForce(page: Page, on: string, key: string, expected: string): Promise<Locator> {
  const region = inputOf(page, 'policy-region');
  await region.fill(REGION);
  await region.press('Escape');
  await fillDate(page, 'policy-on', on);
  const value = page.getByTestId(`policy-value-${key}`);
  await expect.poll(() => value.innerText(), { timeout: 15_000 }).toBe(expected);
  return page.getByTestId(`policy-row-${key}`);
}

describe.skipIf(skipReason !== null)('fund ledger and policy parameters at the staff workbench (demo mode)', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let accountantContext: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];
  const options = { viewport: { width: 1400, height: 900 }, timezoneId: 'Asia/Shanghai', locale: 'zh-CN' };
  /** Figures read before the interest run, compared after it. */
  const before = { pooled: 0n, individual: 0n, accountBalance: 0n, interestExpense: 0n };
  let changeId = 0;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer({ demo: true }), launchBrowser()]);
    accountantContext = await browser.newContext(options);
    page = await accountantContext.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('overview: the pension fund card shows non-zero pooled and individual balances', async () => {
    await staffLogin(page, server.url, { username: 'accountant', password: DEMO_PASSWORD });
    await page.getByTestId('menu-ledger-overview').click();
    const card = page.getByTestId('fund-card-pension');
    await card.waitFor();
    await expect(card.innerText()).resolves.toContain('职工基本养老保险');
    before.pooled = await settledAmount(page.getByTestId('fund-pension-pooled'));
    before.individual = await settledAmount(page.getByTestId('fund-pension-individual'));
    expect(before.pooled).toBeGreaterThan(0n);
    expect(before.individual).toBeGreaterThan(0n);
    for (const fund of ['medical', 'unemployment', 'work_injury'])
      await page.getByTestId(`fund-card-${fund}`).waitFor();
    await page.locator('[data-testid="ledger-flow-chart"][data-chart="echarts"] canvas').first().waitFor();
    await snap(page, 'ledger-overview');
    expect(pageErrors).toEqual([]);
  });

  it('accounts → the 330106 individual-account control account → its entries → a balanced entry', async () => {
    await page.getByTestId('menu-ledger-accounts').click();
    const row = page.getByTestId(`account-row-${INDIVIDUAL}`);
    await row.waitFor();
    await expect(row.innerText()).resolves.toContain('职工基本养老保险基金·个人账户');
    before.accountBalance = await settledAmount(page.getByTestId(`balance-${INDIVIDUAL}`));
    before.interestExpense = await settledAmount(page.getByTestId(`balance-${INTEREST_EXPENSE}`));
    expect(before.accountBalance).toBeGreaterThan(0n);
    // The demo's interest for 2016–2023 is booked.
    expect(before.interestExpense).toBeGreaterThan(0n);
    await snap(page, 'ledger-accounts');

    await row.getByRole('link', { name: INDIVIDUAL }).click();
    await expect.poll(() => page.getByTestId('account-balance').innerText(), { timeout: 15_000 }).not.toBe('—');
    expect(await amount(page.getByTestId('account-balance'))).toBe(before.accountBalance);
    const firstEntry = page.locator('[data-testid^="entry-link-"]').first();
    await firstEntry.waitFor();
    const entryId = ((await firstEntry.getAttribute('data-testid')) ?? '').replace('entry-link-', '');
    expect(entryId).toMatch(/^\d+$/);
    await snap(page, 'ledger-account-entries');

    await firstEntry.click();
    await page.getByRole('heading', { name: `记账凭证 #${entryId}` }).waitFor();
    const lines = page.locator('[data-testid^="entry-line-"]');
    await lines.first().waitFor();
    expect(await lines.count()).toBeGreaterThanOrEqual(2);
    const sum = async (testId: string) =>
      (await page.getByTestId(testId).allInnerTexts()).reduce((total, text) => total + fen(text), 0n);
    const debits = await sum('line-debit');
    const credits = await sum('line-credit');
    const entryAmount = await amount(page.getByTestId('entry-amount'));
    expect(debits).toBeGreaterThan(0n);
    expect(credits).toBe(debits);
    expect(entryAmount).toBe(debits);
    // The 合计 row sums both sides.
    await expect(page.getByTestId('entry-lines-total').innerText()).resolves.toContain('合计');
    expect(await amount(page.getByTestId('lines-total-debit'))).toBe(debits);
    expect(await amount(page.getByTestId('lines-total-credit'))).toBe(credits);
    // The entry touches the account it was opened from.
    await expect(lines.getByRole('link', { name: INDIVIDUAL }).count()).resolves.toBeGreaterThan(0);
    await snap(page, 'ledger-entry');
    expect(pageErrors).toEqual([]);
  });

  it('runs: the 2024 interest run for 330106 pension completes; overview and accounts move by its interest', async () => {
    await page.getByTestId('menu-ledger-runs').click();
    // The demo's runs are listed: 2023 completed, 2024 not yet run.
    const run2023 = page.getByTestId(`interest-run-2023-${REGION}-pension`);
    await run2023.waitFor();
    await expect(run2023.locator('[data-status]').getAttribute('data-status')).resolves.toBe('completed');
    const run = page.getByTestId(`interest-run-${INTEREST_YEAR}-${REGION}-pension`);
    expect(await run.count()).toBe(0);

    await page.getByTestId('interest-start-open').click();
    const year = inputOf(page, 'run-year');
    // The form proposes the year after the newest completed run, the next one still to credit.
    await expect(year.inputValue()).resolves.toBe(String(INTEREST_YEAR));
    await year.fill(String(INTEREST_YEAR));
    await inputOf(page, 'run-region').fill(REGION);
    await expect(page.getByTestId('interest-start').innerText()).resolves.toContain('职工基本养老保险');
    await submitModal(page, 'interest-start');

    await run.waitFor({ timeout: 15_000 });
    const status = run.locator('[data-status]');
    await expect
      .poll(() => status.getAttribute('data-status'), { timeout: 120_000, interval: 1_000 })
      .not.toBe('running');
    const runText = await run.innerText();
    expect(await status.getAttribute('data-status'), runText).toBe('completed');
    await expect(status.innerText()).resolves.toBe('已完成');
    expect(runText).toContain('0.0262');
    expect(runText).toContain('年度计息');
    const progress = /^(\d+) \/ (\d+)$/.exec((await run.getByTestId('run-progress').innerText()).trim());
    expect(progress).not.toBeNull();
    expect(Number(progress![2])).toBeGreaterThan(0);
    expect(progress![1]).toBe(progress![2]);
    await expect(run.locator('.ant-progress-status-success').count()).resolves.toBe(1);
    const interest = await amount(run.getByTestId('interest-run-interest'));
    expect(interest).toBeGreaterThan(0n);
    await snap(page, 'ledger-runs');

    // Accounts: Cr the individual-account control, Dr interest expense, by exactly the run's interest.
    await page.getByTestId('menu-ledger-accounts').click();
    await expect
      .poll(async () => (await amount(page.getByTestId(`balance-${INDIVIDUAL}`))) - before.accountBalance, {
        timeout: 15_000,
      })
      .toBe(interest);
    expect((await amount(page.getByTestId(`balance-${INTEREST_EXPENSE}`))) - before.interestExpense).toBe(interest);

    // Overview: individual accounts up, the pooled figure (income − interest expense) down, by the same.
    await page.getByTestId('menu-ledger-overview').click();
    const individual = page.getByTestId('fund-pension-individual');
    await expect
      .poll(async () => (await settledAmount(individual)) - before.individual, { timeout: 15_000 })
      .toBe(interest);
    expect(before.pooled - (await amount(page.getByTestId('fund-pension-pooled')))).toBe(interest);
    await snap(page, 'ledger-overview-after-interest');
    expect(pageErrors).toEqual([]);
  });

  it('reconcile: a run started from the page agrees on every check', async () => {
    await page.getByTestId('menu-ledger-reconcile').click();
    await page.getByTestId('reconcile-run').click();
    await page.waitForURL(/\/staff\/ledger\/reconcile\/\d+$/, { timeout: 60_000 });
    const runId = /\/reconcile\/(\d+)$/.exec(page.url())![1]!;
    const verdict = page.getByTestId('reconcile-status');
    await verdict.waitFor();
    await expect(verdict.getAttribute('data-status')).resolves.toBe('ok');
    await expect(verdict.innerText()).resolves.toBe('一致');
    for (const check of CHECKS) {
      const text = (await page.getByTestId(`check-${check}`).innerText()).replace(/,/g, '');
      const counts = /(\d+)\s*\/\s*(\d+)/.exec(text);
      expect(counts, `${check}: ${text}`).not.toBeNull();
      expect(Number(counts![1]), `${check} differences`).toBe(0);
      expect(Number(counts![2]), `${check} checked`).toBeGreaterThan(0);
    }
    await snap(page, 'ledger-reconcile-run');

    await page.getByTestId('menu-ledger-reconcile').click();
    const row = page.getByTestId(`reconcile-row-${runId}`);
    await row.waitFor();
    const rowText = await row.innerText();
    expect(rowText).toContain('页面发起');
    expect(rowText).toContain('一致');
    expect(pageErrors).toEqual([]);
  });

  it('policy: values in force by day, the history drawer, a proposal the accountant cannot approve', async () => {
    await page.getByTestId('menu-policy').click();
    // The employer pension rate: 20 % until 2019-04-30, 16 % from 2019-05-01 (national).
    await showInForce(page, '2019-04-30', 'pension.rate.employer', '0.20 (20 %)');
    const employer = await showInForce(page, '2025-06-01', 'pension.rate.employer', '0.16 (16 %)');
    const employerText = await employer.innerText();
    expect(employerText).toContain('养老保险单位缴费比例');
    expect(employerText).toContain('全国默认');
    expect(employerText).toContain('2019-05-01');
    await snap(page, 'policy-in-force');

    await page.getByTestId('policy-history-pension.rate.employer').click();
    const drawer = page.getByRole('dialog').filter({ hasText: '养老保险单位缴费比例' });
    await drawer.locator('[data-testid="policy-history-chart"][data-chart="echarts"] canvas').first().waitFor();
    const rows = drawer.locator('.ant-table-tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    const history = await drawer.innerText();
    for (const text of ['1998-01-01', '0.20 (20 %)', '2019-05-01', '0.16 (16 %)']) expect(history).toContain(text);
    await snap(page, 'policy-history');
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });

    // A local key with only the national default: 330106 gets its own value from 2027.
    const current = await showInForce(page, '2025-06-01', LOCAL_KEY, '0.012 (1.2 %)');
    await expect(current.innerText()).resolves.toContain('全国默认');
    await page.getByTestId(`policy-edit-${LOCAL_KEY}`).click();
    const form = page.getByTestId('policy-propose-form');
    await form.waitFor();
    await expect(inputOf(form, 'propose-region').inputValue()).resolves.toBe(REGION);
    await expect(form.innerText()).resolves.toContain(LOCAL_KEY);
    await fillDate(page, 'propose-valid-from', PROPOSED_FROM);
    await inputOf(form, 'propose-value').fill('0.013');
    await form.getByTestId('propose-reason').fill('西湖区过渡性养老金计发系数调整为 1.3 %（浏览器测试）');
    await form.getByTestId('propose-basis').fill('杭西人社〔2026〕1号（测试）');
    await snap(page, 'policy-propose');
    await submitModal(page, 'policy-propose-form');

    await page.getByRole('tab', { name: '变更申请' }).click();
    const change = page.locator('[data-testid^="policy-change-"]').filter({ hasText: LOCAL_KEY });
    await change.waitFor();
    changeId = Number(((await change.getAttribute('data-testid')) ?? '').replace('policy-change-', ''));
    expect(changeId).toBeGreaterThan(0);
    const changeText = await change.innerText();
    for (const text of [REGION, PROPOSED_FROM, '0.013 (1.3 %)', '0.012 (1.2 %) (000000)', '陈会计', '待审批'])
      expect(changeText).toContain(text);
    // Her own proposal: she may withdraw it, not approve or reject it.
    await page.getByTestId(`policy-withdraw-${changeId}`).waitFor();
    expect(await page.getByTestId(`policy-approve-${changeId}`).count()).toBe(0);
    expect(await page.getByTestId(`policy-reject-${changeId}`).count()).toBe(0);
    const refused = await page.evaluate(async (id) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { session: { csrfToken: string } };
      const response = await fetch(`/api/policy/changes/${id}/approve`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-csrf-token': session.session.csrfToken },
        body: '{}',
      });
      return { status: response.status, body: (await response.json()) as { code?: string } };
    }, changeId);
    expect(refused.status, JSON.stringify(refused.body)).toBe(403);
    await snap(page, 'policy-changes-proposed');
    // Still pending after the refusal.
    await page.reload();
    await page.getByRole('tab', { name: '变更申请' }).click();
    await expect(page.getByTestId(`policy-change-${changeId}`).innerText()).resolves.toContain('待审批');
    expect(pageErrors).toEqual([]);
  });

  it('policy: the approver approves it; from its effective day 330106 has its own value', async () => {
    expect(changeId).toBeGreaterThan(0);
    const approverContext = await browser.newContext(options);
    const desk = await approverContext.newPage();
    desk.on('pageerror', (error) => pageErrors.push(error.message));
    await staffLogin(desk, server.url, { username: 'approver', password: DEMO_PASSWORD });
    await desk.getByTestId('menu-policy').click();
    await desk.getByRole('tab', { name: '变更申请' }).click();
    const change = desk.getByTestId(`policy-change-${changeId}`);
    await change.waitFor();
    await expect(change.innerText()).resolves.toContain('待审批');
    await desk.getByTestId(`policy-approve-${changeId}`).click();
    const decide = desk.getByTestId('policy-decide-form');
    await decide.waitFor();
    await expect(decide.innerText()).resolves.toContain(`${REGION} · ${LOCAL_KEY} · ${PROPOSED_FROM}`);
    await decide.getByTestId('policy-decide-note').fill('同意');
    await submitModal(desk, 'policy-decide-form');
    await change.waitFor({ state: 'detached', timeout: 15_000 });

    await desk.getByTestId('policy-changes-filter').getByText('已批准').click();
    await change.waitFor();
    const decided = await change.innerText();
    for (const text of ['已批准', '张审批', '同意']) expect(decided).toContain(text);
    await snap(desk, 'policy-change-approved');

    await desk.getByRole('tab', { name: '在用参数' }).click();
    const own = await showInForce(desk, PROPOSED_FROM, LOCAL_KEY, '0.013 (1.3 %)');
    const ownText = await own.innerText();
    expect(ownText).toContain(`${REGION} 本地区`);
    expect(ownText).toContain(PROPOSED_FROM);
    await showInForce(desk, '2026-12-31', LOCAL_KEY, '0.012 (1.2 %)');
    await snap(desk, 'policy-in-force-approved');

    // The accountant's list shows her change approved by someone else.
    await page.goto(`${server.url}/staff/policy`);
    const changesTab = page.getByRole('tab', { name: '变更申请' });
    await changesTab.waitFor({ timeout: 15_000 }).catch(async (error: unknown) => {
      await snap(page, 'policy-accountant-after-approval');
      throw new Error(
        `the accountant's policy page at ${page.url()} shows: ${await page.locator('body').innerText()}`,
        {
          cause: error,
        },
      );
    });
    await changesTab.click();
    await page.getByTestId('policy-changes-filter').getByText('已批准').click();
    await expect
      .poll(() => page.getByTestId(`policy-change-${changeId}`).innerText(), { timeout: 15_000 })
      .toContain('张审批');
    expect(pageErrors).toEqual([]);
    await approverContext.close();
    await accountantContext.close();
  });
});
