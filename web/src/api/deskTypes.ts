/**
 * Shapes of the service-desk APIs (issue 3): docs/api-catalog.md, api-cases.md, api-queue.md and
 * api-archive.md. Ids are numbers, dates `YYYY-MM-DD`, instants ISO-8601 UTC strings.
 */

/** A text in both languages, as the catalogue and the evaluation module answer it. */
export interface Text {
  zh: string;
  en: string;
}

// ─── Catalogue ────────────────────────────────────────────────────────────────────────────────

export const CHANNELS = ['window', 'web', 'phone', 'mail', 'kiosk', 'bank', 'home_visit'] as const;
export type Channel = (typeof CHANNELS)[number];
export type Requirement = 'required' | 'optional' | 'later';
export const MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];
export const STEP_PERMISSIONS = ['case.accept', 'case.review', 'case.approve'] as const;
export type StepPermission = (typeof STEP_PERMISSIONS)[number];

export interface CatalogMaterial {
  code: string;
  name: Text;
  requirement: Requirement;
  mediaTypes: string[];
  maxBytes: number;
  note: Text | null;
}

export interface CatalogStep {
  code: string;
  name: Text;
  permission: StepPermission;
  description: Text | null;
}

export interface ItemContent {
  name: Text;
  summary: Text;
  materials: CatalogMaterial[];
  howToApply: Text;
  channels: Channel[];
  statutoryDays: number;
  promisedDays: number;
  timeLimitNote: Text | null;
  delivery: Text;
  fees: Text;
  officeHours: Text;
  place: Text;
  enquiry: Text;
  complaint: Text;
  basis: Text;
  conditions: Text;
  steps: CatalogStep[];
  separatedSteps: [string, string][];
  module: string;
  workflow: string;
}

export type DisclosureStatus = 'disclosed' | 'disclosed_late' | 'pending' | 'overdue';

export interface ItemVersion extends ItemContent {
  version: number;
  changedOn: string;
  changeNote: Text;
  disclosedOn: string | null;
  disclosureDueOn: string | null;
  disclosureStatus: DisclosureStatus;
  recordedAt: string;
  recordedBy: string | null;
}

export interface CatalogItem {
  id: number;
  code: string;
  categoryCode: string;
  sort: number;
  status: 'active' | 'withdrawn';
  withdrawnOn: string | null;
  withdrawnReason: string | null;
  currentVersion: number;
  latestVersion: number;
  inForce: boolean;
  current: ItemVersion;
}

export interface CatalogItemDetail extends CatalogItem {
  versions: ItemVersion[];
}

export interface ItemSummary {
  code: string;
  name: Text;
  summary: Text;
  channels: Channel[];
  statutoryDays: number;
  promisedDays: number;
  version: number;
  changedOn: string;
}

export interface CatalogCategory {
  code: string;
  name: Text;
  sort: number;
  items: ItemSummary[];
}

export interface GuideServicePoint {
  name: string;
  agencyName: string;
  address: string;
  phone: string | null;
  openingHours: { days: number[]; open: string; close: string }[];
}

export interface ServiceGuide {
  code: string;
  category: { code: string; name: Text };
  version: number;
  changedOn: string;
  disclosedOn: string | null;
  item: ItemContent;
  elements: { key: string; label: Text; text: Text }[];
  servicePoints: GuideServicePoint[];
}

export interface OverdueDisclosure {
  code: string;
  name: Text;
  version: number;
  changedOn: string;
  disclosureDueOn: string;
  workingDaysOverdue: number;
}

export interface EvaluationSettings {
  callbackDeadlineWorkdays: number;
  rectifyDeadlineWorkdays: number;
  ratingOpenDays: number;
}

// ─── Cases ────────────────────────────────────────────────────────────────────────────────────

