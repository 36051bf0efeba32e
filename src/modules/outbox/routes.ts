/** The route registrars of the outbox module: `http/` registers them; nothing else imports them. */
export { outboxRoutes } from './outbox.routes.ts';
