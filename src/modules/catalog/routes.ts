/** The route registrars of the catalog module: `http/` registers them; nothing else imports them. */
export { catalogRoutes } from './catalog.routes.ts';
