/** The route registrars of the arrears module: `http/` registers them; nothing else imports them. */
export { collectionArrearsRoutes } from './arrears.routes.ts';
