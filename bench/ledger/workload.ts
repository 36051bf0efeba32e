/**
 * The contribution months the ledger benchmark posts, built before any clock starts:
 * - the bulk month: one paid pension month (December 2024) for each of the N persons, as a month's
 *   collection run would post it (3 journal lines and 1 rights record per entry);
 * - the life histories: 30 years (1995–2024) × 12 months × 4 schemes for each history person,
 *   with bases that grow by year and the rates of the time (pension account 11 % of the base until
 *   2005, the employee's 8 % from 2006; medical account 2 %; work injury paid by the employer).
 */
import { parseCalendarDate } from '../../src/kernel/calendar-date.ts';
import { centsFromInteger, type Cents } from '../../src/kernel/cents.ts';
import { period as periodOf, type Period } from '../../src/kernel/period.ts';
import type { ContributionItem } from '../../src/modules/ledger/index.ts';
import type { Fund } from '../../src/modules/ledger/ledger.model.ts';

export const BULK_PERIOD = periodOf(2024, 12);
export const HISTORY_FIRST_YEAR = 1995;
export const HISTORY_YEARS = 30;
export const HISTORY_SCHEMES: readonly Fund[] = ['pension', 'medical', 'unemployment', 'work_injury'];

/** Percent of a base, rounded half-up to the fen (rates here are whole tenths of a percent). */
function part(base: number, tenthsOfPercent: number): Cents {
  return centsFromInteger(Math.floor((base * tenthsOfPercent + 500) / 1000));
}

function paidOn(p: Period) {
  return parseCalendarDate(`${p.slice(0, 4)}-${p.slice(4)}-20`);
}

/** The bulk month of person `personId` (its base varies with the person, 5,000.00–14,990.00 yuan). */
export function bulkItem(personId: number, region: string, employerId: number): ContributionItem {
  const base = 500_000 + (personId % 1000) * 1000;
  const employee = part(base, 80);
  return {
    personId,
    employerId,
    scheme: 'pension',
    period: BULK_PERIOD,
    region,
    base: centsFromInteger(base),
    employerAmount: part(base, 160),
    employeeAmount: employee,
    accountCredit: employee,
    paidOn: paidOn(BULK_PERIOD),
    status: 'paid',
    source: 'declaration',
    sourceRef: 'bench:bulk:202412',
  };
}

/** Employer / employee / account-credit rates (tenths of a percent) of a scheme in a year. */
function ratesOf(scheme: Fund, year: number): { employer: number; employee: number; credit: number } {
  switch (scheme) {
    case 'pension':
      return year <= 2005
        ? { employer: 200, employee: 80, credit: 110 }
        : { employer: year >= 2019 ? 160 : 200, employee: 80, credit: 80 };
    case 'medical':
      return { employer: 80, employee: 20, credit: 20 };
    case 'unemployment':
      return { employer: 5, employee: 5, credit: 0 };
    case 'work_injury':
      return { employer: 4, employee: 0, credit: 0 };
  }
}

/** A person's 30-year history, month by month and scheme by scheme (1,440 items). */
export function historyItems(personId: number, region: string, employerId: number): ContributionItem[] {
  const items: ContributionItem[] = [];
  for (let y = 0; y < HISTORY_YEARS; y += 1) {
    const year = HISTORY_FIRST_YEAR + y;
    // 600.00 yuan in 1995, growing 8 % a year, with a personal spread.
    const base = Math.round(60_000 * 1.08 ** y * (1 + (personId % 7) / 10));
    for (let month = 1; month <= 12; month += 1) {
      const period = periodOf(year, month);
      for (const scheme of HISTORY_SCHEMES) {
        const r = ratesOf(scheme, year);
        items.push({
          personId,
          employerId,
          scheme,
          period,
          region,
          base: centsFromInteger(base),
          employerAmount: part(base, r.employer),
          employeeAmount: part(base, r.employee),
          accountCredit: part(base, r.credit),
          paidOn: paidOn(period),
          status: 'paid',
          source: 'import',
          sourceRef: `bench:history:${year}`,
        });
      }
    }
  }
  return items;
}

/** Splits a list into consecutive chunks of at most `size`. */
export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}
