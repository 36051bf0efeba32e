import type { PublicKind } from '../api/types.ts';

/** The `:kind` route parameter, defaulting to the insured person. */
export function parseKind(value: string | undefined): PublicKind {
  return value === 'employer' ? 'employer' : 'person';
}
