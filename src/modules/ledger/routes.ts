/** The route registrars of the ledger module: `http/` registers them; nothing else imports them. */
export { interestRoutes } from './interest/ledger.interest.routes.ts';
export { statementRoutes } from './statements/ledger.statements.routes.ts';
export { rightsRoutes } from './rights/ledger.rights.routes.ts';
export { reconcileRoutes } from './reconcile/ledger.reconcile.routes.ts';
export { ledgerRoutes } from './journal/ledger.routes.ts';
