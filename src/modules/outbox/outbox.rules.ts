/** The retry schedule of message delivery: pure, so it is tested as a table. */
import { DELIVERY_ATTEMPTS_MAX, RETRY_DELAY_MAX_MS, RETRY_FIRST_DELAY_MS } from './outbox.model.ts';

/** What follows a failed attempt: another try after `delayMs`, or the dead-letter state. */
export type AfterFailure = { readonly next: 'retry'; readonly delayMs: number } | { readonly next: 'dead' };

/**
 * After the `attempts`-th failed attempt (1 for the first): retry after 30 s, 1 min, 2 min … at
 * most an hour apart, and give up after the last allowed attempt.
 */
export function afterFailedAttempt(attempts: number): AfterFailure {
  if (attempts >= DELIVERY_ATTEMPTS_MAX) return { next: 'dead' };
  const delayMs = Math.min(RETRY_DELAY_MAX_MS, RETRY_FIRST_DELAY_MS * 2 ** Math.max(0, attempts - 1));
  return { next: 'retry', delayMs };
}
