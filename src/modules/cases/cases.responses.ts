/** What the routes of cases answer: the clerk workbench, deadlines and alerts, and the applicant's side. */
import { z } from 'zod';
import { calendarDay, instantText, listOf, recordId } from '../../http/response-pieces.ts';
import type { CaseAlertKind } from '../../db/schema.ts';
import type {
  CaseApplicantKind,
  CaseChannel,
  CaseIdentifierType,
  CaseMaterialRequirement,
  CaseMaterialStatus,
  CaseNoticeKind,
  CaseSlaState,
  CaseStatus,
  CaseStepDecision,
  CaseSweepTrigger,
} from './cases.model.ts';

// `satisfies` holds each list to the model's union: no value the database cannot hold; tsc on the
// handlers refuses a list that misses one.
const channel = z.enum([
  'window',
  'web',
  'phone',
  'mail',
  'kiosk',
  'bank',
  'home_visit',
] as const satisfies readonly CaseChannel[]);
const status = z.enum([
  'received',
  'in_progress',
  'waiting_materials',
  'completed',
  'refused',
  'declined',
] as const satisfies readonly CaseStatus[]);
const slaState = z.enum([
  'not_started',
  'on_track',
  'due_soon',
  'overdue',
  'paused',
  'closed',
] as const satisfies readonly CaseSlaState[]);
const applicantKind = z.enum(['person', 'employer', 'anonymous'] as const satisfies readonly CaseApplicantKind[]);
const identifierType = z.enum(['citizen_id', 'credit_code', 'other'] as const satisfies readonly CaseIdentifierType[]);
const requirement = z.enum(['required', 'optional', 'later'] as const satisfies readonly CaseMaterialRequirement[]);
const materialStatus = z.enum([
  'received',
  'missing',
  'waived',
  'not_provided',
] as const satisfies readonly CaseMaterialStatus[]);
const noticeKind = z.enum([
  'acceptance_with_missing',
  'decline',
  'supplement_request',
] as const satisfies readonly CaseNoticeKind[]);
const alertKind = z.enum(['due_soon', 'overdue'] as const satisfies readonly CaseAlertKind[]);
const stepDecision = z.enum(['accept', 'decline', 'pass', 'refuse'] as const satisfies readonly CaseStepDecision[]);
const outcome = z.enum(['approved', 'refused', 'declined']);
const sweepTrigger = z.enum(['schedule', 'cli', 'api', 'bench'] as const satisfies readonly CaseSweepTrigger[]);
const caseNumber = z.string().describe('<agency code>-<YYYYMMDD>-<sequence>, e.g. 330106-20260302-00007');
const masked = (what: string) => z.string().describe(`${what}, masked on the server`);
const count = z.number().int().nonnegative();

/** A staff member named on a case (owner, assignee, who performed a step). */
export const caseStaffRef = z.object({ id: recordId, displayName: z.string() }).meta({ id: 'CaseStaffRef' });

/** A material of a case's checklist, with the archived document when received. */
export const caseMaterial = z
  .object({
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    requirement,
    status: materialStatus,
    supplyDeadline: calendarDay.nullable(),
    reason: z.string().nullable(),
    receivedAt: instantText.nullable(),
    document: z
      .object({
        id: recordId,
        archiveNo: z.string().nullable(),
        fileName: z.string().nullable(),
        mediaType: z.string().nullable(),
      })
      .nullable(),
  })
  .meta({ id: 'CaseMaterial' });

const noticeFields = {
  id: recordId,
  bundleId: recordId,
  kind: noticeKind,
  caseNumbers: listOf(caseNumber),
  textZh: z.string(),
  textEn: z.string(),
  createdAt: instantText,
};

