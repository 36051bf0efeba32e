/**
 * The hall employer's payroll as the demo tells it: who it employs in a month and what each earns.
 * The first employee (李明) earned 5,200 yuan a month in 2015, each next one 600 more; wages grow by
 * 6 % a year (close to the province's average wage growth), rounded half-up to the fen. Its
 * declarations, the history's and this month's, are built from these lines.
 */
import { centsFromInteger, centsToDecimal, mulRateHalfUp, parseCents, type Cents } from '../kernel/cents.ts';
import { lastDayOf, periodParts, type Period } from '../kernel/period.ts';
import { DEMO_REGISTRATION_PERSONS } from './registration-demo.ts';

const WAGE_2015 = parseCents('5200.00');
const WAGE_STEP = parseCents('600.00');
const WAGE_GROWTH = '1.06';
const FIRST_WAGE_YEAR = 2015;

/** One of the hall employer's employees: citizen ID, name, hire day and place in the payroll. */
export interface DemoEmployee {
  readonly citizenId: string;
  readonly name: string;
  readonly hiredOn: string;
  readonly index: number;
}

/** The hall employer's current employees, in the order of the registration demo. */
export const DEMO_EMPLOYEES: readonly DemoEmployee[] = DEMO_REGISTRATION_PERSONS.flatMap((p) =>
  p.jobs
    .filter((j) => j.employer === 'demo' && !j.separatedOn)
    .map((j) => ({ citizenId: p.citizenId, name: p.name, hiredOn: j.hiredOn })),
).map((e, index) => ({ ...e, index }));

/** The monthly wage of the employee at `index` in `year` (years before 2015 earn the 2015 wage). */
export function demoWage(index: number, year: number): Cents {
  let wage = centsFromInteger(WAGE_2015 + index * WAGE_STEP);
  for (let y = FIRST_WAGE_YEAR; y < year; y++) wage = mulRateHalfUp(wage, WAGE_GROWTH);
  return wage;
}

/** A declaration line as `declare` takes it (row numbers as in an uploaded sheet: from 2). */
export interface DemoDeclarationLine {
  readonly row: number;
  readonly citizenId: string;
  readonly wage: string;
}

/**
 * The lines the hall employer declares for `period`: everyone hired by the period's last day,
 * except those `left out` (the demo's stories of employees missing from a declaration).
 */
export function demoDeclarationLines(period: Period, leftOut: readonly string[] = []): DemoDeclarationLine[] {
  const year = periodParts(period).year;
  return DEMO_EMPLOYEES.filter((e) => e.hiredOn <= lastDayOf(period) && !leftOut.includes(e.citizenId)).map((e, i) => ({
    row: i + 2,
    citizenId: e.citizenId,
    wage: centsToDecimal(demoWage(e.index, year)),
  }));
}
