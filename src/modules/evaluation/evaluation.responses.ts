/** What evaluation's routes answer (the shapes served in the OpenAPI document). */
import { z } from 'zod';
import { calendarDay, instantText, listOf, localText } from '../../http/response-pieces.ts';
import {
  CALLBACK_EVENT_KINDS,
  CALLBACK_RESULTS,
  CALLBACK_STATUSES,
  LEVELS,
  RATING_CHANNELS,
  RATING_KINDS,
} from './evaluation.model.ts';

const level = z.enum(LEVELS);
/** A level only window ratings carry (efficiency, competence, attitude). */
const windowLevel = level.nullable().describe('Given at a window only; null for online ratings');

/** One rating (好差评) of a finished case. */
export const evaluationRating = z
  .object({
    id: z.number().int(),
    caseNumber: z.string(),
    itemCode: z.string(),
    kind: z.enum(RATING_KINDS).describe('initial: of the case; follow_up: after the rectification of a poor one'),
    channel: z.enum(RATING_CHANNELS),
    overall: level,
    efficiency: windowLevel,
    competence: windowLevel,
    attitude: windowLevel,
    comment: z.string().nullable(),
    poor: z.boolean().describe('差评: dissatisfied or worse; opens a call-back task'),
    ratedAt: instantText,
  })
  .meta({ id: 'EvaluationRating' });

/** `GET /api/me/ratings/:caseNumber`, `POST /api/public/ratings/lookup`: what the applicant sees. */
export const publicRatingViewAnswer = z
  .object({
    caseNumber: z.string(),
    itemName: localText.nullable(),
    completedAt: instantText.nullable(),
    canRate: z.boolean().describe('The case is finished, not yet rated, and the rating period is open'),
    canRateFollowUp: z.boolean().describe('The call-back task is closed and the follow-up rating period is open'),
    initial: evaluationRating.nullable(),
    followUp: evaluationRating.nullable(),
    callback: z
      .object({
        status: z.enum(CALLBACK_STATUSES),
        calledBackAt: instantText.nullable(),
        rectifiedAt: instantText.nullable(),
        closedAt: instantText.nullable(),
        rectificationNote: z.string().nullable(),
      })
      .nullable()
      .describe('The call-back task a poor rating opened, as far as the applicant may see it'),
  })
  .meta({ id: 'EvaluationPublicRatingView' });

const callbackTask = z
  .object({
    id: z.number().int(),
    caseId: z.number().int(),
    caseNumber: z.string(),
    itemCode: z.string(),
    itemName: localText.nullable(),
    agencyId: z.number().int(),
    agencyName: z.string(),
    status: z.enum(CALLBACK_STATUSES),
    rating: evaluationRating,
    followUp: evaluationRating.nullable(),
    openedAt: instantText,
    callbackDueOn: calendarDay,
    rectifyDueOn: calendarDay,
    deadlinesProvisional: z
      .boolean()
      .describe('Counted on a provisional holiday calendar; recounted when it is loaded'),
    callbackOverdue: z.boolean(),
    rectifyOverdue: z.boolean(),
    assignees: listOf(z.object({ id: z.number().int(), displayName: z.string() })).describe(
      'The supervisors of the nearest agency up the tree that has any',
    ),
    calledBackAt: instantText.nullable(),
    callbackResult: z.enum(CALLBACK_RESULTS).nullable(),
    callbackNote: z.string().nullable(),
    rectifiedAt: instantText.nullable(),
    rectificationNote: z.string().nullable(),
    closedAt: instantText.nullable(),
    closeNote: z.string().nullable(),
    version: z.number().int().describe('Send it back to change the task (optimistic lock)'),
  })
  .meta({ id: 'EvaluationCallbackTask' });

/** A task with its history. */
export const callbackTaskDetail = callbackTask
  .extend({
    events: listOf(
      z
        .object({
          at: instantText,
          kind: z.enum(CALLBACK_EVENT_KINDS),
          staffName: z.string().nullable(),
          result: z.string().nullable().describe('The call-back result, or the level of the follow-up rating'),
          note: z.string().nullable(),
        })
        .meta({ id: 'EvaluationCallbackEvent' }),
    ),
  })
  .meta({ id: 'EvaluationCallbackTaskDetail' });

/** `GET /api/callbacks`. */
export const callbackTasksAnswer = z.object({ items: listOf(callbackTask), total: z.number().int() });

/** `GET /api/ratings`. */
export const ratingsAnswer = z.object({
  items: listOf(evaluationRating.extend({ agencyName: z.string() }).meta({ id: 'EvaluationRatingInAgency' })),
  total: z.number().int(),
});

/** `GET` and `PUT /api/evaluation/settings`: the local deadlines. */
export const evaluationSettings = z
  .object({
    callbackDeadlineWorkdays: z.number().int().describe('Working days to call back after a poor rating'),
    rectifyDeadlineWorkdays: z.number().int().describe('Working days to rectify after a poor rating'),
    ratingOpenDays: z.number().int().describe('Calendar days a finished case may be rated'),
  })
  .meta({ id: 'EvaluationSettings' });
