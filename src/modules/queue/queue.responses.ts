/** What the routes of the window queue answer: kiosk, hall display, window page, set-up, statistics. */
import { z } from 'zod';
import { calendarDay, instantText, listOf, recordId } from '../../http/response-pieces.ts';
import type { QueueCategoryStatus, TicketStatus } from './queue.model.ts';

const openOrClosed = z.enum(['active', 'closed'] as const satisfies readonly QueueCategoryStatus[]);
const ticketStatus = z.enum([
  'waiting',
  'called',
  'serving',
  'done',
  'no_show',
] as const satisfies readonly TicketStatus[]);
const count = z.number().int().nonnegative();
const seconds = z.number().int().nonnegative().nullable().describe('Whole seconds');
const letter = z.string().describe('The category letter A–Z');
const ticketCode = z.string().describe('Letter and three digits, e.g. A001');
const waitMinutes = z
  .number()
  .int()
  .nonnegative()
  .nullable()
  .describe('Estimated minutes; null when no open window serves the category');
const servicePointRef = z.object({ id: recordId, name: z.string() });

/** A queue category (排队类别) of a hall. */
export const queueCategory = z
  .object({
    id: recordId,
    servicePointId: recordId,
    letter,
    nameZh: z.string(),
    nameEn: z.string(),
    sort: z.number().int(),
    status: openOrClosed,
    version: z.number().int(),
    waiting: count.describe('Tickets of today still waiting'),
  })
  .meta({ id: 'QueueCategory' });

/** A ticket as staff see it at the window and in lists. */
export const queueTicket = z
  .object({
    id: recordId,
    code: ticketCode,
    servicePointId: recordId,
    categoryId: recordId,
    letter,
    day: calendarDay,
    status: ticketStatus,
    takenAt: instantText,
    calledAt: instantText.nullable().describe('The first call'),
    lastCalledAt: instantText.nullable(),
    recallCount: count,
    serviceStartedAt: instantText.nullable(),
    finishedAt: instantText.nullable(),
    noShowAt: instantText.nullable(),
    windowId: recordId.nullable(),
    windowNumber: z.string().nullable(),
    staffId: recordId.nullable().describe('Who called it'),
    caseId: recordId.nullable().describe('The case opened for it'),
    waitSeconds: seconds.describe('calledAt − takenAt in whole seconds; null until called'),
    serviceSeconds: seconds.describe('finishedAt − serviceStartedAt in whole seconds; null until done'),
  })
  .meta({ id: 'QueueTicket' });

/** A window's page: what it serves, how many wait for it, its current ticket. */
export const queueWindowState = z
  .object({
    window: z.object({
      id: recordId,
      number: z.string(),
      name: z.string(),
      status: openOrClosed,
      servicePointId: recordId,
      servicePointName: z.string(),
    }),
    day: calendarDay,
    categoryIds: listOf(recordId).describe('The explicit set; empty means every category of the hall'),
    categories: listOf(queueCategory).describe('What it serves: open ones, and closed ones still holding tickets'),
    waiting: count.describe('Tickets waiting in those categories'),
    current: queueTicket.nullable().describe('The ticket called or served at this window'),
    servedToday: count.describe('Tickets finished here today'),
  })
  .meta({ id: 'QueueWindowState' });

/** `GET /api/public/queue`: open halls with an open category. */
export const queueHallList = z.object({
  items: listOf(z.object({ id: recordId, name: z.string(), address: z.string(), agencyName: z.string() })),
});

/** `GET /api/public/queue/:servicePointId`: the kiosk page. */
export const queueKiosk = z
  .object({
    servicePoint: z.object({ id: recordId, name: z.string(), address: z.string(), status: openOrClosed }),
    day: calendarDay,
    now: instantText,
    todayHours: listOf(z.object({ open: z.string(), close: z.string() })).describe(
      'Opening hours today, HH:MM China time; empty when closed',
    ),
    issuing: z.boolean().describe('A ticket can be taken right now'),
    issueFromMinutesBeforeOpening: z.number().int(),
    categories: listOf(
      z.object({
        id: recordId,
        letter,
        nameZh: z.string(),
        nameEn: z.string(),
        waiting: count,
        estimatedWaitMinutes: waitMinutes,
      }),
    ),
  })
  .meta({ id: 'QueueKiosk' });

