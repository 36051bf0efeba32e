/** The route registrars of the archive module: `http/` registers them; nothing else imports them. */
export { archiveRoutes, uploadRoutes } from './archive.routes.ts';
