/**
 * Table types for Kysely, one file per migration group under `tables/`, kept in step with
 * `migrations/`. A module adds its tables by joining its own interface to `Database` here.
 */
import type { FoundationTables } from './tables/foundation.ts';

export type * from './tables/foundation.ts';

export type Database = FoundationTables;
