/** Tables of the window queue (migration 0007): categories, window categories, day counters, tickets. */
import type { Defaulted, Id, Instant, InstantNullable } from './common.ts';

export type QueueCategoryStatus = 'active' | 'closed';
export type TicketStatus = 'waiting' | 'called' | 'serving' | 'done' | 'no_show';

export interface QueueCategoryTable {
  id: Id;
  service_point_id: number;
  letter: string;
  name_zh: string;
  name_en: string;
  sort: Defaulted<number>;
  status: Defaulted<QueueCategoryStatus>;
  version: Defaulted<number>;
  created_at: Instant;
  updated_at: Instant;
}

export interface QueueWindowCategoryTable {
  window_id: number;
  category_id: number;
}

export interface QueueDayCounterTable {
  category_id: number;
  day: string;
  last_number: number;
}

export interface QueueTicketTable {
  id: Id;
  service_point_id: number;
  category_id: number;
  day: string;
  number: number;
  code: string;
  status: Defaulted<TicketStatus>;
  taken_at: Instant;
  called_at: InstantNullable;
  last_called_at: InstantNullable;
  recall_count: Defaulted<number>;
  service_started_at: InstantNullable;
  finished_at: InstantNullable;
  no_show_at: InstantNullable;
  window_id: number | null;
  called_by: number | null;
  finished_by: number | null;
  case_id: number | null;
}

export interface QueueTables {
  queue_categories: QueueCategoryTable;
  queue_window_categories: QueueWindowCategoryTable;
  queue_day_counters: QueueDayCounterTable;
  queue_tickets: QueueTicketTable;
}
