import { useQueries } from '@tanstack/react-query';
import { http } from '../../api/client.ts';
import type { ServiceGuide } from '../../api/deskTypes.ts';

/** The guides (with checklists) of the chosen items, cached with the public guide pages. */
export function useGuides(codes: readonly string[]): {
  guides: Map<string, ServiceGuide>;
  pending: boolean;
  error: unknown;
} {
  const results = useQueries({
    queries: codes.map((code) => ({
      queryKey: ['public-catalog', code],
      queryFn: () => http.get<ServiceGuide>(`/api/public/catalog/${encodeURIComponent(code)}`),
      staleTime: 5 * 60_000,
    })),
  });
  const guides = new Map<string, ServiceGuide>();
  for (const r of results) if (r.data) guides.set(r.data.code, r.data);
  return {
    guides,
    pending: results.some((r) => r.isPending),
    error: results.find((r) => r.error)?.error ?? null,
  };
}
