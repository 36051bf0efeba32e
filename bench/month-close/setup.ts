/**
 * The month-close benchmark's world: the synthetic region (population.ts) with its chart of
 * accounts and prepaid credit (预缴) recorded through B's recordPayment for most payers, so that the
 * close posts their contributions; every seventh employer and every third flexible worker pay
 * nothing and go into arrears. Deterministic: the same size gives the same rows and ids.
 */
import type { AppContext } from '../../src/app-context.ts';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/db/connection.ts';
import type { CalendarDate } from '../../src/kernel/calendar-date.ts';
import type { Cents } from '../../src/kernel/cents.ts';
import { fixedClock } from '../../src/kernel/clock.ts';
import type { Period } from '../../src/kernel/period.ts';
import { benchKeys } from '../support/keys.ts';
import { memoryBlobStore } from '../../src/modules/archive/index.ts';
import type { Payer } from '../../src/modules/collection/collection.model.ts';
import { recordPayment } from '../../src/modules/collection/collection.payments.ts';
import { ensureChart } from '../../src/modules/ledger/index.ts';
import { outboxOnlyProviders } from '../../src/modules/outbox/index.ts';
import { generateRegion, type RegionSize } from './population.ts';

export const BENCH_REGION = '330106';
export const BENCH_PERIOD = '202511' as Period;
/** The close runs on 5 December 2025 (China time), after the period's due day. */
export const CLOSE_CLOCK = fixedClock(new Date('2025-12-05T02:00:00Z'));
const PREPAID_ON = '2025-11-10' as CalendarDate;
const PAYMENTS_PER_TRANSACTION = 500;
/** Enough for a month of 20 employees at the highest bench wage (about 35 % of 14,990 yuan each). */
const EMPLOYER_PREPAID = 15_000_000 as Cents;
const FLEXIBLE_PREPAID = 300_000 as Cents;

export function regionSize(scale: number): RegionSize {
  return {
    region: BENCH_REGION,
    period: BENCH_PERIOD,
    employers: Math.max(10, Math.round(50_000 * scale)),
    perEmployer: 20,
    flexible: Math.max(3, Math.round(2_000 * scale)),
    undeclaredEvery: 10,
  };
}

/** The bench's master key: fixed, so that the crash half's child process keys its chains alike. */
const BENCH_MASTER = Buffer.alloc(32, 7);

export function benchContext(db: Db): AppContext {
  return {
    db,
    clock: CLOSE_CLOCK,
    keys: benchKeys(BENCH_MASTER),
    config: loadConfig({}),
    messages: outboxOnlyProviders,
    blobs: memoryBlobStore(),
  };
}

/** Generates the region and records the prepaid credit; returns the counts. */
export async function buildWorld(
  db: Db,
  scale: number,
): Promise<{ payers: number; creditors: number; persons: number }> {
  // The prepaid payments below book journal entries, which are chained under the bench's key.
  benchKeys(BENCH_MASTER);
  const size = regionSize(scale);
  const ids = await generateRegion(db, size);
  await ensureChart(db, BENCH_REGION, '2000-01-01' as CalendarDate);
  const creditors: Array<{ payer: Payer; amount: Cents }> = [
    ...ids.employerIds
      .filter((_, i) => (i + 1) % 7 !== 0)
      .map((employerId) => ({ payer: { kind: 'employer' as const, employerId }, amount: EMPLOYER_PREPAID })),
    ...ids.flexibleIds
      .filter((_, i) => (i + 1) % 3 !== 0)
      .map((personId) => ({ payer: { kind: 'flexible' as const, personId }, amount: FLEXIBLE_PREPAID })),
  ];
  const ctx = { clock: CLOSE_CLOCK };
  for (let i = 0; i < creditors.length; i += PAYMENTS_PER_TRANSACTION)
    await db.transaction().execute(async (trx) => {
      for (const [j, c] of creditors.slice(i, i + PAYMENTS_PER_TRANSACTION).entries())
        await recordPayment(
          trx,
          ctx,
          { ...c, receivedOn: PREPAID_ON, channel: 'bank_file', reference: `bench:prepaid:${i + j}` },
          'bench',
        );
    });
  return {
    payers: ids.employerIds.length + ids.flexibleIds.length,
    creditors: creditors.length,
    persons: size.employers * size.perEmployer + size.flexible,
  };
}
