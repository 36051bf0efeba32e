/** Tables of evaluation (migration 0008): settings, ratings, call-back tasks and their events. */
import type { Defaulted, Id, Instant, InstantNullable, Json } from './common.ts';

export interface EvaluationSettingTable {
  key: 'callback_deadline_workdays' | 'rectify_deadline_workdays' | 'rating_open_days';
  value: number;
  updated_at: Instant;
  updated_by: number | null;
}

export interface RatingTable {
  id: Id;
  case_id: number;
  case_number: string;
  item_code: string;
  agency_id: number;
  kind: 'initial' | 'follow_up';
  channel: 'window' | 'online';
  overall: number;
  efficiency: number | null;
  competence: number | null;
  attitude: number | null;
  comment: string | null;
  poor: boolean;
  rater_kind: 'person' | 'employer' | 'anonymous';
  public_account_id: number | null;
  rated_at: Instant;
  rated_on: string;
}

export interface CallbackAssigneeJson {
  id: number;
  displayName: string;
}

export interface CallbackTaskTable {
  id: Id;
  rating_id: number;
  case_id: number;
  case_number: string;
  item_code: string;
  agency_id: number;
  status: Defaulted<'open' | 'called_back' | 'rectified' | 'closed'>;
  opened_at: Instant;
  callback_due_on: string;
  rectify_due_on: string;
  deadlines_provisional: Defaulted<boolean>;
  /** Working days the deadlines were counted with (null on tasks opened before migration 0032). */
  callback_workdays: number | null;
  rectify_workdays: number | null;
  assignees: Json<CallbackAssigneeJson[]>;
  called_back_at: InstantNullable;
  callback_result: 'reached' | 'unreachable' | 'declined' | null;
  callback_note: string | null;
  callback_by: number | null;
  rectified_at: InstantNullable;
  rectification_note: string | null;
  rectified_by: number | null;
  closed_at: InstantNullable;
  close_note: string | null;
  closed_by: number | null;
  follow_up_rating_id: number | null;
  version: Defaulted<number>;
}

export interface CallbackEventTable {
  id: Id;
  task_id: number;
  at: Instant;
  kind: 'opened' | 'callback' | 'rectification' | 'closed' | 'follow_up';
  staff_id: number | null;
  staff_name: string | null;
  result: string | null;
  note: string | null;
}

export interface EvaluationTables {
  evaluation_settings: EvaluationSettingTable;
  ratings: RatingTable;
  callback_tasks: CallbackTaskTable;
  callback_events: CallbackEventTable;
}
