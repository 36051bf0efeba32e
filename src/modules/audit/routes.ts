/** The route registrars of the audit module: `http/` registers them; nothing else imports them. */
export { auditRoutes } from './audit.routes.ts';
