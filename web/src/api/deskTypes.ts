/**
 * The service desk's names (issue 3) for the shapes the server declares: each is an alias of a type
 * generated from the OpenAPI document (`schema.gen.ts`), so a field renamed on the server fails the
 * pages that read it. docs/api-catalog.md, api-cases.md, api-queue.md and api-archive.md describe
 * them; docs/web-client.md the pattern.
 */
import { everyValue } from './everyValue.ts';
import type { Answer, BodyOf, Schema } from './typed.ts';

/** A text in both languages, as the catalogue and the evaluation module answer it. */
export type Text = Schema<'LocalText'>;

// ─── Catalogue ────────────────────────────────────────────────────────────────────────────────

export type CatalogMaterial = Schema<'CatalogMaterial'>;
export type CatalogStep = Schema<'CatalogStep'>;
/** What a version of an item says: the guide's elements, materials, steps and time limits. */
export type ItemContent = Schema<'CatalogItemContent'>;
export type ItemVersion = Schema<'CatalogItemVersion'>;
export type CatalogItem = Schema<'CatalogItem'>;
export type CatalogItemDetail = Schema<'CatalogItemDetail'>;
export type ItemSummary = Schema<'CatalogItemSummary'>;
export type CatalogCategory = Schema<'CatalogCategory'>;
export type GuideServicePoint = Schema<'CatalogServicePoint'>;
/** The service guide (服务指南) of an item's current version, with the halls that receive it. */
export type ServiceGuide = Schema<'CatalogServiceGuide'>;
export type OverdueDisclosure = Schema<'CatalogOverdueDisclosure'>;
export type EvaluationSettings = Schema<'EvaluationSettings'>;

export type Channel = ItemContent['channels'][number];
export type Requirement = CatalogMaterial['requirement'];
export type MediaType = CatalogMaterial['mediaTypes'][number];
export type DisclosureStatus = ItemVersion['disclosureStatus'];

export const CHANNELS = everyValue<Channel>()(['window', 'web', 'phone', 'mail', 'kiosk', 'bank', 'home_visit']);
export const MEDIA_TYPES = everyValue<MediaType>()(['application/pdf', 'image/jpeg', 'image/png', 'image/tiff']);
export const STEP_PERMISSIONS = everyValue<CatalogStep['permission']>()(['case.accept', 'case.review', 'case.approve']);

// ─── Cases ────────────────────────────────────────────────────────────────────────────────────

export type CaseRow = Schema<'CaseRow'>;
/** One case in full, for the clerk workbench. */
export type CaseDetail = Schema<'CaseDetail'>;
export type CaseMaterial = Schema<'CaseMaterial'>;
/** A slip (一次性告知单) with its archived PDF, when one was made. */
export type CaseNotice = Schema<'CaseNotice'>;
/** A slip's text as every reader gets it; the applicant's view of it carries no archive reference. */
export type NoticeText = Omit<CaseNotice, 'document'>;
export type CaseAlert = Schema<'CaseAlert'>;
export type CaseHistoryEntry = CaseDetail['history'][number];
/** What the register holds for an applicant's identifier (the read is audited on the holder). */
export type ApplicantLookup = Schema<'CaseApplicantLookup'>;
export type IntakeAnswer = Schema<'CaseIntakeAnswer'>;
export type SlaSummary = Schema<'CaseSlaSummary'>;
export type CaseStats = Schema<'CaseStats'>;
export type SweepRun = Schema<'CaseSweepRun'>;

export type CaseStatus = CaseRow['status'];
export type SlaState = CaseRow['slaState'];
export type IdentifierType = CaseDetail['applicant']['identifierType'];
export type MaterialStatus = CaseMaterial['status'];

/** What a clerk receives at the window: the applicant, a decision per item, the materials. */
export type IntakeBody = BodyOf<'/api/cases/intake'>;
export type MaterialInput = IntakeBody['materials'][number];
export type IntakeDecision = IntakeBody['items'][number]['decision'];

// Applicant side

export type ProgressRow = Schema<'CaseProgressRow'>;
/** A case as its applicant sees it (by case number and identifier, or in the hall). */
export type Progress = Schema<'CaseProgress'>;
/** A material of the applicant's checklist: whether it was received, not which document. */
export type ProgressMaterial = Progress['materials'][number];
export type PublicAgency = Answer<'/api/public/case-agencies'>['items'][number];

// ─── Uploads and archive ─────────────────────────────────────────────────────────────────────

/** A file uploaded and waiting to be archived as a case's material. */
export type PendingUpload = Schema<'ArchivePendingUpload'>;
export type ArchivedDocument = Schema<'ArchiveDocument'>;
/** A document with its chain of replacements (newest first). */
export type ArchivedDocumentDetail = Schema<'ArchiveDocumentDetail'>;
export type ArchiveUse = Schema<'ArchiveUse'>;
export type ArchiveMeta = Schema<'ArchiveMeta'>;
export type ArchiveStats = Schema<'ArchiveStats'>;

// ─── Queue ────────────────────────────────────────────────────────────────────────────────────

export type Ticket = Schema<'QueueTicket'>;
export type TicketStatus = Ticket['status'];
export type TakenTicket = Schema<'QueueTakenTicket'>;
export type WindowState = Schema<'QueueWindowState'>;
export type HallDisplay = Schema<'QueueDisplay'>;
export type DisplayCall = HallDisplay['recentCalls'][number];
export type Kiosk = Schema<'QueueKiosk'>;
export type QueueHall = Answer<'/api/public/queue'>['items'][number];
export type QueueStats = Schema<'QueueStats'>;

/**
 * The `call` frame of a hall's display stream (`/api/public/queue/{id}/events`): the web's own
 * declaration, since an event stream's frames are not in the OpenAPI document.
 */
export type CallEvent = DisplayCall & { textZh: string; textEn: string };

// ─── Evaluation ───────────────────────────────────────────────────────────────────────────────

export type Rating = Schema<'EvaluationRating'>;
export type Level = Rating['overall'];
/** A call-back task in a list; the detail and every step's answer add its events. */
export type CallbackTask = Schema<'EvaluationCallbackTask'>;
export type CallbackTaskDetail = Schema<'EvaluationCallbackTaskDetail'>;
export type CallbackStatus = CallbackTask['status'];
export type CallbackResult = NonNullable<CallbackTask['callbackResult']>;
/** An applicant's ratings of a case and the call-back that a poor one opened. */
export type PublicRatingView = Schema<'EvaluationPublicRatingView'>;

export const LEVELS = everyValue<Level>()([
  'very_satisfied',
  'satisfied',
  'fairly_satisfied',
  'dissatisfied',
  'very_dissatisfied',
]);
