/**
 * Every module's route registrar, in one list; `app.ts` registers them in this order. Each comes
 * from its module's `routes.ts`, never through `index.ts`: the modules' public faces do not lead
 * back to `http/`, so `http/` and the modules never import each other in a loop.
 */
import type { AppContext } from '../app-context.ts';
import { archiveRoutes, uploadRoutes } from '../modules/archive/routes.ts';
import { auditRoutes } from '../modules/audit/routes.ts';
import { authRoutes } from '../modules/auth/routes.ts';
import { calendarRoutes } from '../modules/calendar/routes.ts';
import { caseRoutes } from '../modules/cases/routes.ts';
import { catalogRoutes } from '../modules/catalog/routes.ts';
import { collectionArrearsRoutes } from '../modules/arrears/routes.ts';
import {
  collectionFileRefundRoutes,
  collectionPaymentRoutes,
  collectionStatementRoutes,
  paymentNoticeRoutes,
} from '../modules/collection/routes.ts';
import { declarationRoutes } from '../modules/contributions/routes.ts';
import { monthCloseRoutes } from '../jobs/month-close/month-close.routes.ts';
import { evaluationRoutes } from '../modules/evaluation/routes.ts';
import {
  interestRoutes,
  ledgerRoutes,
  reconcileRoutes,
  rightsRoutes,
  statementRoutes,
} from '../modules/ledger/routes.ts';
import { monitorRoutes } from '../modules/monitor/routes.ts';
import { orgRoutes } from '../modules/org/routes.ts';
import { outboxRoutes } from '../modules/outbox/routes.ts';
import { policyRoutes } from '../modules/policy/routes.ts';
import { queueRoutes } from '../modules/queue/routes.ts';
import { COLLECTION_RECONCILE_CHECKS } from '../modules/collection/index.ts';
import { listDeclarations } from '../modules/contributions/index.ts';
import { registeredHolder } from '../modules/registration/index.ts';
import {
  certificateRoutes,
  employerRoutes,
  hallActivationRoutes,
  registrationEmploymentRoutes,
  registrationImportRoutes,
  registrationPersonRoutes,
} from '../modules/registration/routes.ts';
import { recountProvisionalDeadlines } from '../jobs/deadline-recount.ts';
import type { ZodApp } from './types.ts';

/**
 * Auth and cases prove identities against the register, which sits above them: they are handed
 * the registration module's lookup here rather than importing it.
 */
export const moduleRoutes: ReadonlyArray<(app: ZodApp, ctx: AppContext) => void> = [
  (app, ctx) => authRoutes(app, ctx, registeredHolder),
  orgRoutes,
  auditRoutes,
  outboxRoutes,
  // Loading a notice recounts deadlines kept by modules above the platform: passed in from here.
  calendarRoutes(recountProvisionalDeadlines),
  catalogRoutes,
  queueRoutes,
  archiveRoutes,
  uploadRoutes,
  (app, ctx) => caseRoutes(app, ctx, registeredHolder),
  evaluationRoutes,
  monitorRoutes,
  registrationImportRoutes,
  registrationPersonRoutes,
  registrationEmploymentRoutes,
  employerRoutes,
  certificateRoutes,
  hallActivationRoutes,
  policyRoutes,
  statementRoutes,
  // The reconciliation runs the ledger's checks and collection's, which the ledger cannot import.
  reconcileRoutes(COLLECTION_RECONCILE_CHECKS),
  rightsRoutes,
  ledgerRoutes,
  interestRoutes,
  collectionArrearsRoutes,
  monthCloseRoutes,
  declarationRoutes,
  collectionPaymentRoutes,
  collectionFileRefundRoutes,
  paymentNoticeRoutes,
  // A statement shows the period's declarations, which sit in a module above collection's.
  collectionStatementRoutes((db, payer, period) => listDeclarations(db, { payer, period })),
];
