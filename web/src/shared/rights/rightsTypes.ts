/**
 * The rights record as `GET /api/ledger/persons/{id}/rights` and `GET /api/hall/person/rights` send
 * it (the server's `LedgerRights`), under the names the record's pages and chart use.
 */
import type { Schema } from '../../api/typed.ts';

export type RightsView = Schema<'LedgerRights'>;
export type RightsScheme = Schema<'LedgerRightsScheme'>;
/** One year: its months per scheme, newest first, and its totals. */
export type RightsYear = Schema<'LedgerRightsYear'>;
/** One month of one scheme; `status` is as on the day: 'due' owed and not yet due (待缴), 'arrears' overdue. */
export type RightsRow = Schema<'LedgerRightsRow'>;
export type RightsEvent = Schema<'LedgerRightsEvent'>;
export type Scheme = RightsScheme['scheme'];
export type RightsStatus = RightsRow['status'];
export type RightsEventKind = RightsEvent['kind'];

/** Every scheme, in the order the record shows them. */
export const SCHEMES: readonly Scheme[] = ['pension', 'medical', 'unemployment', 'work_injury'];
