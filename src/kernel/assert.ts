/**
 * Programmer errors. A broken invariant is a bug, not a business refusal: it throws an
 * `AssertionError` that nobody is expected to catch, so the request (or the process) fails loudly
 * instead of carrying on with wrong data. Business refusals are `Rejection`s (rejection.ts).
 */

/** The error thrown by a failed assertion; never mapped to a user-facing message. */
export class AssertionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AssertionError';
  }
}

/** Crashes with `message` unless `condition` holds; narrows the type when it does. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new AssertionError(message);
}

/** Marks a branch the type checker proves unreachable (exhaustive `switch` over a union). */
export function assertNever(value: never, message = 'unexpected value'): never {
  throw new AssertionError(`${message}: ${JSON.stringify(value)}`);
}
