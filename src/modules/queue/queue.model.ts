/** The window queue (排队叫号): categories, tickets, what the kiosk, the window and the hall display see. */
import type { QueueCategoryStatus, TicketStatus } from '../../db/schema.ts';

export type { QueueCategoryStatus, TicketStatus };

/** The highest number a category issues in one day (three digits: A001 … A999). */
export const TICKETS_PER_CATEGORY_DAY_MAX = 999;
/** A called ticket may be recalled (重呼) this many times before the window must mark it no-show. */
export const RECALLS_MAX = 5;
/** The kiosk issues tickets from this long before opening until closing time. */
export const ISSUE_BEFORE_OPENING_MINUTES = 30;
/** Taking tickets: per client address and hall, per minute. */
export const TICKETS_PER_MINUTE_MAX = 60;
/** Calls shown on the hall display, newest first. */
export const DISPLAY_RECENT_CALLS = 10;
/** Estimated waits average the service times of this many past days; 5 minutes when there are none. */
export const ESTIMATE_SAMPLE_DAYS = 14;
export const ESTIMATE_DEFAULT_SERVICE_SECONDS = 300;
/** Statistics cover at most this many days in one request. */
export const STATS_RANGE_DAYS_MAX = 366;
/** Page size limits of the ticket list. */
export const TICKET_PAGE_SIZE_MAX = 200;
/** Halls in the public list of halls that issue tickets. */
export const HALLS_LISTED_MAX = 1000;
/** Categories per hall: one per letter. */
export const CATEGORIES_PER_POINT_MAX = 26;

/** The four categories every demo hall gets, and any hall on request (also in migration 0007). */
export const DEFAULT_CATEGORIES: ReadonlyArray<{ letter: string; nameZh: string; nameEn: string; sort: number }> = [
  { letter: 'A', nameZh: '综合业务', nameEn: 'General business', sort: 1 },
  { letter: 'B', nameZh: '参保登记', nameEn: 'Enrolment and registration', sort: 2 },
  { letter: 'C', nameZh: '待遇业务', nameEn: 'Benefits', sort: 3 },
  { letter: 'D', nameZh: '咨询', nameEn: 'Enquiries', sort: 4 },
];

export interface QueueCategory {
  readonly id: number;
  readonly servicePointId: number;
  readonly letter: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly sort: number;
  readonly status: QueueCategoryStatus;
  readonly version: number;
  /** Tickets of today still waiting. */
  readonly waiting: number;
}

/** A ticket as the kiosk prints it: no personal data, nothing about who serves it. */
export interface PublicTicket {
  readonly id: number;
  readonly code: string;
  readonly categoryId: number;
  readonly letter: string;
  readonly categoryNameZh: string;
  readonly categoryNameEn: string;
  readonly day: string;
  readonly takenAt: string;
}

/** A ticket as staff see it at the window and in lists. */
export interface Ticket {
  readonly id: number;
  readonly code: string;
  readonly servicePointId: number;
  readonly categoryId: number;
  readonly letter: string;
  readonly day: string;
  readonly status: TicketStatus;
  readonly takenAt: string;
  readonly calledAt: string | null;
  readonly lastCalledAt: string | null;
  readonly recallCount: number;
  readonly serviceStartedAt: string | null;
  readonly finishedAt: string | null;
  readonly noShowAt: string | null;
  readonly windowId: number | null;
  readonly windowNumber: string | null;
  readonly staffId: number | null;
  readonly caseId: number | null;
  readonly waitSeconds: number | null;
  readonly serviceSeconds: number | null;
}

export interface TakenTicket {
  readonly ticket: PublicTicket;
  readonly waitingAhead: number;
  readonly estimatedWaitMinutes: number | null;
  readonly servicePoint: { readonly id: number; readonly name: string };
}

export interface WindowState {
  readonly window: {
    readonly id: number;
    readonly number: string;
    readonly name: string;
    readonly status: 'active' | 'closed';
    readonly servicePointId: number;
    readonly servicePointName: string;
  };
  readonly day: string;
  /** The explicit set; empty means every category of the hall. */
  readonly categoryIds: number[];
  readonly categories: QueueCategory[];
  readonly waiting: number;
  readonly current: Ticket | null;
  readonly servedToday: number;
}

export interface Announcement {
  readonly code: string;
  readonly windowNumber: string;
  readonly windowName: string;
  readonly recall: boolean;
  readonly calledAt: string;
  readonly textZh: string;
  readonly textEn: string;
}

export interface Display {
  readonly servicePoint: { readonly id: number; readonly name: string };
  readonly day: string;
  readonly now: string;
  readonly recentCalls: Array<{
    readonly code: string;
    readonly windowNumber: string;
    readonly windowName: string;
    readonly calledAt: string;
    readonly recall: boolean;
  }>;
  readonly windows: Array<{
    readonly number: string;
    readonly name: string;
    readonly current: string | null;
    readonly status: 'called' | 'serving' | null;
  }>;
  readonly waiting: Array<{
    readonly categoryId: number;
    readonly letter: string;
    readonly nameZh: string;
    readonly nameEn: string;
    readonly waiting: number;
  }>;
}

export interface Kiosk {
  readonly servicePoint: {
    readonly id: number;
    readonly name: string;
    readonly address: string;
    readonly status: 'active' | 'closed';
  };
  readonly day: string;
  readonly now: string;
  readonly todayHours: Array<{ readonly open: string; readonly close: string }>;
  readonly issuing: boolean;
  readonly issueFromMinutesBeforeOpening: number;
  readonly categories: Array<{
    readonly id: number;
    readonly letter: string;
    readonly nameZh: string;
    readonly nameEn: string;
    readonly waiting: number;
    readonly estimatedWaitMinutes: number | null;
  }>;
}

/** Counts and durations (whole seconds) of a group of tickets. */
export interface QueueFigures {
  readonly tickets: number;
  readonly called: number;
  readonly served: number;
  readonly noShow: number;
  readonly avgWaitSeconds: number | null;
  readonly maxWaitSeconds: number | null;
  readonly avgServiceSeconds: number | null;
  readonly maxServiceSeconds: number | null;
}

export interface QueueStats {
  readonly from: string;
  readonly to: string;
  readonly totals: QueueFigures;
  readonly byHour: Array<{ readonly hour: number } & QueueFigures>;
  readonly byWindow: Array<
    {
      readonly windowId: number;
      readonly windowNumber: string;
      readonly windowName: string;
      readonly servicePointId: number;
      readonly servicePointName: string;
    } & QueueFigures
  >;
  readonly byCategory: Array<
    {
      readonly categoryId: number;
      readonly letter: string;
      readonly nameZh: string;
      readonly nameEn: string;
      readonly servicePointId: number;
      readonly servicePointName: string;
    } & QueueFigures
  >;
}
