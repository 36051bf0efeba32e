/**
 * 补缴 and 延长缴费, the pure part: the statutory retirement month (RULES §1) an extension needs,
 * the periods of a request, and the kind rules.
 */
import { dateParts, type CalendarDate } from '../../kernel/calendar-date.ts';
import { addMonths, diffMonths, period, type Period } from '../../kernel/period.ts';
import type { CollectionScheme } from '../collection/index.ts';

interface Reform {
  readonly y0: number;
  readonly step: number;
  readonly cap: number;
}

/**
 * The NPC decision of 2024 (from 2025-01-01): the age rises by one month every `step` months of
 * birth after the first month of `y0`, up to `cap` months. Women are taken at the 55 age of staff
 * (女干部); the register does not say who is a worker (50), so the later age is used: an extension
 * may then start a little later than the law allows, never earlier.
 */
const REFORM: Readonly<Record<'male' | 'female', { base: number } & Reform>> = {
  male: { base: 60, y0: 1965, step: 4, cap: 36 },
  female: { base: 55, y0: 1970, step: 4, cap: 36 },
};

/** The month in which a person reaches the statutory retirement age. */
export function retirementPeriod(birthDate: CalendarDate, gender: 'male' | 'female'): Period {
  const { year, month } = dateParts(birthDate);
  const rule = REFORM[gender];
  const k = (year - rule.y0) * 12 + (month - 1);
  const delay = k < 0 ? 0 : Math.min(rule.cap, Math.floor(k / rule.step) + 1);
  return addMonths(period(year, month), rule.base * 12 + delay);
}

/** Every period from `from` to `to`, both included. */
export function periodsBetween(from: Period, to: Period): Period[] {
  const count = diffMonths(from, to) + 1;
  return Array.from({ length: Math.max(0, count) }, (_, i) => addMonths(from, i));
}

/** Schemes a flexible worker pays; an extension of payment is pension only. */
export function schemesAllowed(
  kind: 'back_payment' | 'extension',
  hasEmployer: boolean,
  schemes: readonly CollectionScheme[],
): boolean {
  if (schemes.length === 0 || new Set(schemes).size !== schemes.length) return false;
  if (kind === 'extension') return schemes.length === 1 && schemes[0] === 'pension';
  return hasEmployer || schemes.every((s) => s === 'pension' || s === 'medical');
}
