/**
 * Pure rules of the policy parameters: the region fallback, the choice of the row in force,
 * validation of a value by its kind, and the maker-checker decision. No I/O.
 */
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { centsToDecimal, parseCents } from '../../kernel/cents.ts';
import { Rejection } from '../../kernel/rejection.ts';
import { NATIONAL_REGION, VALID_FROM_MAX, VALID_FROM_MIN, type PolicyKey } from './policy.model.ts';
import type { ParameterRow, PolicyChangeStatus } from './policy.model.ts';
import { isTableKey, TABLE_SCHEMAS } from './policy.tables.ts';

const REGION_PATTERN = /^\d{6}$/;
/** A rate: no leading zeros, at most 6 decimals. */
const RATE_PATTERN = /^(0|[1-9]\d{0,5})(\.\d{1,6})?$/;
const INTEGER_PATTERN = /^(0|-?[1-9]\d{0,14})$/;
const RATE_MAX_DEFAULT = '1';

const KEY_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$/;

/** Whether `key` is shaped like a catalogue key (checked before it reaches SQL). */
export function isKeyShaped(key: string): boolean {
  return key.length <= 80 && KEY_PATTERN.test(key);
}

/** Whether `code` is a 6-digit region code (GB/T 2260, or '000000'). */
export function isRegionCode(code: string): boolean {
  return REGION_PATTERN.test(code);
}

/** The regions a lookup tries, most specific first: region, its city, its province, national. */
export function regionChain(region: string): readonly string[] {
  const chain = [region, `${region.slice(0, 4)}00`, `${region.slice(0, 2)}0000`, NATIONAL_REGION];
  return chain.filter((code, i) => chain.indexOf(code) === i);
}

/** The agency a staff member belongs to, as far as the regions it may set parameters for go. */
export interface AgencyRegionScope {
  /** GB/T 2260 division code (6 digits for province, city, district; longer below a district). */
  readonly divisionCode: string;
  /** The top of the deployment's agency tree (`parent_id IS NULL`). */
  readonly isRoot: boolean;
}

/**
 * The regions an agency's staff may propose or decide values for (their agency subtree): a
 * province (`xx0000`) covers every region of its 2 digits, a city (`xxxx00`) every region of its
 * 4 digits, a district or county exactly its own code; a street or community (longer codes) no
 * pooling region; an agency coded `000000` (a national one) every region.
 *
 * The national default `000000` is covered only by the root agency (`parent_id IS NULL`): a
 * deployment maintains the national values it applies — a provincial deployment has no national
 * agency above it, so its root keeps them — and no agency below the root may change values that
 * the whole tree falls back to.
 */
export interface RegionScope {
  /** Regions other than `000000` starting with this are covered; null: none ('' would be all). */
  readonly prefix: string | null;
  /** Whether the national default `000000` is covered. */
  readonly national: boolean;
}

/** The region scope of an agency (see RegionScope). */
export function regionScopeOf(agency: AgencyRegionScope): RegionScope {
  const code = agency.divisionCode;
  const national = agency.isRoot;
  if (code === NATIONAL_REGION) return { prefix: '', national };
  if (!isRegionCode(code)) return { prefix: null, national };
  if (code.endsWith('0000')) return { prefix: code.slice(0, 2), national };
  if (code.endsWith('00')) return { prefix: code.slice(0, 4), national };
  return { prefix: code, national };
}

/** Whether staff of `agency` may propose or decide a value for `region` (see RegionScope). */
export function regionWithinAgency(region: string, agency: AgencyRegionScope): boolean {
  if (!isRegionCode(region)) return false;
  const scope = regionScopeOf(agency);
  if (region === NATIONAL_REGION) return scope.national;
  return scope.prefix !== null && region.startsWith(scope.prefix);
}

/** Whether `day` may start a parameter (1990-01-01 … 2099-12-31). */
export function validFromInRange(day: CalendarDate): boolean {
  return day >= VALID_FROM_MIN && day <= VALID_FROM_MAX;
}

/** Later of two rows of the same region: the later valid_from, then the higher revision. */
function later(a: ParameterRow, b: ParameterRow): ParameterRow {
  if (a.validFrom !== b.validFrom) return a.validFrom > b.validFrom ? a : b;
  return a.revision >= b.revision ? a : b;
}

/**
 * The row in force on `on` for the first region of `chain` that has one: per region the latest
 * valid_from ≤ on (highest revision of it); a region whose rows all start later falls through.
 */
export function pickInForce(
  rows: readonly ParameterRow[],
  chain: readonly string[],
  on: CalendarDate,
): ParameterRow | null {
  for (const region of chain) {
    let best: ParameterRow | null = null;
    for (const row of rows) if (row.region === region && row.validFrom <= on) best = best ? later(best, row) : row;
    if (best) return best;
  }
  return null;
}

