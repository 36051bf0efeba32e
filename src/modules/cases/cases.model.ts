/** Cases (办件): shapes of a request from intake to outcome, its materials, steps and SLA clock. */
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
} from '../../db/schema.ts';

export type {
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
};

/** Items one intake may bundle (一窗受理). */
export const BUNDLE_ITEMS_MAX = 10;
/** Materials one call may list. */
export const MATERIALS_PER_CALL_MAX = 50;
export const REASON_LENGTH_MAX = 500;
export const NOTE_LENGTH_MAX = 1000;
export const PAGE_SIZE_MAX = 100;
/** Width of the zero-padded daily sequence in a case number. */
export const CASE_SEQUENCE_DIGITS = 5;

/** Statuses in which a case is still open. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['received', 'in_progress', 'waiting_materials'];
export const CLOSED_STATUSES: readonly CaseStatus[] = ['completed', 'refused', 'declined'];

/** The workflow of an item version as the case keeps it: the catalogue's intake view. */
export interface WorkflowSnapshot {
  readonly id: number;
  readonly code: string;
  readonly version: number;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly statutoryDays: number;
  readonly promisedDays: number;
  readonly materials: ReadonlyArray<{
    readonly code: string;
    readonly nameZh: string;
    readonly nameEn: string;
    readonly requirement: CaseMaterialRequirement;
    readonly mediaTypes: readonly string[];
    readonly maxBytes: number;
  }>;
  readonly steps: ReadonlyArray<{
    readonly code: string;
    readonly nameZh: string;
    readonly nameEn: string;
    readonly permission: string;
  }>;
  readonly separatedSteps: ReadonlyArray<readonly [string, string]>;
  readonly basisZh: string;
  readonly basisEn: string;
  readonly conditionsZh: string;
  readonly conditionsEn: string;
}

export interface StaffRef {
  readonly id: number;
  readonly displayName: string;
}

export interface MaterialView {
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly requirement: CaseMaterialRequirement;
  readonly status: CaseMaterialStatus;
  readonly supplyDeadline: string | null;
  readonly reason: string | null;
  readonly receivedAt: string | null;
  readonly document: { id: number; archiveNo: string | null; fileName: string | null; mediaType: string | null } | null;
}

export interface NoticeView {
  readonly id: number;
  readonly bundleId: number;
  readonly kind: CaseNoticeKind;
  readonly caseNumbers: string[];
  readonly textZh: string;
  readonly textEn: string;
  readonly document: { id: number; archiveNo: string | null } | null;
  readonly createdAt: string;
}

export interface AlertView {
  readonly id: number;
  readonly caseId: number;
  readonly caseNumber: string;
  readonly kind: 'due_soon' | 'overdue';
  readonly dueOn: string;
  readonly raisedAt: string;
  readonly owner: StaffRef | null;
  readonly agency: { id: number; name: string };
  readonly acknowledgedAt: string | null;
  readonly acknowledgedBy: number | null;
}

export interface CaseRow {
  readonly id: number;
  readonly caseNumber: string;
  readonly bundleId: number;
  readonly item: { code: string; version: number; nameZh: string; nameEn: string };
  readonly channel: CaseChannel;
  readonly status: CaseStatus;
  readonly slaState: CaseSlaState;
  readonly applicant: { kind: CaseApplicantKind; name: string; identifierMasked: string };
  readonly agency: { id: number; name: string };
  readonly receivedAt: string;
  readonly acceptedOn: string | null;
  readonly dueOn: string | null;
  /** The deadline was counted on the provisional calendar and moves when the year's notice comes. */
  readonly dueOnProvisional: boolean;
  readonly owner: StaffRef | null;
  readonly assignee: StaffRef | null;
  readonly version: number;
}

export interface StepView {
  readonly index: number;
  readonly code: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly permission: string;
  readonly done: null | {
    staff: StaffRef;
    decision: CaseStepDecision;
    reason: string | null;
    comment: string | null;
    at: string;
  };
}

