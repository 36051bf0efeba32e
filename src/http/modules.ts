/** Every module's route registrar, in one list; `app.ts` registers them in this order. */
import type { AppContext } from '../app-context.ts';
import { auditRoutes } from '../modules/audit/audit.routes.ts';
import { authRoutes } from '../modules/auth/index.ts';
import { orgRoutes } from '../modules/org/index.ts';
import type { ZodApp } from './types.ts';

export const moduleRoutes: ReadonlyArray<(app: ZodApp, ctx: AppContext) => void> = [authRoutes, orgRoutes, auditRoutes];
