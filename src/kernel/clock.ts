/**
 * Where "now" comes from. Domain code takes a `Clock` instead of calling `Date.now()` so that
 * deadlines, periods and audit stamps can be tested at any instant and replayed exactly.
 */
import { assert } from './assert.ts';

/** A source of the current instant (UTC; turn it into a calendar day with `today`). */
export interface Clock {
  now(): Date;
}

/** A clock whose instant tests can move; `now()` returns copies so callers cannot mutate it. */
export interface ManualClock extends Clock {
  /** Moves the clock forward (or back, with a negative amount) by `ms` milliseconds. */
  advance(ms: number): void;
  /** Jumps to `instant`. */
  set(instant: Date): void;
}

/** The real wall clock of the machine. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that always answers `instant`. */
export function fixedClock(instant: Date): Clock {
  const ms = validInstant(instant);
  return { now: () => new Date(ms) };
}

/** A settable clock for tests, starting at `start`. */
export function manualClock(start: Date): ManualClock {
  let ms = validInstant(start);
  return {
    now: () => new Date(ms),
    advance(step: number) {
      assert(Number.isFinite(step), `clock step ${step} is not a finite number`);
      ms = validInstant(new Date(ms + step));
    },
    set(instant: Date) {
      ms = validInstant(instant);
    },
  };
}

/** The epoch milliseconds of `instant`; an Invalid Date is a programmer error. */
function validInstant(instant: Date): number {
  const ms = instant.getTime();
  assert(Number.isFinite(ms), 'clock instant is an invalid Date');
  return ms;
}