export interface CaseDetail extends Omit<CaseRow, 'item' | 'applicant'> {
  readonly item: {
    id: number;
    code: string;
    version: number;
    nameZh: string;
    nameEn: string;
    promisedDays: number;
    statutoryDays: number;
  };
  readonly applicant: {
    kind: CaseApplicantKind;
    publicAccountId: number | null;
    name: string;
    identifierType: CaseIdentifierType;
    identifierMasked: string;
    phoneMasked: string | null;
    /** The name and identifier matched the register (or the hall account applied). */
    verified: boolean;
    /** Received under a name the register does not hold: who authorised it and why. */
    nameOverride: { registeredName: string; reason: string; grantedBy: string; grantedAt: string } | null;
  };
  readonly servicePointId: number | null;
  readonly windowId: number | null;
  readonly ticketId: number | null;
  readonly receivedBy: StaffRef | null;
  /** What the applicant wrote when applying (the bundle's note), e.g. a rights-record discrepancy. */
  readonly applicationNote: string | null;
  readonly promisedDays: number;
  readonly pausedWorkdays: number;
  readonly pausedSince: string | null;
  readonly supplyDeadline: string | null;
  readonly remainingWorkdays: number | null;
  readonly materials: MaterialView[];
  readonly steps: StepView[];
  readonly nextStep: null | { index: number; code: string; nameZh: string; nameEn: string; permission: string };
  readonly separatedSteps: Array<[string, string]>;
  readonly decision: null | {
    outcome: 'approved' | 'refused' | 'declined';
    reason: string | null;
    note: string | null;
    at: string | null;
    by: StaffRef | null;
  };
  readonly completedAt: string | null;
  readonly finishedWithinPromise: boolean | null;
  readonly history: Array<{
    at: string;
    event: string;
    statusFrom: CaseStatus | null;
    statusTo: CaseStatus | null;
    actor: { kind: string; id: number | null; name: string };
    details: Record<string, unknown>;
  }>;
  readonly handOvers: Array<{ at: string; from: StaffRef | null; to: StaffRef; by: StaffRef; reason: string }>;
  readonly notices: NoticeView[];
  readonly alerts: AlertView[];
}

/** What other modules may know of a case (service-desk plan contract). */
export interface CaseSummary {
  readonly id: number;
  readonly caseNumber: string;
  readonly itemCode: string;
  readonly agencyId: number;
  readonly status: string;
  readonly applicantKind: CaseApplicantKind;
  readonly publicAccountId: number | null;
  readonly ownerStaffId: number | null;
  readonly completedAt: string | null;
  /** Blind index of the applicant's identifier ('person:<id>' / 'employer:<code>'). */
  readonly applicantIndex: string;
  readonly agencyPath: string;
}

/** Applicant-facing progress of a case (no staff ids, no documents). */
export interface ProgressRow {
  readonly caseNumber: string;
  readonly item: { code: string; nameZh: string; nameEn: string };
  readonly status: CaseStatus;
  readonly slaState: CaseSlaState;
  readonly receivedAt: string;
  readonly dueOn: string | null;
  readonly dueOnProvisional: boolean;
}

export interface Progress extends ProgressRow {
  readonly channel: CaseChannel;
  readonly agency: { name: string };
  readonly owner: { displayName: string } | null;
  readonly applicant: { name: string; identifierMasked: string };
  readonly acceptedOn: string | null;
  readonly pausedSince: string | null;
  readonly supplyDeadline: string | null;
  readonly materials: Array<Omit<MaterialView, 'document'> & { received: boolean }>;
  readonly steps: Array<{ code: string; nameZh: string; nameEn: string; done: boolean; at: string | null }>;
  readonly decision: null | {
    outcome: 'approved' | 'refused' | 'declined';
    reason: string | null;
    note: string | null;
    at: string | null;
  };
  readonly history: Array<{ at: string; event: string; statusTo: CaseStatus | null }>;
  readonly notices: Array<Omit<NoticeView, 'document'>>;
  readonly messages: Array<{ at: string; bodyZh: string; bodyEn: string }>;
}

export interface CaseSettings {
  readonly dueSoonWorkdays: number;
  readonly supplyDefaultWorkdays: number;
  readonly sweepIntervalMinutes: number;
  readonly version: number;
}

export interface SweepRun {
  readonly id: number;
  readonly trigger: CaseSweepTrigger;
  readonly today: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly changed: number | null;
  readonly alertsRaised: number | null;
}

/** Material input of intake, acceptance and supply calls. */
export interface MaterialInput {
  readonly code: string;
  readonly uploadId?: string | undefined;
  readonly status?: 'received' | 'waived' | undefined;
  readonly note?: string | undefined;
}

export interface ApplicantInput {
  readonly identifierType: CaseIdentifierType;
  readonly identifier: string;
  /** As on the document; left out for a registered identifier, the register's name is taken. */
  readonly name?: string | undefined;
  readonly phone?: string | undefined;
}
