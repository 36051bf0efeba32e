/**
 * Table types for Kysely, one file per migration group under `tables/`, kept in step with
 * `migrations/`. A module adds its tables by joining its own interface to `Database` here.
 */
import type { ArchiveTables } from './tables/archive.ts';
import type { CalendarTables } from './tables/calendar.ts';
import type { CasesTables } from './tables/cases.ts';
import type { CatalogTables } from './tables/catalog.ts';
import type { CollectionTables } from './tables/collection.ts';
import type { CredentialTables } from './tables/credentials.ts';
import type { EvaluationTables } from './tables/evaluation.ts';
import type { FoundationTables } from './tables/foundation.ts';
import type { IdentityTables } from './tables/identity.ts';
import type { LedgerTables } from './tables/ledger.ts';
import type { LedgerCorrectionTables } from './tables/ledger-corrections.ts';
import type { PolicyTables } from './tables/policy.ts';
import type { QueueTables } from './tables/queue.ts';
import type { RegistrationTables } from './tables/registration.ts';

export type * from './tables/archive.ts';
export type * from './tables/calendar.ts';
export type * from './tables/cases.ts';
export type * from './tables/catalog.ts';
export type * from './tables/collection.ts';
export type * from './tables/credentials.ts';
export type * from './tables/evaluation.ts';
export type * from './tables/foundation.ts';
export type * from './tables/identity.ts';
export type * from './tables/ledger.ts';
export type * from './tables/ledger-corrections.ts';
export type * from './tables/policy.ts';
export type * from './tables/queue.ts';
export type * from './tables/registration.ts';

export type Database = FoundationTables &
  CatalogTables &
  QueueTables &
  ArchiveTables &
  CasesTables &
  EvaluationTables &
  RegistrationTables &
  CalendarTables &
  LedgerTables &
  CollectionTables &
  LedgerCorrectionTables &
  PolicyTables &
  CredentialTables &
  IdentityTables;