export type CaseStatus = 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
export type SlaState = 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
export type ApplicantKind = 'person' | 'employer' | 'anonymous';
export type IdentifierType = 'citizen_id' | 'credit_code' | 'other';
export type MaterialStatus = 'received' | 'missing' | 'waived' | 'not_provided';
export type NoticeKind = 'acceptance_with_missing' | 'decline' | 'supplement_request';
export type Outcome = 'approved' | 'refused' | 'declined';

export interface StaffRef {
  id: number;
  displayName: string;
}

export interface CaseItemRef {
  code: string;
  version: number;
  nameZh: string;
  nameEn: string;
}

export interface CaseRow {
  id: number;
  caseNumber: string;
  bundleId: number;
  item: CaseItemRef;
  channel: Channel;
  status: CaseStatus;
  slaState: SlaState;
  applicant: { kind: ApplicantKind; name: string; identifierMasked: string };
  agency: { id: number; name: string };
  receivedAt: string;
  acceptedOn: string | null;
  dueOn: string | null;
  /** Counted on the provisional calendar: moves when the year's holiday notice is loaded. */
  dueOnProvisional: boolean;
  owner: StaffRef | null;
  assignee: StaffRef | null;
  version: number;
}

export interface CaseMaterial {
  code: string;
  nameZh: string;
  nameEn: string;
  requirement: Requirement;
  status: MaterialStatus;
  supplyDeadline: string | null;
  reason: string | null;
  receivedAt: string | null;
  document?: { id: number; archiveNo: string; fileName: string; mediaType: string } | null;
}

export interface CaseStepState {
  index: number;
  code: string;
  nameZh: string;
  nameEn: string;
  permission: StepPermission;
  done: null | { staff: StaffRef; decision: string; reason: string | null; comment: string | null; at: string };
}

export interface CaseNotice {
  id: number;
  bundleId: number;
  kind: NoticeKind;
  caseNumbers: string[];
  textZh: string;
  textEn?: string;
  document?: { id: number; archiveNo: string } | null;
  createdAt: string;
}

export interface CaseAlert {
  id: number;
  caseId: number;
  caseNumber: string;
  kind: 'due_soon' | 'overdue';
  dueOn: string;
  raisedAt: string;
  owner: StaffRef | null;
  agency: { id: number; name: string };
  acknowledgedAt: string | null;
  acknowledgedBy: StaffRef | string | null;
}

export interface CaseHistoryEntry {
  at: string;
  event: string;
  statusFrom: CaseStatus | null;
  statusTo: CaseStatus | null;
  actor: { kind: string; id: number | string | null; name: string | null };
  details: Record<string, unknown> | null;
}

export interface CaseDetail extends Omit<CaseRow, 'item' | 'applicant'> {
  item: CaseItemRef & { id: number; promisedDays: number; statutoryDays: number };
  applicant: {
    kind: ApplicantKind;
    publicAccountId: number | null;
    name: string;
    identifierType: IdentifierType;
    identifierMasked: string;
    phoneMasked: string | null;
    /** The name and identifier matched the register (or the hall account applied). */
    verified: boolean;
    /** Received under a name the register does not hold: who authorised it and why. */
    nameOverride: { registeredName: string; reason: string; grantedBy: string; grantedAt: string } | null;
  };
  servicePointId: number | null;
  windowId: number | null;
  ticketId: number | null;
  receivedBy: StaffRef | null;
  /** What the applicant wrote when applying (e.g. a rights-record discrepancy). */
  applicationNote: string | null;
  promisedDays: number;
  pausedWorkdays: number;
  pausedSince: string | null;
  supplyDeadline: string | null;
  remainingWorkdays: number | null;
  materials: CaseMaterial[];
  steps: CaseStepState[];
  nextStep: null | { index: number; code: string; nameZh: string; nameEn: string; permission: StepPermission };
  separatedSteps: [string, string][];
  decision: null | { outcome: Outcome; reason: string | null; note: string | null; at: string; by: StaffRef | null };
  completedAt: string | null;
  finishedWithinPromise: boolean | null;
  history: CaseHistoryEntry[];
  handOvers: { at: string; from: StaffRef | null; to: StaffRef; by: StaffRef; reason: string }[];
  notices: CaseNotice[];
  alerts: CaseAlert[];
}