/** One step of a value over time as seen from a region: in force from `from` until the next step. */
export interface Step {
  readonly from: CalendarDate;
  readonly value: string;
  readonly region: string;
}

/** The value in force for a region over time: a step at every date any chain row starts. */
export function stepsOf(rows: readonly ParameterRow[], chain: readonly string[]): Step[] {
  const dates = [...new Set(rows.filter((r) => chain.includes(r.region)).map((r) => r.validFrom))].sort();
  const steps: Step[] = [];
  for (const from of dates) {
    const row = pickInForce(rows, chain, from);
    if (!row) continue;
    const previous = steps.at(-1);
    if (previous && previous.value === row.value && previous.region === row.region) continue;
    steps.push({ from, value: row.value, region: row.region });
  }
  return steps;
}

/** The verdict on a value: the normalised text to store, or why it is refused. */
export type ValueCheck =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string };

/** Checks a value against its key's kind and bounds; returns the text to store. */
export function checkValue(key: PolicyKey, raw: string): ValueCheck {
  switch (key.kind) {
    case 'rate':
      return checkRate(key, raw);
    case 'money':
      return checkMoney(key, raw);
    case 'integer':
      return checkInteger(key, raw);
    case 'text':
      return key.allowedValues?.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, reason: `one of ${(key.allowedValues ?? []).join(', ')}` };
    case 'table':
      return checkTable(key.key, raw);
  }
}

function checkRate(key: PolicyKey, raw: string): ValueCheck {
  if (!RATE_PATTERN.test(raw)) return { ok: false, reason: 'an exact decimal with at most 6 decimals' };
  return withinBounds(raw, key.valueMin ?? '0', key.valueMax ?? RATE_MAX_DEFAULT);
}

function checkMoney(key: PolicyKey, raw: string): ValueCheck {
  let value: string;
  try {
    value = centsToDecimal(parseCents(raw));
  } catch (error) {
    if (error instanceof Rejection) return { ok: false, reason: 'yuan with at most 2 decimals' };
    throw error;
  }
  return withinBounds(value, key.valueMin ?? '0', key.valueMax);
}

function checkInteger(key: PolicyKey, raw: string): ValueCheck {
  if (!INTEGER_PATTERN.test(raw)) return { ok: false, reason: 'a whole number' };
  return withinBounds(raw, key.valueMin, key.valueMax);
}

function checkTable(key: string, raw: string): ValueCheck {
  if (!isTableKey(key)) return { ok: false, reason: 'no table shape is declared for this key' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'JSON' };
  }
  const result = TABLE_SCHEMAS[key].safeParse(parsed);
  if (!result.success) return { ok: false, reason: result.error.issues[0]?.message ?? 'shape' };
  return { ok: true, value: JSON.stringify(result.data) };
}

function withinBounds(value: string, min: string | null, max: string | null): ValueCheck {
  if (min !== null && compareDecimals(value, min) < 0) return { ok: false, reason: `at least ${min}` };
  if (max !== null && compareDecimals(value, max) > 0) return { ok: false, reason: `at most ${max}` };
  return { ok: true, value };
}

/** Compares two exact decimal strings (optionally negative): −1, 0 or 1. */
export function compareDecimals(a: string, b: string): number {
  const [x, y] = [scaled(a), scaled(b)];
  const places = Math.max(x.places, y.places);
  const left = x.digits * 10n ** BigInt(places - x.places);
  const right = y.digits * 10n ** BigInt(places - y.places);
  return left < right ? -1 : left > right ? 1 : 0;
}

function scaled(text: string): { digits: bigint; places: number } {
  const negative = text.startsWith('-');
  const [whole = '0', decimals = ''] = (negative ? text.slice(1) : text).split('.');
  const digits = BigInt(whole + decimals);
  return { digits: negative ? -digits : digits, places: decimals.length };
}

/** Who may take which step on a change; the refusal code when they may not. */
export type ChangeStep = 'approve' | 'reject' | 'withdraw';

/** Decides whether `actorId` may take `step` on a change; null when allowed. */
export function refuseStep(
  change: { readonly status: PolicyChangeStatus; readonly proposedBy: number },
  actorId: number,
  step: ChangeStep,
): 'policy_change_not_pending' | 'policy_self_approval' | 'policy_not_proposer' | null {
  if (change.status !== 'pending') return 'policy_change_not_pending';
  if (step === 'withdraw') return change.proposedBy === actorId ? null : 'policy_not_proposer';
  return change.proposedBy === actorId ? 'policy_self_approval' : null;
}
