/** What the routes of persons, duplicates, merges, the person 360 view and the hall registration answer. */
import { z } from 'zod';
import { calendarDay, instantText, listOf } from '../../http/response-pieces.ts';
import {
  archivedDocumentRow,
  employmentView,
  enrolmentEventView,
  enrolmentView,
  openCaseRow,
  pageOf,
  personDetailView,
  personSummaryView,
  registrationChangeView,
} from './registration.responses.ts';

const ref = z.number().int().positive();
const reach = z
  .enum(['record', 'employment'])
  .describe('record: the person is in scope; employment: reached only through an employer in scope');

/** `GET /api/registration/persons`: one page of the search. */
export const personPage = pageOf(personSummaryView).meta({ id: 'PersonPage' });

/** Another person with the same name and birth date, flagged on registration. */
export const duplicateSuspectView = z
  .object({ flagId: ref, personId: ref, name: z.string(), idMasked: z.string() })
  .meta({ id: 'PersonDuplicateSuspect' });

/** `POST /api/registration/persons`: the record registered and the suspected duplicates flagged. */
export const personRegistered = personDetailView
  .extend({ duplicateSuspects: listOf(duplicateSuspectView) })
  .meta({ id: 'PersonRegistered' });

/** `GET /api/registration/persons/:id`: the record as far as the clerk reaches it. */
export const personRead = personDetailView.extend({ reach }).meta({ id: 'PersonRead' });

/** `PATCH /api/registration/persons/:id`: the record after the change and the fields changed (none: nothing written). */
export const personChanged = personDetailView
  .extend({ changedFields: listOf(z.string()) })
  .meta({ id: 'PersonChanged' });

/** `GET /api/registration/persons/:id/history`: newest first. */
export const personHistoryAnswer = listOf(registrationChangeView);

const staffName = z.object({ id: ref, name: z.string() });

/** A suspected duplicate: two records that may be one person. */
export const duplicateFlagView = z
  .object({
    id: ref,
    person: personSummaryView,
    other: personSummaryView,
    status: z.enum(['open', 'dismissed', 'merged']),
    flaggedAt: instantText,
    resolvedAt: instantText.nullable(),
    resolvedBy: staffName.nullable(),
    resolutionNote: z.string().nullable(),
  })
  .meta({ id: 'PersonDuplicateFlag' });

/** A merge of two records of one person, proposed by one clerk and decided by another. */
export const mergeView = z
  .object({
    id: ref,
    survivorId: ref,
    mergedId: ref,
    survivor: personSummaryView,
    merged: personSummaryView,
    flagId: ref.nullable(),
    status: z.enum(['proposed', 'approved', 'rejected']),
    reason: z.string(),
    proposedBy: staffName,
    proposedAt: instantText,
    decidedBy: staffName.nullable(),
    decidedAt: instantText.nullable(),
    decisionNote: z.string().nullable(),
  })
  .meta({ id: 'PersonMerge' });

/** `GET /api/registration/persons/:id/view`: the person 360 view (empty lists where reached through an employment). */
export const person360View = z
  .object({
    reach,
    person: personDetailView,
    enrolments: listOf(enrolmentView.extend({ events: listOf(enrolmentEventView) })),
    employments: listOf(employmentView),
    openCases: listOf(openCaseRow),
    documents: listOf(archivedDocumentRow),
    duplicateFlags: listOf(duplicateFlagView),
    merges: listOf(mergeView),
    recentChanges: listOf(registrationChangeView),
  })
  .meta({ id: 'Person360' });

/** `GET /api/hall/person/registration`: the insured person's own record, or that none is registered. */
export const hallRegistrationView = z
  .discriminatedUnion('registered', [
    z.object({ registered: z.literal(false) }),
    z.object({
      registered: z.literal(true),
      person: personDetailView.omit({
        version: true,
        caseId: true,
        sourceChannel: true,
        createdAt: true,
        updatedAt: true,
      }),
      enrolments: listOf(
        enrolmentView.omit({ mergedFrom: true, employmentId: true }).extend({
          events: listOf(
            z.object({
              event: enrolmentEventView.shape.event,
              effectiveOn: calendarDay,
              reason: z.string().nullable(),
            }),
          ),
        }),
      ),
      employments: listOf(employmentView.omit({ mergedFrom: true, sourceChannel: true })),
    }),
  ])
  .meta({ id: 'PersonHallRegistration' });
