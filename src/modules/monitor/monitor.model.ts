/** What the dashboard counts cases by: the statuses of a running case and the states of its clock. */

/** The statuses of a case still running (the open cases). */
export const OPEN_STATUSES = ['received', 'in_progress', 'waiting_materials'] as const;

/** The states of a running case's SLA clock (a finished case's, `closed`, is never counted). */
export const SLA_STATES = ['not_started', 'on_track', 'due_soon', 'overdue', 'paused'] as const;
