/**
 * The year-end interest job (`shebao credit-interest`): the runs of one year for one region or for
 * every region with individual accounts, for one fund or both. Each run is resumable, so running
 * the job again continues where it stopped; a run already completed is reported, not redone.
 */
import type { AppContext } from '../app-context.ts';
import { centsToDecimal, parseCents, sumCents } from '../kernel/cents.ts';
import {
  INDIVIDUAL_FUNDS,
  interestRejections,
  interestRuns,
  refuseYearNotEnded,
  runInterest,
  yearTerms,
  type IndividualFund,
  type InterestRunTrigger,
  type InterestRunView,
} from '../modules/ledger/index.ts';

export type FundChoice = IndividualFund | 'all';

export interface InterestJobRequest {
  readonly year: number;
  /** One pooling region; every region with individual accounts of the fund when absent. */
  readonly region?: string;
  readonly fund: FundChoice;
  readonly trigger: InterestRunTrigger;
  readonly startedBy: string;
  /** Called when a run opens and after each chunk. */
  readonly onProgress?: (run: InterestRunView) => void;
}

/** The one-line result of the job. */
export interface InterestJobSummary {
  readonly year: number;
  readonly region: string;
  readonly fund: FundChoice;
  readonly accounts: number;
  readonly interest: string;
  readonly status: 'completed';
  readonly runs: readonly InterestRunView[];
}

async function regionsOf(ctx: AppContext, fund: IndividualFund, region: string | undefined): Promise<string[]> {
  if (region !== undefined) return [region];
  const rows = await ctx.db
    .selectFrom('individual_accounts')
    .select('region_code')
    .distinct()
    .where('fund', '=', fund)
    .orderBy('region_code')
    .execute();
  return rows.map((r) => r.region_code);
}

/** The (region, fund) pairs of the job, after checking every one can run: nothing starts otherwise. */
async function plan(ctx: AppContext, request: InterestJobRequest): Promise<{ region: string; fund: IndividualFund }[]> {
  refuseYearNotEnded(ctx.clock, request.year);
  const funds = request.fund === 'all' ? [...INDIVIDUAL_FUNDS] : [request.fund];
  const pairs = (
    await Promise.all(
      funds.map(async (fund) => (await regionsOf(ctx, fund, request.region)).map((region) => ({ region, fund }))),
    )
  ).flat();
  for (const pair of pairs) {
    const started = await existingRun(ctx, request.year, pair.region, pair.fund);
    if (!started && !(await yearTerms(ctx.db, pair.region, pair.fund, request.year)))
      throw interestRejections.reject('interest_rate_missing', { year: request.year, ...pair });
  }
  return pairs;
}

function existingRun(ctx: AppContext, year: number, region: string, fund: IndividualFund) {
  return ctx.db
    .selectFrom('interest_runs')
    .select(['id', 'status'])
    .where('year', '=', year)
    .where('region_code', '=', region)
    .where('fund', '=', fund)
    .executeTakeFirst();
}

/** Runs (or resumes) every run of the job in turn; a refusal or failure stops it (rerun to continue). */
export async function creditInterestJob(ctx: AppContext, request: InterestJobRequest): Promise<InterestJobSummary> {
  const runs: InterestRunView[] = [];
  for (const pair of await plan(ctx, request)) {
    const existing = await existingRun(ctx, request.year, pair.region, pair.fund);
    if (existing?.status === 'completed') {
      runs.push(
        (await interestRuns(ctx.db, { year: request.year, region: pair.region })).find((r) => r.fund === pair.fund)!,
      );
      continue;
    }
    runs.push(await runInterest(ctx, { ...request, ...pair }));
  }
  return {
    year: request.year,
    region: request.region ?? 'all',
    fund: request.fund,
    accounts: runs.reduce((sum, r) => sum + r.accountsDone, 0),
    interest: centsToDecimal(sumCents(runs.map((r) => parseCents(r.interest)))),
    status: 'completed',
    runs,
  };
}
