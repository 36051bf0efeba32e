/** The route registrars of the policy module: `http/` registers them; nothing else imports them. */
export { policyRoutes } from './policy.routes.ts';