export interface MaterialInput {
  code: string;
  uploadId?: string;
  status?: 'received' | 'waived';
  note?: string;
}

export interface ApplicantInput {
  identifierType: IdentifierType;
  identifier: string;
  /** Left out for a registered identifier: the register's name is taken. */
  name?: string;
  phone?: string;
}

/** What the register holds for an applicant's identifier (the read is audited on the holder). */
export interface ApplicantLookup {
  registered: boolean;
  name: string | null;
}

export type IntakeDecision = 'accept' | 'decline' | 'receive';

export interface IntakeBody {
  channel: Exclude<Channel, 'web'>;
  servicePointId?: number;
  windowId?: number;
  ticketId?: number;
  agencyId?: number;
  applicant: ApplicantInput;
  items: { itemCode: string; decision: IntakeDecision; reason?: string }[];
  materials: MaterialInput[];
  supplyDeadline?: string;
  note?: string;
}

export interface IntakeAnswer {
  bundleId: number;
  cases: CaseDetail[];
  notice: CaseNotice | null;
}

export interface SlaSummary {
  onTrack: number;
  dueSoon: number;
  overdue: number;
  paused: number;
  notStarted: number;
}

export interface ShareFigures {
  finished: number;
  withinPromise: number;
  share: number | null;
}

export interface CaseStats {
  items: (ShareFigures & { key: string; label: string; labelEn: string })[];
  total: ShareFigures;
}

export interface SweepRun {
  id: number;
  trigger: 'schedule' | 'cli' | 'api';
  today: string;
  startedAt: string;
  finishedAt: string | null;
  changed: number;
  alertsRaised: number;
}

// Applicant side

export interface ProgressRow {
  caseNumber: string;
  item: { code: string; nameZh: string; nameEn: string };
  status: CaseStatus;
  slaState: SlaState;
  receivedAt: string;
  dueOn: string | null;
  dueOnProvisional: boolean;
}

export interface Progress extends ProgressRow {
  channel: Channel;
  agency: { name: string };
  owner: { displayName: string } | null;
  applicant: { name: string; identifierMasked: string };
  acceptedOn: string | null;
  pausedSince: string | null;
  supplyDeadline: string | null;
  materials: CaseMaterial[];
  steps: { code: string; nameZh: string; nameEn: string; done: boolean; at: string | null }[];
  decision: null | { outcome: Outcome; reason: string | null; note: string | null; at: string };
  history: { at: string; event: string; statusTo: CaseStatus | null }[];
  notices: CaseNotice[];
  messages: { at: string; bodyZh: string; bodyEn: string }[];
}

export interface PublicAgency {
  id: number;
  code: string;
  name: string;
  level: number;
  parentId: number | null;
}

// ─── Uploads and archive ─────────────────────────────────────────────────────────────────────

export interface PendingUpload {
  uploadId: string;
  fileName: string;
  mediaType: string;
  size: number;
  sm3: string;
  createdAt: string;
  expiresAt: string;
}

export type Retention = 'permanent' | '30y' | '10y' | '5y';

export interface ArchivedDocument {
  id: number;
  archiveNo: string;
  sm3: string;
  size: number;
  mediaType: string;
  documentType: string;
  fileName: string;
  createdAt: string;
  retention: Retention;
  destroyAfter: string | null;
  caseId: number | null;
  caseNumber: string | null;
  itemCode: string | null;
  materialCode: string | null;
  agencyId: number | null;
  agencyName: string | null;
  subjectKind: 'person' | 'employer' | null;
  producedBy: { kind: string; id: number | string | null; name: string | null };
  supersedesId: number | null;
  supersededById: number | null;
  supersedeReason: string | null;
}

export interface ArchiveUse {
  id: number;
  documentId: number;
  archiveNo: string;
  fileName: string;
  usedAt: string;
  user: { kind: string; id: number | string | null; name: string | null };
  agencyId: number | null;
  purpose: string;
  note: string | null;
  ip: string | null;
}

