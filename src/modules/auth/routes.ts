/** The route registrars of the auth module: `http/` registers them; nothing else imports them. */
export { authRoutes } from './auth.routes.ts';
