/** Contribution collection (征缴, issue 6): the module's public surface. One export line per part. */
export * from './collection.model.ts';
export * from './collection.late-fee.rules.ts';
