/** 好差评: ratings of finished cases, and the call-back and rectification tasks of poor ones. */
import type { Text } from '../catalog/index.ts';

/** The five levels, best first (stored as 5 … 1). */
export const LEVELS = ['very_satisfied', 'satisfied', 'fairly_satisfied', 'dissatisfied', 'very_dissatisfied'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_NAMES: Record<Level, Text> = {
  very_satisfied: { zh: '非常满意', en: 'Very satisfied' },
  satisfied: { zh: '满意', en: 'Satisfied' },
  fairly_satisfied: { zh: '基本满意', en: 'Fairly satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
  very_dissatisfied: { zh: '非常不满意', en: 'Very dissatisfied' },
};

export const RATING_KINDS = ['initial', 'follow_up'] as const;
export type RatingKind = (typeof RATING_KINDS)[number];
export const RATING_CHANNELS = ['window', 'online'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];
export const CALLBACK_STATUSES = ['open', 'called_back', 'rectified', 'closed'] as const;
export type CallbackStatus = (typeof CALLBACK_STATUSES)[number];
export const CALLBACK_RESULTS = ['reached', 'unreachable', 'declined'] as const;
export type CallbackResult = (typeof CALLBACK_RESULTS)[number];

export interface Rating {
  readonly id: number;
  readonly caseNumber: string;
  readonly itemCode: string;
  readonly kind: RatingKind;
  readonly channel: RatingChannel;
  readonly overall: Level;
  readonly efficiency: Level | null;
  readonly competence: Level | null;
  readonly attitude: Level | null;
  readonly comment: string | null;
  readonly poor: boolean;
  readonly ratedAt: string;
}

/** What the applicant submits; window ratings carry the three offline dimensions. */
export type RatingInput =
  | {
      readonly kind: RatingKind;
      readonly channel: 'window';
      readonly overall: Level;
      readonly efficiency: Level;
      readonly competence: Level;
      readonly attitude: Level;
      readonly comment?: string | undefined;
    }
  | {
      readonly kind: RatingKind;
      readonly channel: 'online';
      readonly overall: Level;
      readonly comment?: string | undefined;
    };

export const CALLBACK_EVENT_KINDS = ['opened', 'callback', 'rectification', 'closed', 'follow_up'] as const;
export type CallbackEventKind = (typeof CALLBACK_EVENT_KINDS)[number];

export interface CallbackEvent {
  readonly at: string;
  readonly kind: CallbackEventKind;
  readonly staffName: string | null;
  readonly result: string | null;
  readonly note: string | null;
}

export interface CallbackTask {
  readonly id: number;
  readonly caseId: number;
  readonly caseNumber: string;
  readonly itemCode: string;
  readonly itemName: Text | null;
  readonly agencyId: number;
  readonly agencyName: string;
  readonly status: CallbackStatus;
  readonly rating: Rating;
  readonly followUp: Rating | null;
  readonly openedAt: string;
  readonly callbackDueOn: string;
  readonly rectifyDueOn: string;
  readonly deadlinesProvisional: boolean;
  readonly callbackOverdue: boolean;
  readonly rectifyOverdue: boolean;
  readonly assignees: ReadonlyArray<{ id: number; displayName: string }>;
  readonly calledBackAt: string | null;
  readonly callbackResult: CallbackResult | null;
  readonly callbackNote: string | null;
  readonly rectifiedAt: string | null;
  readonly rectificationNote: string | null;
  readonly closedAt: string | null;
  readonly closeNote: string | null;
  readonly version: number;
}

/** One task with its history, oldest event first. */
export interface CallbackTaskDetail extends CallbackTask {
  readonly events: readonly CallbackEvent[];
}

/** The local policy of RULES §6 (*local*), with its defaults. */
export interface EvaluationSettings {
  readonly callbackDeadlineWorkdays: number;
  readonly rectifyDeadlineWorkdays: number;
  readonly ratingOpenDays: number;
}

export const DEFAULT_SETTINGS: EvaluationSettings = {
  callbackDeadlineWorkdays: 1,
  rectifyDeadlineWorkdays: 15,
  ratingOpenDays: 30,
};

export const SETTING_KEYS = {
  callbackDeadlineWorkdays: 'callback_deadline_workdays',
  rectifyDeadlineWorkdays: 'rectify_deadline_workdays',
  ratingOpenDays: 'rating_open_days',
} as const satisfies Record<keyof EvaluationSettings, string>;
