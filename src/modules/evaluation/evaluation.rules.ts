/** Pure rules of evaluation: levels, what counts as 差评, deadlines, the call-back state machine. */
import { diffDays, type CalendarDate } from '../../kernel/calendar-date.ts';
import { LEVELS, type CallbackStatus, type Level } from './evaluation.model.ts';

/** The stored score of a level: 5 (非常满意) … 1 (非常不满意). */
export function scoreOf(level: Level): number {
  return LEVELS.length - LEVELS.indexOf(level);
}

export function levelOf(score: number): Level {
  const level = LEVELS[LEVELS.length - score];
  if (!level) throw new Error(`rating score ${score} is not 1–5`);
  return level;
}

/** 差评: 不满意 or 非常不满意. */
export function isPoor(level: Level): boolean {
  return level === 'dissatisfied' || level === 'very_dissatisfied';
}

/** Whether a rating may still be given `openDays` calendar days after `since` (inclusive). */
export function ratingStillOpen(since: CalendarDate, today: CalendarDate, openDays: number): boolean {
  return diffDays(since, today) <= openDays;
}

export type CallbackAction = 'callback' | 'rectify' | 'close';

/** The status after `action`, or null when the action is out of order. */
export function nextCallbackStatus(status: CallbackStatus, action: CallbackAction): CallbackStatus | null {
  switch (action) {
    // A call-back may be repeated (a first attempt found no one) until the rectification is recorded.
    case 'callback':
      return status === 'open' || status === 'called_back' ? 'called_back' : null;
    case 'rectify':
      return status === 'called_back' ? 'rectified' : null;
    case 'close':
      return status === 'rectified' ? 'closed' : null;
  }
}

/** Whether the call-back or the rectification is late on `today`. */
export function callbackLateness(
  task: { status: CallbackStatus; callbackDueOn: string; rectifyDueOn: string },
  today: CalendarDate,
): { callbackOverdue: boolean; rectifyOverdue: boolean } {
  return {
    callbackOverdue: task.status === 'open' && today > task.callbackDueOn,
    rectifyOverdue: (task.status === 'open' || task.status === 'called_back') && today > task.rectifyDueOn,
  };
}
