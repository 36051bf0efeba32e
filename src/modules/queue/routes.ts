/** The route registrars of the queue module: `http/` registers them; nothing else imports them. */
export { queueRoutes } from './queue.routes.ts';
