import { ApiError } from '../../api/client.ts';
import type { RowError } from './collectionTypes.ts';

/** The per-row problems of a refusal (`details.errors`, `details.rows`, or `details` itself as a list). */
export function rowErrorsOf(error: unknown): RowError[] {
  if (!(error instanceof ApiError)) return [];
  const details = error.details as unknown;
  const list = Array.isArray(details)
    ? details
    : details && typeof details === 'object'
      ? ((details as { errors?: unknown; rows?: unknown; problems?: unknown }).errors ??
        (details as { rows?: unknown }).rows ??
        (details as { problems?: unknown }).problems)
      : null;
  if (!Array.isArray(list)) return [];
  return list.filter((e): e is RowError => Boolean(e) && typeof e === 'object' && 'message' in (e as object));
}
