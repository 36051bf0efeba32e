/** The route registrars of the ledger module: `http/` registers them; nothing else imports them. */
export { interestRoutes } from './ledger.interest.routes.ts';
export { statementRoutes } from './ledger.statements.routes.ts';
export { rightsRoutes } from './ledger.rights.routes.ts';
export { reconcileRoutes } from './ledger.reconcile.routes.ts';
export { ledgerRoutes } from './ledger.routes.ts';