export interface CodeLabel {
  code: string;
  zh: string;
  en: string;
}

export interface ArchiveMeta {
  documentTypes: CodeLabel[];
  retentions: CodeLabel[];
  purposes: CodeLabel[];
  uploadMaxBytes: number;
  uploadMediaTypes: string[];
}

export interface ArchiveStats {
  months: string[];
  byType: { documentType: string; count: number; bytes: number }[];
  byMonth: { month: string; documentType: string; count: number }[];
  usesByMonth: { month: string; count: number }[];
}

// ─── Queue ────────────────────────────────────────────────────────────────────────────────────

export type TicketStatus = 'waiting' | 'called' | 'serving' | 'done' | 'no_show';

export interface QueueCategory {
  id: number;
  servicePointId: number;
  letter: string;
  nameZh: string;
  nameEn: string;
  sort: number;
  status: 'active' | 'closed';
  version: number;
  waiting: number;
}

export interface PublicTicket {
  id: number;
  code: string;
  categoryId: number;
  letter: string;
  categoryNameZh: string;
  categoryNameEn: string;
  day: string;
  takenAt: string;
}

export interface TakenTicket {
  ticket: PublicTicket;
  waitingAhead: number;
  estimatedWaitMinutes: number | null;
  servicePoint: { id: number; name: string };
}

export interface Ticket {
  id: number;
  code: string;
  servicePointId: number;
  categoryId: number;
  letter: string;
  day: string;
  status: TicketStatus;
  takenAt: string;
  calledAt: string | null;
  lastCalledAt: string | null;
  recallCount: number;
  serviceStartedAt: string | null;
  finishedAt: string | null;
  noShowAt: string | null;
  windowId: number | null;
  windowNumber: string | null;
  staffId: number | null;
  caseId: number | null;
  waitSeconds: number | null;
  serviceSeconds: number | null;
}

export interface WindowState {
  window: {
    id: number;
    number: string;
    name: string;
    status: 'active' | 'closed';
    servicePointId: number;
    servicePointName: string;
  };
  day: string;
  categoryIds: number[];
  categories: QueueCategory[];
  waiting: number;
  current: Ticket | null;
  servedToday: number;
}

export interface DisplayCall {
  code: string;
  windowNumber: string;
  windowName: string;
  calledAt: string;
  recall: boolean;
}

export interface HallDisplay {
  servicePoint: { id: number; name: string };
  day: string;
  now: string;
  recentCalls: DisplayCall[];
  windows: { number: string; name: string; current: string | null; status: 'called' | 'serving' | null }[];
  waiting: { categoryId: number; letter: string; nameZh: string; nameEn: string; waiting: number }[];
}

export interface CallEvent extends DisplayCall {
  textZh: string;
  textEn: string;
}

export interface Kiosk {
  servicePoint: { id: number; name: string; address: string; status: 'active' | 'closed' };
  day: string;
  now: string;
  todayHours: { open: string; close: string }[];
  issuing: boolean;
  issueFromMinutesBeforeOpening: number;
  categories: {
    id: number;
    letter: string;
    nameZh: string;
    nameEn: string;
    waiting: number;
    estimatedWaitMinutes: number | null;
  }[];
}

export interface QueueHall {
  id: number;
  name: string;
  address: string;
  agencyName: string;
}

export interface QueueFigures {
  tickets: number;
  called: number;
  served: number;
  noShow: number;
  avgWaitSeconds: number | null;
  maxWaitSeconds: number | null;
  avgServiceSeconds: number | null;
  maxServiceSeconds: number | null;
}

export interface QueueStats {
  from: string;
  to: string;
  totals: QueueFigures;
  byHour: (QueueFigures & { hour: number })[];
  byWindow: (QueueFigures & {
    windowId: number;
    windowNumber: string;
    windowName: string;
    servicePointId: number;
    servicePointName: string;
  })[];
  byCategory: (QueueFigures & {
    categoryId: number;
    letter: string;
    nameZh: string;
    nameEn: string;
    servicePointId: number;
    servicePointName: string;
  })[];
}

