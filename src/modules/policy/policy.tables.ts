/**
 * The shape of every `table` parameter, one zod schema per key. The catalogue is closed, so a
 * table key without a schema here is a programmer error (a test checks the catalogue against it).
 */
import { z } from 'zod';

const rate = z.string().regex(/^(0|[1-9]\d{0,2})(\.\d{1,6})?$/);
const months = z.number().int().min(0).max(600);
const CLASSES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'] as const;
const byClass = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(CLASSES.map((c) => [c, value])) as Record<(typeof CLASSES)[number], T>);

const AGES = Array.from({ length: 31 }, (_, i) => String(40 + i));

/** Schemas by key. */
export const TABLE_SCHEMAS = {
  /** 计发月数 by age at retirement, every age 40–70. */
  'pension.divisor': z.strictObject(
    Object.fromEntries(AGES.map((age) => [age, z.number().int().min(1).max(600)])) as Record<string, z.ZodNumber>,
  ),
  /** Maximum months of benefit from N full years of contributions, ascending. */
  'unemployment.duration_months': z
    .array(z.strictObject({ fromYears: z.number().int().min(0).max(60), months }))
    .min(1)
    .max(20)
    .refine((rows) => rows.every((row, i) => i === 0 || row.fromYears > rows[i - 1]!.fromYears), {
      message: 'fromYears must ascend',
    }),
  /** Base rate of each industry class I–VIII. */
  'work_injury.base_rates': byClass(rate),
  /** Multipliers an employer's rate may float to, by class. */
  'work_injury.float_multipliers': byClass(z.array(rate).min(1).max(10)),
  /** One-off disability subsidy in months of wage, by grade 1–10. */
  'work_injury.disability_subsidy_months': z.strictObject(
    Object.fromEntries(Array.from({ length: 10 }, (_, i) => [String(i + 1), months])) as Record<string, z.ZodNumber>,
  ),
} as const;

export type TableKey = keyof typeof TABLE_SCHEMAS;
export type TableValue<K extends TableKey> = z.infer<(typeof TABLE_SCHEMAS)[K]>;

/** Whether `key` names a table parameter with a schema. */
export function isTableKey(key: string): key is TableKey {
  return Object.hasOwn(TABLE_SCHEMAS, key);
}
