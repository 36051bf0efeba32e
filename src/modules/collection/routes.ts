/** The route registrars of the collection module: `http/` registers them; nothing else imports them. */
export { collectionPaymentRoutes } from './collection.payments.routes.ts';
export { paymentNoticeRoutes } from './collection.payment-notices.routes.ts';
export { collectionFileRefundRoutes } from './collection.payment-files.routes.ts';
export { collectionStatementRoutes } from './collection.statements.routes.ts';
