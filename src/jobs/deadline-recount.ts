/**
 * Counting again the deadlines counted on the provisional calendar (decision 32), in every module
 * that keeps them: cases' promised deadlines and call-back tasks. It runs right after a notice is
 * loaded (`shebao holidays add`, the calendar page) and before each SLA sweep once the notices have
 * changed: every server loads the notices another stored at its next sweep and recounts what it
 * marked meanwhile, and a recount a crash cut short is finished by the first sweep after a start.
 */
import type { AppContext } from '../app-context.ts';
import { nationalWorkingDays } from '../kernel/working-days.ts';
import { systemActor, type AuditActor } from '../modules/audit/index.ts';
import { installHolidayYears, type DeadlineRecounter, type RecountSummary } from '../modules/calendar/index.ts';
import { recountCaseDeadlines } from '../modules/cases/index.ts';
import { recountCallbackDeadlines } from '../modules/evaluation/index.ts';

/** The notices the last recount in this process counted with; null before the first. */
let countedWith: string | null = null;

/** Counts every provisional deadline again on the national calendar as it stands. */
export const recountProvisionalDeadlines: DeadlineRecounter = async (ctx: AppContext, who: AuditActor) => {
  const notices = nationalWorkingDays.noticeYears.join(',');
  const cases = await recountCaseDeadlines(ctx, who);
  const callbacks = await recountCallbackDeadlines(ctx, who);
  countedWith = notices;
  return { cases, callbacks };
};

/**
 * Loads the notices other processes stored, and recounts when the calendar differs from the one
 * this process last counted with (always, the first time). Null when there was nothing to do.
 */
export async function recountIfNoticesChanged(ctx: AppContext): Promise<RecountSummary | null> {
  await installHolidayYears(ctx.db);
  if (nationalWorkingDays.noticeYears.join(',') === countedWith) return null;
  return recountProvisionalDeadlines(ctx, { ...systemActor, name: 'system:deadline recount' });
}
