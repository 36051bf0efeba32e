/** The route registrars of the contributions module: `http/` registers them; nothing else imports them. */
export { declarationRoutes } from './contributions.declarations.routes.ts';
