/** The route registrars of the collection module: `http/` registers them; nothing else imports them. */
export { collectionArrearsRoutes } from './collection.arrears.routes.ts';
export { monthCloseRoutes } from './collection.month-close.routes.ts';
export { collectionPaymentRoutes } from './collection.payments.routes.ts';
export { paymentNoticeRoutes } from './collection.payment-notices.routes.ts';
export { collectionFileRefundRoutes } from './collection.payment-files.routes.ts';
export { collectionStatementRoutes } from './collection.statements.routes.ts';
export { declarationRoutes } from './collection.declarations.routes.ts';