/** A slip (一次性告知单) with its archived PDF, when one was made. */
export const caseNotice = z
  .object({
    ...noticeFields,
    document: z.object({ id: recordId, archiveNo: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'CaseNotice' });

/** A due-soon or overdue alert of a case. */
export const caseAlert = z
  .object({
    id: recordId,
    caseId: recordId,
    caseNumber,
    kind: alertKind,
    dueOn: calendarDay,
    raisedAt: instantText,
    owner: caseStaffRef.nullable(),
    agency: z.object({ id: recordId, name: z.string() }),
    acknowledgedAt: instantText.nullable(),
    acknowledgedBy: recordId.nullable().describe('Staff id of who marked it seen'),
  })
  .meta({ id: 'CaseAlert' });

const rowFields = {
  id: recordId,
  caseNumber,
  bundleId: recordId,
  channel,
  status,
  slaState,
  agency: z.object({ id: recordId, name: z.string() }),
  receivedAt: instantText,
  acceptedOn: calendarDay.nullable(),
  dueOn: calendarDay.nullable(),
  dueOnProvisional: z
    .boolean()
    .describe('Counted on the provisional calendar: moves when the year’s holiday notice is loaded'),
  owner: caseStaffRef.nullable().describe('首问负责人'),
  assignee: caseStaffRef.nullable(),
  version: z.number().int(),
};

/** A case in a list. */
export const caseRow = z
  .object({
    ...rowFields,
    item: z.object({ code: z.string(), version: z.number().int(), nameZh: z.string(), nameEn: z.string() }),
    applicant: z.object({ kind: applicantKind, name: z.string(), identifierMasked: masked('The identifier') }),
  })
  .meta({ id: 'CaseRow' });

const detailItem = z.object({
  id: recordId,
  code: z.string(),
  version: z.number().int(),
  nameZh: z.string(),
  nameEn: z.string(),
  promisedDays: z.number().int().describe('Working days promised'),
  statutoryDays: z.number().int().describe('Working days the law allows'),
});

const detailApplicant = z.object({
  kind: applicantKind,
  publicAccountId: recordId.nullable(),
  name: z.string(),
  identifierType,
  identifierMasked: masked('The identifier'),
  phoneMasked: masked('The phone').nullable(),
  verified: z.boolean().describe('The name and identifier matched the register (or the hall account applied)'),
  nameOverride: z
    .object({ registeredName: z.string(), reason: z.string(), grantedBy: z.string(), grantedAt: instantText })
    .nullable()
    .describe('Received under a name the register does not hold: who authorised it and why'),
});

const workflowStep = {
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  permission: z.string().describe('The permission performing the step needs'),
};

const stepView = z.object({
  index: z.number().int().nonnegative(),
  ...workflowStep,
  done: z
    .object({
      staff: caseStaffRef,
      decision: stepDecision,
      reason: z.string().nullable(),
      comment: z.string().nullable(),
      at: instantText,
    })
    .nullable(),
});

const historyEntry = z.object({
  at: instantText,
  event: z.string(),
  statusFrom: status.nullable(),
  statusTo: status.nullable(),
  actor: z.object({ kind: z.string(), id: z.number().int().nullable(), name: z.string() }),
  details: z.record(z.string(), z.unknown()),
});

/** Everything about a case for the clerk workbench. */
export const caseDetailView = z
  .object({
    ...rowFields,
    item: detailItem,
    applicant: detailApplicant,
    servicePointId: recordId.nullable(),
    windowId: recordId.nullable(),
    ticketId: recordId.nullable(),
    receivedBy: caseStaffRef.nullable(),
    applicationNote: z.string().nullable().describe('What the applicant wrote when applying'),
    promisedDays: z.number().int(),
    pausedWorkdays: z.number().int().nonnegative(),
    pausedSince: calendarDay.nullable(),
    supplyDeadline: calendarDay.nullable(),
    remainingWorkdays: z.number().int().nullable().describe('Working days left; null unless the clock runs or stopped'),
    materials: listOf(caseMaterial),
    steps: listOf(stepView),
    nextStep: z
      .object({ index: z.number().int().nonnegative(), ...workflowStep })
      .nullable()
      .describe('The step that comes next; null once the case is closed'),
    separatedSteps: listOf(z.tuple([z.string(), z.string()])).describe(
      'Pairs of steps one person may not both perform',
    ),
    decision: z
      .object({
        outcome,
        reason: z.string().nullable(),
        note: z.string().nullable(),
        at: instantText.nullable(),
        by: caseStaffRef.nullable(),
      })
      .nullable(),
    completedAt: instantText.nullable(),
    finishedWithinPromise: z
      .boolean()
      .nullable()
      .describe('Finished on or before the deadline; set when closed after acceptance'),
    history: listOf(historyEntry),
    handOvers: listOf(
      z.object({
        at: instantText,
        from: caseStaffRef.nullable(),
        to: caseStaffRef,
        by: caseStaffRef,
        reason: z.string(),
      }),
    ),
    notices: listOf(caseNotice),
    alerts: listOf(caseAlert),
  })
  .meta({ id: 'CaseDetail' });

/** `POST /api/cases/intake` (201): the cases opened and the slip, if the intake produced one. */
export const caseIntakeAnswer = z
  .object({ bundleId: recordId, cases: listOf(caseDetailView), notice: caseNotice.nullable() })
  .meta({ id: 'CaseIntakeAnswer' });

/** A decision that may produce a slip (accept, decline, request materials): the case and that slip. */
export const caseWithNotice = z
  .object({ case: caseDetailView, notice: caseNotice.nullable() })
  .meta({ id: 'CaseWithNotice' });

/** `GET /api/cases`. */
export const caseList = z.object({ items: listOf(caseRow), total: count }).meta({ id: 'CaseList' });

/** `GET /api/cases/:id/hand-over-candidates`. */
export const caseHandOverCandidates = z.object({
  items: listOf(z.object({ id: recordId, displayName: z.string(), agencyName: z.string() })),
});

/** `GET /api/case-bundles/:id`. */
export const caseBundle = z
  .object({ id: recordId, cases: listOf(caseRow), notices: listOf(caseNotice) })
  .meta({ id: 'CaseBundle' });

/** `GET /api/case-alerts`. */
export const caseAlertList = z.object({ items: listOf(caseAlert), total: count }).meta({ id: 'CaseAlertList' });

/** `GET /api/case-sla-summary`: open cases in scope by SLA state. */
export const caseSlaSummary = z
  .object({ onTrack: count, dueSoon: count, overdue: count, paused: count, notStarted: count })
  .meta({ id: 'CaseSlaSummary' });

const share = z.number().min(0).max(1).nullable().describe('withinPromise / finished; null when nothing finished');

/** `GET /api/case-stats`: the share of cases finished within the promise, per group. */
export const caseStats = z
  .object({
    items: listOf(
      z.object({
        key: z.string().nullable().describe('Item code, or agency, window or staff id as text; null for none'),
        label: z.string(),
        labelEn: z.string(),
        finished: count,
        withinPromise: count,
        share,
      }),
    ),
    total: z.object({ finished: count, withinPromise: count, share }),
  })
  .meta({ id: 'CaseStats' });

/** One run of the SLA sweep. */
export const caseSweepRun = z
  .object({
    id: recordId,
    trigger: sweepTrigger,
    today: calendarDay,
    startedAt: instantText,
    finishedAt: instantText.nullable(),
    changed: count.nullable().describe('Cases whose SLA state changed'),
    alertsRaised: count.nullable(),
  })
  .meta({ id: 'CaseSweepRun' });

/** `GET /api/case-sweeps`. */
export const caseSweepRuns = z.object({ items: listOf(caseSweepRun) });

/** The service desk settings. */
export const caseSettings = z
  .object({
    dueSoonWorkdays: z.number().int(),
    supplyDefaultWorkdays: z.number().int(),
    sweepIntervalMinutes: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'CaseSettings' });

/** `GET /api/public/case-agencies`: the active agencies an online application may go to. */
export const caseAgencies = z.object({
  items: listOf(
    z.object({
      id: recordId,
      code: z.string(),
      name: z.string(),
      level: z.number().int(),
      parentId: recordId.nullable(),
    }),
  ),
});

const progressRowFields = {
  caseNumber,
  item: z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string() }),
  status,
  slaState,
  receivedAt: instantText,
  dueOn: calendarDay.nullable(),
  dueOnProvisional: z.boolean(),
};