// ─── Evaluation ───────────────────────────────────────────────────────────────────────────────

export const LEVELS = ['very_satisfied', 'satisfied', 'fairly_satisfied', 'dissatisfied', 'very_dissatisfied'] as const;
export type Level = (typeof LEVELS)[number];

export interface Rating {
  id: number;
  caseNumber: string;
  itemCode: string;
  kind: 'initial' | 'follow_up';
  channel: 'window' | 'online';
  overall: Level;
  efficiency: Level | null;
  competence: Level | null;
  attitude: Level | null;
  comment: string | null;
  poor: boolean;
  ratedAt: string;
}

export type CallbackStatus = 'open' | 'called_back' | 'rectified' | 'closed';
export type CallbackResult = 'reached' | 'unreachable' | 'declined';

export interface CallbackTask {
  id: number;
  caseId: number;
  caseNumber: string;
  itemCode: string;
  itemName: Text | null;
  agencyId: number;
  agencyName: string;
  status: CallbackStatus;
  rating: Rating;
  followUp: Rating | null;
  openedAt: string;
  callbackDueOn: string | null;
  rectifyDueOn: string | null;
  deadlinesProvisional: boolean;
  callbackOverdue: boolean;
  rectifyOverdue: boolean;
  assignees: StaffRef[];
  calledBackAt: string | null;
  callbackResult: CallbackResult | null;
  callbackNote: string | null;
  rectifiedAt: string | null;
  rectificationNote: string | null;
  closedAt: string | null;
  closeNote: string | null;
  version: number;
  events?: {
    at: string;
    kind: 'opened' | 'callback' | 'rectification' | 'closed' | 'follow_up';
    staffName: string | null;
    note: string | null;
    result: CallbackResult | null;
  }[];
}

export interface PublicRatingView {
  caseNumber: string;
  itemName: Text;
  completedAt: string | null;
  canRate: boolean;
  canRateFollowUp: boolean;
  initial: Rating | null;
  followUp: Rating | null;
  callback: null | {
    status: CallbackStatus;
    calledBackAt: string | null;
    rectifiedAt: string | null;
    closedAt: string | null;
    rectificationNote: string | null;
  };
}

// ─── Monitor ──────────────────────────────────────────────────────────────────────────────────

export interface MonitorCases {
  asOf: string;
  from: string;
  to: string;
  open: number;
  byStatus: { status: 'received' | 'in_progress' | 'waiting_materials'; count: number }[];
  bySlaState: { state: Exclude<SlaState, 'closed'>; count: number }[];
  byItem: { itemCode: string; itemName: Text; open: number; overdue: number; dueSoon: number }[];
  received: number;
  finished: number;
}

export interface MonitorOverdue {
  asOf: string;
  total: number;
  items: {
    caseId: number;
    caseNumber: string;
    itemCode: string;
    itemName: Text;
    agencyName: string;
    status: CaseStatus;
    acceptedAt: string | null;
    dueOn: string;
    workingDaysOverdue: number | null;
    ownerName: string | null;
  }[];
}

export interface MonitorCompletion {
  from: string;
  to: string;
  items: {
    itemCode: string;
    itemName: Text;
    promisedDays: number;
    finished: number;
    withinPromise: number;
    share: number | null;
    avgWorkingDays: number | null;
  }[];
  total: ShareFigures;
}

export interface MonitorRatings {
  from: string;
  to: string;
  total: number;
  poor: number;
  poorRate: number | null;
  byLevel: { level: Level; count: number }[];
  byItem: { itemCode: string; itemName: Text; total: number; poor: number }[];
  byChannel: { channel: 'window' | 'online'; total: number; poor: number }[];
  followUps: { total: number; poor: number };
  callbacks: { open: number; overdue: number; closed: number };
}
