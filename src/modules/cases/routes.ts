/** The route registrars of the cases module: `http/` registers them; nothing else imports them. */
export { caseRoutes } from './cases.routes.ts';
