/** The route registrars of the registration module: `http/` registers them; nothing else imports them. */
export { registrationPersonRoutes } from './registration.persons.routes.ts';
export { employerRoutes } from './registration.employers.routes.ts';
export { certificateRoutes } from './registration.certificates.routes.ts';
export { registrationImportRoutes } from './registration.imports.routes.ts';
export { registrationEmploymentRoutes } from './registration.employment.routes.ts';
export { hallActivationRoutes } from './registration.hall-activation.routes.ts';
