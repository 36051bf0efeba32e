/** The route registrars of the monitor module: `http/` registers them; nothing else imports them. */
export { monitorRoutes } from './monitor.routes.ts';