/** A case of the applicant in a list: no staff, no documents. */
export const caseProgressRow = z.object(progressRowFields).meta({ id: 'CaseProgressRow' });

/** What the applicant sees of a case: no staff ids, no document ids, the identifier masked. */
export const caseProgress = z
  .object({
    ...progressRowFields,
    channel,
    agency: z.object({ name: z.string() }),
    owner: z.object({ displayName: z.string() }).nullable(),
    applicant: z.object({ name: z.string(), identifierMasked: masked('The identifier') }),
    acceptedOn: calendarDay.nullable(),
    pausedSince: calendarDay.nullable(),
    supplyDeadline: calendarDay.nullable(),
    materials: listOf(caseMaterial.omit({ document: true }).extend({ received: z.boolean() })),
    steps: listOf(
      z.object({
        code: z.string(),
        nameZh: z.string(),
        nameEn: z.string(),
        done: z.boolean(),
        at: instantText.nullable(),
      }),
    ),
    decision: z
      .object({ outcome, reason: z.string().nullable(), note: z.string().nullable(), at: instantText.nullable() })
      .nullable(),
    history: listOf(z.object({ at: instantText, event: z.string(), statusTo: status.nullable() })),
    notices: listOf(z.object(noticeFields)),
    messages: listOf(z.object({ at: instantText, bodyZh: z.string(), bodyEn: z.string() })),
  })
  .meta({ id: 'CaseProgress' });

/** `GET /api/public/cases`. */
export const caseProgressList = z
  .object({ items: listOf(caseProgressRow), total: count })
  .meta({ id: 'CaseProgressList' });
