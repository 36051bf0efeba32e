/**
 * The employer 360 view, the page a counter clerk opens first: the employer, its head counts, its
 * certificates, its open cases, its documents in the archive and its latest changes.
 */
import type { AppContext } from '../../app-context.ts';
import { today } from '../../kernel/calendar-date.ts';
import { documentsOfSubject } from '../archive/index.ts';
import { recordAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { openCasesOfApplicant } from '../cases/index.ts';
import { certificatesOfEmployer } from './registration.certificates.service.ts';
import * as repo from './registration.employers.repository.ts';
import { employerDetailOf, historyRows } from './registration.employers.service.ts';
import { employerInScope } from './registration.scope.ts';

/** Latest changes shown; the full history has its own route. */
export const RECENT_CHANGES_MAX = 20;
export const VIEW_CASES_MAX = 50;
export const VIEW_DOCUMENTS_MAX = 50;

/** Everything about one employer in scope; opening it is audited. */
export async function employerView(ctx: AppContext, actor: StaffActor, who: AuditActor, employerId: number) {
  const row = await employerInScope(ctx.db, actor, employerId);
  const [employer, activeEmployees, enrolmentsByScheme, certificates, openCases, documents, recentChanges] =
    await Promise.all([
      employerDetailOf(ctx.db, row),
      repo.activeEmployeeCount(ctx.db, row.id),
      repo.enrolmentsByScheme(ctx.db, row.id, ['active', 'suspended']),
      certificatesOfEmployer(ctx.db, row.id, today(ctx.clock)),
      openCasesOfApplicant(ctx.db, row.identifier_index, VIEW_CASES_MAX),
      documentsOfSubject(ctx.db, row.identifier_index, VIEW_DOCUMENTS_MAX),
      historyRows(ctx.db, row.id, RECENT_CHANGES_MAX),
    ]);
  await recordAudit(ctx.db, ctx.clock, who, {
    action: 'registration.employer.view',
    entity: 'employer',
    entityId: row.id,
    details: { employerNo: row.employer_no },
  });
  return {
    employer,
    counts: { activeEmployees, enrolmentsByScheme },
    certificates,
    openCases,
    documents,
    recentChanges,
  };
}
