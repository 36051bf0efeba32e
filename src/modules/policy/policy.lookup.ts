/**
 * Lookups other modules use: the value of a key for a region on a day, falling back from the
 * region to its city, its province and the national default; every key in force; one key's history.
 */
import type { Executor } from '../../db/connection.ts';
import { assert } from '../../kernel/assert.ts';
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import { parseCents, type Cents } from '../../kernel/cents.ts';
import type { PolicyInsurance, PolicyKind, PolicyQuery, PolicyValue, ParameterRow } from './policy.model.ts';
import { rejectPolicy } from './policy.rejections.ts';
import * as repo from './policy.repository.ts';
import { isKeyShaped, isRegionCode, pickInForce, regionChain, stepsOf, type Step } from './policy.rules.ts';
import { TABLE_SCHEMAS, type TableKey, type TableValue } from './policy.tables.ts';

function valueOf(row: ParameterRow): PolicyValue {
  return {
    key: row.key,
    region: row.region,
    validFrom: row.validFrom,
    kind: row.kind,
    value: row.value,
    basis: row.basis,
  };
}

/** Refuses a region code that is not 6 digits. */
export function checkRegion(region: string): string {
  if (!isRegionCode(region)) throw rejectPolicy('policy_region_invalid', { region: region.slice(0, 20) });
  return region;
}

/** The value in force, or null when no region of the chain has one. */
export async function policyValueOrNull(db: Executor, query: PolicyQuery): Promise<PolicyValue | null> {
  const chain = regionChain(checkRegion(query.region));
  if (!isKeyShaped(query.key)) return null;
  const row = pickInForce(await repo.rowsUpTo(db, chain, query.on, query.key), chain, query.on);
  return row && valueOf(row);
}

/** The value in force; throws `policy_parameter_missing` when there is none. */
export async function policyValue(db: Executor, query: PolicyQuery): Promise<PolicyValue> {
  const value = await policyValueOrNull(db, query);
  if (!value) throw rejectPolicy('policy_parameter_missing', { ...query });
  return value;
}

async function typed(db: Executor, query: PolicyQuery, kind: PolicyKind): Promise<PolicyValue> {
  const value = await policyValue(db, query);
  assert(value.kind === kind, `policy key ${query.key} is a ${value.kind}, not a ${kind}`);
  return value;
}

/** A rate as its exact decimal string, e.g. '0.0262'. */
export async function policyRate(db: Executor, query: PolicyQuery): Promise<string> {
  return (await typed(db, query, 'rate')).value;
}

/** A money parameter in fen. */
export async function policyMoney(db: Executor, query: PolicyQuery): Promise<Cents> {
  return parseCents((await typed(db, query, 'money')).value);
}

/** An integer parameter. */
export async function policyInteger(db: Executor, query: PolicyQuery): Promise<number> {
  return Number((await typed(db, query, 'integer')).value);
}

/** A text parameter (one of the key's allowed values). */
export async function policyText(db: Executor, query: PolicyQuery): Promise<string> {
  return (await typed(db, query, 'text')).value;
}

/** A table parameter, parsed by its key's schema. */
export async function policyTable<K extends TableKey>(
  db: Executor,
  query: PolicyQuery & { readonly key: K },
): Promise<TableValue<K>> {
  const value = await typed(db, query, 'table');
  return TABLE_SCHEMAS[query.key].parse(JSON.parse(value.value)) as TableValue<K>;
}

/** One row of the "in force" view: every key, with its value and where it came from (null: none). */
export interface ParameterInForce {
  readonly key: string;
  readonly kind: PolicyKind;
  readonly insurance: PolicyInsurance;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly unit: string;
  readonly local: boolean;
  readonly value: string | null;
  readonly region: string | null;
  readonly validFrom: CalendarDate | null;
  readonly basis: string | null;
}

/** Every key of the catalogue with its value in force for `region` on `on`. */
export async function parametersInForce(db: Executor, region: string, on: CalendarDate): Promise<ParameterInForce[]> {
  const chain = regionChain(checkRegion(region));
  const [keys, rows] = await Promise.all([repo.allKeys(db), repo.rowsUpTo(db, chain, on, null)]);
  const byKey = new Map<string, ParameterRow[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  return keys.map((key) => {
    const row = pickInForce(byKey.get(key.key) ?? [], chain, on);
    return {
      key: key.key,
      kind: key.kind,
      insurance: key.insurance,
      nameZh: key.nameZh,
      nameEn: key.nameEn,
      unit: key.unit,
      local: key.local,
      value: row?.value ?? null,
      region: row?.region ?? null,
      validFrom: row?.validFrom ?? null,
      basis: row?.basis ?? null,
    };
  });
}

/** A key's history as seen from a region: every stored row of its chain and the resulting steps. */
export interface ParameterHistory {
  readonly key: string;
  readonly region: string;
  readonly rows: ReadonlyArray<ParameterRow & { readonly superseded: boolean }>;
  readonly steps: readonly Step[];
}

/** The history of `key` for `region`; refuses an unknown key. */
export async function parameterHistory(db: Executor, key: string, region: string): Promise<ParameterHistory> {
  const chain = regionChain(checkRegion(region));
  if (!(await repo.findKey(db, key))) throw rejectPolicy('policy_key_unknown', { key });
  const rows = await repo.historyRows(db, key, chain);
  const superseded = new Set(rows.map((r) => r.supersedes).filter((id) => id !== null));
  return {
    key,
    region,
    rows: rows.map((row) => ({ ...row, superseded: superseded.has(row.id) })),
    steps: stepsOf(rows, chain),
  };
}
