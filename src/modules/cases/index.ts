export * from './cases.model.ts';
export { caseRejections, rejectCase } from './cases.rejections.ts';
export { applyOnline, type IntakeGuard } from './cases.intake.ts';
export { findCaseByNumber, verifyApplicant, openCasesOfApplicant } from './cases.views.ts';
export { sweepSla, sweepRuns } from './cases.sla.ts';
export { recountCaseDeadlines, type DeadlineRecount } from './cases.deadlines.ts';
export { loadSettings as caseSettings } from './cases.repository.ts';
export { composeSlip, type SlipInput, type SlipCase } from './cases.slip.ts';
export {
  promisedDeadline,
  pausedWorkdaysBetween,
  slaStateOf,
  sweepBounds,
  remainingWorkdays,
  CASE_NUMBER_PATTERN,
} from './cases.rules.ts';
