/** The route registrars of the evaluation module: `http/` registers them; nothing else imports them. */
export { evaluationRoutes } from './evaluation.routes.ts';
