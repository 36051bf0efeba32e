import { useQueries } from '@tanstack/react-query';
import type { ServiceGuide } from '../../api/deskTypes.ts';
import { serviceGuideQuery } from '../../shared/catalog/catalogApi.ts';

/** The guides (with checklists) of the chosen items, cached with the public guide pages. */
export function useGuides(codes: readonly string[]): {
  guides: Map<string, ServiceGuide>;
  pending: boolean;
  error: unknown;
} {
  const results = useQueries({
    queries: codes.map(serviceGuideQuery),
  });
  const guides = new Map<string, ServiceGuide>();
  for (const r of results) if (r.data) guides.set(r.data.code, r.data);
  return {
    guides,
    pending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
  };
}