/** `POST /api/public/queue/:servicePointId/tickets` (201): the ticket as the kiosk prints it. */
export const queueTakenTicket = z
  .object({
    ticket: z.object({
      id: recordId,
      code: ticketCode,
      categoryId: recordId,
      letter,
      categoryNameZh: z.string(),
      categoryNameEn: z.string(),
      day: calendarDay,
      takenAt: instantText,
    }),
    waitingAhead: count.describe('Waiting tickets of the same category taken before'),
    estimatedWaitMinutes: waitMinutes,
    servicePoint: servicePointRef,
  })
  .meta({ id: 'QueueTakenTicket' });

/** The hall display: latest calls, what each window does, how many wait per category. */
export const queueDisplay = z
  .object({
    servicePoint: servicePointRef,
    day: calendarDay,
    now: instantText,
    recentCalls: listOf(
      z.object({
        code: ticketCode,
        windowNumber: z.string(),
        windowName: z.string(),
        calledAt: instantText,
        recall: z.boolean(),
      }),
    ).describe('The latest calls, newest first (at most 10)'),
    windows: listOf(
      z.object({
        number: z.string(),
        name: z.string(),
        current: ticketCode.nullable(),
        status: z.enum(['called', 'serving']).nullable(),
      }),
    ),
    waiting: listOf(
      z.object({ categoryId: recordId, letter, nameZh: z.string(), nameEn: z.string(), waiting: count }),
    ).describe('Open categories, and closed ones still holding tickets'),
  })
  .meta({ id: 'QueueDisplay' });

/** `POST /api/queue/windows/:windowId/call-next`: the ticket called, or null when nobody waits. */
export const queueCalled = z.object({ ticket: queueTicket.nullable() });

/** `GET /api/queue/tickets`. */
export const queueTicketList = z.object({ items: listOf(queueTicket), total: count }).meta({ id: 'QueueTicketList' });

/** `GET /api/queue/service-points/:servicePointId`: a hall's queue set-up and state. */
export const queuePointOverview = z
  .object({
    servicePoint: z.object({ id: recordId, name: z.string(), status: openOrClosed }),
    day: calendarDay,
    categories: listOf(queueCategory).describe('Every category, closed ones too'),
    windows: listOf(queueWindowState),
  })
  .meta({ id: 'QueuePointOverview' });

/** `POST /api/queue/service-points/:servicePointId/categories/defaults`. */
export const queueCategories = z.object({ items: listOf(queueCategory) });

const figures = {
  tickets: count,
  called: count,
  served: count,
  noShow: count,
  avgWaitSeconds: seconds,
  maxWaitSeconds: seconds,
  avgServiceSeconds: seconds,
  maxServiceSeconds: seconds,
};

/** `GET /api/queue/stats`: counts and durations per hour of day, window and category. */
export const queueStatsAnswer = z
  .object({
    from: instantText.describe('Start of the range, inclusive'),
    to: instantText.describe('End of the range, exclusive'),
    totals: z.object(figures),
    byHour: listOf(
      z.object({ hour: z.number().int().min(0).max(23).describe('Hour of day taken, China time'), ...figures }),
    ).describe('Hours with tickets, ascending'),
    byWindow: listOf(
      z.object({
        windowId: recordId,
        windowNumber: z.string(),
        windowName: z.string(),
        servicePointId: recordId,
        servicePointName: z.string(),
        ...figures,
      }),
    ),
    byCategory: listOf(
      z.object({
        categoryId: recordId,
        letter,
        nameZh: z.string(),
        nameEn: z.string(),
        servicePointId: recordId,
        servicePointName: z.string(),
        ...figures,
      }),
    ),
  })
  .meta({ id: 'QueueStats' });
