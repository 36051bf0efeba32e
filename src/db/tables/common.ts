/** Column helpers shared by the table types. */
import type { ColumnType, Generated } from 'kysely';

export type Id = Generated<number>;
export type Instant = ColumnType<Date, Date | string | undefined, Date | string>;
export type InstantNullable = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** A jsonb column: objects come back parsed, and are written as JSON text. */
export type Json<T> = ColumnType<T, string, string>;
export type Defaulted<T> = ColumnType<T, T | undefined, T>;
