/** The route registrars of the org module: `http/` registers them; nothing else imports them. */
export { orgRoutes } from './org.routes.ts';
