/**
 * The late fee with the database: the daily rates in force over time for a region, from the policy
 * key `collection.late_fee_daily_rate` (its effective-dated history), ready for `lateFee`.
 */
import type { Executor } from '../../db/connection.ts';
import { parameterHistory } from '../policy/index.ts';
import type { LateFeeRate } from './collection.late-fee.rules.ts';

export const LATE_FEE_RATE_KEY = 'collection.late_fee_daily_rate';

/** Every daily rate the region has had, oldest first (the region's own, else its city's, … national). */
export async function lateFeeRates(db: Executor, region: string): Promise<LateFeeRate[]> {
  const history = await parameterHistory(db, LATE_FEE_RATE_KEY, region);
  return history.steps.map((s) => ({ validFrom: s.from, rate: s.value }));
}

/** Rates per region, looked up once per region however many lines a view prices. */
export function lateFeeRatesCache(db: Executor): (region: string) => Promise<LateFeeRate[]> {
  const cache = new Map<string, Promise<LateFeeRate[]>>();
  return (region) => {
    let rates = cache.get(region);
    if (!rates) {
      rates = lateFeeRates(db, region);
      cache.set(region, rates);
    }
    return rates;
  };
}
