/** The two pooling regions of the ledger benchmark. */

/** Holds the N accounts of the bulk month and of the year-end interest run. */
export const BULK_REGION = '330106';
/** Holds the persons with 30-year histories whose statements are read. */
export const HISTORY_REGION = '330102';
