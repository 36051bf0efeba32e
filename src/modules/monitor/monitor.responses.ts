/** What the supervisor dashboard's routes answer: figures over the caller's subtree and a day range. */
import { z } from 'zod';
import { calendarDay, instantText, listOf, localText } from '../../http/response-pieces.ts';
import { LEVELS } from '../evaluation/index.ts';
import { OPEN_STATUSES, SLA_STATES } from './monitor.model.ts';

const count = z.number().int();
const share = z.number().nullable().describe('A fraction from 0 to 1; null when there is nothing to divide by');
const range = {
  from: calendarDay.describe('First day of the range (China time)'),
  to: calendarDay.describe('Last day of the range, included'),
};

/** `GET /api/monitor/cases`: open cases now, and the flows of the range. */
export const monitorCases = z
  .object({
    asOf: instantText,
    ...range,
    open: count,
    byStatus: listOf(z.object({ status: z.enum(OPEN_STATUSES), count })),
    bySlaState: listOf(z.object({ state: z.enum(SLA_STATES), count })),
    byItem: listOf(
      z.object({ itemCode: z.string(), itemName: localText, open: count, overdue: count, dueSoon: count }),
    ),
    received: count.describe('Cases received within the range'),
    finished: count.describe('Cases finished within the range'),
  })
  .meta({ id: 'MonitorCases' });

/** `GET /api/monitor/overdue`: a page of running cases past their deadline, longest overdue first. */
export const monitorOverdue = z
  .object({
    asOf: calendarDay,
    total: count,
    items: listOf(
      z.object({
        caseId: z.number().int(),
        caseNumber: z.string(),
        itemCode: z.string(),
        itemName: localText,
        agencyName: z.string(),
        status: z.literal('in_progress'),
        acceptedAt: instantText.nullable(),
        dueOn: calendarDay,
        workingDaysOverdue: count.nullable().describe('Null where the working-day calendar does not reach'),
        ownerName: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'MonitorOverdue' });

const completion = { withinPromise: count, share };

/** `GET /api/monitor/completion`: cases finished in the range per item, against the promised days. */
export const monitorCompletion = z
  .object({
    ...range,
    items: listOf(
      z.object({
        itemCode: z.string(),
        itemName: localText,
        promisedDays: count.describe('Working days promised'),
        finished: count,
        ...completion,
        avgWorkingDays: z.number().nullable().describe('Working days taken on average, one decimal'),
      }),
    ),
    total: z.object({ finished: count, ...completion }),
  })
  .meta({ id: 'MonitorCompletion' });

const figures = {
  tickets: count,
  called: count,
  served: count,
  noShow: count,
  avgWaitSeconds: count.nullable(),
  maxWaitSeconds: count.nullable(),
  avgServiceSeconds: count.nullable(),
  maxServiceSeconds: count.nullable(),
};
const servicePoint = { servicePointId: z.number().int(), servicePointName: z.string() };

/**
 * `GET /api/monitor/queue`: the queue module's figures of the tickets taken in the range. Unnamed
 * here: the queue module owns the shape and the name.
 */
export const monitorQueue = z.object({
  from: instantText,
  to: instantText.describe('Excluded'),
  totals: z.object(figures),
  byHour: listOf(z.object({ hour: count.describe('Hour of day taken, China time'), ...figures })),
  byWindow: listOf(
    z.object({
      windowId: z.number().int(),
      windowNumber: z.string(),
      windowName: z.string(),
      ...servicePoint,
      ...figures,
    }),
  ),
  byCategory: listOf(
    z.object({
      categoryId: z.number().int(),
      letter: z.string(),
      nameZh: z.string(),
      nameEn: z.string(),
      ...servicePoint,
      ...figures,
    }),
  ),
});

const poorOf = { total: count, poor: count.describe('Rated 2 or less (差评)') };

/** `GET /api/monitor/ratings`: initial ratings by level, item and channel; follow-ups; call-backs. */
export const monitorRatings = z
  .object({
    ...range,
    ...poorOf,
    poorRate: share,
    byLevel: listOf(z.object({ level: z.enum(LEVELS), count })),
    byItem: listOf(z.object({ itemCode: z.string(), itemName: localText.nullable(), ...poorOf })),
    byChannel: listOf(z.object({ channel: z.enum(['window', 'online']), ...poorOf })),
    followUps: z.object(poorOf),
    callbacks: z.object({
      open: count,
      overdue: count.describe('Past the call-back or rectification deadline'),
      closed: count.describe('Closed within the range'),
    }),
  })
  .meta({ id: 'MonitorRatings' });
