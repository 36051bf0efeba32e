/** Every module's route registrar, in one list; `app.ts` registers them in this order. */
import type { AppContext } from '../app-context.ts';
import { archiveRoutes, uploadRoutes } from '../modules/archive/index.ts';
import { auditRoutes } from '../modules/audit/audit.routes.ts';
import { authRoutes } from '../modules/auth/index.ts';
import { calendarRoutes } from '../modules/calendar/index.ts';
import { caseRoutes } from '../modules/cases/index.ts';
import { catalogRoutes } from '../modules/catalog/index.ts';
import { evaluationRoutes } from '../modules/evaluation/index.ts';
import { monitorRoutes } from '../modules/monitor/index.ts';
import { orgRoutes } from '../modules/org/index.ts';
import { outboxRoutes } from '../modules/outbox/index.ts';
import { policyRoutes } from '../modules/policy/index.ts';
import { queueRoutes } from '../modules/queue/index.ts';
import { certificateRoutes, employerRoutes, registrationPersonRoutes } from '../modules/registration/index.ts';
import { hallActivationRoutes, registeredHolder } from '../modules/registration/index.ts';
import { registrationImportRoutes } from '../modules/registration/index.ts';
import { registrationEmploymentRoutes } from '../modules/registration/index.ts';
import { statementRoutes } from '../modules/ledger/index.ts';
import { reconcileRoutes } from '../modules/ledger/index.ts';
import { rightsRoutes } from '../modules/ledger/index.ts';
import { ledgerRoutes } from '../modules/ledger/index.ts';
import { interestRoutes } from '../modules/ledger/index.ts';
import { declarationRoutes } from '../modules/collection/collection.declarations.routes.ts';
import { collectionArrearsRoutes } from '../modules/collection/index.ts';
import { monthCloseRoutes } from '../modules/collection/index.ts';
import { collectionPaymentRoutes } from '../modules/collection/index.ts';
import { collectionFileRefundRoutes } from '../modules/collection/index.ts';
import { paymentNoticeRoutes } from '../modules/collection/index.ts';
import { COLLECTION_RECONCILE_CHECKS } from '../modules/collection/index.ts';
import { collectionStatementRoutes } from '../modules/collection/index.ts';
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
  collectionStatementRoutes,
];
